package gradio

import (
	"context"
	"encoding/json"
	"reflect"
)

// Component is anything placed in an app's layout: an input or output component, a
// button, or a layout block such as a Row. The core contract is deliberately small;
// everything else a component can do is an optional interface discovered at build time
// (see Input, Output, Container, APIDescriber, Exampler).
//
// Built-in components are struct literals whose zero value works:
//
//	&gradio.Textbox{Label: "Name", Lines: 3}
type Component interface {
	// Kind is the frontend type name, such as "textbox"; it also names the element that
	// renders the component in the browser.
	Kind() string
	// Props returns the properties the frontend receives in /config. Keys are the wire
	// names ("label", "min_width"); "value" holds the initial value in wire form.
	Props() map[string]any
}

// Container is a Component with children, such as Row or Tab.
type Container interface {
	Component
	// Items returns the children in display order.
	Items() []Component
}

// Input is a component whose value a handler receives.
type Input interface {
	Component
	// ValueType is the Go type Preprocess returns, which the handler's parameter must
	// accept (see the package documentation for the conversions allowed).
	ValueType() reflect.Type
	// Preprocess decodes the client's JSON payload into the component's Go value. The
	// payload is untrusted: a bad one gets an error that says what was expected.
	Preprocess(ctx context.Context, payload json.RawMessage) (any, error)
}

// Output is a component a handler's result is shown in.
type Output interface {
	Component
	// ValueType is the Go type Postprocess accepts, which the handler's result must be
	// convertible to.
	ValueType() reflect.Type
	// Postprocess encodes a handler result into the component's wire value.
	Postprocess(ctx context.Context, value any) (any, error)
}

// TypedInput is implemented by inputs whose Go value is chosen by the handler's
// parameter type: an Image can give an image.Image or a FileData.
type TypedInput interface {
	Input
	// AcceptsType reports whether the component can give (or, as an output, take)
	// values of type t.
	AcceptsType(t reflect.Type) bool
	// PreprocessTo decodes the payload into a value of type t, one AcceptsType allowed.
	PreprocessTo(ctx context.Context, payload json.RawMessage, t reflect.Type) (any, error)
}

// TypedOutput is implemented by outputs that take several Go types; Postprocess then
// receives the handler's value as it is, unconverted.
type TypedOutput interface {
	Output
	// AcceptsType reports whether Postprocess can take values of type t.
	AcceptsType(t reflect.Type) bool
}

// APIDescriber is implemented by components that describe their value in /gradio_api/info.
// The schema is a JSON Schema object, such as {"type": "string"}.
type APIDescriber interface {
	APISchema() map[string]any
}

// Exampler is implemented by components that offer an example payload for API docs.
type Exampler interface {
	ExampleValue() any
}

// skipAPI is implemented by components that never appear in the API (State, buttons,
// layout blocks): clients drop them from parameters and results.
type skipAPI interface{ skipAPI() bool }

// Bool is a property that can be left unset, so that the zero value of a component
// means "the default" rather than "false". Use True or False to set it.
type Bool uint8

// Values of Bool.
const (
	Unset Bool = iota
	True
	False
)

// or returns b as a bool, with def when unset.
func (b Bool) or(def bool) bool {
	switch b {
	case True:
		return true
	case False:
		return false
	}
	return def
}

// set reports whether b was given.
func (b Bool) set() bool { return b != Unset }

// Validator is implemented by components that can check their own settings; Build
// reports the error with the component's place in the layout.
type Validator interface {
	Validate() error
}
