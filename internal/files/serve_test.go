package files

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

const filePrefix = "/gradio_api/file="

// fileServer routes /gradio_api/file=<p> like the real server: the path after "file=" decoded.
func fileServer(t testing.TB, c *Cache) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.ServeFile(w, r, strings.TrimPrefix(r.URL.Path, filePrefix))
	}))
	t.Cleanup(srv.Close)
	return srv
}

type fileResponse struct {
	status int
	header http.Header
	body   []byte
}

func fetch(t testing.TB, srv *httptest.Server, method, p string, hdr ...string) fileResponse {
	t.Helper()
	// Percent-encode each segment as @gradio/client 2.6+ does; the server must decode it.
	u := srv.URL + filePrefix + (&url.URL{Path: p}).EscapedPath()
	req, err := http.NewRequest(method, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return fileResponse{resp.StatusCode, resp.Header, body}
}

// pngBytes is a real 1x1 PNG, so the file is right by content as well as by name.
var pngBytes = func() []byte {
	var buf bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 1, 1))
	img.Set(0, 0, color.RGBA{R: 255, A: 255})
	png.Encode(&buf, img)
	return buf.Bytes()
}()

func TestServeFileStoredPNG(t *testing.T) {
	c := newTestCache(t, Options{})
	p, _ := c.AddBytes("red.png", pngBytes)
	res := fetch(t, fileServer(t, c), http.MethodGet, p)
	if res.status != http.StatusOK || !bytes.Equal(res.body, pngBytes) {
		t.Fatalf("got %d, %d bytes", res.status, len(res.body))
	}
	want := map[string]string{
		"Content-Type":           "image/png",
		"Content-Disposition":    `inline; filename="red.png"`,
		"X-Content-Type-Options": "nosniff",
		"Accept-Ranges":          "bytes",
		"Content-Length":         strconv.Itoa(len(pngBytes)),
	}
	for k, v := range want {
		if got := res.header.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if res.header.Get("Last-Modified") == "" || res.header.Get("ETag") == "" {
		t.Errorf("missing validators: %v", res.header)
	}
}

func TestServeFileTypes(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := fileServer(t, c)
	tests := []struct {
		name, ctype, disposition string
	}{
		{"notes.txt", "text/plain; charset=utf-8", `inline; filename="notes.txt"`},
		{"data.json", "application/json", `inline; filename="data.json"`},
		{"clip.wav", "audio/wav", `inline; filename="clip.wav"`},
		{"movie.MP4", "video/mp4", `inline; filename="movie.MP4"`},
		{"page.html", "application/octet-stream", `attachment; filename="page.html"`},
		{"logo.svg", "application/octet-stream", `attachment; filename="logo.svg"`},
		{"app.js", "application/octet-stream", `attachment; filename="app.js"`},
		{"noext", "application/octet-stream", `attachment; filename="noext"`},
		{"my cat.png", "image/png", `inline; filename*=utf-8''my%20cat.png`},
		{"猫.png", "image/png", `inline; filename*=utf-8''%E7%8C%AB.png`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := c.AddBytes(tt.name, []byte("<html><script>alert(1)</script></html>"))
			if err != nil {
				t.Fatal(err)
			}
			res := fetch(t, srv, http.MethodGet, p)
			if res.status != http.StatusOK {
				t.Fatalf("status %d: %s", res.status, res.body)
			}
			if got := res.header.Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type = %q, want %q", got, tt.ctype)
			}
			if got := res.header.Get("Content-Disposition"); got != tt.disposition {
				t.Errorf("Content-Disposition = %q, want %q", got, tt.disposition)
			}
			if got := res.header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q", got)
			}
		})
	}
}

