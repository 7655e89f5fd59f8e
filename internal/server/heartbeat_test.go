package server

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// holdEngine counts the sessions held by heartbeat streams.
type holdEngine struct {
	fakeEngine
	mu       sync.Mutex
	held     map[string]int
	released chan string
}

func newHoldEngine() *holdEngine {
	return &holdEngine{held: map[string]int{}, released: make(chan string, 100)}
}

func (e *holdEngine) Hold(session string) func() {
	e.mu.Lock()
	e.held[session]++
	e.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			e.mu.Lock()
			e.held[session]--
			e.mu.Unlock()
			e.released <- session
		})
	}
}

func (e *holdEngine) holds(session string) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.held[session]
}

func (e *holdEngine) waitRelease(t *testing.T, want string) {
	t.Helper()
	select {
	case s := <-e.released:
		if s != want {
			t.Fatalf("released %q, want %q", s, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("session %q not released", want)
	}
}

// openHeartbeat opens a heartbeat stream and checks its head and first frame.
func openHeartbeat(t *testing.T, url string) (*http.Response, *bufio.Reader, context.CancelFunc) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream; charset=utf-8" ||
		resp.Header.Get("Cache-Control") != "no-cache" || resp.Header.Get("X-Accel-Buffering") != "no" {
		t.Fatalf("head: %d %v", resp.StatusCode, resp.Header)
	}
	br := bufio.NewReader(resp.Body)
	readAlive(t, br)
	return resp, br, cancel
}

func readAlive(t *testing.T, br *bufio.Reader) {
	t.Helper()
	for _, want := range []string{"data: ALIVE\n", "\n"} {
		if line, err := br.ReadString('\n'); line != want || err != nil {
			t.Fatalf("frame line %q, %v; want %q", line, err, want)
		}
	}
}

func TestHeartbeatStreamIsParked(t *testing.T) {
	e := newHoldEngine()
	s := New(Options{Engine: e, Heartbeat: 20 * time.Millisecond})
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer s.Close(context.Background())

	resp, br, cancel := openHeartbeat(t, srv.URL+"/gradio_api/heartbeat/tab")
	defer cancel()
	if !strings.Contains(strings.Join(resp.TransferEncoding, ","), "chunked") {
		t.Errorf("transfer encoding %v, want chunked", resp.TransferEncoding)
	}
	if idleSupported {
		if !parked(s, 1) {
			t.Error("the heartbeat stream was not taken over")
		}
	}
	// Later frames come at the interval.
	readAlive(t, br)
	readAlive(t, br)
	if n := e.holds("tab"); n != 1 {
		t.Fatalf("%d holds while the stream is open", n)
	}
	// The client goes away: the session is released.
	resp.Body.Close()
	cancel()
	e.waitRelease(t, "tab")
}

func TestHeartbeatReleasedWhenClientCloses(t *testing.T) {
	e := newHoldEngine()
	s := New(Options{Engine: e, Heartbeat: time.Hour})
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer s.Close(context.Background())

	// A bare connection, closed with no heartbeat written after the first: only the
	// close tells the server.
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(conn, "GET /gradio_api/heartbeat/bare HTTP/1.1\r\nHost: x\r\n\r\n")
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	readAlive(t, bufio.NewReader(resp.Body))
	start := time.Now()
	conn.Close()
	e.waitRelease(t, "bare")
	if d := time.Since(start); d > time.Second {
		t.Errorf("released %v after the close", d)
	}
}

func TestHeartbeatCloseEndsStreams(t *testing.T) {
	e := newHoldEngine()
	s := New(Options{Engine: e, Heartbeat: time.Hour})
	srv := httptest.NewServer(s)
	defer srv.Close()

	const n = 20
	var bodies []*bufio.Reader
	for range n {
		resp, br, cancel := openHeartbeat(t, srv.URL+"/gradio_api/heartbeat/many")
		defer cancel()
		defer resp.Body.Close()
		bodies = append(bodies, br)
	}
	if err := s.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if h := e.holds("many"); h != 0 {
		t.Errorf("%d holds left after Close", h)
	}
	for range n {
		e.waitRelease(t, "many")
	}
	// Each stream ends cleanly, with the end of its chunked body.
	for _, br := range bodies {
		if rest, err := io.ReadAll(br); err != nil || len(rest) != 0 {
			t.Errorf("after Close: %q, %v; want a clean end", rest, err)
		}
	}
	// Streams opened after Close are served by their handlers, and end with them.
	ctx, cancel := context.WithCancel(context.Background())
	resp, err := http.DefaultClient.Do(must(http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/gradio_api/heartbeat/late", nil)))
	if err != nil {
		t.Fatal(err)
	}
	readAlive(t, bufio.NewReader(resp.Body))
	cancel()
	resp.Body.Close()
	e.waitRelease(t, "late")
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// A parked stream keeps the headers a middleware set before the handler ran.
func TestHeartbeatKeepsMiddlewareHeaders(t *testing.T) {
	s := New(Options{Engine: newHoldEngine(), Heartbeat: time.Hour})
	defer s.Close(context.Background())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		s.ServeHTTP(w, r)
	}))
	defer srv.Close()
	resp, _, cancel := openHeartbeat(t, srv.URL+"/gradio_api/heartbeat/cors")
	defer cancel()
	defer resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("Access-Control-Allow-Origin = %q", got)
	}
}

// Over HTTP/2 (and TLS) the handler serves the stream, as before.
func TestHeartbeatOverHTTP2(t *testing.T) {
	e := newHoldEngine()
	s := New(Options{Engine: e, Heartbeat: 20 * time.Millisecond})
	defer s.Close(context.Background())
	srv := httptest.NewUnstartedServer(s)
	srv.EnableHTTP2 = true
	srv.StartTLS()
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	resp, err := srv.Client().Do(must(http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/gradio_api/heartbeat/h2", nil)))
	if err != nil {
		t.Fatal(err)
	}
	if resp.ProtoMajor != 2 {
		t.Fatalf("protocol %s", resp.Proto)
	}
	br := bufio.NewReader(resp.Body)
	readAlive(t, br)
	readAlive(t, br)
	cancel()
	resp.Body.Close()
	e.waitRelease(t, "h2")
}

// Parked streams cost no goroutine each.
func TestHeartbeatStreamsNeedNoGoroutines(t *testing.T) {
	if !idleSupported {
		t.Skip("heartbeat streams are parked on Linux only")
	}
	s := New(Options{Engine: newHoldEngine(), Heartbeat: time.Hour})
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer s.Close(context.Background())
	addr := srv.Listener.Addr().String()
	open := func() net.Conn {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(conn, "GET /gradio_api/heartbeat/g HTTP/1.1\r\nHost: x\r\n\r\n")
		br := bufio.NewReader(conn)
		if _, err := http.ReadResponse(br, nil); err != nil {
			t.Fatal(err)
		}
		return conn
	}
	defer open().Close() // starts the set's goroutine
	before := runtime.NumGoroutine()
	for range 50 {
		defer open().Close()
	}
	time.Sleep(50 * time.Millisecond) // let net/http's connection goroutines end
	if after := runtime.NumGoroutine(); after > before+5 {
		t.Errorf("%d goroutines for 50 parked streams (%d before)", after, before)
	}
}
