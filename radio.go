package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
)

// Radio is a set of radio buttons: the user picks one of the choices. Its value is the
// chosen string, or its position in Choices as an int when Type is "index".
type Radio struct {
	Events
	// Choices are the options, in display order.
	Choices []string
	// Value is the choice selected at first; "" selects none.
	Value string
	// Type is "value" (the default: handlers get and return the choice itself) or
	// "index" (handlers get and return its position in Choices, -1 for none).
	Type string

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

func (r *Radio) Kind() string { return "radio" }

func (r *Radio) Props() map[string]any {
	p := common{r.Label, r.Info, r.ShowLabel, r.Container, r.Scale, r.MinWidth, r.Visible, r.Interactive, r.ElemID, r.ElemClasses}.into(props{})
	p["choices"] = choicePairs(r.Choices)
	p["type"] = or(r.Type, "value")
	p["rtl"] = false
	p["buttons"] = []string{}
	p.str("value", r.Value)
	return p
}

func (r *Radio) Validate() error {
	if err := validChoiceType(r.Type); err != nil {
		return err
	}
	if r.Value != "" {
		if err := checkChoice(r.Value, r.Choices); err != nil {
			return fmt.Errorf("Value: %w", err)
		}
	}
	return nil
}

func (r *Radio) ValueType() reflect.Type {
	if r.Type == "index" {
		return reflect.TypeFor[int]()
	}
	return reflect.TypeFor[string]()
}

// Preprocess accepts one of the choices; as in Gradio, anything else is rejected. Null
// (nothing selected) gives "", or -1 when Type is "index".
func (r *Radio) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeChoice(p, r.Choices, r.Type == "index", true)
}

// Postprocess accepts a choice (string), or its position (int) when Type is "index";
// "" or a negative position clears the selection.
func (r *Radio) Postprocess(_ context.Context, v any) (any, error) {
	return encodeChoice(v, r.Choices)
}

func (r *Radio) APISchema() map[string]any {
	return map[string]any{"enum": nonNil(slices.Clone(r.Choices)), "title": "Radio", "type": "string"}
}

func (r *Radio) ExampleValue() any {
	if len(r.Choices) == 0 {
		return nil
	}
	return r.Choices[0]
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (r *Radio) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(r, r, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user picks a choice.
func (r *Radio) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(r, r, EventInput, fn, in, out, opts)
}

// Select registers fn to run when the user picks a choice.
func (r *Radio) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(r, r, EventSelect, fn, in, out, opts)
}

// decodeChoice decodes one choice into a string, or an int position when index is set
// (-1 for null). It must be one of choices when strict.
func decodeChoice(p json.RawMessage, choices []string, index, strict bool) (any, error) {
	if isNull(p) {
		if index {
			return -1, nil
		}
		return "", nil
	}
	v, err := decodeValue[string](p, "a string")
	if err != nil {
		return nil, err
	}
	if strict {
		if err := checkChoice(v, choices); err != nil {
			return nil, err
		}
	}
	if index {
		return slices.Index(choices, v), nil
	}
	return v, nil
}

// encodeChoice turns a choice, or a position in choices, into the wire value; no
// selection is null.
func encodeChoice(v any, choices []string) (any, error) {
	switch v := v.(type) {
	case string:
		if v == "" {
			return nil, nil
		}
		return v, nil
	case int:
		if v < 0 {
			return nil, nil
		}
		return choiceAt(v, choices)
	}
	return nil, nil
}

var (
	_ Input        = (*Radio)(nil)
	_ Output       = (*Radio)(nil)
	_ APIDescriber = (*Radio)(nil)
	_ Exampler     = (*Radio)(nil)
	_ Validator    = (*Radio)(nil)
)
