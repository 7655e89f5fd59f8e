// Package hub is gradio-go's self-hostable hub: people sign up, publish apps from any
// machine through an outbound tunnel, and others find them in a directory, use them in
// the browser or through the API, like them and discuss them.
//
// An app connects to the hub (gradio.WithShare, or "gradio share" for any running app)
// with an API token; the hub serves it at /<owner>/<app>/ by proxying every request,
// including the queue's event streams, through the tunnel. The page at /<owner>/<app>
// (no trailing slash) frames the app with its title, likes, settings and comments.
// Temporary share links at /s/<secret>/ open an app to anyone holding them until they
// expire.
//
// Apps are public (listed), unlisted (reachable by link) or private (the owner,
// collaborators and share links only); a private app is a 404 to everyone else on every
// path, including its API, files and streams.
//
// Apps run on the hub's origin, so an app's own JavaScript can act for a signed-in
// visitor on the hub. Only publish apps you trust on a hub that others sign in to; the
// hub strips its own cookies and tokens from proxied requests so an app never sees them.
package hub

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/gradio-go/gradio/frontend"
	"github.com/gradio-go/gradio/hub/store"
	"github.com/gradio-go/gradio/theme"
)

// Config sets up a hub. Only Store is required.
type Config struct {
	// Store keeps the hub's records (see store.Open).
	Store store.Store
	// BaseURL is the hub's public URL (such as "https://hub.example.com"), used in the
	// links it hands to apps; by default it is worked out from each request.
	BaseURL string
	// Theme styles the hub's pages; nil means theme.Default().
	Theme *theme.Theme
	// ShareTTL is how long a share link lasts unless the app asks for less (72 hours
	// if zero); MaxShareTTL caps what an app may ask for (a week if zero).
	ShareTTL, MaxShareTTL time.Duration
	// AppsDomain, when set (such as "apps.hub.example.com"), serves each app on its own
	// origin, <owner>--<app>.<AppsDomain>, so that an app's JavaScript cannot act on the
	// hub or on other apps as its visitor. It needs a wildcard DNS record (and a
	// wildcard certificate) for the domain, pointing at the hub. Apps whose
	// "<owner>--<app>" is longer than 63 characters stay under the hub's paths.
	AppsDomain string
	// Secret signs the grants that open private apps on their own origins; by default
	// a random one is made at start, so those grants end when the hub restarts (a
	// visitor is sent through the hub again). Hubs that share a database and serve
	// the same apps need the same Secret.
	Secret []byte
	// ClosedSignup turns sign-up off: accounts are then made with "gradio hub adduser".
	ClosedSignup bool
	// Logger receives the hub's log lines; nil means slog.Default(). Secrets (tokens,
	// passwords, session and share link values) are never logged.
	Logger *slog.Logger
}

// Server is a hub; it is an http.Handler.
type Server struct {
	cfg   Config
	store store.Store
	log   *slog.Logger
	css   string
	mux   *http.ServeMux
	pages *pages

	key      []byte   // signs app-origin grants (subdomain.go)
	throttle throttle // failed logins by user name
	apps     appCache // apps by owner and name, for the proxy

	mu      sync.Mutex
	live    map[int64]*liveApp      // connected tunnels by app ID
	pending map[int64]chan struct{} // tunnels being set up, closed when done
	close   chan struct{}
	done    sync.WaitGroup
}

