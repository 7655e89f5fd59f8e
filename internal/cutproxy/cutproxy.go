// Package cutproxy is a TCP proxy for tests whose connections can be cut, as a flaky
// network or a proxy's restart does, without any hook in the app under test. It serves
// the reconnection tests of package client and of e2e.
package cutproxy

import (
	"bytes"
	"io"
	"net"
	"sync"
	"testing"
	"time"
)

// Proxy is a TCP proxy between clients and an app.
type Proxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	conns map[net.Conn]net.Conn // client side -> app side
	sent  bytes.Buffer          // what clients sent, to check their requests
	down  time.Time             // until when new connections are dropped at once
	wg    sync.WaitGroup
}

// New starts a proxy to target (host:port), closed when the test ends.
func New(t testing.TB, target string) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{ln: ln, target: target, conns: map[net.Conn]net.Conn{}}
	p.wg.Add(1)
	go p.serve()
	t.Cleanup(p.close)
	return p
}

// URL is the proxy's http URL.
func (p *Proxy) URL() string { return "http://" + p.ln.Addr().String() }

func (p *Proxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := time.Now().Before(p.down)
		p.mu.Unlock()
		if down {
			c.Close()
			continue
		}
		u, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns[c] = u
		p.mu.Unlock()
		p.wg.Add(2)
		go func() {
			defer p.wg.Done()
			_, _ = io.Copy(u, io.TeeReader(c, (*lockedWriter)(p)))
			// After a cut, the app's side is cut's to close.
			p.mu.Lock()
			_, live := p.conns[c]
			delete(p.conns, c)
			p.mu.Unlock()
			if live {
				u.Close()
			}
		}()
		go func() {
			defer p.wg.Done()
			_, _ = io.Copy(c, u)
			c.Close()
		}()
	}
}

// Cut drops every open connection: the clients' sides at once, the app's sides after
// hold, meanwhile reading and discarding what the app still sends. Those bytes are
// lost as they are when a proxy dies with data in flight, so the clients only get them
// again by resuming.
func (p *Proxy) Cut(hold time.Duration) {
	p.mu.Lock()
	conns := p.conns
	p.conns = map[net.Conn]net.Conn{}
	p.mu.Unlock()
	for c, u := range conns {
		c.Close()
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			_ = u.SetReadDeadline(time.Now().Add(hold))
			_, _ = io.Copy(io.Discard, u)
			u.Close()
		}()
	}
}

// lockedWriter appends to the proxy's record of what clients sent.
type lockedWriter Proxy

func (w *lockedWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.sent.Write(b)
}

// Requests returns what clients have sent so far.
func (p *Proxy) Requests() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.sent.String()
}

// Refuse drops new connections at once for d, as a proxy does while it restarts.
func (p *Proxy) Refuse(d time.Duration) {
	p.mu.Lock()
	p.down = time.Now().Add(d)
	p.mu.Unlock()
}

func (p *Proxy) close() {
	p.ln.Close()
	p.Cut(0)
	p.wg.Wait()
}
