package server

import (
	"fmt"
	"net/http"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// run is POST /gradio_api/run/{api}: the call runs on this request, outside the queue,
// and the answer is the output object. The JS client uses it for events with queue off.
// A streaming function answers with its first value only, as in Gradio.
func (s *Server) run(w http.ResponseWriter, r *http.Request) {
	var body predictBody
	if err := decodeBody(w, r, s.o.MaxBodyBytes, &body); err != nil {
		writeBodyError(w, err)
		return
	}
	if body.Data == nil {
		writeDetail(w, http.StatusBadRequest, `Field "data" is required: an array with one value per input.`)
		return
	}
	var fn *Fn
	byName := body.FnIndex == nil
	if !byName {
		// As in Gradio, fn_index wins over the name in the path.
		session := ""
		if body.SessionHash != nil {
			session = *body.SessionHash
		}
		if fn = s.fn(w, *body.FnIndex, session); fn == nil {
			return
		}
	} else if fn = s.callFn(w, r); fn == nil {
		return
	}
	if !fn.Backend {
		writeDetail(w, http.StatusBadRequest, fmt.Sprintf("Function %d runs in the browser only and cannot be called.", fn.Index))
		return
	}
	id := queue.NewID()
	session := id
	if body.SessionHash != nil && *body.SessionHash != "" {
		session = *body.SessionHash
	}
	if !s.allowCall(w, r, fn, session, byName, false) {
		return
	}
	c := &Call{Data: fillSkipped(fn, *body.Data), EventData: body.EventData, Session: session, EventID: id, Root: s.root(r), Request: r}
	payload, err := fn.Prepare(r.Context(), c)
	if err != nil {
		writeDetail(w, http.StatusBadRequest, err.Error())
		return
	}
	ev := &queue.Event{ID: id, Session: session, Fn: fn.Q, Payload: payload}
	first, done := queue.RunNow(r.Context(), ev)
	switch {
	case first != nil:
		writeJSON(w, http.StatusOK, first.Output)
	case done.Success:
		if _, ok := done.Output.(*wire.Output); !ok {
			writeDetail(w, http.StatusInternalServerError, "The call was cancelled.")
			return
		}
		writeJSON(w, http.StatusOK, done.Output)
	default:
		writeJSON(w, http.StatusInternalServerError, done.Output)
	}
}
