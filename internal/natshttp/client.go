package natshttp

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
)

// Client forwards requests over a NATS connection.
type Client struct {
	nc   *nats.Conn
	o    Options
	done chan struct{} // closed by Close
	once sync.Once
}

// NewClient returns a client on nc, which stays the caller's to close.
func NewClient(nc *nats.Conn, o Options) *Client {
	o.defaults()
	return &Client{nc: nc, o: o, done: make(chan struct{})}
}

// Close ends the requests being forwarded (their remote handlers are cancelled) and
// makes later ones fail at once; call it before closing the connection, so that they
// do not wait for a silent peer.
func (c *Client) Close() { c.once.Do(func() { close(c.done) }) }

// Forward sends r to the Server on subject and writes its response to w, flushing
// each chunk as it arrives, until the remote handler returns. If the client goes away
// the remote handler's request is cancelled.
//
// Forward reads r's body. If it fails before writing anything it returns an *Error
// (ErrNoPeer, ErrTooLarge, ErrTimeout, ErrProtocol) and puts the body it read back in
// r.Body, so the caller may answer, or serve the request another way. Once the
// response has begun, a failure ends it early and is returned as a plain error.
func (c *Client) Forward(w http.ResponseWriter, r *http.Request, subject string) error {
	select {
	case <-c.done:
		return errClosed
	default:
	}
	req, err := c.encode(r)
	if err != nil {
		return err
	}
	inbox := c.nc.NewInbox()
	// The server sends at most Window messages ahead of the acknowledgements; the
	// rest of the room is for a no-responders status.
	ch := make(chan *nats.Msg, c.o.Window+8)
	sub, err := c.nc.ChanSubscribe(inbox, ch)
	if err != nil {
		return &Error{Status: http.StatusServiceUnavailable, Msg: "NATS is not available."}
	}
	defer func() { _ = sub.Unsubscribe() }()
	if err := c.nc.PublishMsg(&nats.Msg{Subject: subject, Reply: inbox, Data: req}); err != nil {
		return &Error{Status: http.StatusServiceUnavailable, Msg: "NATS is not available."}
	}
	x := &exchangeClient{c: c, subject: subject, inbox: inbox}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { x.keepAlive(stop) })
	defer wg.Wait()
	defer close(stop)
	err = x.read(w, r, ch)
	if err != nil && !x.ended {
		_ = c.nc.Publish(subject, append([]byte{kindCancel}, inbox...))
	}
	return err
}

// encode makes the request message, refusing what is over the limits.
func (c *Client) encode(r *http.Request) ([]byte, error) {
	limit := min(c.o.MaxBody, c.nc.MaxPayload()-int64(c.o.MaxHeaderBytes)-8)
	var body []byte
	if r.Body != nil && r.Body != http.NoBody {
		var err error
		body, err = io.ReadAll(io.LimitReader(r.Body, limit+1))
		r.Body = io.NopCloser(bytes.NewReader(body))
		if err != nil {
			return nil, &Error{Status: http.StatusBadRequest, Msg: "The request body could not be read."}
		}
		if int64(len(body)) > limit {
			return nil, ErrTooLarge
		}
	}
	h := head{Method: r.Method, URI: r.URL.RequestURI(), Host: r.Host, Proto: r.Proto, Remote: r.RemoteAddr,
		TLS: r.TLS != nil, Header: cleanHeader(r.Header)}
	hb, err := json.Marshal(&h)
	if err != nil || len(hb) > c.o.MaxHeaderBytes {
		return nil, ErrTooLarge
	}
	msg := make([]byte, 0, 5+len(hb)+len(body))
	msg = append(msg, kindRequest)
	msg = binary.BigEndian.AppendUint32(msg, uint32(len(hb)))
	msg = append(msg, hb...)
	return append(msg, body...), nil
}

// exchangeClient is one forwarded request on the client's side.
type exchangeClient struct {
	c       *Client
	subject string
	inbox   string
	done    atomic.Uint64 // the last message written to the client
	acked   uint64        // the last seq acknowledged; read's own
	wrote   bool          // the response has begun
	ended   bool          // the server sent the end
}

