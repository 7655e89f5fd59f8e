// Package natshttp carries HTTP requests over NATS core messaging, so that one
// process can hand a request to another that holds what the request is about (a
// collaborative room lives in one web replica; see docs/adr/0011-scale-out.md).
//
// A Client's Forward sends the request to a subject; the Server subscribed there runs
// its own http.Handler and streams the response back: the status and headers, then the
// body in chunks as the handler flushes them (so server-sent events arrive frame by
// frame), then an end. Both sides bound what they hold: the request body, the headers,
// the chunks in flight (the client acknowledges what it has written). Each side pings
// the other while an exchange lasts and gives up on a peer silent for three pings; a
// client that goes away cancels the remote handler's request context.
//
// Wire format. To the server's subject: 'R' + uint32 head length + JSON head + body,
// with the client's inbox as the reply subject; 'a' + uvarint seq + inbox (the client
// has written everything up to seq, and is alive); 'c' + inbox (cancel). To the inbox:
// a kind byte ('h' head, 'b' body chunk, 'p' ping, 'e' end; or 'w', a whole
// response: uint32 head length + head + body) + uvarint seq (from 1, no gaps) + payload. Requests and control messages share one subject so that NATS keeps
// them in order: a cancel never overtakes its request.
package natshttp

import (
	"encoding/binary"
	"errors"
	"net/http"
	"strings"
	"time"
)

// Options bound an exchange; Client and Server must agree on Ping. The zero value works.
type Options struct {
	// MaxBody bounds a request body; 0 means 1 MiB. The connection's maximum payload
	// bounds it too.
	MaxBody int64
	// MaxHeaderBytes bounds a request's encoded head (method, URL, headers); 0 means 64 KiB.
	MaxHeaderBytes int
	// Window is how many response messages may be in flight before the server waits
	// for the client's acknowledgement; 0 means 64.
	Window int
	// ChunkSize bounds one body message; 0 means 32 KiB.
	ChunkSize int
	// Ping is the interval of keep-alive messages each way; a peer silent for three of
	// them is given up. 0 means 5 seconds.
	Ping time.Duration
	// MaxExchanges bounds the requests a Server runs at once; 0 means 4,096.
	MaxExchanges int
}

func (o *Options) defaults() {
	if o.MaxBody <= 0 {
		o.MaxBody = 1 << 20
	}
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = 64 << 10
	}
	if o.Window <= 0 {
		o.Window = 64
	}
	if o.ChunkSize <= 0 {
		o.ChunkSize = 32 << 10
	}
	if o.Ping <= 0 {
		o.Ping = 5 * time.Second
	}
	if o.MaxExchanges <= 0 {
		o.MaxExchanges = 4096
	}
}

// Error is a failure of Forward before any of the response was written: Status and
// Msg are what to answer the client with.
type Error struct {
	Status int
	Msg    string
}

func (e *Error) Error() string { return "natshttp: " + e.Msg }

// Errors of Forward.
var (
	// ErrNoPeer means nothing listens on the subject (the peer is gone).
	ErrNoPeer = &Error{Status: http.StatusBadGateway, Msg: "The server that holds this is gone."}
	// ErrTooLarge means the request's body or head is over the limit.
	ErrTooLarge = &Error{Status: http.StatusRequestEntityTooLarge, Msg: "The request is too large to pass on to the server that holds this."}
	// ErrTimeout means the peer went silent.
	ErrTimeout = &Error{Status: http.StatusGatewayTimeout, Msg: "The server that holds this did not answer in time."}
	// ErrProtocol means the peer's messages were lost or malformed.
	ErrProtocol = &Error{Status: http.StatusBadGateway, Msg: "The server that holds this answered badly."}
)

// errClosed is Forward's error once the Client is closed.
var errClosed = &Error{Status: http.StatusServiceUnavailable, Msg: "The server is shutting down."}

// errAborted is returned once the response has begun and the peer stopped sending it.
var errAborted = errors.New("natshttp: the response ended early")

// head is a request's method, URL and headers as sent.
type head struct {
	Method string      `json:"m"`
	URI    string      `json:"u"`
	Host   string      `json:"h"`
	Proto  string      `json:"p"`
	Remote string      `json:"r"`
	TLS    bool        `json:"t,omitempty"`
	Header http.Header `json:"hd"`
}

// respHead is a response's status and headers.
type respHead struct {
	Status int         `json:"s"`
	Header http.Header `json:"h"`
}

// Kinds of messages.
const (
	kindRequest = 'R'
	kindAck     = 'a'
	kindCancel  = 'c'
	kindHead    = 'h'
	kindBody    = 'b'
	kindPing    = 'p'
	kindEnd     = 'e'
	kindWhole   = 'w' // head and body of a response that ended before its first flush
)

// hopHeaders are meaningful for one connection only and are not passed on, as
// net/http/httputil's reverse proxy does.
var hopHeaders = []string{"Connection", "Proxy-Connection", "Keep-Alive", "Proxy-Authenticate",
	"Proxy-Authorization", "Te", "Trailer", "Transfer-Encoding", "Upgrade"}

// cleanHeader copies h without hop-by-hop headers, nor those Connection names.
func cleanHeader(h http.Header) http.Header {
	out := h.Clone()
	if out == nil {
		out = http.Header{}
	}
	for _, v := range out.Values("Connection") {
		for name := range strings.SplitSeq(v, ",") {
			out.Del(strings.TrimSpace(name))
		}
	}
	for _, k := range hopHeaders {
		out.Del(k)
	}
	out.Del("Content-Length")
	return out
}

// frame encodes a response message.
func frame(kind byte, seq uint64, payload []byte) []byte {
	b := make([]byte, 0, 1+binary.MaxVarintLen64+len(payload))
	b = append(b, kind)
	b = binary.AppendUvarint(b, seq)
	return append(b, payload...)
}

// unframe decodes a response message.
func unframe(b []byte) (kind byte, seq uint64, payload []byte, ok bool) {
	if len(b) < 2 {
		return 0, 0, nil, false
	}
	seq, n := binary.Uvarint(b[1:])
	if n <= 0 {
		return 0, 0, nil, false
	}
	return b[0], seq, b[1+n:], true
}
