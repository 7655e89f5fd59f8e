// Package files is the on-disk file cache behind Gradio's upload and file-serving routes.
//
// Every file a client uploads (POST /gradio_api/upload) or a handler returns is copied into one
// cache directory, under <Dir>/<sha256 of a per-cache seed and the content>/<sanitised name>,
// exactly like Gradio does, so identical content de-duplicates and clients see familiar paths.
//
// The cache is also the security boundary: [Cache.Resolve] only accepts client-supplied paths
// that point inside the cache, and [Cache.ServeFile] only serves files inside the cache or in
// the configured allowed paths, never blocked ones, and never renders HTML or SVG inline from
// the cache. A [Cache] holds no mutable state besides the file system, so it is safe for
// concurrent use.
package files
