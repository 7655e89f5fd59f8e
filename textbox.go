package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"unicode/utf8"
)

// Textbox is a text field, single-line or multi-line. Its value is a string.
type Textbox struct {
	Events
	// Value is the initial text.
	Value string
	// Lines is the visible height in lines; 0 means 1. MaxLines caps how far it grows
	// (0 means 20).
	Lines, MaxLines int
	// Placeholder is shown while the box is empty.
	Placeholder string
	// Type is "text" (the default), "password" or "email".
	Type string
	// MaxLength rejects longer input when positive.
	MaxLength int
	// ShowCopyButton adds a button that copies the text.
	ShowCopyButton bool
	// SubmitButton shows a submit button inside the box.
	SubmitButton bool
	Autofocus    bool
	RTL          bool

	Label       string
	Info        string
	ShowLabel   Bool
	Container   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	Interactive Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string

	// blankLabel gives the component the label "" (a ChatInterface's message box), which
	// API clients show as such rather than as parameter_<id>.
	blankLabel bool
}

func (t *Textbox) Kind() string { return "textbox" }

func (t *Textbox) Props() map[string]any {
	p := common{t.Label, t.Info, t.ShowLabel, t.Container, t.Scale, t.MinWidth, t.Visible, t.Interactive, t.ElemID, t.ElemClasses}.into(props{})
	if t.blankLabel && t.Label == "" {
		p["label"] = ""
	}
	p["type"] = or(t.Type, "text")
	p["lines"] = orInt(t.Lines, 1)
	p["max_lines"] = orInt(t.MaxLines, 20)
	p.str("placeholder", t.Placeholder)
	if t.MaxLength > 0 {
		p["max_length"] = t.MaxLength
	}
	buttons := []string{}
	if t.ShowCopyButton {
		buttons = append(buttons, "copy")
	}
	p["buttons"] = buttons
	p["submit_btn"] = t.SubmitButton
	p["stop_btn"] = false
	p["autofocus"] = t.Autofocus
	p["autoscroll"] = true
	p["rtl"] = t.RTL
	if t.Value != "" {
		p["value"] = t.Value
	}
	return p
}

func (t *Textbox) Validate() error {
	switch t.Type {
	case "", "text", "password", "email":
		return nil
	}
	return fmt.Errorf("Type %q is not one of text, password, email", t.Type)
}

func (t *Textbox) ValueType() reflect.Type { return reflect.TypeFor[string]() }

func (t *Textbox) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	s, err := decodeValue[string](p, "a string")
	if err != nil {
		return nil, err
	}
	if t.MaxLength > 0 && utf8.RuneCountInString(s) > t.MaxLength {
		return nil, fmt.Errorf("the text is %d characters long; the limit is %d", utf8.RuneCountInString(s), t.MaxLength)
	}
	return s, nil
}

func (t *Textbox) Postprocess(_ context.Context, v any) (any, error) {
	s, _ := v.(string)
	return s, nil
}

func (t *Textbox) APISchema() map[string]any { return map[string]any{"type": "string"} }
func (t *Textbox) ExampleValue() any         { return "Hello!!" }

// Change registers fn to run when the value changes, by the user or by a handler.
func (t *Textbox) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user edits the text.
func (t *Textbox) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventInput, fn, in, out, opts)
}

// Submit registers fn to run when the user presses Enter (in a single-line box) or the
// submit button.
func (t *Textbox) Submit(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventSubmit, fn, in, out, opts)
}

// Focus registers fn to run when the box gains focus.
func (t *Textbox) Focus(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventFocus, fn, in, out, opts)
}

// Blur registers fn to run when the box loses focus.
func (t *Textbox) Blur(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventBlur, fn, in, out, opts)
}

// Select registers fn to run when the user selects text.
func (t *Textbox) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventSelect, fn, in, out, opts)
}

var (
	_ Input        = (*Textbox)(nil)
	_ Output       = (*Textbox)(nil)
	_ APIDescriber = (*Textbox)(nil)
	_ Exampler     = (*Textbox)(nil)
	_ Validator    = (*Textbox)(nil)
)
