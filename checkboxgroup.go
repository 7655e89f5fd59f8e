package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
)

// CheckboxGroup is a set of check boxes, one per choice. Its value is the checked
// choices as a []string, or their positions in Choices as a []int when Type is "index".
type CheckboxGroup struct {
	Events
	// Choices are the options, in display order.
	Choices []string
	// Value lists the choices checked at first.
	Value []string
	// Type is "value" (the default: handlers get and return the choices themselves) or
	// "index" (handlers get and return their positions in Choices).
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

func (g *CheckboxGroup) Kind() string { return "checkboxgroup" }

func (g *CheckboxGroup) Props() map[string]any {
	p := common{g.Label, g.Info, g.ShowLabel, g.Container, g.Scale, g.MinWidth, g.Visible, g.Interactive, g.ElemID, g.ElemClasses}.into(props{})
	p["choices"] = choicePairs(g.Choices)
	p["type"] = or(g.Type, "value")
	p["show_select_all"] = false
	p["buttons"] = []string{}
	if len(g.Value) > 0 {
		p["value"] = g.Value
	}
	return p
}

func (g *CheckboxGroup) Validate() error {
	if err := validChoiceType(g.Type); err != nil {
		return err
	}
	for _, v := range g.Value {
		if err := checkChoice(v, g.Choices); err != nil {
			return fmt.Errorf("Value: %w", err)
		}
	}
	return nil
}

func (g *CheckboxGroup) ValueType() reflect.Type {
	if g.Type == "index" {
		return reflect.TypeFor[[]int]()
	}
	return reflect.TypeFor[[]string]()
}

// Preprocess accepts an array of choices; null gives an empty selection.
func (g *CheckboxGroup) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeChoices(p, g.Choices, g.Type == "index", true)
}

// Postprocess accepts the checked choices ([]string), or their positions ([]int) when
// Type is "index"; the wire carries the choices.
func (g *CheckboxGroup) Postprocess(_ context.Context, v any) (any, error) {
	return encodeChoices(v, g.Choices)
}

func (g *CheckboxGroup) APISchema() map[string]any {
	return map[string]any{
		"items": map[string]any{"enum": nonNil(slices.Clone(g.Choices)), "type": "string"},
		"title": "Checkbox Group",
		"type":  "array",
	}
}

func (g *CheckboxGroup) ExampleValue() any {
	if len(g.Choices) == 0 {
		return []string{}
	}
	return []string{g.Choices[0]}
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (g *CheckboxGroup) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(g, g, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user checks or unchecks a box.
func (g *CheckboxGroup) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(g, g, EventInput, fn, in, out, opts)
}

// Select registers fn to run when the user checks or unchecks a box.
func (g *CheckboxGroup) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(g, g, EventSelect, fn, in, out, opts)
}

// Helpers shared by the choice components (CheckboxGroup, Radio, Dropdown).

func validChoiceType(t string) error {
	switch t {
	case "", "value", "index":
		return nil
	}
	return fmt.Errorf("Type %q is not one of value, index", t)
}

// decodeChoices decodes an array of choices into []string, or []int positions when
// index is set. Each must be one of choices unless custom values are allowed.
func decodeChoices(p json.RawMessage, choices []string, index, strict bool) (any, error) {
	vals, err := decodeValue[[]string](p, "an array of strings")
	if err != nil {
		return nil, err
	}
	if strict {
		for _, v := range vals {
			if err := checkChoice(v, choices); err != nil {
				return nil, err
			}
		}
	}
	if !index {
		return nonNil(vals), nil
	}
	idx := make([]int, len(vals))
	for i, v := range vals {
		idx[i] = slices.Index(choices, v)
	}
	return idx, nil
}

// encodeChoices turns a []string of choices, or a []int of positions in choices, into
// the wire's array of choices.
func encodeChoices(v any, choices []string) (any, error) {
	switch v := v.(type) {
	case []string:
		return nonNil(v), nil
	case []int:
		out := make([]string, len(v))
		for i, n := range v {
			c, err := choiceAt(n, choices)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	return []string{}, nil
}

// choiceAt returns the choice at position n.
func choiceAt(n int, choices []string) (string, error) {
	if n < 0 || n >= len(choices) {
		return "", fmt.Errorf("index %d is out of range: there are %d choices", n, len(choices))
	}
	return choices[n], nil
}

var (
	_ Input        = (*CheckboxGroup)(nil)
	_ Output       = (*CheckboxGroup)(nil)
	_ APIDescriber = (*CheckboxGroup)(nil)
	_ Exampler     = (*CheckboxGroup)(nil)
	_ Validator    = (*CheckboxGroup)(nil)
)
