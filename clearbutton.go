package gradio

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
)

// ClearButton is a button that empties the given components, in the browser, without a
// round trip to the server.
type ClearButton struct {
	Events
	// Components are emptied on click.
	Components []Component
	// Value is the button's text; "" means "Clear".
	Value   string
	Variant Variant
	Size    string
	Icon    string

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

func (b *ClearButton) Kind() string { return "button" }

func (b *ClearButton) Props() map[string]any {
	return buttonProps(b.Value, "Clear", b.Variant, b.Size, b.Icon, "", b.Scale, b.MinWidth, b.Visible, b.Interactive, b.ElemID, b.ElemClasses)
}

func (b *ClearButton) Validate() error { return validButton(b.Variant, b.Size) }

func (b *ClearButton) ValueType() reflect.Type { return reflect.TypeFor[string]() }

func (b *ClearButton) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeValue[string](p, "a string")
}

func (b *ClearButton) skipAPI() bool { return true }

// Click registers fn to run when the button is clicked, after the components are cleared.
func (b *ClearButton) Click(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(b, b, EventClick, fn, in, out, opts)
}

// builtinEvents is the browser-side listener that does the clearing, as Gradio's:
// a JS function returning null for every component.
func (b *ClearButton) builtinEvents() []*Event {
	if len(b.Components) == 0 {
		return nil
	}
	nulls := strings.TrimSuffix(strings.Repeat("null, ", len(b.Components)), ", ")
	return []*Event{{
		triggers: []Trigger{{b, EventClick}},
		outputs:  b.Components,
		opts:     EventOptions{JS: "() => [" + nulls + "]", Queue: False, APIVisibility: Private},
	}}
}

// builtin is implemented by components that come with listeners of their own.
type builtin interface{ builtinEvents() []*Event }

var (
	_ Input     = (*ClearButton)(nil)
	_ builtin   = (*ClearButton)(nil)
	_ Validator = (*ClearButton)(nil)
)
