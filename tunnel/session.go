package tunnel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/coder/websocket"
	"github.com/hashicorp/yamux"
)

// registerTimeout bounds the wait for the Register message, so that a client that
// upgrades and goes quiet does not hold the hub's goroutine. A variable for tests.
var registerTimeout = 10 * time.Second

// writeTimeout bounds writing one handshake message.
const writeTimeout = 10 * time.Second

// muxConfig is the yamux configuration of both ends.
func muxConfig() *yamux.Config {
	c := yamux.DefaultConfig()
	// Pings every 15 s notice a dead peer, and keep idle load balancers (which
	// often drop connections after 60 s) from closing the tunnel.
	c.KeepAliveInterval = 15 * time.Second
	// A frame is at most one stream window; 30 s leaves room for a slow uplink
	// before the tunnel is declared dead.
	c.ConnectionWriteTimeout = 30 * time.Second
	// A 1 MiB window keeps a single upload or download fast over a long round
	// trip (1 MiB per RTT instead of the default 256 KiB).
	c.MaxStreamWindowSize = 1 << 20
	c.LogOutput = io.Discard
	return c
}

// Accept upgrades a request to a tunnel and reads the app's Register message. The
// hub authenticates the request before calling it. Accept refuses a malformed or
// oversized Register itself (with retry false) and gives up after 10 s without
// one; on error it has already answered the client.
//
// The caller must answer the Pending with exactly one of Welcome or Refuse.
func Accept(w http.ResponseWriter, r *http.Request) (*Pending, error) {
	ws, err := websocket.Accept(w, r, nil)
	if err != nil {
		return nil, fmt.Errorf("tunnel: %w", err)
	}
	reg, err := readRegister(r.Context(), ws)
	if err != nil {
		if bad, ok := errors.AsType[*badRegister](err); ok {
			refuse(ws, bad.Error(), false)
		} else {
			ws.CloseNow()
		}
		return nil, err
	}
	return &Pending{ws: ws, reg: reg, remote: r.RemoteAddr}, nil
}

// badRegister is a Register the client should be told about.
type badRegister struct{ err error }

func (e *badRegister) Error() string { return "bad register message: " + e.err.Error() }
func (e *badRegister) Unwrap() error { return e.err }

func readRegister(ctx context.Context, ws *websocket.Conn) (Register, error) {
	ctx, cancel := context.WithTimeout(ctx, registerTimeout)
	defer cancel()
	// Reading one byte past the limit tells "too big" from "exactly at the limit"
	// without buffering more; the websocket's own limit must not trip first, as it
	// would close the connection before the refusal is sent.
	ws.SetReadLimit(maxRegisterSize + 1)
	typ, rd, err := ws.Reader(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return Register{}, fmt.Errorf("tunnel: no register message within %v", registerTimeout)
		}
		return Register{}, fmt.Errorf("tunnel: reading register message: %w", err)
	}
	if typ != websocket.MessageText {
		return Register{}, &badRegister{errors.New("not a text message")}
	}
	data, err := io.ReadAll(io.LimitReader(rd, maxRegisterSize+1))
	if err != nil {
		return Register{}, fmt.Errorf("tunnel: reading register message: %w", err)
	}
	reg, err := decodeRegister(data)
	if err != nil {
		return Register{}, &badRegister{err}
	}
	return reg, nil
}

// refuse sends a refusal and closes the connection.
func refuse(ws *websocket.Conn, msg string, retry bool) error {
	data, _ := json.Marshal(reply{Error: msg, Retry: retry})
	ctx, cancel := context.WithTimeout(context.Background(), writeTimeout)
	defer cancel()
	if err := ws.Write(ctx, websocket.MessageText, data); err != nil {
		ws.CloseNow()
		return fmt.Errorf("tunnel: sending refusal: %w", err)
	}
	ws.Close(websocket.StatusPolicyViolation, "refused")
	return nil
}

// Pending is a tunnel whose Register the hub has read but not yet answered.
type Pending struct {
	ws       *websocket.Conn
	reg      Register
	remote   string
	mu       sync.Mutex
	answered bool
}

