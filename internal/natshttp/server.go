package natshttp

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
)

// Server runs the requests sent to its subject with an http.Handler.
type Server struct {
	nc  *nats.Conn
	o   Options
	h   http.Handler
	log *slog.Logger
	sub *nats.Subscription

	ctx    context.Context // ends with Close: cancels every running request
	cancel context.CancelFunc
	mu     sync.Mutex
	closed bool
	live   map[string]*exchange // by the client's inbox
	wg     sync.WaitGroup
}

// Serve subscribes to subject and runs the requests sent there with h until Close.
// nc stays the caller's to close, after Close.
func Serve(nc *nats.Conn, subject string, h http.Handler, o Options, log *slog.Logger) (*Server, error) {
	o.defaults()
	if log == nil {
		log = slog.Default()
	}
	s := &Server{nc: nc, o: o, h: h, log: log, live: make(map[string]*exchange)}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	sub, err := nc.Subscribe(subject, s.receive)
	if err != nil {
		s.cancel()
		return nil, err
	}
	s.sub = sub
	// The subscription must reach the NATS server before a client is told of it, or
	// the client's first request finds no one.
	if err := nc.FlushTimeout(10 * time.Second); err != nil {
		_ = sub.Unsubscribe()
		s.cancel()
		return nil, err
	}
	return s, nil
}

// Close stops taking requests, cancels the running ones and waits for their handlers.
func (s *Server) Close() {
	_ = s.sub.Unsubscribe()
	// Once the NATS server has the unsubscribe, a request finds no one at once
	// (ErrNoPeer) rather than going unanswered.
	_ = s.nc.FlushTimeout(time.Second)
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.cancel()
	s.wg.Wait()
}

// receive takes one message; it runs on the subscription's goroutine, so requests and
// their control messages are taken in the order each client sent them.
func (s *Server) receive(m *nats.Msg) {
	if len(m.Data) == 0 {
		return
	}
	switch m.Data[0] {
	case kindRequest:
		s.start(m)
	case kindAck:
		seq, n := binary.Uvarint(m.Data[1:])
		if n <= 0 {
			return
		}
		if x := s.find(string(m.Data[1+n:])); x != nil {
			x.acked(seq)
		}
	case kindCancel:
		if x := s.find(string(m.Data[1:])); x != nil {
			x.stop()
		}
	}
}

func (s *Server) find(inbox string) *exchange {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.live[inbox]
}

// start decodes a request and runs it in a goroutine of its own.
func (s *Server) start(m *nats.Msg) {
	if m.Reply == "" {
		return
	}
	x := &exchange{s: s, inbox: m.Reply, credit: make(chan struct{}, 1), heard: time.Now()}
	x.ctx, x.stop = context.WithCancel(s.ctx)
	req, err := s.decode(x.ctx, m.Data[1:])
	s.mu.Lock()
	switch {
	case s.closed:
		s.mu.Unlock()
		x.stop()
		x.refuse(http.StatusServiceUnavailable) // taken while closing: say so rather than go silent
		return
	case err != nil || len(s.live) >= s.o.MaxExchanges || s.live[x.inbox] != nil:
		s.mu.Unlock()
		x.stop()
		status := http.StatusBadRequest
		if err == nil {
			status = http.StatusServiceUnavailable
		}
		x.refuse(status)
		return
	}
	s.live[x.inbox] = x
	s.wg.Add(1)
	s.mu.Unlock()
	go x.run(req)
}

// decode rebuilds the request a client sent.
func (s *Server) decode(ctx context.Context, b []byte) (*http.Request, error) {
	if len(b) < 4 {
		return nil, errors.New("short request")
	}
	n := binary.BigEndian.Uint32(b)
	if int64(n) > int64(len(b)-4) || int(n) > s.o.MaxHeaderBytes {
		return nil, errors.New("bad head")
	}
	var h head
	if err := json.Unmarshal(b[4:4+n], &h); err != nil {
		return nil, err
	}
	body := b[4+n:]
	if int64(len(body)) > s.o.MaxBody {
		return nil, errors.New("body too large")
	}
	u, err := url.ParseRequestURI(h.URI)
	if err != nil || !strings.HasPrefix(h.URI, "/") {
		return nil, errors.New("bad URL")
	}
	major, minor, ok := http.ParseHTTPVersion(h.Proto)
	if !ok {
		h.Proto, major, minor = "HTTP/1.1", 1, 1
	}
	if h.Header == nil {
		h.Header = http.Header{}
	}
	r := &http.Request{Method: h.Method, URL: u, Proto: h.Proto, ProtoMajor: major, ProtoMinor: minor,
		Header: h.Header, Body: io.NopCloser(bytes.NewReader(body)), ContentLength: int64(len(body)),
		Host: h.Host, RemoteAddr: h.Remote, RequestURI: h.URI}
	if len(body) == 0 {
		r.Body = http.NoBody
	}
	if h.TLS {
		r.TLS = &tls.ConnectionState{HandshakeComplete: true} // what handlers check: was it https
	}
	return r.WithContext(ctx), nil
}

// exchange is one request on the server's side.
type exchange struct {
	s      *Server
	inbox  string
	ctx    context.Context
	stop   context.CancelFunc
	credit chan struct{} // signalled when an acknowledgement arrives

	mu    sync.Mutex
	seq   uint64    // the last message sent
	ack   uint64    // the last message the client wrote
	heard time.Time // when the client last spoke
	sent  time.Time // when the last message went
}

