package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gradio-go/gradio/internal/files"
	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/room"
	"github.com/gradio-go/gradio/internal/wire"
)

// Runner runs queued events: the in-memory queue (*queue.Queue) or another backend.
// Push takes an event whose mailbox already expects it (Streams.Expect) and returns
// queue.ErrFull or queue.ErrClosed when it cannot; Cancel is POST /cancel's.
type Runner interface {
	Push(ev *queue.Event) error
	Cancel(session string, fnIndex int, id string) bool
}

// EventSource is implemented by a Runner whose queued events other processes may have
// taken: GET /call/{api}/{event_id} of an event this process has no mailbox for asks
// it to follow the event. FollowEvent makes the event's messages numbered after `after`
// readable through Streams().AttachEvent(id) and reports whether the event is known;
// ended reports that it has nothing after `after` (its completion was read already).
type EventSource interface {
	FollowEvent(ctx context.Context, id string, after uint64) (found, ended bool)
}

// SessionSource is implemented by a Runner whose sessions' messages live outside this
// process, so that any replica serves any session's /queue/data (the jobs backend of
// a scaled-out app). Such a runner delivers session events' messages itself: joins do
// not register them in the local mailboxes. FollowSession, called before a stream
// attaches, fills the session's local mailbox with what the session has not read (or,
// resuming, what follows last) and keeps it fed while the stream lasts; it reports
// false when it cannot (the stream then ends with an error). The stream calls Record
// with its reader before it ends the stream normally (close_stream), and release
// when it is done, in every case.
type SessionSource interface {
	FollowSession(ctx context.Context, session string, last uint64, resume bool) (s FollowedSession, ok bool)
}

// FollowedSession is a session's stream as a SessionSource follows it.
type FollowedSession interface {
	// Record saves how far rd has read, so that the session's next stream, on any
	// replica, starts there.
	Record(rd *queue.Reader)
	// Release ends the following (and records, unless Record was called).
	Release(rd *queue.Reader)
}

// Options configure a Server.
type Options struct {
	Engine Engine
	// Queue holds the sessions' mailboxes (Queue.Streams) and, unless Runner is set,
	// runs the queued events.
	Queue *queue.Queue
	// Runner, if set, takes the queued events instead of Queue: the jobs backend of a
	// scaled-out app, which delivers their messages to Queue.Streams itself.
	Runner Runner
	Files  *files.Cache
	AppID  uint64
	// RootPath is the public path (or full URL) the app is served under behind a proxy;
	// empty means it is worked out from each request.
	RootPath string
	// MaxBodyBytes bounds JSON request bodies; 0 means 32 MiB.
	MaxBodyBytes int64
	// Heartbeat is the interval of keep-alive frames on streams; 0 means 15 seconds.
	Heartbeat time.Duration
	// Linger keeps an idle /queue/data stream of an official client open this long
	// before it ends (see pump); negative means not at all, 0 means 500 ms.
	Linger time.Duration
	Logger *slog.Logger
	// Rooms serves collaborative rooms under /gradio_api/room/ and mirrors the calls
	// made from them (rooms.go); nil means the app has none.
	Rooms *room.Hub
	// Security is what Protect checks: logins, origins and rate limits (guard.go).
	Security Security
}

// Server is the protocol's http.Handler.
type Server struct {
	o       Options
	mux     *http.ServeMux
	started atomic.Bool
	guard   *guard

	idleMu sync.Mutex
	idle   *idleSet // heartbeat streams taken over from net/http; nil until the first
	closed bool     // Close was called: no more streams are taken over
	noIdle bool     // the idle set could not be created: serve heartbeats in handlers
}

// New returns a server for o.
func New(o Options) *Server {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 32 << 20
	}
	if o.Heartbeat <= 0 {
		o.Heartbeat = 15 * time.Second
	}
	if o.Linger == 0 {
		o.Linger = 500 * time.Millisecond
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	s := &Server{o: o, mux: http.NewServeMux(), guard: newGuard(o.Security, o.AppID)}
	s.routes()
	return s
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /{$}", s.page)
	m.HandleFunc("GET /assets/{name...}", func(w http.ResponseWriter, r *http.Request) {
		s.o.Engine.Asset(w, r, r.PathValue("name"))
	})
	m.HandleFunc("GET /config", s.config)
	m.HandleFunc("GET /config/", s.config)
	p := wire.APIPrefix
	m.HandleFunc("GET "+p+"/info", s.info)
	m.HandleFunc("GET "+p+"/info/", s.info)
	m.HandleFunc("GET "+p+"/openapi.json", s.openAPI)
	m.HandleFunc("POST "+p+"/queue/join", s.join)
	m.HandleFunc("GET "+p+"/queue/data", s.data)
	m.HandleFunc("GET "+p+"/queue/status", s.status)
	m.HandleFunc("POST "+p+"/cancel", s.cancel)
	m.HandleFunc("POST "+p+"/reset", s.reset)
	m.HandleFunc("POST "+p+"/reset/", s.reset)
	m.HandleFunc("GET "+p+"/heartbeat/{session}", s.heartbeat)
	m.HandleFunc("POST "+p+"/call/{api}", s.callPost)
	m.HandleFunc("POST "+p+"/call/{api}/{$}", s.callPost)
	m.HandleFunc("POST "+p+"/call/v2/{api}", s.callPostV2)
	m.HandleFunc("GET "+p+"/call/{api}/{event}", s.callGet)
	m.HandleFunc("GET "+p+"/call/v2/{api}/{event}", s.callGet)
	m.HandleFunc("POST "+p+"/run/{api}", s.run)
	m.HandleFunc("POST "+p+"/run/{api}/{$}", s.run)
	m.HandleFunc("POST "+p+"/api/{api}", s.run)
	m.HandleFunc("POST "+p+"/api/{api}/{$}", s.run)
	m.HandleFunc("POST "+p+"/upload", s.upload)
	m.HandleFunc("GET "+p+"/upload_progress", s.uploadProgress)
	m.HandleFunc("GET "+p+"/app_id", s.appID)
	m.HandleFunc("GET "+p+"/startup-events", s.startupEvents)
	s.roomRoutes()
	// "file=<path>" cannot be a pattern wildcard, so the prefix falls through to here.
	m.HandleFunc(p+"/", s.fallback)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { notFound(w) })
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	s.o.Engine.Page(w, r, s.root(r))
}

