package gradio

import (
	"context"
	"encoding/json"
	"reflect"
	"strconv"
)

// FlagButton is a button that saves the current values of Components when clicked:
// flagging in a Blocks app, as Gradio's callback.setup and callback.flag do. The
// button says "Saved" for a moment after a sample is saved.
//
//	flag := &gradio.FlagButton{Components: []gradio.Component{prompt, answer}, Option: "wrong"}
//
// The saver is set up when the app is built, so a flagging directory or database that
// cannot be written is an error from Build. Several buttons may share one Saver (one
// per option, say). A FlagButton cannot be created inside a Render's Fn.
type FlagButton struct {
	Events
	// Components are the components whose values are saved, in order; each must have a
	// value (an input component). Files are copied by the saver.
	Components []Component
	// Option is saved with each sample, as Gradio's flagging options ("" for none).
	Option string
	// Saver stores the samples; nil means a CSV file in Dir (see FlagSaver).
	Saver FlagSaver
	// Dir is the flagging directory given to the saver; "" means DefaultFlaggingDir.
	Dir string
	// APIName names the flagging endpoint; "" means "Flag". It is undocumented.
	APIName string

	// Value is the button's text; "" means "Flag", or "Flag as <Option>".
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

	f *flagger // set up already (by Interface)
}

func (b *FlagButton) Kind() string { return "button" }

func (b *FlagButton) label() string {
	if b.Value != "" {
		return b.Value
	}
	if b.Option != "" {
		return "Flag as " + b.Option
	}
	return "Flag"
}

func (b *FlagButton) Props() map[string]any {
	return buttonProps(b.label(), "Flag", b.Variant, b.Size, b.Icon, "", b.Scale, b.MinWidth, b.Visible, b.Interactive, b.ElemID, b.ElemClasses)
}

func (b *FlagButton) Validate() error { return validButton(b.Variant, b.Size) }

func (b *FlagButton) ValueType() reflect.Type { return reflect.TypeFor[string]() }

func (b *FlagButton) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeValue[string](p, "a string")
}

func (b *FlagButton) Postprocess(_ context.Context, v any) (any, error) {
	s, _ := v.(string)
	return s, nil
}

func (b *FlagButton) skipAPI() bool { return true }

// Click registers fn to run when the button is clicked, besides the flagging.
func (b *FlagButton) Click(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(b, b, EventClick, fn, in, out, opts)
}

// attach sets up the saver and brings the flagging listener: it saves the values and
// says "Saved" on the button, then its label again after a moment.
func (b *FlagButton) attach(bd *builder) []*Event {
	f := b.f
	if f == nil {
		if len(b.Components) == 0 {
			bd.errorf("%s: Components is empty: there is nothing to flag", describe(b))
			return nil
		}
		var err error
		if f, err = setupFlagger(b.Dir, b.Saver, b.Components); err != nil {
			bd.errorf("%s: %v", describe(b), err)
			return nil
		}
	}
	comps := make(Inputs, len(f.fields))
	for i, fl := range f.fields {
		comps[i] = fl.Component
	}
	click := &Event{
		triggers: []Trigger{{b, EventClick}}, fn: f.flagFn(b.Option, "Saved"), inputs: comps, outputs: Outputs{b},
		opts: EventOptions{APIName: or(b.APIName, "Flag"), APIVisibility: Undocumented, Queue: False, ShowProgress: "hidden"},
	}
	click.Then(nil, nil, Outputs{b}, EventOptions{JS: "() => new Promise((r) => setTimeout(() => r(" + strconv.Quote(b.label()) + "), 1500))"})
	return []*Event{click}
}

var (
	_ Input     = (*FlagButton)(nil)
	_ Output    = (*FlagButton)(nil)
	_ Validator = (*FlagButton)(nil)
	_ attacher  = (*FlagButton)(nil)
)
