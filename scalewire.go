package gradio

import (
	"encoding/json"

	"github.com/gradio-go/gradio/internal/jobs"
	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// The wire messages of a scaled-out app's jobs: encoded once by the process that
// makes them, decoded by the replica that streams them.

func failedCompletion(id, msg string) *wire.ProcessCompleted {
	title, visible := "Error", true
	return &wire.ProcessCompleted{Msg: wire.MsgProcessCompleted, EventID: id,
		Output: &wire.ErrorOutput{Error: &msg, Visible: &visible, Title: &title}, Title: &title}
}

func failedJob(id, msg string) jobs.Message {
	return jobs.Message{Kind: wire.MsgProcessCompleted, EventID: id, Body: encodeWire(failedCompletion(id, msg)), Final: true}
}

func encodeWire(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only wire structs, which always encode
	}
	return b
}

// decodeJobMessage turns a message from the results stream back into what the
// server's stream writers expect: the wire structs they inspect (process_generating
// and process_completed, whose output is an Output, an ErrorOutput or, cancelled,
// empty), and raw JSON for the rest.
func decodeJobMessage(m jobs.Message) (queue.Message, error) {
	qm := queue.Message{Kind: m.Kind, EventID: m.EventID}
	if m.Kind != wire.MsgProcessGenerating && m.Kind != wire.MsgProcessCompleted {
		qm.Body = json.RawMessage(m.Body)
		return qm, nil
	}
	var peek struct {
		Success bool            `json:"success"`
		Output  json.RawMessage `json:"output"`
	}
	if err := json.Unmarshal(m.Body, &peek); err != nil {
		return qm, err
	}
	var out any
	switch {
	case peek.Success && string(peek.Output) == "{}":
		out = &struct{}{}
	case peek.Success:
		out = &wire.Output{}
	default:
		out = &wire.ErrorOutput{}
	}
	if m.Kind == wire.MsgProcessGenerating {
		b := &wire.ProcessGenerating{Output: out}
		if err := json.Unmarshal(m.Body, b); err != nil {
			return qm, err
		}
		qm.Body = b
		return qm, nil
	}
	b := &wire.ProcessCompleted{Output: out}
	if err := json.Unmarshal(m.Body, b); err != nil {
		return qm, err
	}
	if _, ok := out.(*struct{}); ok {
		b.Output = struct{}{}
	}
	qm.Body = b
	return qm, nil
}
