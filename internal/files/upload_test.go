package files

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// newTestCache returns a cache rooted in a fresh t.TempDir unless opts names a Dir.
func newTestCache(t testing.TB, opts Options) *Cache {
	t.Helper()
	if opts.Dir == "" {
		opts.Dir = t.TempDir()
	}
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// uploadServer answers POST /upload like Gradio: a JSON list of paths, or the *Error status.
func uploadServer(t testing.TB, c *Cache) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths, err := c.SaveUpload(r)
		var fe *Error
		switch {
		case errors.As(err, &fe):
			http.Error(w, fe.Message, fe.Status)
		case err != nil:
			http.Error(w, err.Error(), http.StatusInternalServerError)
		default:
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(paths)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// part is one multipart section; an empty filename with noFilename false still sends filename="".
type part struct {
	field, filename string
	noFilename      bool
	data            []byte
}

func multipartBody(t testing.TB, parts ...part) (body []byte, contentType string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		cd := `form-data; name="` + p.field + `"`
		if !p.noFilename {
			cd += `; filename="` + p.filename + `"`
		}
		h.Set("Content-Disposition", cd)
		h.Set("Content-Type", "application/octet-stream")
		w, err := mw.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(p.data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), mw.FormDataContentType()
}

type uploadResult struct {
	status int
	body   string
	paths  []string
}

func post(t testing.TB, url, contentType string, body []byte) uploadResult {
	t.Helper()
	resp, err := http.Post(url, contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	res := uploadResult{status: resp.StatusCode, body: strings.TrimSpace(string(b))}
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal(b, &res.paths); err != nil {
			t.Fatalf("bad JSON %q: %v", b, err)
		}
	}
	return res
}

func upload(t testing.TB, srv *httptest.Server, parts ...part) uploadResult {
	t.Helper()
	body, ct := multipartBody(t, parts...)
	return post(t, srv.URL, ct, body)
}

// listDir returns every path below dir, relative to it, so tests can assert on leftovers.
func listDir(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var entryRE = regexp.MustCompile(`^[0-9a-f]{64}$`)

// checkStored asserts the Gradio layout <dir>/<64 hex>/<name>, the permissions and the content.
func checkStored(t *testing.T, c *Cache, p, name string, data []byte) {
	t.Helper()
	if filepath.Dir(filepath.Dir(p)) != c.Dir() || !entryRE.MatchString(filepath.Base(filepath.Dir(p))) {
		t.Errorf("path %q is not <Dir>/<sha256>/<name> (Dir %q)", p, c.Dir())
	}
	if filepath.Base(p) != name {
		t.Errorf("stored name = %q, want %q", filepath.Base(p), name)
	}
	got, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Errorf("content of %s = %q, want %q", p, got, data)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(filepath.Dir(p)); fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("dir mode %v, want no group/other access", fi.Mode().Perm())
	}
}

func TestSaveUploadOneFile(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	data := []byte("hello from a sample text file\n")
	res := upload(t, srv, part{field: "files", filename: "notes.txt", data: data})
	if res.status != http.StatusOK || len(res.paths) != 1 {
		t.Fatalf("got %d %q, want 200 with one path", res.status, res.body)
	}
	checkStored(t, c, res.paths[0], "notes.txt", data)
}

func TestSaveUploadTwoFilesInOrder(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	res := upload(t, srv,
		part{field: "files", filename: "a.txt", data: []byte("AAA")},
		part{field: "files", filename: "b.txt", data: []byte("BBB")})
	if res.status != http.StatusOK || len(res.paths) != 2 {
		t.Fatalf("got %d %q, want 200 with two paths", res.status, res.body)
	}
	checkStored(t, c, res.paths[0], "a.txt", []byte("AAA"))
	checkStored(t, c, res.paths[1], "b.txt", []byte("BBB"))
	if filepath.Dir(res.paths[0]) == filepath.Dir(res.paths[1]) {
		t.Error("different content shares one hash directory")
	}
}

func TestSaveUploadIgnoresOtherFields(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	res := upload(t, srv,
		part{field: "meta", noFilename: true, data: []byte(`{"x":1}`)},
		part{field: "other", filename: "skip.txt", data: []byte("not me")},
		part{field: "files", filename: "keep.txt", data: []byte("me")},
		part{field: "trailer", noFilename: true, data: bytes.Repeat([]byte("z"), 100_000)})
	if res.status != http.StatusOK || len(res.paths) != 1 {
		t.Fatalf("got %d %q, want 200 with one path", res.status, res.body)
	}
	checkStored(t, c, res.paths[0], "keep.txt", []byte("me"))
	if got := listDir(t, c.Dir()); len(got) != 2 { // one hash dir + one file
		t.Errorf("cache holds %q, want only keep.txt", got)
	}
}

func TestSaveUploadNoFilesGivesEmptyList(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	res := upload(t, srv, part{field: "meta", noFilename: true, data: []byte("x")})
	if res.status != http.StatusOK || res.body != "[]" {
		t.Fatalf("got %d %q, want 200 []", res.status, res.body)
	}
}

func TestSaveUploadNames(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	tmpRE := regexp.MustCompile(`^tmp[0-9a-f]{10}$`)
	tests := []struct {
		name string
		p    part
		want func(string) bool
	}{
		{"blob", part{filename: "blob"}, func(s string) bool { return s == "blob" }},
		{"path stripped", part{filename: "../../etc/passwd"}, func(s string) bool { return s == "passwd" }},
		{"windows path", part{filename: `C:\tmp\x.png`}, func(s string) bool { return s == "x.png" }},
		{"empty filename", part{filename: ""}, tmpRE.MatchString},
		{"no filename", part{noFilename: true}, tmpRE.MatchString},
		{"dotdot", part{filename: ".."}, tmpRE.MatchString},
		{"forbidden", part{filename: "a$b!c{d}.txt"}, func(s string) bool { return s == "abcd.txt" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.p.field, tt.p.data = "files", []byte(tt.name)
			res := upload(t, srv, tt.p)
			if res.status != http.StatusOK || len(res.paths) != 1 {
				t.Fatalf("got %d %q", res.status, res.body)
			}
			if got := filepath.Base(res.paths[0]); !tt.want(got) {
				t.Errorf("stored as %q", got)
			}
			checkStored(t, c, res.paths[0], filepath.Base(res.paths[0]), tt.p.data)
		})
	}
}

func TestSaveUploadDeduplicates(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	data := []byte("same bytes")
	first := upload(t, srv, part{field: "files", filename: "x.bin", data: data})
	again := upload(t, srv, part{field: "files", filename: "x.bin", data: data})
	renamed := upload(t, srv, part{field: "files", filename: "y.bin", data: data})
	other := upload(t, srv, part{field: "files", filename: "x.bin", data: []byte("other bytes")})
	if first.paths[0] != again.paths[0] {
		t.Errorf("identical upload stored twice: %q vs %q", first.paths[0], again.paths[0])
	}
	if filepath.Dir(renamed.paths[0]) != filepath.Dir(first.paths[0]) || renamed.paths[0] == first.paths[0] {
		t.Errorf("same content, new name: got %q (first %q)", renamed.paths[0], first.paths[0])
	}
	if filepath.Dir(other.paths[0]) == filepath.Dir(first.paths[0]) {
		t.Errorf("different content shares a directory: %q", other.paths[0])
	}
	if got := listDir(t, c.Dir()); len(got) != 5 { // 2 dirs + 3 files, no temp files
		t.Errorf("cache holds %q", got)
	}
	// The seed is per cache, so hashes cannot be predicted from the content alone.
	c2 := newTestCache(t, Options{})
	p2, err := c2.AddBytes("x.bin", data)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(filepath.Dir(p2)) == filepath.Base(filepath.Dir(first.paths[0])) {
		t.Error("two caches produced the same content hash; seed not applied")
	}
}

func TestSaveUploadMaxFileSize(t *testing.T) {
	const limit = 1024
	c := newTestCache(t, Options{MaxFileSize: limit})
	srv := uploadServer(t, c)

	ok := upload(t, srv, part{field: "files", filename: "fits.bin", data: bytes.Repeat([]byte("a"), limit)})
	if ok.status != http.StatusOK {
		t.Fatalf("file of exactly MaxFileSize: got %d %q", ok.status, ok.body)
	}
	os.RemoveAll(filepath.Dir(ok.paths[0]))

	res := upload(t, srv, part{field: "files", filename: "big.bin", data: bytes.Repeat([]byte("b"), limit+1)})
	if res.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("got %d %q, want 413", res.status, res.body)
	}
	if want := "File size exceeded maximum allowed size of 1024 bytes."; res.body != want {
		t.Errorf("body %q, want %q", res.body, want)
	}
	if got := listDir(t, c.Dir()); len(got) != 0 {
		t.Errorf("leftovers after 413: %q", got)
	}
}

func TestSaveUploadStopsReadingAtLimit(t *testing.T) {
	const limit = 1000
	c := newTestCache(t, Options{MaxFileSize: limit})
	body, ct := multipartBody(t, part{field: "files", filename: "huge.bin", data: bytes.Repeat([]byte("x"), 8<<20)})
	cr := &countingReader{r: bytes.NewReader(body)}
	req := httptest.NewRequest(http.MethodPost, "/upload", cr)
	req.Header.Set("Content-Type", ct)
	_, err := c.SaveUpload(req)
	var fe *Error
	if !errors.As(err, &fe) || fe.Status != http.StatusRequestEntityTooLarge {
		t.Fatalf("err = %v, want 413", err)
	}
	// Reading ahead one buffer is fine; reading the whole 8 MiB would be a bug.
	if cr.n > readBufSize+64<<10 {
		t.Errorf("read %d bytes of the body for a %d-byte limit", cr.n, limit)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestSaveUploadRejectsNonMultipart(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	for _, ct := range []string{"application/json", "", "text/plain", "multipart/mixed; boundary=x", "multipart/form-data"} {
		res := post(t, srv.URL, ct, []byte(`{"files": []}`))
		if res.status != http.StatusBadRequest {
			t.Errorf("Content-Type %q: got %d %q, want 400", ct, res.status, res.body)
		}
	}
	res := post(t, srv.URL, "application/json", nil)
	if res.body != "Invalid content type." {
		t.Errorf("body %q, want %q", res.body, "Invalid content type.")
	}
}

func TestSaveUploadTruncatedBody(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	body, ct := multipartBody(t, part{field: "files", filename: "cut.bin", data: bytes.Repeat([]byte("q"), 200_000)})
	for _, cut := range []int{len(body) / 2, len(body) - 10, 30} {
		res := post(t, srv.URL, ct, body[:cut])
		if res.status != http.StatusBadRequest {
			t.Errorf("cut at %d: got %d %q, want 400", cut, res.status, res.body)
		}
		if got := listDir(t, c.Dir()); len(got) != 0 {
			t.Errorf("cut at %d: leftovers %q", cut, got)
		}
	}
}

func TestSaveUploadMaxBytesReader(t *testing.T) {
	c := newTestCache(t, Options{})
	body, ct := multipartBody(t, part{field: "files", filename: "a.bin", data: bytes.Repeat([]byte("q"), 10_000)})
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/upload", bytes.NewReader(body))
	req.Header.Set("Content-Type", ct)
	req.Body = http.MaxBytesReader(rec, req.Body, 5000)
	_, err := c.SaveUpload(req)
	var fe *Error
	if !errors.As(err, &fe) || fe.Status != http.StatusRequestEntityTooLarge {
		t.Fatalf("err = %v, want 413", err)
	}
	if got := listDir(t, c.Dir()); len(got) != 0 {
		t.Errorf("leftovers %q", got)
	}
}

func TestSaveUploadConcurrentIdentical(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	data := bytes.Repeat([]byte("concurrent"), 50_000)
	const n = 8
	paths := make([]string, n)
	done := make(chan int)
	for i := range n {
		go func() {
			res := upload(t, srv, part{field: "files", filename: "same.bin", data: data})
			if len(res.paths) == 1 {
				paths[i] = res.paths[0]
			}
			done <- i
		}()
	}
	for range n {
		<-done
	}
	for i, p := range paths {
		if p == "" || p != paths[0] {
			t.Fatalf("upload %d stored at %q, want %q", i, p, paths[0])
		}
	}
	checkStored(t, c, paths[0], "same.bin", data)
	if got := listDir(t, c.Dir()); len(got) != 2 {
		t.Errorf("cache holds %q, want one dir and one file", got)
	}
}
