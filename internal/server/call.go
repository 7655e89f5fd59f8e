package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// The curl API: POST /gradio_api/call/{api} queues a call and answers its event id; GET
// /gradio_api/call/{api}/{event_id} streams its result as named SSE events.

type callBody struct {
	Data        *rawValues `json:"data"`
	SessionHash string     `json:"session_hash"`
}

func (s *Server) callFn(w http.ResponseWriter, r *http.Request) *Fn {
	name := r.PathValue("api")
	fn := s.o.Engine.FnByName(name)
	if fn != nil && fn.Visibility == "private" {
		// Private functions are not part of the API: to a client, they do not exist.
		fn = nil
	}
	if fn == nil {
		writeDetail(w, http.StatusNotFound, fmt.Sprintf("There is no endpoint named /%s; GET %s/info lists them.", name, wire.APIPrefix))
	}
	return fn
}

func (s *Server) callPost(w http.ResponseWriter, r *http.Request) {
	fn := s.callFn(w, r)
	if fn == nil {
		return
	}
	var body callBody
	if err := decodeBody(w, r, s.o.MaxBodyBytes, &body); err != nil {
		writeBodyError(w, err)
		return
	}
	if body.Data == nil {
		writeDetail(w, http.StatusBadRequest, `Field "data" is required: an array with one value per input.`)
		return
	}
	s.callEnqueue(w, r, fn, fillSkipped(fn, *body.Data), body.SessionHash)
}

// fillSkipped lets curl users leave State inputs out: if data has exactly one value per
// API-visible input, nulls are put in the skipped places.
func fillSkipped(fn *Fn, data []json.RawMessage) []json.RawMessage {
	visible := len(fn.Skipped) - countTrue(fn.Skipped)
	if len(data) == fn.Inputs || len(data) != visible {
		return data
	}
	out := make([]json.RawMessage, 0, fn.Inputs)
	next := 0
	for _, skip := range fn.Skipped {
		if skip {
			out = append(out, json.RawMessage("null"))
		} else {
			out = append(out, data[next])
			next++
		}
	}
	return out
}

func countTrue(b []bool) int {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return n
}

// callPostV2 takes keyword arguments named as in /gradio_api/info.
func (s *Server) callPostV2(w http.ResponseWriter, r *http.Request) {
	fn := s.callFn(w, r)
	if fn == nil {
		return
	}
	var kw map[string]json.RawMessage
	if err := decodeBody(w, r, s.o.MaxBodyBytes, &kw); err != nil {
		writeBodyError(w, err)
		return
	}
	session := ""
	if raw, ok := kw["session_hash"]; ok {
		_ = json.Unmarshal(raw, &session)
		delete(kw, "session_hash")
	}
	delete(kw, "oauth_token")
	data, err := keywordData(fn, kw)
	if err != nil {
		writeDetail(w, http.StatusBadRequest, err.Error())
		return
	}
	s.callEnqueue(w, r, fn, data, session)
}

func keywordData(fn *Fn, kw map[string]json.RawMessage) ([]json.RawMessage, error) {
	var names []string
	for _, p := range fn.Params {
		names = append(names, p.Name)
	}
	for k := range kw {
		if !slices.Contains(names, k) {
			return nil, fmt.Errorf("unknown parameter %q; /%s takes %s", k, fn.APIName, listOrNone(names))
		}
	}
	data := make([]json.RawMessage, 0, fn.Inputs)
	next := 0
	for _, skip := range fn.Skipped {
		if skip {
			data = append(data, json.RawMessage("null"))
			continue
		}
		p := fn.Params[next]
		next++
		switch v, ok := kw[p.Name]; {
		case ok:
			data = append(data, v)
		case p.HasDefault:
			data = append(data, p.Default)
		default:
			return nil, fmt.Errorf("missing parameter %q; /%s takes %s", p.Name, fn.APIName, listOrNone(names))
		}
	}
	return data, nil
}

func listOrNone(names []string) string {
	if len(names) == 0 {
		return "no parameters"
	}
	return strings.Join(names, ", ")
}

func (s *Server) callEnqueue(w http.ResponseWriter, r *http.Request, fn *Fn, data []json.RawMessage, session string) {
	if !s.allowCall(w, r, fn, session, true, true) {
		return
	}
	id, status, msg := s.enqueue(r, fn, data, nil, session, true, nil)
	if status != http.StatusOK {
		writeDetail(w, status, msg)
		return
	}
	writeEventID(w, id)
}

// callGet streams a call's result. Frames use Python's JSON spacing, as Gradio's do.
func (s *Server) callGet(w http.ResponseWriter, r *http.Request) {
	last, resume := lastEventID(r)
	ids := wantIDs(r, resume)
	id := r.PathValue("event")
	from := queue.From{Last: last, Resume: resume, Keep: ids}
	rd, ok := s.o.Queue.Streams().AttachEvent(id, from)
	ended := false
	src, numbered := s.runner().(EventSource)
	if !ok && numbered {
		// Queued by another replica, or followed here once and forgotten since.
		var found bool
		if found, ended = src.FollowEvent(r.Context(), id, last); found && !ended {
			rd, ok = s.o.Queue.Streams().AttachEvent(id, from)
		}
	}
	out := startSSE(w)
	defer out.done()
	if ended {
		return // a resume after the completion: nothing is left to send
	}
	if !ok {
		out.event("error", []byte(`"404: Not Found"`))
		_ = out.flush()
		return
	}
	s.pump(r, out, rd, 0, func(m queue.Message) error {
		if numbered && resume && m.Seq <= last {
			// Numbered by the results stream (see EventSource): the client has it,
			// from whichever replica, even if it was never read here.
			return nil
		}
		name, v := callFrame(m)
		if name == "" {
			return nil
		}
		b, err := wire.PyJSON(v)
		if err != nil {
			return err
		}
		if ids {
			out.id(m.Seq)
		}
		out.event(name, b)
		return nil
	}, func() {}, func() { out.event("heartbeat", []byte("null")) })
}

// callFrame maps a queue message to a curl API event; messages that have no curl
// counterpart (estimation, progress, log) give "".
func callFrame(m queue.Message) (string, any) {
	switch b := m.Body.(type) {
	case *wire.ProcessGenerating:
		if !b.Success {
			return "error", b.Output
		}
		if o, ok := b.Output.(*wire.Output); ok {
			return "generating", o.Data
		}
	case *wire.ProcessCompleted:
		if !b.Success {
			return "error", b.Output
		}
		if o, ok := b.Output.(*wire.Output); ok {
			return "complete", o.Data
		}
		// A cancelled call has an empty output.
		return "error", map[string]any{"error": "Cancelled."}
	case *wire.UnexpectedError:
		return "error", b.Message
	}
	return "", nil
}
