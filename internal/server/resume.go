package server

import (
	"net/http"
	"strings"

	"github.com/gradio-go/gradio/internal/wire"
)

// Resuming streams. Every queue message has a number (queue.Message.Seq); streams
// whose client can read SSE ids carry it in an "id:" line, and a client that
// reconnects with Last-Event-ID (as EventSource does by itself) gets the messages it
// missed, including a completion read moments before the connection dropped.

// lastEventID reads the client's Last-Event-ID header, or the last_event_id query
// parameter for clients that cannot set headers (an EventSource's first request, a
// poller). ok is false when there is none or it is not a number we could have sent,
// in which case the stream starts with what is unread, as without resumes.
func lastEventID(r *http.Request) (id uint64, ok bool) {
	v := r.Header.Get("Last-Event-ID")
	if v == "" {
		v = r.URL.Query().Get("last_event_id")
	}
	return wire.ParseEventID(v)
}

// wantIDs reports whether a stream may carry "id:" lines: only for clients that
// asked for an event stream (browsers' EventSource, @gradio/client, our web UI and Go
// client all send Accept: text/event-stream) or are resuming. The Python client
// (Accept: */*) rejects any line but "data:", and curl users see the frames as sent.
func wantIDs(r *http.Request, resume bool) bool {
	return resume || strings.Contains(r.Header.Get("Accept"), "text/event-stream")
}
