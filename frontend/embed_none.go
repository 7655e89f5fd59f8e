//go:build nofrontend

package frontend

import (
	"io/fs"
	"testing/fstest"
)

// Enabled reports whether the UI is part of this build.
const Enabled = false

// FS returns an empty file system: the UI is not part of this build.
func FS() fs.FS { return fstest.MapFS{} }
