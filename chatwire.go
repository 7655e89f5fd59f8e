package gradio

import (
	"context"
	"fmt"
	"reflect"
	"slices"

	"github.com/gradio-go/gradio/internal/wire"
)

// The wire forms of a message, with Gradio's key order.
type (
	messageWire struct {
		Role     string        `json:"role"`
		Metadata *metadataWire `json:"metadata"`
		Content  []any         `json:"content"`
		Options  []optionWire  `json:"options"`
	}
	textPartWire struct {
		Text string `json:"text"`
		Type string `json:"type"`
	}
	filePartWire struct {
		File    any     `json:"file"`
		AltText *string `json:"alt_text"`
		Type    string  `json:"type"`
	}
	metadataWire struct {
		Title    string  `json:"title,omitempty"`
		ID       string  `json:"id,omitempty"`
		ParentID string  `json:"parent_id,omitempty"`
		Log      string  `json:"log,omitempty"`
		Duration float64 `json:"duration,omitempty"`
		Status   string  `json:"status,omitempty"`
	}
	optionWire struct {
		Value string `json:"value"`
		Label string `json:"label,omitempty"`
	}
)

// messagesWire is the wire form of a conversation.
type messagesWire []messageWire

// GenericJSON returns the conversation in the generic JSON form streams diff, built
// directly: a JSON round trip of the whole conversation on every streamed token made a
// long answer's tokens ten times dearer at its end than at its start.
func (ms messagesWire) GenericJSON() (any, error) {
	out := make([]any, len(ms))
	for i, m := range ms {
		content := make([]any, len(m.Content))
		for j, p := range m.Content {
			var err error
			if t, ok := p.(textPartWire); ok {
				content[j] = map[string]any{"text": t.Text, "type": t.Type}
			} else if content[j], err = wire.Generic(p); err != nil {
				return nil, err
			}
		}
		g := map[string]any{"role": m.Role, "metadata": nil, "content": content, "options": nil}
		for key, part := range map[string]any{"metadata": m.Metadata, "options": m.Options} {
			if reflect.ValueOf(part).IsNil() {
				continue
			}
			v, err := wire.Generic(part)
			if err != nil {
				return nil, err
			}
			g[key] = v
		}
		out[i] = g
	}
	return out, nil
}

// encodeMessages turns messages into their wire form; static encodes files for
// /config (no cache) rather than for a response.
func encodeMessages(ctx context.Context, msgs []Message, static bool) (messagesWire, error) {
	out := make(messagesWire, len(msgs))
	for i, m := range msgs {
		if !slices.Contains(chatRoles, m.Role) {
			return nil, fmt.Errorf(`message %d: role %q is not one of "user", "assistant", "system"`, i+1, m.Role)
		}
		w := messageWire{Role: m.Role, Content: []any{}}
		if m.Content != "" || len(m.Files) == 0 {
			w.Content = append(w.Content, textPartWire{Text: cleandoc(m.Content), Type: "text"})
		}
		for j, fd := range m.Files {
			var file any
			if static {
				file = staticFile(fd)
			} else {
				f, err := encodeFile(ctx, fd, "a Chatbot")
				if err != nil {
					return nil, fmt.Errorf("message %d, file %d: %w", i+1, j+1, err)
				}
				file = f
			}
			w.Content = append(w.Content, filePartWire{File: file, Type: "file"})
		}
		if md := m.Metadata; md != nil {
			if md.Status != "" && md.Status != "pending" && md.Status != "done" {
				return nil, fmt.Errorf(`message %d: metadata Status %q is not one of "pending", "done"`, i+1, md.Status)
			}
			if !isFinite(md.Duration) || md.Duration < 0 {
				return nil, fmt.Errorf("message %d: metadata Duration %v must be a finite number, not negative", i+1, md.Duration)
			}
			w.Metadata = &metadataWire{md.Title, md.ID, md.ParentID, md.Log, md.Duration, md.Status}
		}
		if m.Options != nil {
			w.Options = make([]optionWire, len(m.Options))
			for j, o := range m.Options {
				w.Options[j] = optionWire(o)
			}
		}
		out[i] = w
	}
	return out, nil
}
