package gradio_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

// TestSoak runs a mixed load for 10 s (60 s with GRADIO_SOAK_LONG=1): predictions
// through the curl API, streams, uploads, cancels, and clients that drop their stream
// mid-call and collect the rest with Last-Event-ID. Afterwards the goroutines and the
// heap (after GC) must be back within a small bound of where they started.
func TestSoak(t *testing.T) {
	d := 10 * time.Second
	if os.Getenv("GRADIO_SOAK_LONG") == "1" {
		d = time.Minute
	}
	const grace = 200 * time.Millisecond
	srv := httptest.NewServer(soakApp(t, grace))
	defer srv.Close()
	client := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	s := &soaker{base: srv.URL + "/gradio_api", c: client}
	ops := []func(int) error{s.predict, s.stream, s.upload, s.cancel, s.drop}
	names := []string{"predict", "stream", "upload", "cancel", "drop"}
	for i, op := range ops { // warm up, so that pools and caches are in the baseline
		if err := op(-i - 1); err != nil {
			t.Fatalf("%s: %v", names[i], err)
		}
	}
	client.CloseIdleConnections()
	g0, h0 := settle(0, grace)

	var counts [5]atomic.Int64
	var wg sync.WaitGroup
	var (
		errMu  sync.Mutex
		failed error
	)
	stop := time.Now().Add(d)
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; time.Now().Before(stop); i += 6 {
				k := i % len(ops)
				if err := ops[k](i); err != nil {
					errMu.Lock()
					if failed == nil {
						failed = fmt.Errorf("%s #%d: %w", names[k], i, err)
					}
					errMu.Unlock()
					return
				}
				counts[k].Add(1)
			}
		}()
	}
	wg.Wait()
	if failed != nil {
		t.Fatal(failed)
	}
	client.CloseIdleConnections()
	g1, h1 := settle(g0, grace)
	var done []string
	for i, n := range names {
		done = append(done, fmt.Sprintf("%s %d", n, counts[i].Load()))
	}
	t.Logf("soak %v: %s", d, strings.Join(done, ", "))
	t.Logf("goroutines %d -> %d; heap after GC %.1f -> %.1f MiB", g0, g1, float64(h0)/(1<<20), float64(h1)/(1<<20))
	if g1 > g0+4 {
		t.Errorf("goroutines grew from %d to %d", g0, g1)
	}
	if h1 > h0+8<<20 {
		t.Errorf("heap grew from %d to %d bytes", h0, h1)
	}
}

// settle waits, up to five seconds, for the goroutines to come back to want (when want
// > 0) and for the results kept for reconnections to expire, then returns the number
// of goroutines and the live heap.
func settle(want int, grace time.Duration) (int, uint64) {
	time.Sleep(2 * grace)
	for deadline := time.Now().Add(5 * time.Second); want > 0 && runtime.NumGoroutine() > want && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return runtime.NumGoroutine(), ms.HeapAlloc
}

// soakApp has four functions: 0 echo, 1 stream (20 tokens), 2 size (of an uploaded
// file), 3 slow (two seconds unless cancelled).
func soakApp(t *testing.T, grace time.Duration) *gradio.App {
	t.Helper()
	in, out := &gradio.Textbox{}, &gradio.Textbox{}
	file := &gradio.File{}
	echo, stream, size, slow := &gradio.Button{}, &gradio.Button{}, &gradio.Button{}, &gradio.Button{}
	echo.Click(func(s string) string { return s }, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "echo"})
	stream.Click(func(ctx context.Context, s string) iter.Seq[string] {
		return func(yield func(string) bool) {
			acc := ""
			for i := range 20 {
				acc += fmt.Sprint(i)
				select {
				case <-ctx.Done():
					return
				case <-time.After(time.Millisecond):
				}
				if !yield(acc) {
					return
				}
			}
		}
	}, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "stream"})
	size.Click(func(f gradio.FileData) (string, error) {
		st, err := os.Stat(f.Path)
		if err != nil {
			return "", err
		}
		return fmt.Sprint(st.Size()), nil
	}, gradio.In(file), gradio.Out(out), gradio.EventOptions{APIName: "size"})
	slow.Click(func(ctx context.Context, s string) string {
		select {
		case <-ctx.Done():
		case <-time.After(2 * time.Second):
		}
		return s
	}, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "slow"})
	app, err := (&gradio.Blocks{Children: []gradio.Component{in, out, file, echo, stream, size, slow}}).Build(
		gradio.WithTempDir(t.TempDir()), gradio.WithQuiet(), gradio.WithDefaultConcurrencyLimit(8), gradio.WithResumeGrace(grace))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = app.Close() })
	return app
}

// soaker sends the soak's requests; each op returns an error rather than failing the
// test, since it runs on a worker goroutine.
type soaker struct {
	base string
	c    *http.Client
}

func (s *soaker) post(path, ctype string, body io.Reader) (string, error) {
	resp, err := s.c.Post(s.base+path, ctype, body)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err == nil && resp.StatusCode != 200 {
		err = fmt.Errorf("POST %s: %d %s", path, resp.StatusCode, b)
	}
	return string(b), err
}

func (s *soaker) join(session string, fn int, data string) error {
	_, err := s.post("/queue/join", "application/json",
		strings.NewReader(fmt.Sprintf(`{"data":[%s],"fn_index":%d,"session_hash":%q}`, data, fn, session)))
	return err
}

// sseReader reads a stream's frames: each has an SSE id (when sent) and a message.
type sseReader struct {
	resp *http.Response
	sc   *bufio.Scanner
}

