package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
)

// Timer runs its Tick listeners at a regular interval while a page of the app is
// open. It renders nothing: put it anywhere among the Blocks' Children. (A Timer that is
// only an input or output of other events needs no place: it is added automatically.)
//
//	timer := &gradio.Timer{Value: 5}
//	timer.Tick(refresh, nil, gradio.Out(status))
//	app := &gradio.Blocks{Children: []gradio.Component{status, timer}}
//
// Its value is the interval in seconds (a float64): return a new one from a handler to
// change it, or a gradio.Update{Props: map[string]any{"active": false}} to stop it.
type Timer struct {
	Events
	// Value is the interval between ticks, in seconds; 0 means 1.
	Value float64
	// Active makes the timer tick; it defaults to True.
	Active Bool
}

func (t *Timer) Kind() string { return "timer" }

// interval is the configured interval, with its default.
func (t *Timer) interval() float64 { return orFloat(t.Value, 1) }

func (t *Timer) Props() map[string]any {
	return props{"value": t.interval(), "active": t.Active.or(true)}
}

func (t *Timer) Validate() error {
	if f := t.interval(); !isFinite(f) || f < 0 {
		return fmt.Errorf("Value is %v; the interval must be a positive number of seconds", f)
	}
	return nil
}

func (t *Timer) ValueType() reflect.Type { return reflect.TypeFor[float64]() }

// Preprocess accepts a positive number of seconds; null gives the configured interval.
func (t *Timer) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	if isNull(p) {
		return t.interval(), nil
	}
	f, err := decodeNumber(p)
	if err != nil {
		return nil, err
	}
	return positiveInterval(f)
}

// Postprocess accepts a positive number of seconds.
func (t *Timer) Postprocess(_ context.Context, v any) (any, error) {
	f, _ := v.(float64)
	if !isFinite(f) {
		return finite(f)
	}
	return positiveInterval(f)
}

func positiveInterval(f float64) (float64, error) {
	if f <= 0 {
		return 0, fmt.Errorf("the interval must be a positive number of seconds, got %s", fmtNum(f))
	}
	return f, nil
}

func (t *Timer) APISchema() map[string]any { return map[string]any{"type": "number"} }
func (t *Timer) ExampleValue() any         { return 1 }

// Tick registers fn to run at every tick.
func (t *Timer) Tick(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventTick, fn, in, out, opts)
}

func (t *Timer) offscreen() {}

var (
	_ Input        = (*Timer)(nil)
	_ Output       = (*Timer)(nil)
	_ APIDescriber = (*Timer)(nil)
	_ Exampler     = (*Timer)(nil)
	_ Validator    = (*Timer)(nil)
	_ offscreen    = (*Timer)(nil)
)
