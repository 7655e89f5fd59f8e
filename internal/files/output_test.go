package files

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// outputFixture lays out, under one temp dir: a working directory (made the cwd), a separate
// system temp dir (TMPDIR), an allowed dir, a blocked dir inside the working directory, an
// outside dir that nothing grants, and the cache.
type outputFixture struct {
	c                                    *Cache
	work, tmp, allowed, blocked, outside string
}

func newOutputFixture(t *testing.T) outputFixture {
	t.Helper()
	base := t.TempDir()
	f := outputFixture{
		work:    filepath.Join(base, "work"),
		tmp:     filepath.Join(base, "tmp"),
		allowed: filepath.Join(base, "allowed"),
		outside: filepath.Join(base, "outside"),
	}
	f.blocked = filepath.Join(f.work, "blocked")
	for _, d := range []string{f.work, f.tmp, f.allowed, f.outside, f.blocked, filepath.Join(f.work, ".git"), filepath.Join(f.work, "sub")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("TMPDIR", f.tmp) // os.TempDir() is now f.tmp, so base is not a temp dir any more
	t.Chdir(f.work)
	f.c = newTestCache(t, Options{Dir: filepath.Join(base, "cache"), AllowedPaths: []string{f.allowed}, BlockedPaths: []string{f.blocked}})
	return f
}

func write(t *testing.T, p, content string) string {
	t.Helper()
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAddOutput(t *testing.T) {
	f := newOutputFixture(t)
	write(t, filepath.Join(f.work, "out.png"), "png")
	write(t, filepath.Join(f.work, "sub", "deep.wav"), "wav")
	write(t, filepath.Join(f.work, ".env"), "API_KEY=secret")
	write(t, filepath.Join(f.work, ".git", "config"), "[core]")
	write(t, filepath.Join(f.tmp, "gen.mp4"), "mp4")
	write(t, filepath.Join(f.allowed, ".hidden.txt"), "allowed dotfile")
	write(t, filepath.Join(f.outside, "secret.txt"), "secret")
	write(t, filepath.Join(f.blocked, "x.txt"), "blocked")
	cached, err := f.c.AddBytes("cached.txt", []byte("cached"))
	if err != nil {
		t.Fatal(err)
	}
	symlinks := true
	for link, target := range map[string]string{
		filepath.Join(f.work, "escape.png"):    filepath.Join(f.outside, "secret.txt"),
		filepath.Join(f.outside, "inward.png"): filepath.Join(f.work, "out.png"),
		filepath.Join(f.work, "env-link.txt"):  filepath.Join(f.work, ".env"),
	} {
		if err := os.Symlink(target, link); err != nil {
			symlinks = false
		}
	}
	tmpUpload := write(t, filepath.Join(f.c.Dir(), tempPrefix+"123"), "in flight")

	const (
		ok        = ""
		outside   = "outside the working directory, the temporary directory and the allowed paths. Add it with gradio.WithAllowedPaths."
		dot       = "names starting with a dot"
		blocked   = "blocked path"
		plainFail = "plain"
	)
	for _, tc := range []struct {
		src, want, name string // name: the stored file's name when accepted
		needsLinks      bool
	}{
		{src: "out.png", want: ok, name: "out.png"},
		{src: filepath.Join(f.work, "out.png"), want: ok, name: "out.png"},
		{src: "sub/deep.wav", want: ok, name: "deep.wav"},
		{src: filepath.Join(f.tmp, "gen.mp4"), want: ok, name: "gen.mp4"},
		{src: filepath.Join(f.allowed, ".hidden.txt"), want: ok, name: ".hidden.txt"},
		{src: ".env", want: dot},
		{src: ".git/config", want: dot},
		{src: filepath.Join(f.outside, "secret.txt"), want: outside},
		{src: "../outside/secret.txt", want: outside},
		{src: filepath.Join(f.outside, "missing.txt"), want: outside}, // same answer as an existing file
		{src: filepath.Join(f.blocked, "x.txt"), want: blocked},
		{src: tmpUpload, want: outside},
		{src: f.c.Dir(), want: outside},
		{src: "missing.png", want: plainFail},
		{src: "sub", want: plainFail},
		{src: filepath.Join(f.work, "escape.png"), want: outside, needsLinks: true},
		{src: filepath.Join(f.work, "env-link.txt"), want: dot, needsLinks: true},
		{src: filepath.Join(f.outside, "inward.png"), want: ok, name: "inward.png", needsLinks: true},
	} {
		if tc.needsLinks && !symlinks {
			continue
		}
		p, err := f.c.AddOutput(tc.src)
		switch tc.want {
		case ok:
			if err != nil {
				t.Errorf("AddOutput(%q): %v", tc.src, err)
				continue
			}
			if filepath.Base(p) != tc.name || !f.c.inCache(p) {
				t.Errorf("AddOutput(%q) = %q, want a cached %q", tc.src, p, tc.name)
			}
		case plainFail:
			var fe *Error
			if err == nil || errors.As(err, &fe) {
				t.Errorf("AddOutput(%q) = %q, %v; want a plain error", tc.src, p, err)
			}
		default:
			var fe *Error
			if !errors.As(err, &fe) || fe.Status != http.StatusForbidden || !strings.Contains(fe.Message, tc.want) {
				t.Errorf("AddOutput(%q) = %q, %v; want 403 containing %q", tc.src, p, err, tc.want)
				continue
			}
			if !strings.HasPrefix(fe.Message, "Cannot serve ") {
				t.Errorf("AddOutput(%q): message %q", tc.src, fe.Message)
			}
		}
	}
	// A cached path comes back unchanged.
	if p, err := f.c.AddOutput(cached); err != nil || p != cached {
		t.Errorf("AddOutput(cached) = %q, %v", p, err)
	}
	// Nothing refused reached the cache.
	for _, e := range listDir(t, f.c.Dir()) {
		for _, bad := range []string{"secret", ".env", "config", "x.txt", "escape", "env-link"} {
			if strings.Contains(e, bad) {
				t.Errorf("refused file stored: %s", e)
			}
		}
	}
}

// A service started in / (systemd's default) must not be able to return any file at all.
func TestAddOutputRootWorkingDirGrantsNothing(t *testing.T) {
	f := newOutputFixture(t)
	t.Chdir("/")
	p := write(t, filepath.Join(f.outside, "x.txt"), "x")
	if _, err := f.c.AddOutput(p); err == nil {
		t.Errorf("AddOutput(%q) with cwd / succeeded", p)
	}
	if _, err := os.Stat("/etc/hostname"); err == nil {
		if _, err := f.c.AddOutput("etc/hostname"); err == nil {
			t.Error("AddOutput(etc/hostname) with cwd / succeeded")
		}
	}
	t.Setenv("TMPDIR", "/")
	if _, err := f.c.AddOutput(p); err == nil {
		t.Errorf("AddOutput(%q) with TMPDIR=/ succeeded", p)
	}
}

func TestHasDotElement(t *testing.T) {
	for in, want := range map[string]bool{
		"a/b.txt": false, ".env": true, "a/.git/config": true, "a/b/.x": true, "a.b/c": false, ".": false,
	} {
		if got := hasDotElement(filepath.FromSlash(in)); got != want {
			t.Errorf("hasDotElement(%q) = %v", in, got)
		}
	}
}
