package gradio

import (
	"context"
	"encoding/json"
	"reflect"
)

// Checkbox is a single check box. Its value is a bool.
type Checkbox struct {
	Events
	// Value is the initial state: false (unchecked) by default.
	Value bool

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
}

func (c *Checkbox) Kind() string { return "checkbox" }

// Props always carries "value": unlike most components, Gradio's checkbox has a value
// (false) even when none is given, and API clients see it as the parameter's default.
func (c *Checkbox) Props() map[string]any {
	p := common{c.Label, c.Info, c.ShowLabel, c.Container, c.Scale, c.MinWidth, c.Visible, c.Interactive, c.ElemID, c.ElemClasses}.into(props{})
	p["buttons"] = []string{}
	p["value"] = c.Value
	return p
}

func (c *Checkbox) ValueType() reflect.Type { return reflect.TypeFor[bool]() }

// Preprocess accepts true or false; null gives false.
func (c *Checkbox) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeValue[bool](p, "true or false")
}

func (c *Checkbox) Postprocess(_ context.Context, v any) (any, error) {
	b, _ := v.(bool)
	return b, nil
}

func (c *Checkbox) APISchema() map[string]any { return map[string]any{"type": "boolean"} }
func (c *Checkbox) ExampleValue() any         { return true }

// Change registers fn to run when the value changes, by the user or by a handler.
func (c *Checkbox) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user checks or unchecks the box.
func (c *Checkbox) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventInput, fn, in, out, opts)
}

// Select registers fn to run when the user checks or unchecks the box.
func (c *Checkbox) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventSelect, fn, in, out, opts)
}

var (
	_ Input        = (*Checkbox)(nil)
	_ Output       = (*Checkbox)(nil)
	_ APIDescriber = (*Checkbox)(nil)
	_ Exampler     = (*Checkbox)(nil)
)
