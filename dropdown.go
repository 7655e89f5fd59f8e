package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
)

// Dropdown is a drop-down list of choices. Its value is the chosen string, or with
// Multiselect the chosen strings as a []string. With Type "index" handlers get and
// return positions in Choices instead (int, or []int with Multiselect).
type Dropdown struct {
	Events
	// Choices are the options, in display order.
	Choices []string
	// Value is the choice selected at first when not Multiselect; "" selects none.
	Value string
	// Values are the choices selected at first when Multiselect.
	Values []string
	// Multiselect lets the user pick several choices.
	Multiselect bool
	// AllowCustomValue lets the user type a value that is not one of the choices.
	AllowCustomValue bool
	// Filterable lets the user type to filter the choices; it defaults to True.
	Filterable Bool
	// MaxChoices caps how many choices a Multiselect dropdown takes; 0 means no cap.
	MaxChoices int
	// Type is "value" (the default) or "index"; with "index" a position is -1 for none.
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

func (d *Dropdown) Kind() string { return "dropdown" }

func (d *Dropdown) Props() map[string]any {
	p := common{d.Label, d.Info, d.ShowLabel, d.Container, d.Scale, d.MinWidth, d.Visible, d.Interactive, d.ElemID, d.ElemClasses}.into(props{})
	p["choices"] = choicePairs(d.Choices)
	p["type"] = or(d.Type, "value")
	if d.Multiselect {
		p["multiselect"] = true
		if len(d.Values) > 0 {
			p["value"] = d.Values
		}
	} else {
		p.str("value", d.Value)
	}
	if d.MaxChoices > 0 {
		p["max_choices"] = d.MaxChoices
	}
	p["allow_custom_value"] = d.AllowCustomValue
	p["filterable"] = d.Filterable.or(true)
	p["buttons"] = []string{}
	return p
}

func (d *Dropdown) Validate() error {
	if err := validChoiceType(d.Type); err != nil {
		return err
	}
	switch {
	case d.Type == "index" && d.AllowCustomValue:
		return fmt.Errorf(`Type "index" cannot be used with AllowCustomValue: a custom value has no index`)
	case d.MaxChoices < 0:
		return fmt.Errorf("MaxChoices is %d; it must not be negative", d.MaxChoices)
	case d.Multiselect && d.Value != "":
		return fmt.Errorf("Value is for a single choice; a Multiselect dropdown takes Values")
	case !d.Multiselect && len(d.Values) > 0:
		return fmt.Errorf("Values is for a Multiselect dropdown; set Value, or set Multiselect")
	case d.MaxChoices > 0 && len(d.Values) > d.MaxChoices:
		return fmt.Errorf("Values has %d choices but MaxChoices is %d", len(d.Values), d.MaxChoices)
	}
	if d.AllowCustomValue {
		return nil
	}
	initial := d.Values
	if d.Value != "" {
		initial = []string{d.Value}
	}
	for _, v := range initial {
		if err := checkChoice(v, d.Choices); err != nil {
			return fmt.Errorf("initial value: %w", err)
		}
	}
	return nil
}

func (d *Dropdown) ValueType() reflect.Type {
	switch {
	case d.Multiselect && d.Type == "index":
		return reflect.TypeFor[[]int]()
	case d.Multiselect:
		return reflect.TypeFor[[]string]()
	case d.Type == "index":
		return reflect.TypeFor[int]()
	}
	return reflect.TypeFor[string]()
}

// Preprocess accepts one of the choices (an array of them with Multiselect, at most
// MaxChoices long); any string is accepted with AllowCustomValue. Null gives "" (or an
// empty selection, or -1 for Type "index").
func (d *Dropdown) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	index, strict := d.Type == "index", !d.AllowCustomValue
	if !d.Multiselect {
		return decodeChoice(p, d.Choices, index, strict)
	}
	v, err := decodeChoices(p, d.Choices, index, strict)
	if err != nil {
		return nil, err
	}
	if n := reflect.ValueOf(v).Len(); d.MaxChoices > 0 && n > d.MaxChoices {
		return nil, fmt.Errorf("%d choices were selected; at most %d may be", n, d.MaxChoices)
	}
	return v, nil
}

// Postprocess accepts what Preprocess gives: a string, []string, int or []int.
func (d *Dropdown) Postprocess(_ context.Context, v any) (any, error) {
	if d.Multiselect {
		return encodeChoices(v, d.Choices)
	}
	return encodeChoice(v, d.Choices)
}

func (d *Dropdown) APISchema() map[string]any {
	s := map[string]any{"type": "string"}
	if !d.AllowCustomValue {
		s["enum"] = nonNil(slices.Clone(d.Choices))
	}
	if d.Multiselect {
		return map[string]any{"type": "array", "items": s}
	}
	return s
}

func (d *Dropdown) ExampleValue() any {
	switch {
	case d.Multiselect && len(d.Choices) == 0:
		return []string{}
	case d.Multiselect:
		return []string{d.Choices[0]}
	case len(d.Choices) == 0:
		return nil
	}
	return d.Choices[0]
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (d *Dropdown) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user picks or types a value.
func (d *Dropdown) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventInput, fn, in, out, opts)
}

// Select registers fn to run when the user picks a choice.
func (d *Dropdown) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventSelect, fn, in, out, opts)
}

// Focus registers fn to run when the dropdown gains focus.
func (d *Dropdown) Focus(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventFocus, fn, in, out, opts)
}

// Blur registers fn to run when the dropdown loses focus.
func (d *Dropdown) Blur(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventBlur, fn, in, out, opts)
}

var (
	_ Input        = (*Dropdown)(nil)
	_ Output       = (*Dropdown)(nil)
	_ APIDescriber = (*Dropdown)(nil)
	_ Exampler     = (*Dropdown)(nil)
	_ Validator    = (*Dropdown)(nil)
)