// keepAlive tells the server, every Ping, how far the client has written, which also
// says it is alive while it waits for a slow client.
func (x *exchangeClient) keepAlive(stop <-chan struct{}) {
	t := time.NewTicker(x.c.o.Ping)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			x.ack(x.done.Load())
		}
	}
}

func (x *exchangeClient) ack(seq uint64) {
	b := make([]byte, 0, 1+binary.MaxVarintLen64+len(x.inbox))
	b = append(b, kindAck)
	b = binary.AppendUvarint(b, seq)
	_ = x.c.nc.Publish(x.subject, append(b, x.inbox...))
}

// read copies the server's messages to w until the end.
func (x *exchangeClient) read(w http.ResponseWriter, r *http.Request, ch <-chan *nats.Msg) error {
	// A live server sends something within half a ping (its watch pings an exchange
	// that has sent nothing), so the first message is waited for one ping only.
	silent := 3 * x.c.o.Ping
	timer := time.NewTimer(x.c.o.Ping)
	defer timer.Stop()
	rc := http.NewResponseController(w)
	var next uint64 = 1
	for {
		var m *nats.Msg
		select {
		case <-r.Context().Done():
			return r.Context().Err()
		case <-timer.C:
			return x.fail(ErrTimeout)
		case <-x.c.done:
			return x.fail(errClosed)
		case m = <-ch:
		}
		timer.Reset(silent)
		if !x.wrote && next == 1 && len(m.Data) == 0 && m.Header.Get("Status") == "503" {
			return ErrNoPeer
		}
		kind, seq, payload, ok := unframe(m.Data)
		if !ok || seq != next {
			return x.fail(ErrProtocol) // lost or garbled: the response cannot be trusted
		}
		next++
		switch kind {
		case kindHead:
			if x.wrote || !x.writeHead(w, payload) {
				return x.fail(ErrProtocol)
			}
		case kindWhole:
			if x.wrote || len(payload) < 4 {
				return x.fail(ErrProtocol)
			}
			n := binary.BigEndian.Uint32(payload)
			if int64(n) > int64(len(payload)-4) || !x.writeHead(w, payload[4:4+n]) {
				return x.fail(ErrProtocol)
			}
			x.ended = true
			_, err := w.Write(payload[4+n:])
			return err
		case kindBody:
			if !x.wrote {
				return x.fail(ErrProtocol)
			}
			if _, err := w.Write(payload); err != nil {
				return err
			}
		case kindPing:
		case kindEnd:
			x.ended = true
			if len(payload) > 0 || !x.wrote {
				return x.fail(ErrProtocol) // the handler failed, or the server is stopping
			}
			return nil
		default:
			return x.fail(ErrProtocol)
		}
		// The server sent this much at a flush of its handler: it goes to the client
		// now, unless more is already here.
		if (kind == kindHead || kind == kindBody) && len(ch) == 0 {
			if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
				return err
			}
		}
		x.done.Store(seq)
		if seq-x.acked >= uint64(x.c.o.Window/2) {
			x.acked = seq
			x.ack(seq)
		}
	}
}

// writeHead writes the response's status and headers from a head message.
func (x *exchangeClient) writeHead(w http.ResponseWriter, b []byte) bool {
	var h respHead
	if json.Unmarshal(b, &h) != nil || h.Status < 100 || h.Status > 999 {
		return false
	}
	for k, v := range cleanHeader(h.Header) {
		w.Header()[k] = v
	}
	if v := h.Header.Get("Content-Length"); v != "" {
		w.Header().Set("Content-Length", v)
	}
	w.WriteHeader(h.Status)
	x.wrote = true
	return true
}

// fail turns err into what Forward returns: an *Error before the response began, a
// plain error after.
func (x *exchangeClient) fail(err *Error) error {
	if x.wrote {
		return errAborted
	}
	return err
}
