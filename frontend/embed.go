//go:build !nofrontend

// Package frontend holds gradio-go's web UI: TypeScript and Lit sources in src/, built
// with esbuild into dist/, which is committed and embedded here so that Go users need no
// Node. Build with the nofrontend tag to leave the UI out of a binary.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed dist
var dist embed.FS

// Enabled reports whether the UI is part of this build.
const Enabled = true

// FS returns the built UI: index.html and assets/.
func FS() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the directory is embedded at build time; this cannot fail
	}
	return sub
}
