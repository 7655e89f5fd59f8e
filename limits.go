package gradio

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/gradio-go/gradio/internal/server"
)

// securityOptions gathers the options of auth.go and limits.go.
type securityOptions struct {
	auth       *server.Auth
	origins    []string
	perClient  Rate
	perSession Rate
	login      Rate
	maxActive  int
	certFile   string
	keyFile    string
	timeouts   Timeouts
}

// Rate is a rate limit: N requests per Per, in bursts of up to N. The zero Rate is no
// limit.
type Rate struct {
	N   int
	Per time.Duration
}

// WithCORSOrigins lets pages of these origins ("https://example.com", scheme, host and
// port) call the app from a browser, with its cookies; "*" lets any site's pages do so.
// By default only the app's own pages may: a browser request from another origin gets
// no CORS headers, and a POST from one is refused (403), which stops cross-site request
// forgery. Clients other than browsers send no Origin and are not affected.
func WithCORSOrigins(origins ...string) Option {
	return func(o *options) { o.sec.origins = append(o.sec.origins, origins...) }
}

// WithRateLimit bounds how fast clients may call the app. perClient bounds the POST
// requests (calls, uploads, cancels) of one client address; perSession bounds the calls
// of one session (a browser tab or API client). Requests over a limit are answered 429
// with a Retry-After header. Either may be the zero Rate, for no limit; by default
// there is none. Behind a reverse proxy every client has the proxy's address, so limit
// per client there.
func WithRateLimit(perClient, perSession Rate) Option {
	return func(o *options) { o.sec.perClient, o.sec.perSession = perClient, perSession }
}

// WithMaxActiveSessions bounds the sessions with queued calls in flight (waiting,
// running, or with results not yet read) at once; a queued call that would start one
// more is answered 503 until one finishes. Zero, the default, is no bound. WithSessions
// bounds the state kept per session and WithMaxQueueSize the waiting calls; this bounds
// how many clients can have work in the app at once.
func WithMaxActiveSessions(n int) Option { return func(o *options) { o.sec.maxActive = n } }

// WithLoginRateLimit bounds the failed logins from one client address; once it is
// reached, every login from that address is refused (429) until the budget refills.
// The default is 10 a minute.
func WithLoginRateLimit(r Rate) Option { return func(o *options) { o.sec.login = r } }

// Timeouts bound how long Launch and Serve wait for slow clients. A zero field keeps
// its default. There is no write timeout: results stream for as long as they run.
type Timeouts struct {
	// ReadHeader bounds reading a request's headers; the default is 10 seconds, which
	// cuts off clients that trickle headers to hold connections open.
	ReadHeader time.Duration
	// Read bounds reading a whole request, body included; the default is 10 minutes,
	// enough for large uploads on slow links.
	Read time.Duration
	// Idle bounds how long a kept-alive connection waits for its next request; the
	// default is 2 minutes.
	Idle time.Duration
}

// WithTimeouts sets the server's timeouts against slow clients.
func WithTimeouts(t Timeouts) Option { return func(o *options) { o.sec.timeouts = t } }

// httpServer is the server Launch and Serve run, with the timeouts against slow clients
// and a bound on request headers.
func (a *App) httpServer() *http.Server {
	t := a.opts.sec.timeouts.withDefaults()
	return &http.Server{
		Handler:           a,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(a.log.Handler(), slog.LevelDebug),
	}
}

// withDefaults fills the zero fields.
func (t Timeouts) withDefaults() Timeouts {
	if t.ReadHeader <= 0 {
		t.ReadHeader = 10 * time.Second
	}
	if t.Read <= 0 {
		t.Read = 10 * time.Minute
	}
	if t.Idle <= 0 {
		t.Idle = 2 * time.Minute
	}
	return t
}

// serverSecurity is what the server's guard checks.
func (s securityOptions) serverSecurity() server.Security {
	return server.Security{
		Auth:       s.authFor(),
		Origins:    s.origins,
		PerClient:  server.Rate(s.perClient),
		PerSession: server.Rate(s.perSession),
		Login:      server.Rate(s.login),

		MaxActiveSessions: s.maxActive,
	}
}
