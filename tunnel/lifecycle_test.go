package tunnel

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestReconnect(t *testing.T) {
	h := newTestHub(t, "")
	a := startApp(t, h, "echo", echoHandler())
	c := client(t)
	get(t, c, h.appURL("echo")+"hello")

	t.Run("session closed", func(t *testing.T) {
		up, changed := a.l.Connected()
		if !up {
			t.Fatal("not connected")
		}
		old := h.session("echo")
		old.Close()
		select {
		case <-changed: // the Listener noticed
		case <-time.After(10 * time.Second):
			t.Fatal("Connected() did not change after the hub dropped the tunnel")
		}
		if reg := h.nextRegister(t); reg.App != "echo" {
			t.Errorf("registered again as %q", reg.App)
		}
		waitConnected(t, a.l, true)
		if h.session("echo") == old {
			t.Fatal("no new session")
		}
		get(t, c, h.appURL("echo")+"hello")
	})

	t.Run("hub restarted", func(t *testing.T) {
		addr := h.srv.Listener.Addr().String()
		h.Close()
		waitConnected(t, a.l, false)
		h2 := newTestHub(t, addr)
		h2.nextRegister(t)
		waitConnected(t, a.l, true)
		if got := get(t, c, h2.appURL("echo")+"hello?name=again"); got[:12] != "hello again " {
			t.Errorf("got %q", got)
		}
	})
}

func TestRefusalOnReconnect(t *testing.T) {
	h := newTestHub(t, "")
	a := startApp(t, h, "echo", echoHandler())

	// A refusal that allows retrying leaves the Listener trying.
	var n atomic.Int32
	h.setAnswer(func(Register) *RefusedError {
		if n.Add(1) == 1 {
			return &RefusedError{Message: "hub busy", Retry: true}
		}
		return nil
	})
	h.session("echo").Close()
	h.nextRegister(t) // refused
	h.nextRegister(t) // welcomed
	waitConnected(t, a.l, true)
	get(t, client(t), h.appURL("echo")+"hello")

	// A final one ends it: Accept, and so Serve, return the refusal.
	h.setAnswer(func(Register) *RefusedError { return &RefusedError{Message: "app deleted"} })
	h.session("echo").Close()
	h.nextRegister(t)
	err := a.serveErr()
	if re, ok := errors.AsType[*RefusedError](err); !ok || err.Error() != "tunnel: hub refused: app deleted" || re.Retry {
		t.Errorf("Serve: %v", err)
	}
	if _, err := a.l.Accept(); err == nil || err.Error() != "tunnel: hub refused: app deleted" {
		t.Errorf("Accept: %v", err)
	}
	up, changed := a.l.Connected()
	select {
	case <-changed:
	default:
		t.Error("Connected() channel open after the end")
	}
	if up {
		t.Error("still connected")
	}
	select {
	case reg := <-h.registers:
		t.Errorf("the app registered again after a final refusal: %+v", reg)
	case <-time.After(2 * minBackoff):
	}
}

func TestClose(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	h := newTestHub(t, "")
	defer h.Close()

	l, err := Listen(t.Context(), h.tunnelURL(), Options{Token: h.token, App: "a"})
	if err != nil {
		t.Fatal(err)
	}
	h.nextRegister(t)
	s := h.session("a")
	accepted := make(chan error)
	go func() {
		_, err := l.Accept()
		accepted <- err
	}()

	start := time.Now()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Close took %v", d)
	}
	if err := <-accepted; !errors.Is(err, net.ErrClosed) {
		t.Errorf("Accept during Close: %v", err)
	}
	if _, err := l.Accept(); !errors.Is(err, net.ErrClosed) {
		t.Errorf("Accept after Close: %v", err)
	}
	select {
	case <-s.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the hub's Session outlived the Listener")
	}
	if _, err := s.Dial(t.Context()); err == nil {
		t.Error("Dial on a closed session")
	}
	up, changed := l.Connected()
	select {
	case <-changed:
	default:
		t.Error("Connected() channel open after Close")
	}
	if up || l.Close() != nil {
		t.Errorf("after Close: up %v", up)
	}
}

// TestGracefulShutdown checks that http.Server.Shutdown, which closes the
// Listener first, lets a request in flight finish and turns new ones away.
func TestGracefulShutdown(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		fmt.Fprint(w, "done")
	})
	mux.Handle("/", echoHandler())
	h := newTestHub(t, "")
	a := startApp(t, h, "app", mux)
	c := client(t)
	s := h.session("app")

	slow := make(chan string)
	go func() {
		resp, err := c.Get(h.appURL("app") + "slow")
		if err != nil {
			slow <- err.Error()
			return
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		slow <- fmt.Sprint(resp.Status, " ", string(body), " ", err)
	}()
	<-entered

	var wg sync.WaitGroup
	defer wg.Wait()
	releaseOnce := sync.OnceFunc(func() { close(release) })
	defer releaseOnce() // before waiting for Shutdown, should the test fail early
	wg.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := a.srv.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	waitConnected(t, a.l, false)
	resp, err := c.Get(h.appURL("app") + "hello")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadGateway {
		t.Errorf("new request during shutdown: %s", resp.Status)
	}
	select {
	case <-s.Done():
		t.Fatal("the tunnel closed under a request in flight")
	default:
	}

	releaseOnce()
	if got := <-slow; got != "200 OK done <nil>" {
		t.Errorf("request in flight got %q", got)
	}
	select {
	case <-s.Done():
	case <-time.After(10 * time.Second):
		t.Error("the tunnel stayed up after its last request")
	}
	if err := a.serveErr(); !errors.Is(err, http.ErrServerClosed) {
		t.Errorf("Serve: %v", err)
	}
}

// TestCloseDrainLimit checks that connections nobody closes keep a closed
// Listener's tunnel up for drainTimeout only.
func TestCloseDrainLimit(t *testing.T) {
	defer func(d time.Duration) { drainTimeout = d }(drainTimeout)
	drainTimeout = 300 * time.Millisecond

	h := newTestHub(t, "")
	l, err := Listen(t.Context(), h.tunnelURL(), Options{Token: h.token, App: "a"})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	h.nextRegister(t)
	s := h.session("a")
	hubEnd, err := s.Dial(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer hubEnd.Close()
	appEnd, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer appEnd.Close()
	if host, port, err := net.SplitHostPort(appEnd.RemoteAddr().String()); err != nil || host != "127.0.0.1" || port == "" {
		t.Errorf("RemoteAddr %q: %v", appEnd.RemoteAddr(), err)
	}

	start := time.Now()
	l.Close()
	if _, err := appEnd.Write([]byte("still open")); err != nil {
		t.Fatalf("the open connection broke at Close: %v", err)
	}
	select {
	case <-s.Done():
		if d := time.Since(start); d < drainTimeout {
			t.Errorf("tunnel ended after %v, before the %v drain", d, drainTimeout)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a connection nobody closed kept the tunnel up")
	}
}
