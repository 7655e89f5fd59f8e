// Package files is the on-disk file cache behind Gradio's upload and file-serving routes.
//
// Every file a client uploads (POST /gradio_api/upload), a client gives as an http(s) URL
// ([Cache.Fetch]) or a handler returns ([Cache.AddOutput]) is copied into one cache directory,
// under <Dir>/<sha256 of a per-cache seed and the content>/<sanitised name>, exactly like
// Gradio does, so identical content de-duplicates and clients see familiar paths.
//
// The cache is also the security boundary: [Cache.Resolve] only accepts client-supplied paths
// that point inside the cache, [Cache.ServeFile] only serves files inside the cache or in
// the configured allowed paths, never blocked ones, and never renders HTML or SVG inline from
// the cache; [Cache.Fetch] only downloads from public addresses (no SSRF into the server's
// network); [Cache.AddOutput] only takes returned files from the working directory, the
// temporary directory and the allowed paths.
//
// [Cache.Evict] and [Cache.Clear] delete what the cache created (Gradio's delete_cache), and
// [Cache.Progress] reports uploads in flight for /gradio_api/upload_progress. Besides the
// file system, a Cache keeps the set of entries it created (one 32-byte hash per stored
// content, for Evict and Clear) and a bounded table of tracked uploads; it is safe for
// concurrent use.
package files
