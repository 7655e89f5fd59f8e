package files

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// age makes a cached file and its entry directory look unused for d.
func age(t *testing.T, p string, d time.Duration) {
	t.Helper()
	old := time.Now().Add(-d)
	for _, q := range []string{p, filepath.Dir(p)} {
		if err := os.Chtimes(q, old, old); err != nil {
			t.Fatal(err)
		}
	}
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

func TestEvictRemovesUnusedEntries(t *testing.T) {
	c := newTestCache(t, Options{})
	old, _ := c.AddBytes("old.txt", []byte("old"))
	fresh, _ := c.AddBytes("fresh.txt", []byte("fresh"))
	age(t, old, 2*time.Hour)

	n, err := c.Evict(time.Hour)
	if err != nil || n != 1 {
		t.Fatalf("Evict = %d, %v; want 1 file removed", n, err)
	}
	if exists(old) || exists(filepath.Dir(old)) {
		t.Error("the unused file or its hash directory is still there")
	}
	if !exists(fresh) {
		t.Error("a fresh file was evicted")
	}
	if _, err := c.Resolve(old); err == nil {
		t.Error("an evicted path still resolves")
	}
	// Storing the same content again brings the same path back.
	again, err := c.AddBytes("old.txt", []byte("old"))
	if err != nil || again != old {
		t.Errorf("re-adding evicted content = %q, %v; want %q", again, err, old)
	}
	if n, err := c.Evict(-time.Second); err == nil {
		t.Errorf("negative age accepted (%d removed)", n)
	}
}

// Every kind of use marks an entry as used, so eviction keeps it.
func TestEvictKeepsUsedEntries(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := fileServer(t, c)
	for name, use := range map[string]func(p string) error{
		"resolved": func(p string) error { _, err := c.Resolve(p); return err },
		"served": func(p string) error {
			if r := fetch(t, srv, "GET", p); r.status != 200 {
				return fmt.Errorf("status %d", r.status)
			}
			return nil
		},
		"returned again":   func(p string) error { _, err := c.AddOutput(p); return err },
		"added again":      func(p string) error { _, err := c.Add(p); return err },
		"stored again":     func(p string) error { _, err := c.AddBytes(filepath.Base(p), []byte(filepath.Base(p))); return err },
		"stored as a copy": func(p string) error { _, err := c.AddBytes("other-name", []byte(filepath.Base(p))); return err },
	} {
		p, err := c.AddBytes(name, []byte(name))
		if err != nil {
			t.Fatal(err)
		}
		age(t, p, 2*time.Hour)
		if err := use(p); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := c.Evict(time.Hour); err != nil {
			t.Fatal(err)
		}
		if !exists(p) {
			t.Errorf("%s: evicted although just used", name)
		}
	}
}

// Another app sharing the directory, and anything else in it, is left alone.
func TestEvictOnlyOwnEntries(t *testing.T) {
	dir := t.TempDir()
	mine := newTestCache(t, Options{Dir: dir})
	theirs := newTestCache(t, Options{Dir: dir})
	own, _ := mine.AddBytes("mine.txt", []byte("mine"))
	other, _ := theirs.AddBytes("theirs.txt", []byte("theirs"))
	foreignEntry := filepath.Join(dir, fmt.Sprintf("%064x", 7), "f.txt")
	os.MkdirAll(filepath.Dir(foreignEntry), 0o700)
	write(t, foreignEntry, "foreign")
	plain := write(t, filepath.Join(dir, "notes.txt"), "user file")
	for _, p := range []string{own, other, foreignEntry} {
		age(t, p, 48*time.Hour)
	}
	n, err := mine.Evict(0)
	if err != nil || n != 1 {
		t.Fatalf("Evict = %d, %v; want 1", n, err)
	}
	if exists(own) {
		t.Error("own entry kept")
	}
	for _, p := range []string{other, foreignEntry, plain} {
		if !exists(p) {
			t.Errorf("%s removed by another cache's eviction", p)
		}
	}
}

func TestEvictNeverFollowsSymlinks(t *testing.T) {
	c := newTestCache(t, Options{})
	p, _ := c.AddBytes("a.txt", []byte("a"))
	outside := write(t, filepath.Join(t.TempDir(), "precious.txt"), "precious")
	link := filepath.Join(filepath.Dir(p), "link")
	if err := os.Symlink(outside, link); err != nil {
		unsupported(t, "symlinks", err)
	}
	age(t, p, 2*time.Hour)
	if _, err := c.Evict(time.Hour); err != nil {
		t.Fatal(err)
	}
	if exists(link) || exists(p) {
		t.Error("entry not removed")
	}
	if b, err := os.ReadFile(outside); err != nil || string(b) != "precious" {
		t.Errorf("the symlink's target was touched: %q, %v", b, err)
	}
}

// An entry that the developer listed in AllowedPaths is the app's own file, not a copy.
func TestEvictSparesAllowedPathsInsideTheCache(t *testing.T) {
	dir := t.TempDir()
	probe := newTestCache(t, Options{Dir: dir})
	p, _ := probe.AddBytes("keep.txt", []byte("keep"))
	c := newTestCache(t, Options{Dir: dir, AllowedPaths: []string{p}})
	c.seed = probe.seed // so c computes the same entry and remembers it
	if q, err := c.AddBytes("keep.txt", []byte("keep")); err != nil || q != p {
		t.Fatalf("AddBytes = %q, %v", q, err)
	}
	age(t, p, 2*time.Hour)
	if n, err := c.Evict(time.Hour); err != nil || n != 0 {
		t.Errorf("Evict = %d, %v", n, err)
	}
	if err := c.Clear(); err != nil {
		t.Fatal(err)
	}
	if !exists(p) {
		t.Error("a file in AllowedPaths was deleted")
	}
}

func TestClear(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "cache")
	c := newTestCache(t, Options{Dir: dir})
	var paths []string
	for i := range 3 {
		p, _ := c.AddBytes(fmt.Sprintf("f%d.txt", i), []byte{byte(i)})
		paths = append(paths, p)
	}
	if err := c.Clear(); err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if exists(p) {
			t.Errorf("%s survived Clear", p)
		}
	}
	if exists(dir) {
		t.Error("the cache directory New created survived Clear")
	}

	// A directory that existed before is kept, with whatever else is in it.
	pre := t.TempDir()
	user := write(t, filepath.Join(pre, "user.txt"), "x")
	c2 := newTestCache(t, Options{Dir: pre})
	p, _ := c2.AddBytes("a.txt", []byte("a"))
	if err := c2.Clear(); err != nil {
		t.Fatal(err)
	}
	if exists(p) || !exists(user) || !exists(pre) {
		t.Errorf("Clear of a pre-existing dir: cached %v, user file %v, dir %v", exists(p), exists(user), exists(pre))
	}
}

// Uploads racing with eviction never fail: an entry is never removed between its directory
// being made and the file being moved in.
func TestEvictConcurrentWithStores(t *testing.T) {
	c := newTestCache(t, Options{})
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
				if _, err := c.Evict(0); err != nil {
					t.Error(err)
					return
				}
			}
		}
	})
	var stores sync.WaitGroup
	for g := range 4 {
		stores.Go(func() {
			for i := range 200 {
				if _, err := c.AddBytes("same.txt", []byte(fmt.Sprint(i%3, g%2))); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	stores.Wait()
	close(stop)
	wg.Wait()
	if err := c.Clear(); err != nil {
		t.Fatal(err)
	}
	if len(c.created) != 0 {
		t.Errorf("%d entries still remembered after Clear", len(c.created))
	}
}
