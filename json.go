package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/gradio-go/gradio/internal/wire"
)

// JSON shows any JSON value as a collapsible tree. As an input, a handler gets the
// value decoded into the generic Go form (nil, bool, float64, string, []any or
// map[string]any); as an output it takes anything encoding/json can encode (use a
// json.RawMessage for JSON text that is already encoded).
type JSON struct {
	Events
	// Value is the initial value; nil shows nothing.
	Value any
	// Open shows the tree expanded at first.
	Open bool

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

func (j *JSON) Kind() string { return "json" }

func (j *JSON) Props() map[string]any {
	p := common{j.Label, j.Info, j.ShowLabel, j.Container, j.Scale, j.MinWidth, j.Visible, j.Interactive, j.ElemID, j.ElemClasses}.into(props{})
	p["open"] = j.Open
	p["show_indices"] = false
	p["max_height"] = 500
	p["buttons"] = []string{"copy"}
	if j.Value != nil {
		if v, err := toJSON(j.Value); err == nil {
			p["value"] = v
		}
	}
	return p
}

// Validate checks that Value can be sent as JSON.
func (j *JSON) Validate() error {
	if _, err := toJSON(j.Value); err != nil {
		return fmt.Errorf("Value: %w", err)
	}
	return nil
}

func (j *JSON) ValueType() reflect.Type { return reflect.TypeFor[any]() }

// Preprocess decodes any JSON value into its generic Go form; null gives nil.
func (j *JSON) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	if isNull(p) {
		return nil, nil
	}
	var v any
	if err := json.Unmarshal(p, &v); err != nil {
		return nil, fmt.Errorf("expected a JSON value: %v", err)
	}
	return v, nil
}

// Postprocess encodes v as JSON, in generic form; values JSON cannot carry (channels,
// functions, NaN, infinities) are errors.
func (j *JSON) Postprocess(_ context.Context, v any) (any, error) {
	return toJSON(v)
}

func (j *JSON) APISchema() map[string]any { return anyJSON() }
func (j *JSON) ExampleValue() any         { return map[string]any{"foo": "bar"} }

// Change registers fn to run when the value changes.
func (j *JSON) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(j, j, EventChange, fn, in, out, opts)
}

// toJSON converts v into the generic form of its JSON encoding.
func toJSON(v any) (any, error) {
	g, err := wire.Generic(v)
	if err != nil {
		return nil, fmt.Errorf("the %T value cannot be sent as JSON: %w", v, err)
	}
	return g, nil
}

var (
	_ Input        = (*JSON)(nil)
	_ Output       = (*JSON)(nil)
	_ APIDescriber = (*JSON)(nil)
	_ Exampler     = (*JSON)(nil)
	_ Validator    = (*JSON)(nil)
)
