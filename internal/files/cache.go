package files

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Cache is the on-disk store of every file the app received (uploads) or produced (handler
// outputs). Only files inside the cache (or in AllowedPaths) may ever be served to a client.
type Cache struct {
	dir         string   // absolute, cleaned, symlinks resolved
	seed        [32]byte // makes content hashes unguessable across caches
	maxFileSize int64
	allowed     []string // absolute, cleaned, symlinks resolved where possible
	blocked     []string // lower-cased absolute forms, both as given and resolved

	allowPrivate bool          // Fetch may reach non-public addresses
	fetchTimeout time.Duration // 0 means DefaultFetchTimeout
	fetchOnce    sync.Once
	transport    *http.Transport // built on first Fetch
	// Test hooks: lookup replaces DNS resolution, testPublic treats an address as public.
	lookup     func(ctx context.Context, host string) ([]netip.Addr, error)
	testPublic func(netip.AddrPort) bool

	createdDir bool         // New created dir, so Clear may remove it
	entryMu    sync.RWMutex // held for writing while an entry is evicted, for reading while one is filled
	createdMu  sync.Mutex
	created    map[[32]byte]struct{} // content-hash entries this cache made, for Evict and Clear

	progress *Progress
	remote   Remote // see SetRemote
}

// Options configures a Cache; the zero value is a usable cache in the system temp directory.
type Options struct {
	Dir          string   // root directory; "" means filepath.Join(os.TempDir(), "gradio-go"); created (0o700) if missing
	MaxFileSize  int64    // bytes per uploaded file; 0 = unlimited
	AllowedPaths []string // extra directories/files the app may serve (like Gradio's allowed_paths)
	BlockedPaths []string // never served, even if inside Dir or AllowedPaths (case-insensitive prefix match on cleaned abs paths)

	// AllowPrivateURLs lets Fetch download from loopback, private, link-local and other
	// non-public addresses. Only for tests and trusted intranets: with it, any client can
	// make the server request internal services (including cloud metadata endpoints).
	AllowPrivateURLs bool
	// FetchTimeout bounds one Fetch (connecting, redirects and body); 0 means 30 seconds.
	FetchTimeout time.Duration
}

// tempPrefix marks in-flight files in the cache root; they are never resolved or served.
const tempPrefix = ".upload-"

// New creates the cache directory if needed and returns a Cache rooted at its real path.
func New(opts Options) (*Cache, error) {
	if opts.MaxFileSize < 0 {
		return nil, fmt.Errorf("files: negative MaxFileSize %d", opts.MaxFileSize)
	}
	if opts.FetchTimeout < 0 {
		return nil, fmt.Errorf("files: negative FetchTimeout %v", opts.FetchTimeout)
	}
	dir := opts.Dir
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "gradio-go")
	}
	_, statErr := os.Stat(dir)
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
	c := &Cache{dir: real, maxFileSize: opts.MaxFileSize, allowPrivate: opts.AllowPrivateURLs,
		fetchTimeout: opts.FetchTimeout, createdDir: errors.Is(statErr, fs.ErrNotExist),
		created: make(map[[32]byte]struct{}), progress: newProgress()}
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

