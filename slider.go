package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
)

// Slider picks a number in a range by dragging. Its value is a float64; a handler may
// take any Go number type instead.
type Slider struct {
	Events
	// Minimum and Maximum bound the range; when both are 0 the range is 0 to 100.
	Minimum, Maximum float64
	// Step is the increment between positions; 0 means 1.
	Step float64
	// Value is the initial position. 0 means Minimum when 0 is outside the range.
	Value float64
	// ShowResetButton adds a button that puts the slider back to its initial value.
	ShowResetButton bool

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

func (s *Slider) Kind() string { return "slider" }

// bounds returns the range, with the 0 to 100 default.
func (s *Slider) bounds() (lo, hi float64) {
	if s.Minimum == 0 && s.Maximum == 0 {
		return 0, 100
	}
	return s.Minimum, s.Maximum
}

// start is the initial position.
func (s *Slider) start() float64 {
	lo, hi := s.bounds()
	if s.Value == 0 && (0 < lo || 0 > hi) {
		return lo
	}
	return s.Value
}

func (s *Slider) Props() map[string]any {
	p := common{s.Label, s.Info, s.ShowLabel, s.Container, s.Scale, s.MinWidth, s.Visible, s.Interactive, s.ElemID, s.ElemClasses}.into(props{})
	lo, hi := s.bounds()
	p["minimum"] = lo
	p["maximum"] = hi
	p["step"] = orFloat(s.Step, 1)
	p["value"] = s.start()
	buttons := []string{}
	if s.ShowResetButton {
		buttons = append(buttons, "reset")
	}
	p["buttons"] = buttons
	return p
}

func (s *Slider) Validate() error {
	for _, f := range []struct {
		name string
		v    float64
	}{{"Minimum", s.Minimum}, {"Maximum", s.Maximum}, {"Step", s.Step}, {"Value", s.Value}} {
		if !isFinite(f.v) {
			return fmt.Errorf("%s is %v; it must be a finite number", f.name, f.v)
		}
	}
	lo, hi := s.bounds()
	if hi <= lo {
		return fmt.Errorf("Maximum (%s) must be greater than Minimum (%s)", fmtNum(hi), fmtNum(lo))
	}
	if s.Step < 0 {
		return fmt.Errorf("Step is %s; it must not be negative", fmtNum(s.Step))
	}
	if v := s.start(); v < lo || v > hi {
		return fmt.Errorf("Value %s is outside the range %s to %s", fmtNum(v), fmtNum(lo), fmtNum(hi))
	}
	return nil
}

func (s *Slider) ValueType() reflect.Type { return reflect.TypeFor[float64]() }

// Preprocess accepts a finite number within the range. Null gives 0, which must be
// within the range too.
func (s *Slider) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	f, err := decodeNumber(p)
	if err != nil {
		return nil, err
	}
	if lo, hi := s.bounds(); f < lo || f > hi {
		what := fmtNum(f)
		if isNull(p) {
			what = "null"
		}
		return nil, fmt.Errorf("expected a number between %s and %s, got %s", fmtNum(lo), fmtNum(hi), what)
	}
	return f, nil
}

func (s *Slider) Postprocess(_ context.Context, v any) (any, error) {
	f, _ := v.(float64)
	return finite(f)
}

func (s *Slider) APISchema() map[string]any {
	lo, hi := s.bounds()
	return map[string]any{"type": "number", "description": fmt.Sprintf("numeric value between %s and %s", fmtNum(lo), fmtNum(hi))}
}

func (s *Slider) ExampleValue() any {
	lo, _ := s.bounds()
	return lo
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (s *Slider) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventChange, fn, in, out, opts)
}

// Input registers fn to run while the user drags the slider.
func (s *Slider) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventInput, fn, in, out, opts)
}

// Release registers fn to run when the user lets go of the slider.
func (s *Slider) Release(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventRelease, fn, in, out, opts)
}

var (
	_ Input        = (*Slider)(nil)
	_ Output       = (*Slider)(nil)
	_ APIDescriber = (*Slider)(nil)
	_ Exampler     = (*Slider)(nil)
	_ Validator    = (*Slider)(nil)
)
