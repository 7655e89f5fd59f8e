package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/files"
)

// fakeEngine is the least an Engine must do for the file routes, which never call it.
type fakeEngine struct{}

func (fakeEngine) Config(string) []byte                                  { return []byte("{}") }
func (fakeEngine) Info(string, bool) []byte                              { return []byte("{}") }
func (fakeEngine) OpenAPI(string) []byte                                 { return []byte("{}") }
func (fakeEngine) Page(w http.ResponseWriter, _ *http.Request, _ string) { io.WriteString(w, "page") }
func (fakeEngine) Asset(w http.ResponseWriter, r *http.Request, _ string) {
	http.NotFound(w, r)
}
func (fakeEngine) Fn(int) *Fn                   { return nil }
func (fakeEngine) FnByName(string) *Fn          { return nil }
func (fakeEngine) Hold(string) (release func()) { return func() {} }

// newFileServer serves the real routes over a fresh cache, as the app does.
func newFileServer(t testing.TB, o files.Options, heartbeat time.Duration) (*httptest.Server, *files.Cache) {
	t.Helper()
	if o.Dir == "" {
		o.Dir = t.TempDir()
	}
	c, err := files.New(o)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Options{Engine: fakeEngine{}, Files: c, Heartbeat: heartbeat}))
	t.Cleanup(srv.Close)
	return srv, c
}

// streamingUpload starts POST /gradio_api/upload?upload_id=id whose body the caller writes
// through the returned multipart writer; finish closes it and returns the response.
func streamingUpload(t *testing.T, srv *httptest.Server, id string) (mw *multipart.Writer, finish func() (int, string)) {
	t.Helper()
	pr, pw := io.Pipe()
	mw = multipart.NewWriter(pw)
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/gradio_api/upload?upload_id="+id, pr)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	type result struct {
		status int
		body   string
		err    error
	}
	done := make(chan result, 1)
	go func() {
		resp, err := srv.Client().Do(req)
		if err != nil {
			done <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		done <- result{status: resp.StatusCode, body: string(b)}
	}()
	return mw, func() (int, string) {
		mw.Close()
		pw.Close()
		r := <-done
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.status, r.body
	}
}

// sseFrames reads "data: …" frames from an event stream, one per channel value, until it ends.
func sseFrames(t *testing.T, body io.Reader) <-chan string {
	t.Helper()
	out := make(chan string, 100)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(body)
		for sc.Scan() {
			if line := sc.Text(); line != "" {
				out <- line
			}
		}
	}()
	return out
}

func frame(t *testing.T, frames <-chan string) string {
	t.Helper()
	select {
	case f, ok := <-frames:
		if !ok {
			t.Fatal("the stream ended")
		}
		return f
	case <-time.After(5 * time.Second):
		t.Fatal("no frame within 5 s")
	}
	return ""
}

func getProgress(t *testing.T, srv *httptest.Server, id string) *http.Response {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + "/gradio_api/upload_progress?upload_id=" + id)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// updateFrame parses an update frame, which must be spaced like Python's json.dumps.
func updateFrame(f string) (name string, n int64, ok bool) {
	var ev struct {
		Msg       string `json:"msg"`
		OrigName  string `json:"orig_name"`
		ChunkSize int64  `json:"chunk_size"`
	}
	b, ok := strings.CutPrefix(f, "data: ")
	if !ok || json.Unmarshal([]byte(b), &ev) != nil || ev.Msg != "update" {
		return "", 0, false
	}
	want := fmt.Sprintf(`data: {"msg": "update", "orig_name": %q, "chunk_size": %d}`, ev.OrigName, ev.ChunkSize)
	return ev.OrigName, ev.ChunkSize, f == want
}

