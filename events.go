package gradio

import (
	"fmt"
	"time"
)

// Event names, as they appear in config targets.
const (
	EventClick   = "click"
	EventChange  = "change"
	EventInput   = "input"
	EventSubmit  = "submit"
	EventBlur    = "blur"
	EventFocus   = "focus"
	EventSelect  = "select"
	EventRelease = "release"
	EventClear   = "clear"
	EventUpload  = "upload"
	EventTick    = "tick"
	EventLoad    = "load"
	EventUnload  = "unload"
)

// Unlimited, as a ConcurrencyLimit, lets any number of an event's calls run at once.
const Unlimited = -1

// Visibility says whether an event is part of the app's API.
type Visibility string

// Values of Visibility, as Gradio's api_visibility.
const (
	// Public events are listed in /gradio_api/info and callable (the default).
	Public Visibility = "public"
	// Undocumented events are callable but not listed.
	Undocumented Visibility = "undocumented"
	// Private events are neither listed nor offered to API clients.
	Private Visibility = "private"
)

// EventOptions tune one event listener. The zero value gives Gradio's defaults.
type EventOptions struct {
	// APIName names the endpoint ("/greet"); by default the Go function's name, or
	// "lambda" for a function literal. Names are made unique with _1, _2 suffixes.
	APIName string
	// APIDescription is shown in the API docs.
	APIDescription string
	// APIVisibility defaults to Public.
	APIVisibility Visibility
	// ParamNames name the handler's parameters for keyword calls from API clients
	// (Go keeps no parameter names at run time). By default each is the input's label in
	// snake_case, or param_<i>.
	ParamNames []string
	// Queue set to False runs the event directly on its HTTP request, without the queue.
	Queue Bool
	// ConcurrencyLimit caps how many calls of this event run at once: 0 means the app's
	// default (1, as in Gradio), Unlimited means no cap.
	ConcurrencyLimit int
	// ConcurrencyID puts events with the same id into one concurrency group, whose limit
	// is the first member's.
	ConcurrencyID string
	// TriggerMode is "once" (ignore triggers while running; the default), "multiple" or
	// "always_last" (run once more with the latest values when the current run ends).
	TriggerMode string
	// ShowProgress is "full" (the default), "minimal" or "hidden".
	ShowProgress string
	// ScrollToOutput scrolls the page to the outputs when the event completes.
	ScrollToOutput bool
	// Cancels lists events that this trigger cancels when it fires.
	Cancels []*Event
	// Batch makes the handler receive slices: up to MaxBatchSize waiting calls are run
	// together, each parameter and result being a slice with one element per call.
	Batch        bool
	MaxBatchSize int
	// TimeLimit bounds a streaming event's duration; zero means none.
	TimeLimit time.Duration
	// JS is JavaScript run in the browser before (or, with no handler, instead of) the
	// Go handler.
	JS string
}

// Trigger names one event of one component, for On.
type Trigger struct {
	Source Component
	Event  string
}

// Inputs is the list of components whose values a handler receives, in parameter order.
type Inputs []Component

// Outputs is the list of components a handler's results go to, in result order.
type Outputs []Component

// In lists a handler's input components.
func In(c ...Component) Inputs { return c }

// Out lists a handler's output components.
func Out(c ...Component) Outputs { return c }

// Event is a registered listener. Chain follow-up listeners with Then, Success and Failure.
type Event struct {
	triggers []Trigger
	fn       any // nil for a JS-only listener
	inputs   Inputs
	outputs  Outputs
	opts     EventOptions
	after    *Event // the event this one is chained to
	chain    string // "then", "success" or "failure"
	next     []*Event
	cancel   bool    // a listener whose only job is to cancel others
	render   *Render // the listener that runs a Render's Fn
	sealed   bool    // part of a built app: nothing may be chained to it any more
}

// Then registers fn to run after e finishes, whether or not it succeeded.
func (e *Event) Then(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return e.chained("then", fn, in, out, opts)
}

// Success registers fn to run after e finishes without error.
func (e *Event) Success(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return e.chained("success", fn, in, out, opts)
}

// Failure registers fn to run after e fails.
func (e *Event) Failure(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return e.chained("failure", fn, in, out, opts)
}

func (e *Event) chained(kind string, fn any, in Inputs, out Outputs, opts []EventOptions) *Event {
	if e.sealed {
		panic("gradio: a listener was chained to a listener of an app that is already built; " +
			"inside a Render's Fn, chain only to listeners the Fn registers")
	}
	n := &Event{fn: fn, inputs: in, outputs: out, opts: first(opts), after: e, chain: kind}
	e.next = append(e.next, n)
	return n
}

func first(opts []EventOptions) EventOptions {
	if len(opts) > 0 {
		return opts[0]
	}
	return EventOptions{}
}

// Events holds the listeners registered on a component. Built-in components embed it;
// a custom component embeds it too to support events. Its zero value is ready to use.
type Events struct {
	list []*Event
	// sealed is set when the component's app is built: the app's listeners are fixed
	// then, and a listener registered later (inside a Render's Fn) is held by a
	// component the Fn created (see holder).
	sealed bool
}

func (ev *Events) events() *Events { return ev }

// eventSource is implemented by every type that embeds Events.
type eventSource interface{ events() *Events }

// on registers a listener for one event of c.
func on(c eventSource, self Component, name string, fn any, in Inputs, out Outputs, opts []EventOptions) *Event {
	e := &Event{triggers: []Trigger{{self, name}}, fn: fn, inputs: in, outputs: out, opts: first(opts)}
	h := c
	if c.events().sealed {
		h = holder(e)
	}
	h.events().list = append(h.events().list, e)
	return e
}

// holder picks where a listener registered on a built app's component is kept: the
// first component of the listener that is not part of a built app, which a Render's Fn
// has just created; the render collects it from there. A listener that involves no
// such component could only be attached to the running app, which never changes, so
// holder panics: it is a programming error, like registering a nil handler.
func holder(e *Event) eventSource {
	var all []Component
	for _, t := range e.triggers {
		all = append(all, t.Source)
	}
	all = append(append(all, e.inputs...), e.outputs...)
	for _, c := range all {
		if src, ok := c.(eventSource); ok && !src.events().sealed {
			return src
		}
	}
	name := "a component"
	if len(e.triggers) > 0 && e.triggers[0].Source != nil {
		name = describe(e.triggers[0].Source)
	}
	panic(fmt.Sprintf("gradio: a listener was registered on %s after its app was built; "+
		"a listener added inside a Render's Fn must involve a component the Fn creates that can hold listeners (not only a State)", name))
}

// On registers one listener for several triggers, such as a textbox's submit and a
// button's click. Triggers whose source cannot hold listeners (a component that does
// not embed Events) are reported when the app is built.
//
// On panics if triggers is empty or no trigger source embeds Events: that is a
// programming error, like registering a nil handler.
func On(triggers []Trigger, fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	e := &Event{triggers: triggers, fn: fn, inputs: in, outputs: out, opts: first(opts)}
	for _, t := range triggers {
		if src, ok := t.Source.(eventSource); ok {
			if src.events().sealed {
				src = holder(e)
			}
			src.events().list = append(src.events().list, e)
			return e
		}
	}
	panic("gradio.On: no trigger has a source that can hold listeners")
}
