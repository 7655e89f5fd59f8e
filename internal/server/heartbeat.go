package server

import (
	"context"
	"net/http"
	"time"
)

// heartbeat is GET /gradio_api/heartbeat/{session}: a stream that keeps the session (and
// its State) alive while the page is open. Every open tab holds one, for as long as it
// is open, so an idle one must cost little: where it can, the server takes the
// connection over from net/http and parks it in a set that one goroutine serves (see
// idleSet), which costs about 1 KB per connection instead of the 25-30 KB of a handler
// goroutine with its buffers. Elsewhere (HTTP/2, TLS, other systems, a ResponseWriter
// that cannot be hijacked) it is served here.
func (s *Server) heartbeat(w http.ResponseWriter, r *http.Request) {
	session := r.PathValue("session")
	if !validSession(w, session) {
		return
	}
	release := s.o.Engine.Hold(session)
	if s.park(w, r, release) {
		return
	}
	defer release()
	out := startSSE(w)
	defer out.done()
	tick := time.NewTicker(s.o.Heartbeat)
	defer tick.Stop()
	for {
		out.buf = append(out.buf, "data: ALIVE\n\n"...)
		if out.flush() != nil {
			return
		}
		select {
		case <-tick.C:
		case <-r.Context().Done():
			return
		}
	}
}

// park hands a heartbeat connection to the shared idle set; false means it was not
// taken and the caller serves it.
func (s *Server) park(w http.ResponseWriter, r *http.Request, release func()) bool {
	if !idleSupported || r.ProtoMajor != 1 || r.ProtoMinor != 1 || r.TLS != nil {
		return false
	}
	s.idleMu.Lock()
	if s.closed || s.noIdle {
		s.idleMu.Unlock()
		return false
	}
	if s.idle == nil {
		set, err := newIdleSet(s.o.Heartbeat)
		if err != nil {
			s.o.Logger.Warn("gradio: serving heartbeats with a goroutine each", "error", err)
			s.noIdle = true
			s.idleMu.Unlock()
			return false
		}
		s.idle = set
	}
	set := s.idle
	s.idleMu.Unlock()
	return set.adopt(w, r, release)
}

// Close ends the heartbeat streams the server has taken over (each with the end of its
// response, as when a handler returns) and waits, until ctx ends, for their sessions to
// be released. Streams served by handlers end with their requests' contexts.
func (s *Server) Close(ctx context.Context) error {
	s.idleMu.Lock()
	set := s.idle
	s.closed = true
	s.idleMu.Unlock()
	if set == nil {
		return nil
	}
	return set.close(ctx)
}

// sseHead is the response head of a taken-over heartbeat stream: the headers startSSE
// and net/http would send (and any a middleware set), with chunked framing. The
// connection is not reused afterwards.
func sseHead(h http.Header) []byte {
	h = h.Clone()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	h.Set("Date", time.Now().UTC().Format(http.TimeFormat))
	h.Set("Transfer-Encoding", "chunked")
	h.Set("Connection", "close")
	h.Del("Content-Length")
	b := []byte("HTTP/1.1 200 OK\r\n")
	_ = h.Write(bytesWriter{&b})
	return append(b, "\r\n"...)
}

type bytesWriter struct{ b *[]byte }

func (w bytesWriter) Write(p []byte) (int, error) { *w.b = append(*w.b, p...); return len(p), nil }

// Frames of a taken-over stream, with chunked framing ("data: ALIVE\n\n" is 0xd bytes).
var (
	aliveChunk = []byte("d\r\ndata: ALIVE\n\n\r\n")
	lastChunk  = []byte("0\r\n\r\n")
)
