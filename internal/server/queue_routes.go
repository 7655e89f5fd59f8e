package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// join is POST /gradio_api/queue/join: validate and decode the inputs, queue the event and
// answer its id; its messages wait in the session's mailbox for /queue/data.
func (s *Server) join(w http.ResponseWriter, r *http.Request) {
	var body predictBody
	if err := decodeBody(w, r, s.o.MaxBodyBytes, &body); err != nil {
		writeBodyError(w, err)
		return
	}
	switch {
	case body.Data == nil:
		writeDetail(w, http.StatusBadRequest, `Field "data" is required: an array with one value per input.`)
		return
	case body.SessionHash == nil || *body.SessionHash == "":
		writeDetail(w, http.StatusBadRequest, "Session hash not found.")
		return
	case body.FnIndex == nil:
		writeDetail(w, http.StatusBadRequest, "No function index provided.")
		return
	}
	fn := s.fn(w, *body.FnIndex, *body.SessionHash)
	if fn == nil {
		return
	}
	if !s.allowCall(w, r, fn, *body.SessionHash, false, true) {
		return
	}
	tap, ok := s.roomTap(w, r, fn)
	if !ok {
		return
	}
	id, status, msg := s.enqueue(r, fn, *body.Data, body.EventData, *body.SessionHash, false, tap)
	if status != http.StatusOK {
		writeDetail(w, status, msg)
		return
	}
	writeEventID(w, id)
}

// writeEventID answers {"event_id": id}. Ids are hex, so no escaping is needed.
func writeEventID(w http.ResponseWriter, id string) {
	b := make([]byte, 0, len(id)+16)
	b = append(b, `{"event_id":"`...)
	b = append(b, id...)
	writeRawJSON(w, http.StatusOK, append(b, `"}`...))
}

// enqueue prepares and queues one call; tap, if not nil, also sees its messages. It returns the event id, or a status and a
// message for the client.
func (s *Server) enqueue(r *http.Request, fn *Fn, data []json.RawMessage, eventData json.RawMessage, session string, simple bool, tap func(queue.Message)) (string, int, string) {
	if !fn.Backend {
		return "", http.StatusBadRequest, fmt.Sprintf("Function %d runs in the browser only and cannot be called.", fn.Index)
	}
	id := queue.NewID()
	if session == "" {
		session = id
	}
	c := &Call{Data: data, EventData: eventData, Session: session, EventID: id, Root: s.root(r), Request: r}
	payload, err := fn.Prepare(r.Context(), c)
	if err != nil {
		return "", http.StatusBadRequest, err.Error()
	}
	linger := r.Header.Get("X-Gradio-User") != ""
	ev := &queue.Event{ID: id, Session: session, Fn: fn.Q, Payload: payload, Simple: simple, Tap: tap, Linger: linger}
	box := session
	if simple {
		// Each curl API call is read by its own GET /call/{api}/{event_id}: in the
		// session's mailbox, that GET would also read the session's other results.
		box, ev.Mailbox = id, id
	}
	streams := s.o.Queue.Streams()
	// A runner that is a SessionSource delivers a session's messages to whichever
	// replica streams it; the curl API's own mailboxes stay here.
	_, shared := s.runner().(SessionSource)
	local := simple || !shared
	if local && !streams.ExpectWithin(box, id, linger, s.o.Security.MaxActiveSessions) {
		// allowCall checked the bound already; a join racing this one took the last place.
		s.guard.count.busy.Add(1)
		return "", http.StatusServiceUnavailable, "Too many active sessions. Try again later."
	}
	if err := s.runner().Push(ev); err != nil {
		if local {
			streams.Forget(box, id)
		}
		if errors.Is(err, queue.ErrFull) {
			return "", http.StatusServiceUnavailable, "Queue is full. " + err.Error()
		}
		if errors.Is(err, queue.ErrUnavailable) {
			return "", http.StatusServiceUnavailable, "Queue is unavailable: the server cannot reach its queue. Please try again later."
		}
		return "", http.StatusServiceUnavailable, "Queue is stopped: the server is shutting down. Please try again later."
	}
	return id, http.StatusOK, ""
}