func (s *soaker) open(u string, hdr ...string) (*sseReader, error) {
	req, _ := http.NewRequest("GET", s.base+u, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := s.c.Do(req)
	if err != nil {
		return nil, err
	}
	return &sseReader{resp: resp, sc: bufio.NewScanner(resp.Body)}, nil
}

// next returns the next frame's id, msg (or curl event name) and data.
func (r *sseReader) next() (id, msg, data string, err error) {
	for r.sc.Scan() {
		line := r.sc.Text()
		switch {
		case line == "" && data != "":
			if msg == "" {
				var m struct{ Msg string }
				_ = json.Unmarshal([]byte(data), &m)
				msg = m.Msg
			}
			return id, msg, data, nil
		case strings.HasPrefix(line, "id: "):
			id = line[4:]
		case strings.HasPrefix(line, "event: "):
			msg = line[7:]
		case strings.HasPrefix(line, "data: "):
			data = line[6:]
		}
	}
	return "", "", "", errors.Join(io.ErrUnexpectedEOF, r.sc.Err())
}

// finish reads to close_stream and checks that the call completed exactly once, with
// success unless cancelled.
func (r *sseReader) finish(cancelled bool) error {
	defer r.resp.Body.Close()
	completed := 0
	for {
		_, msg, data, err := r.next()
		if err != nil {
			return fmt.Errorf("stream ended early (%d completions): %w", completed, err)
		}
		switch msg {
		case "process_completed":
			completed++
			if !cancelled && !strings.Contains(data, `"success":true`) {
				return fmt.Errorf("call failed: %s", data)
			}
		case "close_stream":
			if completed != 1 {
				return fmt.Errorf("%d completions", completed)
			}
			return nil
		}
	}
}

func (s *soaker) predict(i int) error {
	out, err := s.post("/call/echo", "application/json", strings.NewReader(fmt.Sprintf(`{"data":["p%d"]}`, i)))
	if err != nil {
		return err
	}
	var r struct {
		EventID string `json:"event_id"`
	}
	_ = json.Unmarshal([]byte(out), &r)
	rd, err := s.open("/call/echo/" + r.EventID)
	if err != nil {
		return err
	}
	defer rd.resp.Body.Close()
	_, ev, data, err := rd.next()
	if err != nil || ev != "complete" || data != fmt.Sprintf(`["p%d"]`, i) {
		return fmt.Errorf("result %s %s: %v", ev, data, err)
	}
	return nil
}

func (s *soaker) stream(i int) error {
	session := fmt.Sprint("stream-", i)
	if err := s.join(session, 1, `"x"`); err != nil {
		return err
	}
	rd, err := s.open("/queue/data?session_hash=" + session)
	if err != nil {
		return err
	}
	return rd.finish(false)
}

func (s *soaker) upload(i int) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("files", "f.txt")
	_, _ = fw.Write(bytes.Repeat([]byte("x"), 1000+i%1000))
	_ = mw.Close()
	out, err := s.post("/upload", mw.FormDataContentType(), &body)
	if err != nil {
		return err
	}
	var paths []string
	if err := json.Unmarshal([]byte(out), &paths); err != nil || len(paths) != 1 {
		return fmt.Errorf("upload answered %s", out)
	}
	session := fmt.Sprint("upload-", i)
	p, _ := json.Marshal(paths[0])
	if err := s.join(session, 2, `{"path":`+string(p)+`,"meta":{"_type":"gradio.FileData"}}`); err != nil {
		return err
	}
	rd, err := s.open("/queue/data?session_hash=" + session)
	if err != nil {
		return err
	}
	return rd.finish(false)
}

func (s *soaker) cancel(i int) error {
	session := fmt.Sprint("cancel-", i)
	if err := s.join(session, 3, `"x"`); err != nil {
		return err
	}
	rd, err := s.open("/queue/data?session_hash=" + session)
	if err != nil {
		return err
	}
	for {
		_, msg, _, err := rd.next()
		if err != nil {
			rd.resp.Body.Close()
			return err
		}
		if msg == "process_starts" {
			break
		}
	}
	// The cancel names the event by session and fn_index, as Gradio cancels.
	if _, err := s.post("/cancel", "application/json", strings.NewReader(fmt.Sprintf(`{"event_id":"x","session_hash":%q,"fn_index":3}`, session))); err != nil {
		rd.resp.Body.Close()
		return err
	}
	return rd.finish(true)
}

// drop reads a stream until its first value, drops the connection, and collects the
// rest with Last-Event-ID.
func (s *soaker) drop(i int) error {
	session := fmt.Sprint("drop-", i)
	if err := s.join(session, 1, `"x"`); err != nil {
		return err
	}
	u := "/queue/data?session_hash=" + session
	rd, err := s.open(u, "Accept", "text/event-stream")
	if err != nil {
		return err
	}
	var last string
	for {
		id, msg, _, err := rd.next()
		if err != nil {
			rd.resp.Body.Close()
			return err
		}
		if msg == "process_generating" {
			last = id
			break
		}
	}
	rd.resp.Body.Close()
	if last == "" {
		return errors.New("a frame without an id")
	}
	if i%2 == 0 {
		time.Sleep(5 * time.Millisecond) // sometimes after the call has finished
	}
	rd, err = s.open(u, "Accept", "text/event-stream", "Last-Event-ID", last)
	if err != nil {
		return err
	}
	return rd.finish(false)
}