// New returns a hub serving cfg.Store's records. Close it to end its tunnels.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("hub: Config.Store is required")
	}
	if cfg.ShareTTL <= 0 {
		cfg.ShareTTL = 72 * time.Hour
	}
	if cfg.MaxShareTTL <= 0 {
		cfg.MaxShareTTL = 7 * 24 * time.Hour
	}
	if cfg.AppsDomain != "" {
		u, err := url.Parse(cfg.BaseURL)
		if err != nil || u.Host == "" {
			return nil, errors.New("hub: AppsDomain needs BaseURL, the hub's own public URL, to send visitors between the hub and the apps")
		}
		if h := strings.ToLower(u.Hostname()); strings.HasSuffix(h, "."+strings.ToLower(strings.Trim(cfg.AppsDomain, "."))) {
			return nil, fmt.Errorf("hub: the hub's host %s must not be under AppsDomain %s", h, cfg.AppsDomain)
		}
	}
	if cfg.ShareTTL > cfg.MaxShareTTL {
		return nil, fmt.Errorf("hub: ShareTTL %v is longer than MaxShareTTL %v", cfg.ShareTTL, cfg.MaxShareTTL)
	}
	th := cfg.Theme
	if th == nil {
		th = theme.Default()
	}
	css, err := th.CSS()
	if err != nil {
		return nil, fmt.Errorf("hub: theme: %w", err)
	}
	s := &Server{
		cfg:     cfg,
		store:   cfg.Store,
		log:     cfg.Logger,
		css:     css,
		live:    map[int64]*liveApp{},
		pending: map[int64]chan struct{}{},
		close:   make(chan struct{}),
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.cfg.AppsDomain = strings.ToLower(strings.Trim(cfg.AppsDomain, "."))
	s.key = cfg.Secret
	if len(s.key) == 0 {
		s.key = make([]byte, 32)
		_, _ = rand.Read(s.key)
	}
	if s.pages, err = loadPages(); err != nil {
		return nil, err
	}
	s.routes()
	s.done.Add(1)
	go s.expireLoop()
	return s, nil
}

func (s *Server) routes() {
	m := http.NewServeMux()
	// Forms the hub serves post back to it; a cross-site POST is refused. Proxied apps
	// are left alone: their own API may be called from other origins.
	cop := http.NewCrossOriginProtection()
	post := func(pattern string, h http.HandlerFunc) { m.Handle("POST "+pattern, cop.Handler(h)) }
	m.HandleFunc("GET /{$}", s.directory)
	m.HandleFunc("GET /static/hub.css", s.stylesheet)
	m.HandleFunc("GET /static/hub.js", script)
	m.HandleFunc("GET /static/assets/fonts/{file}", font)
	m.HandleFunc("GET /signup", s.signupPage)
	post("/signup", s.signup)
	m.HandleFunc("GET /login", s.loginPage)
	post("/login", s.login)
	post("/logout", s.logout)
	m.HandleFunc("GET /settings", s.settingsPage)
	post("/settings/tokens", s.createToken)
	post("/settings/tokens/{id}/delete", s.deleteToken)
	m.HandleFunc("GET /api/tunnel", s.tunnel)
	m.HandleFunc("GET /{owner}", s.profile)
	m.HandleFunc("GET /{owner}/{app}", s.appPage)
	post("/-/apps/{owner}/{app}/{action}", s.appAction)
	post("/-/comments/{id}/{action}", s.commentAction)
	m.HandleFunc("GET /-/thumbs/{owner}/{app}", s.thumbnail)
	m.HandleFunc("GET /-/auth", s.authorize)
	m.HandleFunc("/{owner}/{app}/", s.proxyApp)
	m.HandleFunc("/s/{secret}/", s.proxyShare)
	m.HandleFunc("GET /s/{secret}", s.shareRedirect)
	s.mux = m
}

// ServeHTTP serves the hub's pages, its tunnel endpoint and the apps behind it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if owner, app, ok := s.subdomainApp(r); ok {
		s.serveSubdomain(w, r, owner, app)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// Close disconnects every tunnel; the apps show as offline until the hub runs again.
func (s *Server) Close() error {
	s.mu.Lock()
	select {
	case <-s.close:
		s.mu.Unlock()
		return nil
	default:
	}
	close(s.close)
	live := s.live
	s.live = map[int64]*liveApp{}
	s.mu.Unlock()
	for _, l := range live {
		_ = l.sess.Close()
	}
	s.done.Wait()
	return nil
}

// expireLoop deletes expired sessions and share links now and then.
func (s *Server) expireLoop() {
	defer s.done.Done()
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for {
		if err := s.store.Expire(context.Background(), time.Now()); err != nil {
			s.log.Warn("hub: expiring sessions and share links", "err", err)
		}
		select {
		case <-s.close:
			return
		case <-t.C:
		}
	}
}

// font serves the web UI's embedded fonts, which the theme's style sheet names
// relative to itself, so the hub's pages are set in the same faces as the apps.
func font(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	b, err := fs.ReadFile(frontend.FS(), "assets/fonts/"+name)
	if err != nil || !strings.HasSuffix(name, ".woff2") {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "font/woff2")
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable") // the names carry a content hash
	_, _ = w.Write(b)
}

func script(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(hubJS)
}

func (s *Server) stylesheet(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write([]byte(s.css))
	_, _ = w.Write(hubCSS)
}
