package server

import (
	"encoding/json"
	"net/http"
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
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	// Keep proxies such as nginx from holding frames back.
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	return &sse{w: w, rc: http.NewResponseController(w), buf: make([]byte, 0, 2048)}
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