func TestServeFileRangeAndHead(t *testing.T) {
	c := newTestCache(t, Options{})
	data := []byte("hello from a sample text file\n")
	p, _ := c.AddBytes("notes.txt", data)
	srv := fileServer(t, c)

	res := fetch(t, srv, http.MethodGet, p, "Range", "bytes=0-9")
	if res.status != http.StatusPartialContent || string(res.body) != "hello from" {
		t.Fatalf("Range: got %d %q", res.status, res.body)
	}
	if got := res.header.Get("Content-Range"); got != "bytes 0-9/30" {
		t.Errorf("Content-Range = %q", got)
	}
	if got := res.header.Get("Content-Type"); got != "text/plain; charset=utf-8" {
		t.Errorf("206 Content-Type = %q", got)
	}

	head := fetch(t, srv, http.MethodHead, p)
	if head.status != http.StatusOK || len(head.body) != 0 || head.header.Get("Content-Length") != "30" {
		t.Errorf("HEAD: got %d, %d body bytes, Content-Length %q", head.status, len(head.body), head.header.Get("Content-Length"))
	}

	lm := head.header.Get("Last-Modified")
	cond := fetch(t, srv, http.MethodGet, p, "If-Modified-Since", lm)
	if cond.status != http.StatusNotModified {
		t.Errorf("If-Modified-Since: got %d, want 304", cond.status)
	}
	etag := fetch(t, srv, http.MethodGet, p, "If-None-Match", head.header.Get("ETag"))
	if etag.status != http.StatusNotModified {
		t.Errorf("If-None-Match: got %d, want 304", etag.status)
	}
	old := fetch(t, srv, http.MethodGet, p, "If-Modified-Since", time.Unix(0, 0).UTC().Format(http.TimeFormat))
	if old.status != http.StatusOK {
		t.Errorf("stale If-Modified-Since: got %d, want 200", old.status)
	}
}

func TestServeFileForbidden(t *testing.T) {
	dir := t.TempDir()
	c := newTestCache(t, Options{Dir: dir, BlockedPaths: []string{strings.ToUpper(filepath.Join(dir, "blocked"))}})
	stored, _ := c.AddBytes("ok.png", pngBytes)
	blocked := filepath.Join(c.Dir(), "blocked", "x.png")
	os.MkdirAll(filepath.Dir(blocked), 0o700)
	os.WriteFile(blocked, pngBytes, 0o600)
	outside := filepath.Join(t.TempDir(), "secret.png")
	os.WriteFile(outside, pngBytes, 0o600)
	link := filepath.Join(filepath.Dir(stored), "link.png")
	os.Symlink(outside, link)
	temp := filepath.Join(c.Dir(), tempPrefix+"42")
	os.WriteFile(temp, pngBytes, 0o600)

	srv := fileServer(t, c)
	if res := fetch(t, srv, http.MethodGet, stored); res.status != http.StatusOK {
		t.Fatalf("control: stored file got %d", res.status)
	}
	cases := map[string]string{
		"etc passwd":            "/etc/passwd",
		"blocked inside dir":    blocked,
		"directory":             filepath.Dir(stored),
		"cache root":            c.Dir(),
		"missing":               filepath.Join(filepath.Dir(stored), "missing.png"),
		"outside":               outside,
		"dotdot":                filepath.Dir(stored) + "/../../" + filepath.Base(filepath.Dir(outside)) + "/secret.png",
		"symlink out":           link,
		"temp file":             temp,
		"relative":              "ok.png",
		"double slash":          "//etc/passwd",
		"double slash to cache": "/" + stored,
		"unc":                   `\\server\share\x.png`,
		"http url":              "http://example.com/x.png",
		"file url":              "file://" + stored,
		"schemeless url prefix": "//example.com/x.png",
	}
	for name, p := range cases {
		t.Run(name, func(t *testing.T) {
			res := fetch(t, srv, http.MethodGet, p)
			if res.status != http.StatusForbidden {
				t.Fatalf("got %d, want 403", res.status)
			}
			if got := res.header.Get("Content-Type"); got != "application/json" {
				t.Errorf("Content-Type = %q", got)
			}
			if want := `{"detail":"File not allowed: ` + p + `."}`; name != "unc" && string(res.body) != want {
				t.Errorf("body %s, want %s", res.body, want)
			}
		})
	}
}

func TestServeFileNotAllowedBodyMatchesGradio(t *testing.T) {
	c := newTestCache(t, Options{})
	rec := httptest.NewRecorder()
	c.ServeFile(rec, httptest.NewRequest(http.MethodGet, "/", nil), "/etc/passwd")
	// Captured from Gradio 6.25 (reference errors.txt): content-length 43.
	if got := rec.Body.String(); got != `{"detail":"File not allowed: /etc/passwd."}` || rec.Code != 403 {
		t.Errorf("got %d %q", rec.Code, got)
	}
	if got := rec.Header().Get("Content-Length"); got != "43" {
		t.Errorf("Content-Length = %q", got)
	}
}

