package room

import (
	"encoding/json"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// Run authorises a queued call of function fn made from room id by the member holding
// tok, and returns the tap to set on its event: the tap mirrors the event's messages
// to the room's members, attributed to the member, and writes its outputs into the
// room's values. Viewers, and everyone but the owner in a locked room, are refused.
func (h *Hub) Run(id, tok string, fn int) (func(queue.Message), error) {
	r := h.Get(id)
	if r == nil {
		return nil, errNoRoom
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	m, err := r.member(tok)
	if err != nil {
		return nil, err
	}
	if err := r.mayChange(m); err != nil {
		return nil, errorf(403, "%s", replaceChange(err.(*Error).Msg))
	}
	if err := r.allow(m); err != nil {
		return nil, err
	}
	run := &Run{Member: m.ID, Name: m.Name, Fn: fn, Outputs: h.o.Outputs(fn), Status: "running",
		Started: h.o.Now().UnixMilli()}
	return func(msg queue.Message) { r.tap(run, msg) }, nil
}

func replaceChange(s string) string {
	switch s {
	case "You are a viewer in this room: you can watch, but not change anything.":
		return "You are a viewer in this room: you can watch runs, but not start them."
	case "The owner has locked this room: only the owner can change it now.":
		return "The owner has locked this room: only the owner can run events now."
	}
	return s
}

// tap takes one message of a run's event.
func (r *Room) tap(run *Run, msg queue.Message) {
	if msg.Kind == wire.MsgLog {
		return // toasts are for the member who ran it
	}
	body, err := json.Marshal(msg.Body)
	if err != nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return
	}
	if run.ID == "" {
		run.ID = msg.EventID
		r.runs[run.ID] = run
		start := *run
		r.emitLocked(&delta{Type: "run", Member: run.Member, Run: &start})
	}
	d := &delta{Type: "run_msg", Member: run.Member, RunID: run.ID, Msg: body}
	switch msg.Kind {
	case wire.MsgProcessGenerating:
		d.Full = run.current == nil
		r.generating(run, body)
	case wire.MsgProcessCompleted:
		r.completed(run, body)
		end := *run
		d.Run = &end
	}
	r.emitLocked(d)
}

type outputBody struct {
	Success bool `json:"success"`
	Output  struct {
		Data  []json.RawMessage `json:"data"`
		Error *string           `json:"error"`
	} `json:"output"`
}

// generating accumulates a streamed output (the first message has full values, the
// later ones diffs) and keeps the room's values current, so a member who joins during
// a stream gets the text so far and the diffs after it. Called with r.mu held.
func (r *Room) generating(run *Run, body []byte) {
	var b outputBody
	if json.Unmarshal(body, &b) != nil || !b.Success {
		return
	}
	if run.current == nil {
		run.current = make([]any, len(b.Output.Data))
		for i, raw := range b.Output.Data {
			_ = json.Unmarshal(raw, &run.current[i])
		}
	} else {
		for i, raw := range b.Output.Data {
			var edits []wire.Edit
			if i >= len(run.current) || json.Unmarshal(raw, &edits) != nil {
				continue
			}
			if v, err := wire.Apply(run.current[i], edits); err == nil {
				run.current[i] = v
			}
		}
	}
	for i, v := range run.current {
		if raw, err := json.Marshal(v); err == nil {
			r.setOutput(run, i, raw)
		}
	}
}

// completed records a run's end. Called with r.mu held.
func (r *Room) completed(run *Run, body []byte) {
	delete(r.runs, run.ID)
	run.current = nil
	var b outputBody
	_ = json.Unmarshal(body, &b)
	switch {
	case !b.Success:
		run.Status = "failed"
		if b.Output.Error != nil {
			run.Error = *b.Output.Error
		}
	case b.Output.Data == nil:
		run.Status = "cancelled"
	default:
		run.Status = "done"
		run.Values = make([]json.RawMessage, len(b.Output.Data))
		for i, raw := range b.Output.Data {
			r.setOutput(run, i, raw)
			if len(raw) <= r.h.o.MaxValueBytes {
				run.Values[i] = raw
			} else {
				run.Values[i] = json.RawMessage("null")
			}
		}
	}
	h := *run
	r.history = append(r.history, &h)
	if n := len(r.history) - r.h.o.MaxHistory; n > 0 {
		r.history = append(r.history[:0], r.history[n:]...)
	}
}

// setOutput writes output i of run into the room's values: a property update's value
// if it has one, never a State's. Called with r.mu held.
func (r *Room) setOutput(run *Run, i int, raw json.RawMessage) {
	if i >= len(run.Outputs) || !r.h.o.Components[run.Outputs[i]] {
		return
	}
	var upd struct {
		Type  string          `json:"__type__"`
		Value json.RawMessage `json:"value"`
	}
	if len(raw) > 0 && raw[0] == '{' && json.Unmarshal(raw, &upd) == nil && upd.Type == "update" {
		if upd.Value == nil {
			return
		}
		raw = upd.Value
	}
	r.values[run.Outputs[i]] = raw
}