func (s *Server) config(w http.ResponseWriter, r *http.Request) {
	writeRawJSON(w, http.StatusOK, s.o.Engine.Config(s.root(r)))
}

func (s *Server) info(w http.ResponseWriter, r *http.Request) {
	all := r.URL.Query().Get("all_endpoints") != ""
	writeRawJSON(w, http.StatusOK, s.o.Engine.Info(s.root(r), all))
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	writeRawJSON(w, http.StatusOK, s.o.Engine.OpenAPI(s.root(r)))
}

func (s *Server) appID(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]uint64{"app_id": s.o.AppID})
}

// startupEvents answers true the first time, as Gradio's launch() expects of itself.
func (s *Server) startupEvents(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, !s.started.Swap(true))
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, &wire.Estimation{Msg: wire.MsgEstimation, QueueSize: s.o.Queue.Size()})
}

func (s *Server) reset(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]bool{"success": true})
}

func (s *Server) fallback(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, wire.APIPrefix+"/")
	if p, ok := strings.CutPrefix(rest, "file="); ok && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		// Clients send the path raw (Python) or percent-encoded per segment (JS 2.6+);
		// r.URL.Path is already decoded once, which covers both.
		s.o.Files.ServeFile(w, r, p)
		return
	}
	notFound(w)
}

func (s *Server) root(r *http.Request) string { return PublicRoot(r, s.o.RootPath) }

// PublicRoot works out the public base URL of an app, as the client of r reached it:
// scheme and host from the request (or X-Forwarded-Proto/-Host from a proxy), then
// the path a proxy serves the app under (X-Forwarded-Prefix, as the hub sends) and the
// path the app is mounted under (what http.StripPrefix removed). A rootPath (the
// app's WithRootPath) overrides the paths, or everything when it is a full URL.
func PublicRoot(r *http.Request, rootPath string) string {
	if strings.HasPrefix(rootPath, "http://") || strings.HasPrefix(rootPath, "https://") {
		return strings.TrimSuffix(rootPath, "/")
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	if p := firstValue(r.Header.Get("X-Forwarded-Proto")); p == "https" || p == "http" {
		scheme = p
	}
	host := r.Host
	if h := firstValue(r.Header.Get("X-Forwarded-Host")); h != "" {
		host = h
	}
	if rootPath != "" {
		return scheme + "://" + host + "/" + strings.Trim(rootPath, "/")
	}
	prefix := forwardedPrefix(r)
	if u, err := url.ParseRequestURI(r.RequestURI); err == nil {
		if full, here := u.EscapedPath(), r.URL.EscapedPath(); len(full) > len(here) && strings.HasSuffix(full, here) {
			prefix += strings.TrimSuffix(full[:len(full)-len(here)], "/")
		}
	}
	return scheme + "://" + host + prefix
}

// forwardedPrefix returns X-Forwarded-Prefix as "/a/b" (or ""), ignoring a value that
// is not a plain path.
func forwardedPrefix(r *http.Request) string {
	p := strings.Trim(firstValue(r.Header.Get("X-Forwarded-Prefix")), "/")
	if p == "" || strings.ContainsAny(p, "?#\\ \"<>") || strings.Contains(p, "//") {
		return ""
	}
	return "/" + p
}

func firstValue(h string) string {
	v, _, _ := strings.Cut(h, ",")
	return strings.TrimSpace(v)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encoding response: "+err.Error(), http.StatusInternalServerError)
		return
	}
	writeRawJSON(w, status, b)
}

func writeRawJSON(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	// Canonical keys, set directly: these run on every call.
	h["Content-Type"] = []string{"application/json"}
	h["Content-Length"] = []string{strconv.Itoa(len(b))}
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// writeDetail answers an error the way FastAPI does: {"detail": message}. Both official
// clients show detail as the error message.
func writeDetail(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"detail": msg})
}

func notFound(w http.ResponseWriter) { writeDetail(w, http.StatusNotFound, "Not Found") }
