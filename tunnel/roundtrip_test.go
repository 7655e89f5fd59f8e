package tunnel

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func echoHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello", func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		fmt.Fprintf(w, "hello %s from %s (%v), forwarded for %s", r.URL.Query().Get("name"), host, err, r.Header.Get("X-Forwarded-For"))
	})
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		// HTTP/1 may close the request body once the response starts, so read first.
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Write(body)
	})
	mux.HandleFunc("POST /sum", func(w http.ResponseWriter, r *http.Request) {
		h := sha256.New()
		n, err := io.Copy(h, r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "%d %x", n, h.Sum(nil))
	})
	return mux
}

func TestRoundTrip(t *testing.T) {
	h := newTestHub(t, "")
	startApp(t, h, "echo", echoHandler())
	c := client(t)
	base := h.appURL("echo")

	t.Run("GET", func(t *testing.T) {
		got := get(t, c, base+"hello?name=ada")
		if !strings.HasPrefix(got, "hello ada from "+h.srv.Listener.Addr().(*net.TCPAddr).IP.String()+" (<nil>), forwarded for 127.0.0.1") {
			t.Errorf("got %q", got)
		}
	})

	t.Run("POST", func(t *testing.T) {
		// Larger than a websocket's default 32 KiB read limit, both ways.
		body := bytes.Repeat([]byte("0123456789abcdef"), 64<<10)
		resp, err := c.Post(base+"echo", "application/octet-stream", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		got, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, body) {
			t.Errorf("echo returned %d bytes, want the %d sent", len(got), len(body))
		}
	})

	t.Run("concurrent", func(t *testing.T) {
		var wg sync.WaitGroup
		for i := range 50 {
			wg.Go(func() {
				want := strings.Repeat(fmt.Sprintf("request %d;", i), 100*i)
				resp, err := c.Post(base+"echo", "text/plain", strings.NewReader(want))
				if err != nil {
					t.Error(err)
					return
				}
				defer resp.Body.Close()
				got, err := io.ReadAll(resp.Body)
				if err != nil || string(got) != want {
					t.Errorf("request %d: got %d bytes (%v), want %d", i, len(got), err, len(want))
				}
			})
		}
		wg.Wait()
	})

	t.Run("Dial", func(t *testing.T) {
		// One 1 MiB write becomes one yamux frame, over the websocket's
		// default 32 KiB message limit.
		conn, err := h.session("echo").Dial(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		body := bytes.Repeat([]byte{'z'}, 1<<20)
		req := fmt.Appendf(nil, "POST /sum HTTP/1.1\r\nHost: app\r\nContent-Length: %d\r\n\r\n", len(body))
		if _, err := conn.Write(append(req, body...)); err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		got, _ := io.ReadAll(resp.Body)
		if want := fmt.Sprintf("%d %x", len(body), sha256.Sum256(body)); string(got) != want {
			t.Errorf("app saw %q, want %q", got, want)
		}
	})

	t.Run("upload", func(t *testing.T) {
		body := make([]byte, 20<<20)
		rand.NewChaCha8([32]byte{1}).Read(body)
		resp, err := c.Post(base+"sum", "application/octet-stream", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		got, _ := io.ReadAll(resp.Body)
		if want := fmt.Sprintf("%d %x", len(body), sha256.Sum256(body)); string(got) != want {
			t.Errorf("app saw %q, want %q", got, want)
		}
	})
}

// TestSSE proves that a streamed response is not buffered anywhere on the way:
// the handler sends its second event only after the client has read the first.
func TestSSE(t *testing.T) {
	seen := make(chan struct{})
	gone := make(chan struct{})
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		rc := http.NewResponseController(w)
		fmt.Fprint(w, "data: one\n\n")
		rc.Flush()
		select {
		case <-seen:
			fmt.Fprint(w, "data: two\n\n")
		case <-time.After(10 * time.Second):
			fmt.Fprint(w, "data: the client never saw event one\n\n")
			return
		}
		rc.Flush()
		// The client hanging up must reach the handler through the hub.
		<-r.Context().Done()
		close(gone)
	})
	h := newTestHub(t, "")
	startApp(t, h, "sse", handler)

	resp, err := client(t).Get(h.appURL("sse"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	events := bufio.NewReader(resp.Body)
	next := func() string {
		t.Helper()
		for {
			line, err := events.ReadString('\n')
			if err != nil {
				t.Fatalf("reading events: %v", err)
			}
			if data, ok := strings.CutPrefix(strings.TrimSpace(line), "data: "); ok {
				return data
			}
		}
	}
	if got := next(); got != "one" {
		t.Fatalf("first event %q", got)
	}
	close(seen)
	if got := next(); got != "two" {
		t.Fatalf("second event %q", got)
	}
	resp.Body.Close()
	select {
	case <-gone:
	case <-time.After(10 * time.Second):
		t.Fatal("the handler's context stayed alive after the client left")
	}
}

func TestListenRegisters(t *testing.T) {
	h := newTestHub(t, "")
	ctx := t.Context()
	l, err := Listen(ctx, h.tunnelURL(), Options{
		Token:       h.token,
		App:         "hello",
		Title:       "Hello",
		Description: "Says hello.\n\nTwice.",
		Tags:        []string{"demo", "text"},
		Visibility:  "unlisted",
		Share:       true,
		ShareTTL:    90*time.Minute + time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()

	got := h.nextRegister(t)
	want := Register{App: "hello", Title: "Hello", Description: "Says hello.\n\nTwice.",
		Tags: []string{"demo", "text"}, Visibility: "unlisted", Share: true, ShareTTLSeconds: 5401}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("hub read %+v\nwant %+v", got, want)
	}
	if ua := h.agents[0]; ua != "gradio-go-tunnel/1" {
		t.Errorf("User-Agent %q", ua)
	}
	if l.URL() != h.appURL("hello") || l.ShareURL() != "https://share.example/hello" ||
		!l.ShareExpires().Equal(time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)) {
		t.Errorf("welcome: %q %q %v", l.URL(), l.ShareURL(), l.ShareExpires())
	}
	if up, _ := l.Connected(); !up {
		t.Error("Connected() is false after Listen")
	}
	if a := l.Addr(); a.Network() != "tunnel" || a.String() != h.srv.Listener.Addr().String() {
		t.Errorf("Addr() = %s %s", a.Network(), a)
	}
}
