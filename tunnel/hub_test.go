package tunnel

import (
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// testHub is a small hub: it authenticates a token, welcomes or refuses apps, and
// proxies /apps/<app>/ to the app's latest tunnel.
type testHub struct {
	srv   *httptest.Server
	token string

	registers chan Register // every Register read, welcomed or not
	accepted  chan error    // errors from Accept

	mu       sync.Mutex
	answer   func(Register) *RefusedError // nil or returning nil welcomes
	sessions map[string]*Session
	all      []*Session
	agents   []string
}

// newTestHub starts a hub on addr ("" for any port). Cleanup closes it and its tunnels.
func newTestHub(t testing.TB, addr string) *testHub {
	t.Helper()
	h := &testHub{
		token:     "secret",
		registers: make(chan Register, 100),
		accepted:  make(chan error, 100),
		sessions:  map[string]*Session{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/tunnel", h.tunnel)
	mux.HandleFunc("/apps/{app}/", h.proxy)
	h.srv = httptest.NewUnstartedServer(mux)
	if addr != "" {
		// The hub comes back on the address the app knows.
		var ln net.Listener
		var err error
		for range 50 {
			if ln, err = net.Listen("tcp", addr); err == nil {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err != nil {
			t.Fatal(err)
		}
		h.srv.Listener.Close()
		h.srv.Listener = ln
	}
	h.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	h.srv.Start()
	t.Cleanup(h.Close)
	return h
}

// Close stops the hub and drops every tunnel, as a crashed hub would.
func (h *testHub) Close() {
	h.mu.Lock()
	all := h.all
	h.all = nil
	h.mu.Unlock()
	for _, s := range all {
		s.Close()
	}
	h.srv.Close()
}

func (h *testHub) tunnelURL() string        { return h.srv.URL + "/api/tunnel" }
func (h *testHub) appURL(app string) string { return h.srv.URL + "/apps/" + app + "/" }
func (h *testHub) setAnswer(f func(Register) *RefusedError) {
	h.mu.Lock()
	h.answer = f
	h.mu.Unlock()
}

// dials returns how many upgrade requests reached the hub.
func (h *testHub) dials() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.agents)
}

func (h *testHub) session(app string) *Session {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.sessions[app]
}

func (h *testHub) tunnel(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+h.token {
		http.Error(w, "bad token\nsee the docs", http.StatusUnauthorized)
		return
	}
	h.mu.Lock()
	h.agents = append(h.agents, r.UserAgent())
	answer := h.answer
	h.mu.Unlock()

	p, err := Accept(w, r)
	notify(h.accepted, err)
	if err != nil {
		return
	}
	reg := p.Register()
	if answer != nil {
		if re := answer(reg); re != nil {
			p.Refuse(re.Message, re.Retry)
			notify(h.registers, reg)
			return
		}
	}
	s, err := p.Welcome(Welcome{
		URL:          h.appURL(reg.App),
		ShareURL:     "https://share.example/" + reg.App,
		ShareExpires: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC),
	})
	if err != nil {
		return
	}
	h.mu.Lock()
	h.sessions[reg.App] = s
	h.all = append(h.all, s)
	h.mu.Unlock()
	notify(h.registers, reg)
}

func (h *testHub) proxy(w http.ResponseWriter, r *http.Request) {
	app := r.PathValue("app")
	s := h.session(app)
	if s == nil {
		http.Error(w, "app offline", http.StatusBadGateway)
		return
	}
	rp := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme = "http"
			pr.Out.URL.Host = app
			pr.Out.URL.Path = strings.TrimPrefix(pr.In.URL.Path, "/apps/"+app)
			pr.Out.URL.RawPath = ""
			pr.SetXForwarded()
		},
		Transport:     s.Transport(),
		FlushInterval: -1,
		ErrorLog:      log.New(io.Discard, "", 0),
	}
	rp.ServeHTTP(w, r)
}

// notify sends without ever blocking the hub; the buffers outlast any test.
func notify[T any](ch chan T, v T) {
	select {
	case ch <- v:
	default:
	}
}

// nextRegister waits for the hub to read a Register.
func (h *testHub) nextRegister(t testing.TB) Register {
	t.Helper()
	select {
	case r := <-h.registers:
		return r
	case <-time.After(10 * time.Second):
		t.Fatal("no Register reached the hub")
		return Register{}
	}
}

// testApp is an app served through a tunnel to a testHub.
type testApp struct {
	l      *Listener
	srv    *http.Server
	served chan error

	once sync.Once
	err  error
}

// startApp registers app with h and serves handler through the tunnel. Cleanup
// closes the server and the Listener and waits for Serve to return.
func startApp(t testing.TB, h *testHub, app string, handler http.Handler) *testApp {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	l, err := Listen(ctx, h.tunnelURL(), Options{Token: h.token, App: app, Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	a := &testApp{l: l, srv: &http.Server{Handler: handler}, served: make(chan error, 1)}
	go func() { a.served <- a.srv.Serve(l) }()
	t.Cleanup(func() {
		a.srv.Close()
		l.Close()
		a.serveErr()
	})
	h.nextRegister(t)
	return a
}

// serveErr waits for Serve to return and returns its error.
func (a *testApp) serveErr() error {
	a.once.Do(func() { a.err = <-a.served })
	return a.err
}

// client returns an HTTP client whose idle connections are closed at cleanup.
func client(t testing.TB) *http.Client {
	tr := &http.Transport{MaxIdleConnsPerHost: 100}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}

// get fetches url and returns the body, failing the test on anything but 200.
func get(t testing.TB, c *http.Client, url string) string {
	t.Helper()
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s: %s", url, resp.Status, body)
	}
	return string(body)
}

// waitConnected waits until l reports up == want.
func waitConnected(t testing.TB, l *Listener, want bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		up, changed := l.Connected()
		if up == want {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			t.Fatalf("Connected() stayed %v", up)
		}
	}
}
