package gradio

import (
	"log/slog"
	"time"

	"github.com/gradio-go/gradio/theme"
)

// Option configures how an app is built and served; pass options to Build or Launch.
type Option func(*options)

type options struct {
	extensions      []Extension
	showError       bool
	logger          *slog.Logger
	concurrency     int
	maxQueueSize    int
	maxFileSize     int64
	tempDir         string
	allowedPaths    []string
	blockedPaths    []string
	rootPath        string
	sessionCapacity int
	sessionTTL      time.Duration
	maxBodyBytes    int64
	heartbeat       time.Duration
	addr            string
	quiet           bool
	privateURLs     bool
	fetchTimeout    time.Duration
	evictEvery      time.Duration
	evictAge        time.Duration
	sec             securityOptions // auth.go, limits.go
	theme           *theme.Theme
	themeMode       theme.Mode
	i18n            I18n
	locale          string
	resumeGrace     time.Duration  // 0: queue.DefaultGrace; negative: none (tests, benchmarks)
	share           *Share         // share.go
	collab          *Collaboration // collab.go
	natsURL         string         // scaleout.go
	role            string
}

func defaultOptions() options {
	// The page's own routes (theme.css, custom components' modules) are an extension.
	return options{concurrency: 1, extensions: []Extension{themeRoute, moduleRoute}}
}

// WithShowError sends the text of every handler error to the client, not just that of
// gradio.Error. Useful while developing; it can leak internals in production.
func WithShowError(on bool) Option { return func(o *options) { o.showError = on } }

// WithLogger sets where the app logs; the default is slog.Default().
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.logger = l } }

// WithDefaultConcurrencyLimit sets the concurrency limit of events that do not set their
// own; the default is 1, as in Gradio. Unlimited removes the limit.
func WithDefaultConcurrencyLimit(n int) Option { return func(o *options) { o.concurrency = n } }

// WithMaxQueueSize bounds the number of waiting events; further joins are answered
// "queue full" (HTTP 503). The default, 0, is unbounded.
func WithMaxQueueSize(n int) Option { return func(o *options) { o.maxQueueSize = n } }

// WithMaxFileSize bounds each uploaded file, in bytes; 0 (the default) is unbounded.
func WithMaxFileSize(bytes int64) Option { return func(o *options) { o.maxFileSize = bytes } }

// WithTempDir sets where uploaded and produced files are kept; the default is
// $GRADIO_TEMP_DIR, else a "gradio-go" folder in the system's temporary directory.
func WithTempDir(dir string) Option { return func(o *options) { o.tempDir = dir } }

// WithAllowedPaths lets the app serve files from these paths, besides its own cache.
func WithAllowedPaths(paths ...string) Option {
	return func(o *options) { o.allowedPaths = append(o.allowedPaths, paths...) }
}

// WithBlockedPaths keeps files under these paths from ever being served.
func WithBlockedPaths(paths ...string) Option {
	return func(o *options) { o.blockedPaths = append(o.blockedPaths, paths...) }
}

// WithRootPath sets the public path (such as "/demo") or full URL the app is reached at
// behind a reverse proxy that does not say so in X-Forwarded-* headers. By default it is
// worked out per request, including the prefix http.StripPrefix removed.
func WithRootPath(p string) Option { return func(o *options) { o.rootPath = p } }

// WithSessions bounds per-session state: at most capacity sessions (the least recently
// used are dropped first; default 10,000), each dropped after ttl without use unless its
// page is open (default one hour).
func WithSessions(capacity int, ttl time.Duration) Option {
	return func(o *options) { o.sessionCapacity, o.sessionTTL = capacity, ttl }
}

// WithMaxBodySize bounds JSON request bodies, in bytes; the default is 32 MiB.
func WithMaxBodySize(bytes int64) Option { return func(o *options) { o.maxBodyBytes = bytes } }

// WithHeartbeat sets the interval of keep-alive frames on open streams; the default is
// $GRADIO_HEARTBEAT_INTERVAL seconds, else 15 seconds.
func WithHeartbeat(d time.Duration) Option { return func(o *options) { o.heartbeat = d } }

// WithAddr sets the address Launch listens on, such as "0.0.0.0:8080". By default it is
// $GRADIO_SERVER_NAME:$GRADIO_SERVER_PORT, else 127.0.0.1 and the first free port from 7860.
func WithAddr(addr string) Option { return func(o *options) { o.addr = addr } }

// WithQuiet keeps Launch from printing the app's URL.
func WithQuiet() Option { return func(o *options) { o.quiet = true } }

// WithPrivateURLs lets the app download file inputs given as URLs from loopback, private,
// link-local and other non-public addresses. By default such URLs are refused, so that a
// client cannot make the server reach internal services or cloud metadata endpoints; turn
// this on only for tests and trusted intranets.
func WithPrivateURLs(allow bool) Option { return func(o *options) { o.privateURLs = allow } }

// WithFetchTimeout bounds the download of one file input given as a URL (connecting,
// redirects and body); the default is 30 seconds. Such downloads are also bounded by
// WithMaxFileSize, or 100 MiB when that is unset.
func WithFetchTimeout(d time.Duration) Option { return func(o *options) { o.fetchTimeout = d } }

// WithCacheEviction deletes, every interval, the cached files the app created (uploads,
// downloads and returned files) that have not been used for olderThan, and all of them when
// the app is closed, like Gradio's delete_cache=(frequency, age). Files are "used" when
// stored, resolved as an input, returned or served. Without this option the cache keeps
// everything until the process's temporary files are cleaned up by the system.
func WithCacheEviction(every, olderThan time.Duration) Option {
	return func(o *options) { o.evictEvery, o.evictAge = every, olderThan }
}