func TestUploadProgressStream(t *testing.T) {
	srv, c := newFileServer(t, files.Options{}, 0)
	mw, finish := streamingUpload(t, srv, "ref0upload1")
	resp := getProgress(t, srv, "ref0upload1")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream; charset=utf-8" {
		t.Fatalf("status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	frames := sseFrames(t, resp.Body)
	fw, _ := mw.CreateFormFile("files", "notes.txt")
	const size = 200 << 10
	for range size / 1024 {
		fw.Write(make([]byte, 1024))
	}
	mw.CreateFormField("tail") // ends the file part, so all its bytes reach the cache
	var sum int64
	for sum < size {
		f := frame(t, frames)
		name, n, ok := updateFrame(f)
		if !ok || name != "notes.txt" {
			t.Fatalf("unexpected frame %q", f)
		}
		sum += n
	}
	if sum != size {
		t.Errorf("updates add up to %d bytes, want %d", sum, size)
	}
	status, body := finish()
	if status != http.StatusOK || !strings.Contains(body, "notes.txt") {
		t.Fatalf("upload: %d %s", status, body)
	}
	if f := frame(t, frames); f != `data: {"msg": "done"}` {
		t.Errorf("last frame %q", f)
	}
	select {
	case f, ok := <-frames:
		if ok {
			t.Errorf("frame after done: %q", f)
		}
	case <-time.After(5 * time.Second):
		t.Error("the stream did not end after done")
	}
	if n := c.Progress().Len(); n != 0 {
		t.Errorf("%d uploads still tracked", n)
	}
}

// As captured from Gradio 6.25: progress asked for after the upload finished is just "done".
func TestUploadProgressAfterUpload(t *testing.T) {
	srv, _ := newFileServer(t, files.Options{}, 0)
	mw, finish := streamingUpload(t, srv, "ref0upload1")
	fw, _ := mw.CreateFormFile("files", "notes.txt")
	io.WriteString(fw, "hello from a sample text file\n")
	if status, _ := finish(); status != http.StatusOK {
		t.Fatalf("upload status %d", status)
	}
	resp := getProgress(t, srv, "ref0upload1")
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || string(b) != "data: {\"msg\": \"done\"}\n\n" {
		t.Errorf("status %d, body %q", resp.StatusCode, b)
	}
}

func TestUploadProgressHeartbeat(t *testing.T) {
	srv, _ := newFileServer(t, files.Options{}, 40*time.Millisecond)
	mw, finish := streamingUpload(t, srv, "slow")
	fw, _ := mw.CreateFormFile("files", "slow.bin")
	fw.Write([]byte("x"))
	resp := getProgress(t, srv, "slow")
	frames := sseFrames(t, resp.Body)
	for {
		f := frame(t, frames)
		if f == `data: {"msg": "heartbeat"}` {
			break
		}
		if _, _, ok := updateFrame(f); !ok {
			t.Fatalf("unexpected frame %q", f)
		}
	}
	finish()
}

func TestUploadProgressNotFound(t *testing.T) {
	srv, _ := newFileServer(t, files.Options{}, 0)
	for _, tc := range []struct {
		query   string
		status  int
		body    string
		minWait time.Duration
	}{
		{"?upload_id=never-started", http.StatusNotFound, "Upload not found", files.ProgressWait},
		{"?upload_id=bad%20id", http.StatusNotFound, "Upload not found", 0},
		{"?upload_id=" + strings.Repeat("a", 200), http.StatusNotFound, "Upload not found", 0},
		{"", http.StatusBadRequest, `{"detail":"Query parameter upload_id is required."}`, 0},
	} {
		t.Run(tc.query, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			resp, err := srv.Client().Get(srv.URL + "/gradio_api/upload_progress" + tc.query)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status || string(b) != tc.body {
				t.Errorf("%d %q; want %d %q", resp.StatusCode, b, tc.status, tc.body)
			}
			if d := time.Since(start); d < tc.minWait {
				t.Errorf("answered after %v, want at least %v", d, tc.minWait)
			}
		})
	}
}

// A watcher that goes away does not keep anything alive; the upload still completes.
func TestUploadProgressClientGone(t *testing.T) {
	srv, c := newFileServer(t, files.Options{}, 0)
	mw, finish := streamingUpload(t, srv, "gone")
	fw, _ := mw.CreateFormFile("files", "a.bin")
	fw.Write(make([]byte, 10))
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/gradio_api/upload_progress?upload_id=gone", nil)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	resp.Body.Close()
	if status, _ := finish(); status != http.StatusOK {
		t.Fatalf("upload status %d", status)
	}
	if n := c.Progress().Len(); n > 1 {
		t.Errorf("%d uploads tracked", n)
	}
}