// Register returns the app's Register message, already checked against the
// limits documented on [Register].
func (p *Pending) Register() Register { return p.reg }

// answer reports whether p may still be answered, and marks it answered.
func (p *Pending) answer() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	ok := !p.answered
	p.answered = true
	return ok
}

var errAnswered = errors.New("tunnel: pending tunnel already answered")

// Refuse sends the app a refusal and closes the connection. With retry false the
// app stops reconnecting; use it for answers that will not change by themselves
// (unknown app, no permission), and retry true for passing trouble.
func (p *Pending) Refuse(msg string, retry bool) error {
	if !p.answer() {
		return errAnswered
	}
	return refuse(p.ws, msg, retry)
}

// Welcome sends the app its Welcome and starts the tunnel. The Session lives on
// after the HTTP handler returns, until either end closes it.
func (p *Pending) Welcome(w Welcome) (*Session, error) {
	if !p.answer() {
		return nil, errAnswered
	}
	data, _ := json.Marshal(welcomeReply(w))
	ctx, cancel := context.WithTimeout(context.Background(), writeTimeout)
	defer cancel()
	if err := p.ws.Write(ctx, websocket.MessageText, data); err != nil {
		p.ws.CloseNow()
		return nil, fmt.Errorf("tunnel: sending welcome: %w", err)
	}
	// NetConn lifts the 32 KiB read limit: a yamux frame may be a whole 1 MiB
	// window, and NetConn streams messages instead of buffering them.
	// Its context is not the request's, which ends with the handler.
	nc := websocket.NetConn(context.Background(), p.ws, websocket.MessageBinary)
	mux, err := yamux.Client(nc, muxConfig())
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("tunnel: %w", err)
	}
	s := &Session{RemoteAddr: p.remote, mux: mux}
	s.tr = &http.Transport{
		// Proxy stays nil: the environment's proxy must never see tunnel traffic.
		DialContext:         func(ctx context.Context, _, _ string) (net.Conn, error) { return s.Dial(ctx) },
		MaxIdleConnsPerHost: 64,
		IdleConnTimeout:     90 * time.Second,
		// A reverse proxy passes the client's Accept-Encoding through; it must
		// not add its own and decompress behind the client's back.
		DisableCompression:    true,
		ExpectContinueTimeout: time.Second,
	}
	return s, nil
}

// Session is the hub's end of a live tunnel. Its methods are safe for concurrent use.
type Session struct {
	// RemoteAddr is the app's address as the hub saw it (the request's RemoteAddr).
	RemoteAddr string

	mux *yamux.Session
	tr  *http.Transport
}

// Dial opens a new connection to the app's HTTP server. It fails once the tunnel is
// closed or the app has begun shutting down. It does not wait for the app to
// answer, only (rarely) for room in the send queue or for the app to accept
// earlier streams when 256 are pending; ctx is checked first, not during that wait.
func (s *Session) Dial(ctx context.Context) (net.Conn, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, err := s.mux.OpenStream()
	if err != nil {
		return nil, fmt.Errorf("tunnel: %w", err)
	}
	return c, nil
}

// Transport returns an HTTP transport that reaches the app through the tunnel, for
// [net/http/httputil.ReverseProxy]; set its FlushInterval to -1 so that streamed
// responses pass at once. Requests must use the http scheme, as the app serves
// plain HTTP inside the tunnel (which has the WebSocket's TLS, if any); the URL's
// host is only a label. The transport keeps up to
// 64 idle connections and closes them with the Session.
func (s *Session) Transport() *http.Transport { return s.tr }

// Done is closed when the tunnel ends, whichever end closed it.
func (s *Session) Done() <-chan struct{} { return s.mux.CloseChan() }

// Close ends the tunnel and every connection through it. The app reconnects
// unless it is shutting down.
func (s *Session) Close() error {
	err := s.mux.Close()
	s.tr.CloseIdleConnections()
	return err
}