// Add copies a local file into the cache (if it is not already inside it) and returns the
// cached absolute path. Add of a path already in the cache returns it unchanged.
//
// Add trusts src wherever it is: it is for files the app itself chose (defaults, examples).
// Files a handler returns go through [Cache.AddOutput], which applies Gradio's location rules.
func (c *Cache) Add(src string) (string, error) {
	abs, err := filepath.Abs(src)
	if err != nil {
		return "", fmt.Errorf("files: add %s: %w", src, err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", fmt.Errorf("files: add %s: %w", src, err)
	}
	return c.copyIn(src, abs, real)
}

// copyIn stores the regular file real (reached as abs) unless it is already cached.
func (c *Cache) copyIn(src, abs, real string) (string, error) {
	// Stat before opening: opening a FIFO or device could block or never end.
	if fi, err := os.Stat(real); err != nil {
		return "", fmt.Errorf("files: add %s: %w", src, err)
	} else if !fi.Mode().IsRegular() {
		return "", fmt.Errorf("files: add %s: not a regular file", src)
	}
	if c.inCache(real) {
		c.touch(real)
		return real, nil
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
	if err != nil || !c.inCache(real) {
		// Uploaded to or made by another process of a scaled-out app.
		if local, ok := c.fromRemote(clean); ok {
			real, err = local, nil
		}
	}
	if err != nil || !c.inCache(real) || c.isBlocked(clean, real) {
		return "", notAllowed(p)
	}
	fi, err := os.Stat(real)
	if err != nil || !fi.Mode().IsRegular() {
		return "", notAllowed(p)
	}
	c.touch(real)
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

// chunkSize is the unit in which stored files are read, hashed and written: large writes,
// and a hash of one chunk overlapping the write of it and the read of the next.
const chunkSize = 256 << 10

var chunkBufs = sync.Pool{New: func() any { return new([chunkSize]byte) }}

// copyHashed copies src to dst and feeds the same bytes to h. Files larger than one chunk are
// hashed in a second goroutine, so hashing runs alongside the file write and the next read
// instead of after them (SHA-256 costs about as much as the rest of an upload). Memory use is
// two pooled chunks.
func copyHashed(dst io.Writer, h hash.Hash, src io.Reader) (written int64, err error) {
	bufs := [2]*[chunkSize]byte{chunkBufs.Get().(*[chunkSize]byte), chunkBufs.Get().(*[chunkSize]byte)}
	var (
		jobs    chan []byte
		done    chan struct{}
		pending bool // the hasher is working on the previous chunk
	)
	defer func() {
		if pending {
			<-done
		}
		if jobs != nil {
			close(jobs)
		}
		chunkBufs.Put(bufs[0])
		chunkBufs.Put(bufs[1])
	}()
	for cur := 0; ; cur ^= 1 {
		n, rerr := fill(src, bufs[cur][:])
		if pending {
			<-done
			pending = false
		}
		if n > 0 {
			chunk := bufs[cur][:n]
			if rerr == io.EOF && jobs == nil {
				h.Write(chunk) // the only chunk: no goroutine for small files
			} else {
				if jobs == nil {
					jobs, done = make(chan []byte), make(chan struct{})
					go func() {
						for b := range jobs {
							h.Write(b)
							done <- struct{}{}
						}
					}()
				}
				jobs <- chunk
				pending = true
			}
			if _, err := dst.Write(chunk); err != nil {
				return written, err
			}
			written += int64(n)
		}
		if rerr == io.EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

// fill reads into buf until it is full (err nil) or src fails; unlike io.ReadFull it passes
// src's errors through unchanged, so a body cut short (io.ErrUnexpectedEOF from multipart)
// is never mistaken for the end of the file.
func fill(src io.Reader, buf []byte) (n int, err error) {
	for n < len(buf) && err == nil {
		var m int
		m, err = src.Read(buf[n:])
		n += m
	}
	return n, err
}

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
	n, err := copyHashed(tmp, h, r)
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

	var sum [32]byte
	h.Sum(sum[:0])
	return c.commit(tmpName, sum, name)
}

// commit moves a finished temp file to <dir>/<hash>/<name>. Eviction cannot remove the entry
// meanwhile, and a re-used entry is marked as used so the next eviction keeps it.
func (c *Cache) commit(tmpName string, sum [32]byte, name string) (string, error) {
	c.entryMu.RLock()
	defer c.entryMu.RUnlock()
	dir := filepath.Join(c.dir, hex.EncodeToString(sum[:]))
	err := os.Mkdir(dir, 0o700)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("files: create entry dir: %w", err)
	}
	c.remember(sum)
	path := filepath.Join(dir, name)
	_, statErr := os.Lstat(path)
	// Shared before the path is handed out: another process may be asked for it next.
	if err := c.share(tmpName, filepath.Base(dir), name, statErr == nil); err != nil {
		os.Remove(tmpName)
		os.Remove(dir) // only succeeds if it is empty
		return "", err
	}
	if statErr == nil {
		// Same content under the same name is already stored: de-duplicate.
		os.Remove(tmpName)
		c.touchEntry(dir)
		return path, nil
	}
	if err = os.Rename(tmpName, path); err != nil {
		os.Remove(dir) // only succeeds if we left it empty
		return "", fmt.Errorf("files: move into cache: %w", err)
	}
	return path, nil
}
