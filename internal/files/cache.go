package files

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Cache is the on-disk store of every file the app received (uploads) or produced (handler
// outputs). Only files inside the cache (or in AllowedPaths) may ever be served to a client.
type Cache struct {
	dir         string   // absolute, cleaned, symlinks resolved
	seed        [32]byte // makes content hashes unguessable across caches
	maxFileSize int64
	allowed     []string // absolute, cleaned, symlinks resolved where possible
	blocked     []string // lower-cased absolute forms, both as given and resolved
}

// Options configures a Cache; the zero value is a usable cache in the system temp directory.
type Options struct {
	Dir          string   // root directory; "" means filepath.Join(os.TempDir(), "gradio-go"); created (0o700) if missing
	MaxFileSize  int64    // bytes per uploaded file; 0 = unlimited
	AllowedPaths []string // extra directories/files the app may serve (like Gradio's allowed_paths)
	BlockedPaths []string // never served, even if inside Dir or AllowedPaths (case-insensitive prefix match on cleaned abs paths)
}

// tempPrefix marks in-flight files in the cache root; they are never resolved or served.
const tempPrefix = ".upload-"

// New creates the cache directory if needed and returns a Cache rooted at its real path.
func New(opts Options) (*Cache, error) {
	if opts.MaxFileSize < 0 {
		return nil, fmt.Errorf("files: negative MaxFileSize %d", opts.MaxFileSize)
	}
	dir := opts.Dir
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "gradio-go")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("files: create cache dir: %w", err)
	}
	// The real path is used everywhere so symlinked temp dirs (macOS /tmp) compare correctly.
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("files: cache dir: %w", err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, fmt.Errorf("files: cache dir: %w", err)
	}
	c := &Cache{dir: real, maxFileSize: opts.MaxFileSize}
	rand.Read(c.seed[:])
	for _, p := range opts.AllowedPaths {
		abs, real, err := absAndReal(p)
		if err != nil {
			return nil, fmt.Errorf("files: allowed path %q: %w", p, err)
		}
		if real == "" {
			real = abs
		}
		c.allowed = append(c.allowed, real)
	}
	for _, p := range opts.BlockedPaths {
		abs, real, err := absAndReal(p)
		if err != nil {
			return nil, fmt.Errorf("files: blocked path %q: %w", p, err)
		}
		c.blocked = append(c.blocked, strings.ToLower(abs))
		if real != "" && real != abs {
			c.blocked = append(c.blocked, strings.ToLower(real))
		}
	}
	return c, nil
}

// absAndReal returns p made absolute and cleaned, and its symlink-free form ("" if p does not
// exist yet), because a configured path may be reached either way.
func absAndReal(p string) (abs, real string, err error) {
	if p == "" {
		return "", "", errors.New("empty path")
	}
	abs, err = filepath.Abs(p)
	if err != nil {
		return "", "", err
	}
	real, err = filepath.EvalSymlinks(abs)
	if err != nil {
		real = ""
	}
	return abs, real, nil
}

// Dir returns the cache root as an absolute path with symlinks resolved.
func (c *Cache) Dir() string { return c.dir }

