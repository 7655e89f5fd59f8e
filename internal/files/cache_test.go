package files

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNewCreatesDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	c, err := New(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(c.Dir())
	if err != nil || !fi.IsDir() {
		t.Fatalf("cache dir not created: %v", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("cache dir mode %v, want 0700", fi.Mode().Perm())
	}
	if !filepath.IsAbs(c.Dir()) {
		t.Errorf("Dir() = %q, want absolute", c.Dir())
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	if _, err := New(Options{Dir: t.TempDir(), MaxFileSize: -1}); err == nil {
		t.Error("negative MaxFileSize accepted")
	}
	file := filepath.Join(t.TempDir(), "f")
	os.WriteFile(file, nil, 0o600)
	if _, err := New(Options{Dir: file}); err == nil {
		t.Error("a regular file accepted as cache dir")
	}
	if _, err := New(Options{Dir: t.TempDir(), AllowedPaths: []string{""}}); err == nil {
		t.Error("empty allowed path accepted")
	}
}

func TestAddCopiesIntoCache(t *testing.T) {
	c := newTestCache(t, Options{})
	src := filepath.Join(t.TempDir(), "out.wav")
	data := []byte("RIFF....WAVE")
	if err := os.WriteFile(src, data, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := c.Add(src)
	if err != nil {
		t.Fatal(err)
	}
	checkStored(t, c, p, "out.wav", data)
	again, err := c.Add(src)
	if err != nil || again != p {
		t.Errorf("second Add = %q, %v; want %q", again, err, p)
	}
	same, err := c.Add(p)
	if err != nil || same != p {
		t.Errorf("Add of a cached path = %q, %v; want it unchanged", same, err)
	}
}

func TestAddKeepsSymlinkName(t *testing.T) {
	c := newTestCache(t, Options{})
	dir := t.TempDir()
	target := filepath.Join(dir, "target.bin")
	os.WriteFile(target, []byte("x"), 0o600)
	link := filepath.Join(dir, "result.png")
	if err := os.Symlink(target, link); err != nil {
		unsupported(t, "symlinks", err)
	}
	p, err := c.Add(link)
	if err != nil {
		t.Fatal(err)
	}
	checkStored(t, c, p, "result.png", []byte("x"))
}

func TestAddRejectsDirAndMissing(t *testing.T) {
	c := newTestCache(t, Options{})
	if _, err := c.Add(t.TempDir()); err == nil {
		t.Error("Add of a directory succeeded")
	}
	if _, err := c.Add(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("Add of a missing file succeeded")
	}
	if got := listDir(t, c.Dir()); len(got) != 0 {
		t.Errorf("leftovers %q", got)
	}
}

func TestAddBytes(t *testing.T) {
	c := newTestCache(t, Options{})
	p, err := c.AddBytes("sub/dir/chart.json", []byte(`{"a":1}`))
	if err != nil {
		t.Fatal(err)
	}
	checkStored(t, c, p, "chart.json", []byte(`{"a":1}`))
	p2, err := c.AddBytes("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(p2), "tmp") {
		t.Errorf("empty name stored as %q", p2)
	}
}

// resolveFixture is a cache holding one stored file plus traps around it.
type resolveFixture struct {
	c                           *Cache
	stored, outside, linkOut    string
	linkIn, hashDir, tempInRoot string
}

func newResolveFixture(t testing.TB) resolveFixture {
	t.Helper()
	c := newTestCache(t, Options{})
	stored, err := c.AddBytes("cat.png", []byte("png"))
	if err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("secret"), 0o600)
	f := resolveFixture{c: c, stored: stored, outside: outside, hashDir: filepath.Dir(stored),
		linkOut: filepath.Join(c.Dir(), "evil"), linkIn: filepath.Join(c.Dir(), "alias.png"),
		tempInRoot: filepath.Join(c.Dir(), tempPrefix+"123")}
	os.WriteFile(f.tempInRoot, []byte("partial"), 0o600)
	if err := os.Symlink(outside, f.linkOut); err != nil {
		unsupported(t, "symlinks", err)
	}
	os.Symlink(filepath.Join(f.hashDir, "..", ".."), filepath.Join(f.hashDir, "up"))
	os.Symlink(stored, f.linkIn)
	return f
}

func TestResolve(t *testing.T) {
	f := newResolveFixture(t)
	got, err := f.c.Resolve(f.stored)
	if err != nil || got != f.stored {
		t.Fatalf("Resolve(stored) = %q, %v", got, err)
	}
	got, err = f.c.Resolve(f.linkIn)
	if err != nil || got != f.stored {
		t.Errorf("Resolve(symlink to stored) = %q, %v; want %q", got, err, f.stored)
	}
	got, err = f.c.Resolve(f.hashDir + "/./x/../cat.png")
	if err != nil || got != f.stored {
		t.Errorf("Resolve(uncleaned) = %q, %v", got, err)
	}

	rejects := map[string]string{
		"etc passwd":         "/etc/passwd",
		"dotdot out of dir":  f.c.Dir() + "/../" + filepath.Base(f.c.Dir()) + "/../../etc/passwd",
		"dotdot to outside":  filepath.Join(f.hashDir, "..", "..", filepath.Base(filepath.Dir(f.outside)), "secret.txt"),
		"raw dotdot":         f.hashDir + "/../../../../../../etc/passwd",
		"symlink outside":    f.linkOut,
		"symlink dir climbs": filepath.Join(f.hashDir, "up", filepath.Base(filepath.Dir(f.outside)), "secret.txt"),
		"directory":          f.hashDir,
		"cache root":         f.c.Dir(),
		"missing":            filepath.Join(f.hashDir, "nope.png"),
		"url":                "http://x/y",
		"file url":           "file://" + f.stored,
		"relative":           "cat.png",
		"empty":              "",
		"nul byte":           f.stored + "\x00",
		"temp file":          f.tempInRoot,
	}
	for name, p := range rejects {
		t.Run(name, func(t *testing.T) {
			got, err := f.c.Resolve(p)
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("Resolve(%q) = %q, %v; want *Error", p, got, err)
			}
			if fe.Status != http.StatusForbidden || fe.Message != "File not allowed: "+p+"." {
				t.Errorf("Resolve(%q) error = %d %q", p, fe.Status, fe.Message)
			}
		})
	}
}

func TestResolveBlocked(t *testing.T) {
	dir := t.TempDir()
	c := newTestCache(t, Options{Dir: dir, BlockedPaths: []string{filepath.Join(dir, "blocked-entry")}})
	p := filepath.Join(c.Dir(), "blocked-entry", "x.txt")
	os.MkdirAll(filepath.Dir(p), 0o700)
	os.WriteFile(p, []byte("x"), 0o600)
	if _, err := c.Resolve(p); err == nil {
		t.Error("blocked path resolved")
	}
}

func FuzzResolve(f *testing.F) {
	fx := newResolveFixture(f)
	for _, s := range []string{fx.stored, fx.linkOut, fx.linkIn, fx.hashDir, fx.outside, "/etc/passwd",
		fx.hashDir + "/../..", fx.hashDir + "/up/x", "http://x/y", "", fx.tempInRoot} {
		f.Add(s)
	}
	root := fx.c.Dir()
	f.Fuzz(func(t *testing.T, p string) {
		got, err := fx.c.Resolve(p)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || fe.Status != http.StatusForbidden {
				t.Fatalf("Resolve(%q) error %v is not a 403 *Error", p, err)
			}
			return
		}
		if !strings.HasPrefix(got, root+string(filepath.Separator)) {
			t.Fatalf("Resolve(%q) = %q, outside %q", p, got, root)
		}
		real, err := filepath.EvalSymlinks(got)
		if err != nil || real != got {
			t.Fatalf("Resolve(%q) = %q, not a resolved path (%q, %v)", p, got, real, err)
		}
		if fi, err := os.Lstat(got); err != nil || !fi.Mode().IsRegular() {
			t.Fatalf("Resolve(%q) = %q, not a regular file", p, got)
		}
	})
}

// unsupported skips a test whose file-system feature this system lacks; in CI
// (CI=true, Linux) that cannot happen, so there it fails.
func unsupported(t testing.TB, feature string, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s: %v", feature, err)
	}
	t.Skipf("%s unsupported: %v", feature, err)
}
