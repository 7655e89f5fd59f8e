package server

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
)

// sse writes a text/event-stream response. Frames are buffered and sent with flush, so a
// burst of messages costs one write.
type sse struct {
	w   http.ResponseWriter
	rc  *http.ResponseController
	buf []byte
}

func startSSE(w http.ResponseWriter) *sse {
	h := w.Header()
	// Canonical keys, set directly: this runs for every queued call.
	h["Content-Type"] = []string{"text/event-stream; charset=utf-8"}
	h["Cache-Control"] = []string{"no-cache"}
	// Keep proxies such as nginx from holding frames back.
	h["X-Accel-Buffering"] = []string{"no"}
	w.WriteHeader(http.StatusOK)
	return &sse{w: w, rc: http.NewResponseController(w), buf: (*sseBufs.Get().(*[]byte))[:0]}
}

// sseBufs recycles the frame buffers of finished streams: most streams are short (a
// queued call's four messages), and a fresh buffer for each was a tenth of the bytes a
// queued call allocated.
var sseBufs = sync.Pool{New: func() any { b := make([]byte, 0, 2048); return &b }}

// done hands the stream's buffer back; the stream must not be used afterwards.
func (s *sse) done() {
	if cap(s.buf) <= 64<<10 {
		b := s.buf[:0]
		sseBufs.Put(&b)
	}
	s.buf = nil
}

// data queues a "data: <json>" frame: the only kind /queue/data may carry, since the
// Python client rejects any other line.
func (s *sse) data(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	s.raw(b)
	return nil
}

// id queues the "id: <n>" line of the next frame, with which a client resumes.
func (s *sse) id(n uint64) {
	s.buf = append(s.buf, "id: "...)
	s.buf = strconv.AppendUint(s.buf, n, 10)
	s.buf = append(s.buf, '\n')
}

func (s *sse) raw(b []byte) {
	s.buf = append(s.buf, "data: "...)
	s.buf = append(s.buf, b...)
	s.buf = append(s.buf, "\n\n"...)
}

// event queues a named "event: <name>\ndata: <json>" frame, as the curl API uses.
func (s *sse) event(name string, b []byte) {
	s.buf = append(s.buf, "event: "...)
	s.buf = append(s.buf, name...)
	s.buf = append(s.buf, '\n')
	s.raw(b)
}

func (s *sse) flush() error {
	if len(s.buf) == 0 {
		return nil
	}
	_, err := s.w.Write(s.buf)
	s.buf = s.buf[:0]
	if err != nil {
		return err
	}
	return s.rc.Flush()
}
