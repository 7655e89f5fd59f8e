package tunnel_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"strings"
	"sync"

	"github.com/gradio-go/gradio/tunnel"
)

// ExampleListen publishes a handler through a hub. The hub here is a stand-in on
// loopback; a real one lives at a URL such as https://hub.example/api/tunnel.
func ExampleListen() {
	hub := newHub()
	defer hub.Close()

	// The app side: register, then serve the tunnel like any listener.
	l, err := tunnel.Listen(context.Background(), hub.URL+"/api/tunnel", tunnel.Options{
		Token: "my-token",
		App:   "hello",
		Title: "Hello",
	})
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello from behind the NAT, path %s", r.URL.Path)
	})}
	go srv.Serve(l)
	defer srv.Close()
	fmt.Println("public URL:", l.URL())

	// A visitor reaches the app through the hub.
	resp, err := http.Get(hub.URL + "/hello/world")
	if err != nil {
		log.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(string(body))
	// Output:
	// public URL: https://hub.example/alice/hello
	// hello from behind the NAT, path /world
}

// hub is a minimal hub: it welcomes any app with the right token and proxies
// /<app>/ to it.
type hub struct {
	*httptest.Server
	mu       sync.Mutex
	sessions map[string]*tunnel.Session
}

func newHub() *hub {
	h := &hub{sessions: map[string]*tunnel.Session{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/tunnel", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer my-token" {
			http.Error(w, "bad token", http.StatusUnauthorized)
			return
		}
		p, err := tunnel.Accept(w, r)
		if err != nil {
			return // Accept has answered the app
		}
		app := p.Register().App
		// The app may send a request as soon as it reads the welcome: holding the
		// lock until the session is stored makes that request wait for it.
		h.mu.Lock()
		defer h.mu.Unlock()
		s, err := p.Welcome(tunnel.Welcome{URL: "https://hub.example/alice/" + app})
		if err != nil {
			return
		}
		h.sessions[app] = s
	})
	mux.HandleFunc("/{app}/", func(w http.ResponseWriter, r *http.Request) {
		app := r.PathValue("app")
		h.mu.Lock()
		s := h.sessions[app]
		h.mu.Unlock()
		if s == nil {
			http.Error(w, "app offline", http.StatusBadGateway)
			return
		}
		rp := &httputil.ReverseProxy{
			Rewrite: func(pr *httputil.ProxyRequest) {
				pr.Out.URL.Scheme, pr.Out.URL.Host = "http", app
				pr.Out.URL.Path = strings.TrimPrefix(pr.In.URL.Path, "/"+app)
				pr.SetXForwarded()
			},
			Transport:     s.Transport(),
			FlushInterval: -1, // pass streamed responses at once
		}
		rp.ServeHTTP(w, r)
	})
	h.Server = httptest.NewServer(mux)
	return h
}

// Close drops the tunnels and stops the hub.
func (h *hub) Close() {
	h.mu.Lock()
	for _, s := range h.sessions {
		s.Close()
	}
	h.mu.Unlock()
	h.Server.Close()
}
