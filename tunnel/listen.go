package tunnel

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/hashicorp/yamux"
)

// Reconnection timing: the wait doubles from minBackoff to maxBackoff, and drops
// back to minBackoff after a connection that stayed up for stableAfter.
const (
	minBackoff  = 250 * time.Millisecond
	maxBackoff  = 30 * time.Second
	stableAfter = 30 * time.Second
)

// drainTimeout caps how long a closed Listener keeps the tunnel up for the
// connections it already handed out. A variable for tests.
var drainTimeout = 30 * time.Second

// Options configure Listen. Only App is required.
type Options struct {
	Token string // hub API token, sent as a bearer token; empty sends none

	App         string // app name on the hub
	Title       string // shown in the hub's directory; empty lets the hub choose
	Description string // Markdown
	Tags        []string
	// Visibility is "public", "unlisted" or "private"; empty keeps the app's
	// current setting on the hub.
	Visibility string

	Share    bool          // ask for a temporary share link
	ShareTTL time.Duration // lifetime of the share link, rounded up to seconds; 0 lets the hub choose

	// Logf reports losing and regaining the hub after Listen has returned.
	// Nil is silent.
	Logf func(format string, args ...any)
	// HTTPClient makes the WebSocket upgrade request, for TLS settings or a
	// proxy. Nil uses http.DefaultClient.
	HTTPClient *http.Client
}

func (o *Options) register() Register {
	r := Register{
		App:         o.App,
		Title:       o.Title,
		Description: o.Description,
		Tags:        slices.Clone(o.Tags),
		Visibility:  o.Visibility,
		Share:       o.Share,
	}
	if o.Share && o.ShareTTL > 0 {
		r.ShareTTLSeconds = int64((o.ShareTTL + time.Second - 1) / time.Second)
	}
	return r
}

// Listen connects to a hub's tunnel URL (http, https, ws or wss, such as
// "https://hub.example/api/tunnel") and registers the app. It returns once the
// hub has welcomed it, so that a bad token (a [*StatusError]), a refusal (a
// [*RefusedError]) or an unreachable hub is an error here. ctx bounds this first
// connection only; afterwards, end the Listener with Close.
//
// When the connection drops, the Listener reconnects and registers again in the
// background, waiting 250 ms to 30 s between attempts, until Close, a refusal
// that says not to retry, or a 401 or 403 answer.
func Listen(ctx context.Context, hubURL string, o Options) (*Listener, error) {
	u, err := url.Parse(hubURL)
	if err != nil {
		return nil, fmt.Errorf("tunnel: hub URL: %w", err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return nil, fmt.Errorf("tunnel: hub URL %q: scheme must be http, https, ws or wss", hubURL)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("tunnel: hub URL %q has no host", hubURL)
	}
	reg := o.register()
	if err := reg.validate(); err != nil {
		return nil, fmt.Errorf("tunnel: %w", err)
	}
	mux, w, err := dial(ctx, hubURL, &o, reg)
	if err != nil {
		return nil, err
	}
	l := &Listener{
		hubURL:  hubURL,
		opts:    o,
		reg:     reg,
		addr:    hubAddr(u),
		conns:   make(chan net.Conn),
		welcome: w,
		up:      true,
		changed: make(chan struct{}),
	}
	l.ctx, l.cancel = context.WithCancel(context.Background())
	l.wg.Add(1)
	go l.run(&session{mux: mux})
	return l, nil
}

// hubAddr is the hub's host and port, so that r.RemoteAddr in the app's
// handlers still parses with net.SplitHostPort.
func hubAddr(u *url.URL) addr {
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" || u.Scheme == "wss" {
			port = "443"
		}
	}
	return addr(net.JoinHostPort(u.Hostname(), port))
}

// addr is the Listener's address and that of the peer of its connections: the hub.
type addr string

func (addr) Network() string  { return "tunnel" }
func (a addr) String() string { return string(a) }

// Listener is the app's end of a tunnel: a [net.Listener] whose connections are
// HTTP requests proxied by the hub, to be served with an [http.Server]. Its
// methods are safe for concurrent use.
type Listener struct {
	hubURL string
	opts   Options
	reg    Register
	addr   addr

	ctx    context.Context // canceled by Close and by a final refusal
	cancel context.CancelFunc
	conns  chan net.Conn
	wg     sync.WaitGroup

	mu      sync.Mutex
	welcome Welcome
	up      bool
	changed chan struct{} // closed and replaced when up changes
	closed  bool          // by Close or a final refusal
	err     error         // why Accept fails once closed; nil means net.ErrClosed
}

// Accept waits for the next connection from the hub. It keeps working across
// reconnections. After Close it returns [net.ErrClosed]; after a final refusal,
// that refusal.
func (l *Listener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.ctx.Done():
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.err != nil {
			return nil, l.err
		}
		return nil, net.ErrClosed
	}
}

// Close stops accepting and reconnecting at once, and tells the hub to open no
// more connections. The tunnel itself stays up until the connections Accept
// returned are closed (as [http.Server.Shutdown] does once their requests are
// done), for at most 30 s; with none open it ends before Close returns.
func (l *Listener) Close() error {
	l.cancel()
	l.wg.Wait()
	l.end(nil)
	return nil
}

