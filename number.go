package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
)

// Number is a numeric field. Its value is a float64; a handler may take any Go number
// type instead (a value that does not fit, such as 2.5 for an int, is rejected).
type Number struct {
	Events
	// Value is the initial number; 0 leaves the field empty.
	Value float64
	// Minimum and Maximum bound the value when set (nil means unbounded): set them with
	// Ptr, as in Minimum: gradio.Ptr(0.0). A number outside them is rejected.
	Minimum, Maximum *float64
	// Step is the increment of the arrow buttons; 0 means 1.
	Step float64
	// Placeholder is shown while the field is empty.
	Placeholder string

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

func (n *Number) Kind() string { return "number" }

func (n *Number) Props() map[string]any {
	p := common{n.Label, n.Info, n.ShowLabel, n.Container, n.Scale, n.MinWidth, n.Visible, n.Interactive, n.ElemID, n.ElemClasses}.into(props{})
	p["buttons"] = []string{}
	p["step"] = orFloat(n.Step, 1)
	if n.Minimum != nil {
		p["minimum"] = *n.Minimum
	}
	if n.Maximum != nil {
		p["maximum"] = *n.Maximum
	}
	p.str("placeholder", n.Placeholder)
	p.num("value", n.Value)
	return p
}

func (n *Number) Validate() error {
	for _, f := range []struct {
		name string
		v    *float64
	}{{"Value", &n.Value}, {"Minimum", n.Minimum}, {"Maximum", n.Maximum}, {"Step", &n.Step}} {
		if f.v != nil && !isFinite(*f.v) {
			return fmt.Errorf("%s is %v; it must be a finite number", f.name, *f.v)
		}
	}
	if n.Step < 0 {
		return fmt.Errorf("Step is %s; it must not be negative", fmtNum(n.Step))
	}
	if n.Minimum != nil && n.Maximum != nil && *n.Minimum > *n.Maximum {
		return fmt.Errorf("Minimum (%s) is greater than Maximum (%s)", fmtNum(*n.Minimum), fmtNum(*n.Maximum))
	}
	if n.Value != 0 {
		if err := n.inBounds(n.Value); err != nil {
			return fmt.Errorf("Value: %w", err)
		}
	}
	return nil
}

// inBounds checks f against Minimum and Maximum.
func (n *Number) inBounds(f float64) error {
	if n.Minimum != nil && f < *n.Minimum {
		return fmt.Errorf("%s is too small: the number must be at least %s", fmtNum(f), fmtNum(*n.Minimum))
	}
	if n.Maximum != nil && f > *n.Maximum {
		return fmt.Errorf("%s is too large: the number must be at most %s", fmtNum(f), fmtNum(*n.Maximum))
	}
	return nil
}

func (n *Number) ValueType() reflect.Type { return reflect.TypeFor[float64]() }

// Preprocess accepts a finite number within the bounds. Null (an empty field) gives 0,
// which must be within the bounds too, so a handler can rely on them.
func (n *Number) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	f, err := decodeNumber(p)
	if err != nil {
		return nil, err
	}
	if err := n.inBounds(f); err != nil {
		if isNull(p) {
			return nil, fmt.Errorf("a number is required: %w", err)
		}
		return nil, err
	}
	return f, nil
}

func (n *Number) Postprocess(_ context.Context, v any) (any, error) {
	f, _ := v.(float64)
	return finite(f)
}

func (n *Number) APISchema() map[string]any { return map[string]any{"type": "number"} }
func (n *Number) ExampleValue() any         { return 3 }

// Change registers fn to run when the value changes, by the user or by a handler.
func (n *Number) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(n, n, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user edits the number.
func (n *Number) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(n, n, EventInput, fn, in, out, opts)
}

// Submit registers fn to run when the user presses Enter in the field.
func (n *Number) Submit(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(n, n, EventSubmit, fn, in, out, opts)
}

// Focus registers fn to run when the field gains focus.
func (n *Number) Focus(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(n, n, EventFocus, fn, in, out, opts)
}

// Blur registers fn to run when the field loses focus.
func (n *Number) Blur(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(n, n, EventBlur, fn, in, out, opts)
}

// isFinite reports whether f is neither infinite nor NaN.
func isFinite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// orFloat returns f, or def when f is 0.
func orFloat(f, def float64) float64 {
	if f == 0 {
		return def
	}
	return f
}

// fmtNum formats a number as Python prints an int or a short float: 0, 100, 0.5.
func fmtNum(f float64) string {
	if math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

var (
	_ Input        = (*Number)(nil)
	_ Output       = (*Number)(nil)
	_ APIDescriber = (*Number)(nil)
	_ Exampler     = (*Number)(nil)
	_ Validator    = (*Number)(nil)
)