func TestServeFileAllowedPaths(t *testing.T) {
	assets := t.TempDir()
	page := filepath.Join(assets, "page.html")
	os.WriteFile(page, []byte("<h1>hi</h1>"), 0o600)
	single := filepath.Join(t.TempDir(), "model.bin")
	os.WriteFile(single, []byte("weights"), 0o600)
	sibling := filepath.Join(filepath.Dir(single), "other.bin")
	os.WriteFile(sibling, []byte("no"), 0o600)
	hidden := filepath.Join(assets, "private", "key.txt")
	os.MkdirAll(filepath.Dir(hidden), 0o700)
	os.WriteFile(hidden, []byte("k"), 0o600)

	escape := filepath.Join(assets, "escape.txt")
	if err := os.Symlink(sibling, escape); err != nil {
		unsupported(t, "symlinks", err)
	}

	c := newTestCache(t, Options{AllowedPaths: []string{assets, single}, BlockedPaths: []string{filepath.Join(assets, "private")}})
	srv := fileServer(t, c)

	res := fetch(t, srv, http.MethodGet, page)
	if res.status != http.StatusOK || string(res.body) != "<h1>hi</h1>" {
		t.Fatalf("allowed file: got %d %q", res.status, res.body)
	}
	// Gradio serves allowed_paths files inline with their real type: the developer opted in.
	if got := res.header.Get("Content-Type"); got != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q", got)
	}
	if got := res.header.Get("Content-Disposition"); got != `inline; filename="page.html"` {
		t.Errorf("Content-Disposition = %q", got)
	}
	if res := fetch(t, srv, http.MethodGet, single); res.status != http.StatusOK ||
		res.header.Get("Content-Type") != "application/octet-stream" ||
		!strings.HasPrefix(res.header.Get("Content-Disposition"), "inline") {
		t.Errorf("allowed single file: got %d %v", res.status, res.header)
	}
	if res := fetch(t, srv, http.MethodGet, sibling); res.status != http.StatusForbidden {
		t.Errorf("sibling of an allowed file: got %d, want 403", res.status)
	}
	if res := fetch(t, srv, http.MethodGet, hidden); res.status != http.StatusForbidden {
		t.Errorf("blocked inside allowed: got %d, want 403", res.status)
	}
	if res := fetch(t, srv, http.MethodGet, escape); res.status != http.StatusForbidden {
		t.Errorf("symlink in an allowed dir pointing outside: got %d, want 403", res.status)
	}
	if res := fetch(t, srv, http.MethodGet, assets); res.status != http.StatusForbidden {
		t.Errorf("allowed directory itself: got %d, want 403", res.status)
	}
}

func TestServeFileMethod(t *testing.T) {
	c := newTestCache(t, Options{})
	p, _ := c.AddBytes("a.txt", []byte("a"))
	res := fetch(t, fileServer(t, c), http.MethodPost, p)
	if res.status != http.StatusMethodNotAllowed || res.header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: got %d Allow=%q", res.status, res.header.Get("Allow"))
	}
}

func TestHasScheme(t *testing.T) {
	for s, want := range map[string]bool{
		"http://x": true, "HTTPS://x": true, "file:///etc": true, "s3+x.y-z://b": true,
		"/tmp/a://b": false, "://x": false, "1http://x": false, "/tmp/x": false, "": false,
	} {
		if got := hasScheme(s); got != want {
			t.Errorf("hasScheme(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestWithin(t *testing.T) {
	for _, tt := range []struct {
		root, p string
		want    bool
	}{
		{"/a/b", "/a/b", true},
		{"/a/b", "/a/b/c", true},
		{"/a/b", "/a/bc", false},
		{"/a/b", "/a", false},
		{"/", "/etc", true},
	} {
		if got := within(tt.root, tt.p); got != tt.want {
			t.Errorf("within(%q, %q) = %v", tt.root, tt.p, got)
		}
	}
}