func (x *exchange) acked(seq uint64) {
	x.mu.Lock()
	x.ack = max(x.ack, min(seq, x.seq))
	x.heard = time.Now()
	x.mu.Unlock()
	select {
	case x.credit <- struct{}{}:
	default:
	}
}

// send publishes one message; with wait it first waits for room in the window, else
// (pings, the end) it goes at once or, for a ping, not at all.
func (x *exchange) send(kind byte, payload []byte, wait bool) error {
	for {
		x.mu.Lock()
		if x.seq-x.ack < uint64(x.s.o.Window) || kind == kindEnd {
			x.seq++
			x.sent = time.Now()
			err := x.s.nc.Publish(x.inbox, frame(kind, x.seq, payload))
			x.mu.Unlock()
			return err
		}
		x.mu.Unlock()
		if !wait {
			return nil
		}
		select {
		case <-x.credit:
		case <-x.ctx.Done():
			return x.ctx.Err()
		}
	}
}

// refuse answers a request that will not run.
func (x *exchange) refuse(status int) {
	b, _ := json.Marshal(&respHead{Status: status, Header: http.Header{"Content-Length": {"0"}}})
	_ = x.send(kindHead, b, false)
	_ = x.send(kindEnd, nil, false)
}

func (x *exchange) run(r *http.Request) {
	defer x.s.wg.Done()
	defer func() {
		x.s.mu.Lock()
		delete(x.s.live, x.inbox)
		x.s.mu.Unlock()
	}()
	var wg sync.WaitGroup
	wg.Go(x.watch)
	defer wg.Wait()
	defer x.stop()
	w := &writer{x: x, header: http.Header{}}
	failed := !x.serve(w, r)
	if !failed && x.ctx.Err() == nil && !w.headed {
		// The whole response is here: it goes in one message, the common case of a
		// small JSON answer costing one message instead of three.
		if w.status == 0 {
			w.status = http.StatusOK
		}
		b, err := json.Marshal(&respHead{Status: w.status, Header: w.header})
		if err == nil {
			msg := binary.BigEndian.AppendUint32(make([]byte, 0, 4+len(b)+len(w.buf)), uint32(len(b)))
			err = x.send(kindWhole, append(append(msg, b...), w.buf...), true)
		}
		if err != nil {
			_ = x.send(kindEnd, []byte("aborted"), false)
		}
		return
	}
	if !failed && x.ctx.Err() == nil {
		failed = w.FlushError() != nil
	}
	if failed || x.ctx.Err() != nil {
		_ = x.send(kindEnd, []byte("aborted"), false)
		return
	}
	_ = x.send(kindEnd, nil, false)
}

// serve runs the handler; a panic aborts the response, as net/http does.
func (x *exchange) serve(w *writer, r *http.Request) (ok bool) {
	defer func() {
		if v := recover(); v != nil {
			if v != http.ErrAbortHandler {
				x.s.log.Error("natshttp: a handler panicked", "url", r.URL.String(), "panic", v)
			}
			ok = false
		}
	}()
	x.s.h.ServeHTTP(w, r)
	return true
}

// watch pings the client while the handler runs, and cancels the request once the
// client has been silent for three pings.
func (x *exchange) watch() {
	t := time.NewTicker(x.s.o.Ping / 2)
	defer t.Stop()
	for {
		select {
		case <-x.ctx.Done():
			return
		case now := <-t.C:
			x.mu.Lock()
			heard, sent := x.heard, x.sent
			x.mu.Unlock()
			if now.Sub(heard) > 3*x.s.o.Ping {
				x.stop()
				return
			}
			if now.Sub(sent) >= x.s.o.Ping {
				_ = x.send(kindPing, nil, false)
			}
		}
	}
}

// writer is the handler's http.ResponseWriter: it keeps up to a chunk and sends it
// when full or flushed.
type writer struct {
	x      *exchange
	header http.Header
	status int
	headed bool // the head is sent
	buf    []byte
}

func (w *writer) Header() http.Header { return w.header }

func (w *writer) WriteHeader(code int) {
	if w.status != 0 || code < 200 {
		return // informational responses are not passed on
	}
	w.status = code
}

func (w *writer) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if err := w.x.ctx.Err(); err != nil {
		return 0, err
	}
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), w.x.s.o.ChunkSize-len(w.buf))
		w.buf = append(w.buf, p[:k]...)
		p = p[k:]
		if len(w.buf) == w.x.s.o.ChunkSize {
			if err := w.FlushError(); err != nil {
				return n - len(p), err
			}
		}
	}
	return n, nil
}

// FlushError sends the head if it has not gone, and what is buffered.
func (w *writer) FlushError() error {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if !w.headed {
		b, err := json.Marshal(&respHead{Status: w.status, Header: w.header})
		if err != nil {
			return err
		}
		if err := w.x.send(kindHead, b, true); err != nil {
			return err
		}
		w.headed = true
	}
	if len(w.buf) == 0 {
		return nil
	}
	if err := w.x.send(kindBody, w.buf, true); err != nil {
		return err
	}
	w.buf = w.buf[:0]
	return nil
}

// Flush is http.Flusher's.
func (w *writer) Flush() { _ = w.FlushError() }
