package natshttp_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio/internal/natshttp"
	"github.com/gradio-go/gradio/internal/natstest"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("net/http.(*persistConn).writeLoop"),
		goleak.IgnoreTopFunction("net/http.(*persistConn).readLoop"), goleak.IgnoreTopFunction("internal/poll.runtime_pollWait"))
}

const subject = "test.http.replica"

// pair starts a Server running h on one connection and returns an HTTP server that
// forwards every request to it from another, answering an *Error as its status.
func pair(t *testing.T, h http.Handler, o natshttp.Options) *httptest.Server {
	t.Helper()
	ns := natstest.Start(t)
	back, front := ns.Connect(t), ns.Connect(t)
	srv, err := natshttp.Serve(back, subject, h, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close) // before the connections close (cleanups run last first)
	c := natshttp.NewClient(front, o)
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := c.Forward(w, r, subject); err != nil {
			var e *natshttp.Error
			if errors.As(err, &e) {
				http.Error(w, e.Msg, e.Status)
			}
		}
	}))
	t.Cleanup(hs.Close)
	return hs
}

// The handler sees the request as the client sent it, and its status, headers and
// body come back; hop-by-hop headers stay behind.
func TestForwardRoundTrip(t *testing.T) {
	type seen struct {
		method, uri, host, cookie, upgrade, remote, body string
	}
	got := make(chan seen, 1)
	hs := pair(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- seen{r.Method, r.RequestURI, r.Host, r.Header.Get("Cookie"), r.Header.Get("Keep-Alive"), r.RemoteAddr, string(b)}
		w.Header().Set("X-Answer", "42")
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, "made "+r.URL.Query().Get("q"))
	}), natshttp.Options{})
	req, _ := http.NewRequest("POST", hs.URL+"/a/b?q=x", strings.NewReader("hello"))
	req.Header.Set("Cookie", "s=1")
	req.Header.Set("Keep-Alive", "timeout=5")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 201 || res.Header.Get("X-Answer") != "42" || string(b) != "made x" {
		t.Fatalf("got %d %v %q", res.StatusCode, res.Header, b)
	}
	s := <-got
	if s.method != "POST" || s.uri != "/a/b?q=x" || s.cookie != "s=1" || s.upgrade != "" || s.body != "hello" ||
		!strings.HasPrefix(s.remote, "127.0.0.1:") || s.host != strings.TrimPrefix(hs.URL, "http://") {
		t.Fatalf("the handler saw %+v", s)
	}
}

// A flushed frame reaches the client while the handler still runs.
func TestForwardStreamsFlushedChunks(t *testing.T) {
	release := make(chan struct{})
	hs := pair(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for i := range 3 {
			_, _ = io.WriteString(w, "data: "+string(rune('a'+i))+"\n\n")
			w.(http.Flusher).Flush()
		}
		<-release
		_, _ = io.WriteString(w, "data: end\n\n")
	}), natshttp.Options{})
	res, err := http.Get(hs.URL + "/events")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	br := bufio.NewReader(res.Body)
	for _, want := range []string{"data: a", "", "data: b", "", "data: c", ""} {
		line, err := br.ReadString('\n')
		if err != nil || strings.TrimSuffix(line, "\n") != want {
			t.Fatalf("read %q %v, want %q", line, err, want)
		}
	}
	close(release)
	rest, _ := io.ReadAll(br)
	if string(rest) != "data: end\n\n" {
		t.Fatalf("the rest is %q", rest)
	}
}

// A response much larger than the window arrives whole: the server waits for the
// client's acknowledgements rather than overrunning it.
func TestForwardLargeResponse(t *testing.T) {
	want := bytes.Repeat([]byte("0123456789abcdef"), 1<<18) // 4 MiB
	hs := pair(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for p := want; len(p) > 0; {
			n := min(len(p), 5000)
			_, _ = w.Write(p[:n])
			p = p[n:]
		}
	}), natshttp.Options{Window: 4, ChunkSize: 8 << 10})
	res, err := http.Get(hs.URL + "/big")
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("got %d bytes (%v), want %d", len(got), err, len(want))
	}
}

// A client that goes away cancels the remote handler's request.
func TestForwardClientGoneCancels(t *testing.T) {
	started, cancelled := make(chan struct{}), make(chan struct{})
	hs := pair(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.(http.Flusher).Flush()
		close(started)
		<-r.Context().Done()
		close(cancelled)
	}), natshttp.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", hs.URL+"/wait", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	wait(t, started, "the handler did not start")
	cancel()
	res.Body.Close()
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("the remote handler's context was not cancelled")
	}
}

