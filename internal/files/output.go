package files

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// AddOutput is Add for a file a handler returns, with Gradio's restriction on where such a file
// may come from: its symlink-resolved path must lie inside the cache, the current working
// directory, the system temporary directory (os.TempDir) or an AllowedPaths entry, and never
// inside BlockedPaths. Inside the working directory, files and folders whose names start with a
// dot (.env, .git/…) are refused unless an AllowedPaths entry covers them. A working directory
// or temporary directory that is a file-system root (a service started in /) grants nothing.
//
// A refusal is an *Error with status 403; a missing or unreadable file inside the permitted
// places is a plain error. The handler's path, not the symlink target's, names the stored file.
func (c *Cache) AddOutput(src string) (string, error) {
	abs, err := filepath.Abs(src)
	if err != nil {
		return "", fmt.Errorf("files: output %s: %w", src, err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		// Judge the unresolved path, so a refused location gives the same answer whether
		// or not something exists there.
		if refusal := c.outputRefusal(abs, abs); refusal != nil {
			return "", refusal
		}
		return "", fmt.Errorf("files: output %s: %w", src, err)
	}
	if refusal := c.outputRefusal(abs, real); refusal != nil {
		return "", refusal
	}
	return c.copyIn(src, abs, real)
}

// outputRefusal applies AddOutput's rules to a path (abs as given, real resolved).
func (c *Cache) outputRefusal(abs, real string) *Error {
	if c.isBlocked(abs, real) {
		return &Error{Status: http.StatusForbidden, Message: "Cannot serve " + abs +
			": it is inside a blocked path (gradio.WithBlockedPaths)."}
	}
	switch {
	case c.inCache(real), c.inAllowed(real):
		return nil
	case within(c.dir, real):
		// The cache root itself, or an upload still being written.
	case withinRoot(realDir(os.TempDir()), real):
		return nil
	default:
		cwd, err := os.Getwd()
		if err != nil {
			break
		}
		cwd = realDir(cwd)
		if !withinRoot(cwd, real) {
			break
		}
		if rel, err := filepath.Rel(cwd, real); err == nil && hasDotElement(rel) {
			return &Error{Status: http.StatusForbidden, Message: "Cannot serve " + abs +
				": names starting with a dot in the working directory are not served. Add it with gradio.WithAllowedPaths."}
		}
		return nil
	}
	return &Error{Status: http.StatusForbidden, Message: "Cannot serve " + abs +
		": it is outside the working directory, the temporary directory and the allowed paths. Add it with gradio.WithAllowedPaths."}
}

// realDir returns dir absolute with symlinks resolved (as given if that fails).
func realDir(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		return real
	}
	return dir
}

// withinRoot is within, except that a file-system root contains nothing: "everything" is
// never what a working or temporary directory is meant to grant.
func withinRoot(root, p string) bool {
	if root == "" || filepath.Dir(root) == root {
		return false
	}
	return within(root, p)
}

// hasDotElement reports whether any element of the relative path rel starts with a dot.
func hasDotElement(rel string) bool {
	for _, el := range strings.Split(rel, string(filepath.Separator)) {
		if strings.HasPrefix(el, ".") && el != "." {
			return true
		}
	}
	return false
}
