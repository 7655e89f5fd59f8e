package files

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// memRemote is a Remote in memory: the NATS object store behind it is tested by the
// scaled-out app's tests; here it is the cache's side that is under test.
type memRemote struct {
	mu   sync.Mutex
	m    map[string][]byte
	fail bool
	puts int
}

func (r *memRemote) Put(_ context.Context, key string, src io.Reader) error {
	if r.fail {
		return errors.New("the store is down")
	}
	b, err := io.ReadAll(src)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m[key] = b
	r.puts++
	return err
}

func (r *memRemote) Has(_ context.Context, key string) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.m[key]
	return ok, nil
}

func (r *memRemote) Get(_ context.Context, key string, w io.Writer) (bool, error) {
	r.mu.Lock()
	b, ok := r.m[key]
	r.mu.Unlock()
	if !ok {
		return false, nil
	}
	_, err := w.Write(b)
	return true, err
}

// Two processes' caches share files through a remote store: a path one hands out
// resolves and downloads in the other, and nothing else is let through that way.
func TestRemoteSharesEntries(t *testing.T) {
	r := &memRemote{m: map[string][]byte{}}
	a, b := newTestCache(t, Options{}), newTestCache(t, Options{})
	a.SetRemote(r)
	b.SetRemote(r)
	p, err := a.AddBytes("red.png", pngBytes)
	if err != nil {
		t.Fatal(err)
	}
	key := filepath.Base(filepath.Dir(p)) + "/red.png"
	if !bytes.Equal(r.m[key], pngBytes) {
		t.Fatalf("the remote store has %v", r.m)
	}
	got, err := b.Resolve(p)
	if err != nil || !strings.HasPrefix(got, b.Dir()) || filepath.Base(got) != "red.png" {
		t.Fatalf("b.Resolve(a's path) = %q, %v", got, err)
	}
	res := fetch(t, fileServer(t, newTestCacheLike(t, r)), http.MethodGet, p)
	if res.status != http.StatusOK || !bytes.Equal(res.body, pngBytes) {
		t.Fatalf("a third cache served a's path with %d, %d bytes", res.status, len(res.body))
	}
	// The same content again is not put twice.
	if _, err := a.AddBytes("red.png", pngBytes); err != nil || r.puts != 1 {
		t.Errorf("adding the same file again: %v, %d puts", err, r.puts)
	}
	for _, bad := range []string{
		filepath.Join(filepath.Dir(filepath.Dir(p)), strings.Repeat("0", 64), "red.png"), // not stored
		"/etc/" + filepath.Base(filepath.Dir(p)) + "/passwd",                             // another name
		filepath.Join(filepath.Dir(p), "..", "red.png"),
		"/etc/passwd",
	} {
		if got, err := b.Resolve(bad); err == nil {
			t.Errorf("b.Resolve(%q) = %q, want an error", bad, got)
		}
	}
}

// A file that cannot be shared is not handed out: another process could not use it.
func TestRemoteFailureFailsTheAdd(t *testing.T) {
	c := newTestCache(t, Options{})
	c.SetRemote(&memRemote{m: map[string][]byte{}, fail: true})
	if p, err := c.AddBytes("x.txt", []byte("x")); err == nil || !strings.Contains(err.Error(), "share") {
		t.Fatalf("AddBytes = %q, %v; want an error", p, err)
	}
}

func newTestCacheLike(t *testing.T, r Remote) *Cache {
	c := newTestCache(t, Options{})
	c.SetRemote(r)
	return c
}