// Add copies a local file produced by a handler into the cache (if it is not already inside it)
// and returns the cached absolute path. Add of a path already in the cache returns it unchanged.
func (c *Cache) Add(src string) (string, error) {
	abs, err := filepath.Abs(src)
	if err != nil {
		return "", fmt.Errorf("files: add %s: %w", src, err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", fmt.Errorf("files: add %s: %w", src, err)
	}
	f, err := os.Open(real)
	if err != nil {
		return "", fmt.Errorf("files: add %s: %w", src, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", fmt.Errorf("files: add %s: %w", src, err)
	}
	if !fi.Mode().IsRegular() {
		return "", fmt.Errorf("files: add %s: not a regular file", src)
	}
	if c.inCache(real) {
		return real, nil
	}
	// The name the handler used, not the symlink target's, is what the user sees.
	return c.store(f, filepath.Base(abs), 0)
}

// AddBytes stores data under the given original name and returns the cached path.
func (c *Cache) AddBytes(name string, data []byte) (string, error) {
	return c.store(bytes.NewReader(data), name, 0)
}

// Resolve checks that a client-supplied path (from an input FileData's "path") names a regular
// file that lives inside the cache (i.e. was uploaded or produced here) and returns its cleaned
// absolute path; anything else is an error. Symlinks never escape: both sides are resolved.
func (c *Cache) Resolve(p string) (string, error) {
	if p == "" || hasScheme(p) || strings.ContainsRune(p, 0) || !filepath.IsAbs(p) {
		return "", notAllowed(p)
	}
	clean := filepath.Clean(p)
	real, err := filepath.EvalSymlinks(clean)
	if err != nil || !c.inCache(real) || c.isBlocked(clean, real) {
		return "", notAllowed(p)
	}
	fi, err := os.Stat(real)
	if err != nil || !fi.Mode().IsRegular() {
		return "", notAllowed(p)
	}
	return real, nil
}

// inCache reports whether the resolved path real is a finished entry below the cache root.
func (c *Cache) inCache(real string) bool {
	if real == c.dir || !within(c.dir, real) {
		return false
	}
	return filepath.Dir(real) != c.dir || !strings.HasPrefix(filepath.Base(real), tempPrefix)
}

// isBlocked reports whether any of the given absolute forms of one path is blocked.
func (c *Cache) isBlocked(paths ...string) bool {
	for _, p := range paths {
		lp := strings.ToLower(p)
		for _, b := range c.blocked {
			if within(b, lp) {
				return true
			}
		}
	}
	return false
}

// within reports whether p is root or below it; both must be absolute and cleaned.
// Comparing whole path elements keeps /a/bc from matching root /a/b.
func within(root, p string) bool {
	if p == root {
		return true
	}
	if !strings.HasSuffix(root, string(filepath.Separator)) {
		root += string(filepath.Separator)
	}
	return strings.HasPrefix(p, root)
}

// hasScheme reports whether s starts with a URL scheme such as "http://" or "file://".
func hasScheme(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for j, r := range s[:i] {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (j == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return true
}

// writeBufSize batches the multipart reader's 4 KiB chunks into large file writes.
const writeBufSize = 256 << 10

var writeBufs = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, writeBufSize) }}

// sourceError marks a failure to read the incoming data (a client problem), as opposed to a
// failure to write the cache (a server problem).
type sourceError struct{ err error }

func (e *sourceError) Error() string { return "files: read source: " + e.err.Error() }
func (e *sourceError) Unwrap() error { return e.err }

// tooLargeError reports that the source exceeded the limit passed to store.
type tooLargeError struct{ limit int64 }

func (e *tooLargeError) Error() string { return fmt.Sprintf("files: source exceeds %d bytes", e.limit) }

// trackingReader remembers the last non-EOF read error so store can tell who failed.
type trackingReader struct {
	r   io.Reader
	err error
}

func (t *trackingReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err != nil && err != io.EOF {
		t.err = err
	}
	return n, err
}

// store streams src into a temp file in the cache root while hashing it, then renames it to
// <dir>/<hash>/<name>. It reads at most limit+1 bytes when limit > 0 and never leaves the temp
// file behind on failure.
func (c *Cache) store(src io.Reader, origName string, limit int64) (path string, err error) {
	name := sanitizeName(origName)
	if name == "" {
		name = randomName()
	}
	tmp, err := os.CreateTemp(c.dir, tempPrefix+"*")
	if err != nil {
		return "", fmt.Errorf("files: create temp file: %w", err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()

	h := sha256.New()
	h.Write(c.seed[:])
	tr := &trackingReader{r: src}
	var r io.Reader = tr
	if limit > 0 {
		r = io.LimitReader(tr, limit+1)
	}
	bw := writeBufs.Get().(*bufio.Writer)
	bw.Reset(tmp)
	n, err := io.Copy(io.MultiWriter(bw, h), r)
	if err == nil {
		err = bw.Flush()
	}
	bw.Reset(nil)
	writeBufs.Put(bw)
	switch {
	case err != nil && tr.err != nil:
		return "", &sourceError{err: tr.err}
	case err != nil:
		return "", fmt.Errorf("files: write temp file: %w", err)
	case limit > 0 && n > limit:
		return "", &tooLargeError{limit: limit}
	}
	if err = tmp.Close(); err != nil {
		return "", fmt.Errorf("files: close temp file: %w", err)
	}

	dir := filepath.Join(c.dir, hex.EncodeToString(h.Sum(nil)))
	if err = os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("files: create entry dir: %w", err)
	}
	path = filepath.Join(dir, name)
	if _, statErr := os.Lstat(path); statErr == nil {
		// Same content under the same name is already stored: de-duplicate.
		os.Remove(tmpName)
		return path, nil
	}
	if err = os.Rename(tmpName, path); err != nil {
		os.Remove(dir) // only succeeds if we left it empty
		return "", fmt.Errorf("files: move into cache: %w", err)
	}
	return path, nil
}