// data is GET /gradio_api/queue/data: the session's message stream. It ends with
// close_stream once every event of the session has completed, which the JS client needs
// before it opens the next stream.
func (s *Server) data(w http.ResponseWriter, r *http.Request) {
	session := r.URL.Query().Get("session_hash")
	if session == "" {
		writeDetail(w, http.StatusBadRequest, "Query parameter session_hash is required.")
		return
	}
	last, resume := lastEventID(r)
	ids := wantIDs(r, resume)
	var followed FollowedSession
	if src, shared := s.runner().(SessionSource); shared {
		var ok bool
		if followed, ok = src.FollowSession(r.Context(), session, last, resume); !ok {
			writeDetail(w, http.StatusServiceUnavailable, "The session's messages cannot be read now. Please try again.")
			return
		}
	}
	rd, ok := s.o.Queue.Streams().Attach(session, queue.From{Last: last, Resume: resume, Keep: ids})
	if followed != nil {
		defer followed.Release(rd)
	}
	out := startSSE(w)
	defer out.done()
	if !ok {
		_ = out.data(&wire.UnexpectedError{Msg: wire.MsgUnexpectedError, Message: "404: Not Found", SessionNotFound: true})
		_ = out.flush()
		return
	}
	linger := time.Duration(0)
	if rd.Linger() {
		linger = s.o.Linger
	}
	s.pump(r, out, rd, linger, func(m queue.Message) error {
		b, err := json.Marshal(m.Body)
		if err != nil {
			return err
		}
		if ids {
			out.id(m.Seq)
		}
		out.raw(b)
		return nil
	}, func() {
		if followed != nil {
			// Before close_stream: the client's next stream may start on another
			// replica at once, and must start after what this one sent.
			followed.Record(rd)
		}
		_ = out.data(&wire.SessionMessage{Msg: wire.MsgCloseStream})
	}, func() {
		_ = out.data(&wire.SessionMessage{Msg: wire.MsgHeartbeat})
	})
}

// pump copies a mailbox to a stream until the session has no pending event left, the
// client goes away, or a newer reader takes over. With linger > 0 an idle stream stays
// open that long before it ends, in case the client has more joins in flight: the
// official clients share one stream between concurrent calls and do not always open a
// new one for a join answered around the close_stream of the old, which would strand
// that call (seen with @gradio/client 2.7.0 and six concurrent predictions: about a
// third of runs hung with no linger, none with 50 ms or more).
func (s *Server) pump(r *http.Request, out *sse, rd *queue.Reader, linger time.Duration, write func(queue.Message) error, last, beat func()) {
	tick := time.NewTicker(s.o.Heartbeat)
	defer tick.Stop()
	var (
		timer   *time.Timer
		lingerC <-chan time.Time
		expired bool
		ending  bool // the request's context ended: deliver what is there, then stop
	)
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		msgs, idle, stale := rd.Take()
		if stale {
			return
		}
		for _, m := range msgs {
			if err := write(m); err != nil {
				s.o.Logger.Error("gradio: encoding a queue message", "msg", m.Kind, "error", err)
			}
		}
		if idle && (linger <= 0 || expired || ending) && rd.Close() {
			last()
			// Written without a flush: net/http sends it with the end of the response,
			// in one write.
			_, _ = out.w.Write(out.buf)
			return
		}
		if err := out.flush(); err != nil || ending {
			return
		}
		expired = false
		switch {
		case idle && timer == nil:
			timer = time.NewTimer(linger)
			lingerC = timer.C
		case !idle && timer != nil:
			timer.Stop()
			timer, lingerC = nil, nil
		}
		select {
		case <-rd.Notify():
		case <-lingerC:
			expired = true
			timer, lingerC = nil, nil
		case <-tick.C:
			beat()
		case <-r.Context().Done():
			// A server shutting down ends the streams right after the last handler
			// returned: what that handler sent is written first. For a client that
			// went away, the writes just fail.
			ending = true
		}
	}
}

type cancelBody struct {
	EventID     *string `json:"event_id"`
	SessionHash *string `json:"session_hash"`
	FnIndex     *int    `json:"fn_index"`
}

// cancel is POST /gradio_api/cancel.
func (s *Server) cancel(w http.ResponseWriter, r *http.Request) {
	var body cancelBody
	if err := decodeBody(w, r, s.o.MaxBodyBytes, &body); err != nil {
		writeBodyError(w, err)
		return
	}
	if body.EventID == nil || body.SessionHash == nil || body.FnIndex == nil {
		writeDetail(w, http.StatusBadRequest, `Fields "event_id", "session_hash" and "fn_index" are required.`)
		return
	}
	s.runner().Cancel(*body.SessionHash, *body.FnIndex, *body.EventID)
	writeJSON(w, http.StatusOK, map[string]bool{"success": true})
}

// runner is what runs queued events: Options.Runner, else the in-memory queue.
func (s *Server) runner() Runner {
	if s.o.Runner != nil {
		return s.o.Runner
	}
	return s.o.Queue
}