// end marks the Listener finished, with err for Accept (nil for net.ErrClosed).
func (l *Listener) end(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	l.closed = true
	l.err = err
	l.up = false
	close(l.changed)
}

// Addr returns the hub's host and port, under the network name "tunnel".
func (l *Listener) Addr() net.Addr { return l.addr }

// URL returns the app's public URL, as the hub last said.
func (l *Listener) URL() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.welcome.URL
}

// ShareURL returns the temporary share link, or "" if none was asked for or granted.
func (l *Listener) ShareURL() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.welcome.ShareURL
}

// ShareExpires returns when the share link stops working, or the zero time.
func (l *Listener) ShareExpires() time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.welcome.ShareExpires
}

// Connected reports whether the tunnel is up, and returns a channel that is closed
// when that changes. Once the Listener is closed or refused for good it reports
// false with a channel that is already closed, so a waiting loop also checks
// Accept's error or its own deadline.
func (l *Listener) Connected() (up bool, changed <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.up, l.changed
}

func (l *Listener) setUp(up bool, w Welcome) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if up {
		l.welcome = w
	}
	if l.closed || l.up == up {
		return
	}
	l.up = up
	close(l.changed)
	l.changed = make(chan struct{})
}

func (l *Listener) logf(format string, args ...any) {
	if l.opts.Logf != nil {
		l.opts.Logf(format, args...)
	}
}

// run serves one tunnel after another until Close or a final error.
func (l *Listener) run(s *session) {
	defer l.wg.Done()
	backoff := minBackoff
	for {
		start := time.Now()
		err := l.pump(s)
		if l.ctx.Err() != nil {
			s.drain()
			return
		}
		s.mux.Close()
		l.setUp(false, Welcome{})
		if time.Since(start) >= stableAfter {
			backoff = minBackoff
		}
		l.logf("tunnel: lost the hub (%v); reconnecting", err)
		if s = l.reconnect(&backoff); s == nil {
			return
		}
		l.logf("tunnel: reconnected; app at %s", l.URL())
	}
}

// pump passes the hub's streams to Accept until the session ends or the
// Listener is closed.
func (l *Listener) pump(s *session) error {
	for {
		st, err := s.mux.AcceptStreamWithContext(l.ctx)
		if err != nil {
			return err
		}
		c := s.track(st, l.addr)
		select {
		case l.conns <- c:
		case <-l.ctx.Done():
			c.Close()
			return l.ctx.Err()
		}
	}
}

// reconnect dials until it succeeds, returning nil on Close or a final error.
func (l *Listener) reconnect(backoff *time.Duration) *session {
	for {
		// Waiting between half and all of the backoff keeps apps that lost the
		// same hub from coming back in lockstep.
		wait := *backoff/2 + rand.N(*backoff/2+1)
		*backoff = min(*backoff*2, maxBackoff)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-l.ctx.Done():
			t.Stop()
			return nil
		}
		mux, w, err := dial(l.ctx, l.hubURL, &l.opts, l.reg)
		switch {
		case err == nil:
			l.setUp(true, w)
			return &session{mux: mux}
		case l.ctx.Err() != nil:
			return nil
		case final(err):
			l.logf("%v; giving up", err)
			l.end(err)
			l.cancel()
			return nil
		}
		l.logf("%v; retrying within %v", err, *backoff)
	}
}

// session is one tunnel of a Listener. It counts the streams handed to Accept,
// so that closing the Listener can wait for them.
type session struct {
	mux *yamux.Session

	mu       sync.Mutex
	open     int
	draining bool
	timer    *time.Timer // ends a drain that takes too long
}

func (s *session) track(st *yamux.Stream, a addr) net.Conn {
	s.mu.Lock()
	s.open++
	s.mu.Unlock()
	return &stream{Conn: st, s: s, addr: a}
}

func (s *session) release() {
	s.mu.Lock()
	s.open--
	last := s.draining && s.open == 0
	if last && s.timer != nil {
		s.timer.Stop()
	}
	s.mu.Unlock()
	if last {
		s.mux.Close()
	}
}

// drain ends the session once its streams are closed.
func (s *session) drain() {
	s.mu.Lock()
	s.draining = true
	if s.open == 0 {
		s.mu.Unlock()
		s.mux.Close()
		return
	}
	s.timer = time.AfterFunc(drainTimeout, func() { s.mux.Close() })
	s.mu.Unlock()
	// The hub's next attempt to open a stream fails at once, instead of waiting
	// for an Accept that will not come.
	s.mux.GoAway()
}

// stream is a connection from the hub. Embedding net.Conn rather than
// *yamux.Stream keeps yamux out of reach of type assertions.
type stream struct {
	net.Conn
	s    *session
	addr addr
	once sync.Once
}

func (c *stream) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.s.release)
	return err
}

func (c *stream) LocalAddr() net.Addr  { return c.addr }
func (c *stream) RemoteAddr() net.Addr { return c.addr }

var _ net.Listener = (*Listener)(nil)