// The remote handler's request ends when its client's replica stops speaking, even
// without a cancel (the client's process died).
func TestForwardSilentClientCancels(t *testing.T) {
	ns := natstest.Start(t)
	back, front := ns.Connect(t), ns.Connect(t)
	o := natshttp.Options{Ping: 100 * time.Millisecond}
	cancelled := make(chan struct{})
	srv, err := natshttp.Serve(back, subject, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
		close(cancelled)
	}), o, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	c := natshttp.NewClient(front, o)
	go func() {
		req := httptest.NewRequest("GET", "/wait", nil)
		_ = c.Forward(httptest.NewRecorder(), req, subject)
	}()
	time.Sleep(150 * time.Millisecond)
	front.Close() // the client's process is gone: no cancel, no pings
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("the remote handler ran on after its client went silent")
	}
}

// A request body over the limit is refused before anything is sent, and the body
// read so far is put back for the caller.
func TestForwardRefusesLargeBody(t *testing.T) {
	ran := make(chan struct{}, 1)
	ns := natstest.Start(t)
	nc := ns.Connect(t)
	srv, err := natshttp.Serve(nc, subject, http.HandlerFunc(func(http.ResponseWriter, *http.Request) { ran <- struct{}{} }), natshttp.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	c := natshttp.NewClient(nc, natshttp.Options{MaxBody: 100})
	body := strings.Repeat("x", 101)
	req := httptest.NewRequest("POST", "/up", strings.NewReader(body))
	rec := httptest.NewRecorder()
	err = c.Forward(rec, req, subject)
	if !errors.Is(err, natshttp.ErrTooLarge) || err.(*natshttp.Error).Status != 413 {
		t.Fatalf("Forward returned %v", err)
	}
	if b, _ := io.ReadAll(req.Body); string(b) != body {
		t.Fatalf("the body put back is %d bytes", len(b))
	}
	if rec.Code != 200 || rec.Body.Len() != 0 || len(ran) != 0 {
		t.Fatalf("something was written or run: %d %q %d", rec.Code, rec.Body, len(ran))
	}
}

// Nothing on the subject is ErrNoPeer at once; a peer that never answers is
// ErrTimeout after three pings.
func TestForwardNoPeerAndSilentPeer(t *testing.T) {
	ns := natstest.Start(t)
	nc := ns.Connect(t)
	c := natshttp.NewClient(nc, natshttp.Options{Ping: 100 * time.Millisecond})
	start := time.Now()
	err := c.Forward(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil), "nobody.here")
	if !errors.Is(err, natshttp.ErrNoPeer) || time.Since(start) > 2*time.Second {
		t.Fatalf("no peer: %v after %v", err, time.Since(start))
	}
	sub, err := nc.SubscribeSync("silent.peer")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	err = c.Forward(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil), "silent.peer")
	if !errors.Is(err, natshttp.ErrTimeout) {
		t.Fatalf("silent peer: %v", err)
	}
}

// Close cancels running handlers and waits for them.
func TestServerCloseCancels(t *testing.T) {
	ns := natstest.Start(t)
	nc := ns.Connect(t)
	started, returned := make(chan struct{}), make(chan struct{})
	srv, err := natshttp.Serve(nc, subject, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-r.Context().Done()
		close(returned)
	}), natshttp.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := natshttp.NewClient(nc, natshttp.Options{})
	done := make(chan error, 1)
	go func() { done <- c.Forward(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil), subject) }()
	wait(t, started, "the handler did not start")
	srv.Close()
	select {
	case <-returned:
	default:
		t.Fatal("Close returned before the handler")
	}
	if err := <-done; err == nil {
		t.Fatal("Forward of a request cut short by Close returned nil")
	}
}

func wait(t *testing.T, ch <-chan struct{}, msg string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(5 * time.Second):
		t.Fatal(msg)
	}
}

// Closing a Client ends what it forwards, and the remote handlers with it.
func TestClientClose(t *testing.T) {
	ns := natstest.Start(t)
	nc := ns.Connect(t)
	started, cancelled := make(chan struct{}), make(chan struct{})
	srv, err := natshttp.Serve(nc, subject, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.(http.Flusher).Flush()
		close(started)
		<-r.Context().Done()
		close(cancelled)
	}), natshttp.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	c := natshttp.NewClient(nc, natshttp.Options{})
	done := make(chan error, 1)
	go func() { done <- c.Forward(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil), subject) }()
	wait(t, started, "the handler did not start")
	c.Close()
	wait(t, cancelled, "the remote handler was not cancelled")
	if err := <-done; err == nil {
		t.Fatal("a forward ended by Close returned nil")
	}
	var e *natshttp.Error
	if err := c.Forward(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil), subject); !errors.As(err, &e) || e.Status != 503 {
		t.Fatalf("a forward after Close: %v", err)
	}
}
