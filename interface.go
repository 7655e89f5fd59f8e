package gradio

import (
	"errors"
	"reflect"
)

// Interface is an app made of one function, its input components and its output
// components, laid out side by side with Submit and Clear buttons (and Stop, for a
// streaming function). The function's api name is its Go name, as in Gradio:
//
//	app := &gradio.Interface{
//		Fn:      greet, // served as /greet
//		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
//		Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}},
//	}
//	log.Fatal(app.Launch())
type Interface struct {
	// Fn is the handler; see the package documentation for the signatures allowed.
	Fn      any
	Inputs  []Component
	Outputs []Component
	// Title is shown above the app and in the browser tab; Description (Markdown) under
	// it; Article (Markdown) below the app.
	Title, Description, Article string
	// SubmitLabel is the submit button's text; "" means "Submit".
	SubmitLabel string
	// Event tunes the function's event: api name, concurrency, batching...
	Event EventOptions
	// CSS, JS and Head customise the page, as in Blocks.
	CSS, JS, Head string
}

// Blocks returns the Blocks app the interface stands for, with fresh buttons and events
// each time; the input and output components are the interface's own.
func (it *Interface) Blocks() (*Blocks, error) {
	if it.Fn == nil {
		return nil, errors.New("gradio: Interface.Fn is nil")
	}
	submit := &Button{Value: or(it.SubmitLabel, "Submit"), Variant: Primary}
	clearables := make([]Component, 0, len(it.Inputs)+len(it.Outputs))
	for _, c := range append(append([]Component{}, it.Inputs...), it.Outputs...) {
		if _, ok := c.(stateful); !ok {
			clearables = append(clearables, c)
		}
	}
	clear := &ClearButton{Components: clearables}
	buttons := []Component{clear, submit}

	// The submit button comes first among the triggers, so the event is stored on it and
	// not on the caller's components: building twice must not register twice.
	triggers := []Trigger{{submit, EventClick}}
	for _, c := range it.Inputs {
		if tb, ok := c.(*Textbox); ok && tb.Lines <= 1 {
			triggers = append(triggers, Trigger{tb, EventSubmit})
		}
	}
	opts := it.Event
	opts.ScrollToOutput = true
	main := On(triggers, it.Fn, it.Inputs, it.Outputs, opts)
	if t := reflect.TypeOf(it.Fn); t.Kind() == reflect.Func && t.NumOut() > 0 {
		if k, _ := seqShape(t.Out(0)); k != notStreaming {
			stop := &Button{Value: "Stop", Variant: Stop}
			stop.Click(nil, nil, nil, EventOptions{Cancels: []*Event{main}})
			buttons = append(buttons, stop)
		}
	}
	left := Column(append(append([]Component{}, it.Inputs...), Row(buttons...))...)
	right := Column(it.Outputs...)
	b := &Blocks{
		Title: it.Title, Children: []Component{Row(left, right)},
		CSS: it.CSS, JS: it.JS, Head: it.Head,
		mode: "interface", description: it.Description, article: it.Article,
	}
	// Listeners on the root are numbered first: the function is fn_index 0, as in Gradio.
	submit.list = nil
	b.list = append(b.list, main)
	return b, nil
}

// Build checks the interface and returns it ready to serve; see Blocks.Build.
func (it *Interface) Build(opts ...Option) (*App, error) {
	b, err := it.Blocks()
	if err != nil {
		return nil, err
	}
	return b.Build(opts...)
}

// Launch builds the interface and serves it until interrupted; see App.Launch.
func (it *Interface) Launch(opts ...Option) error {
	app, err := it.Build(opts...)
	if err != nil {
		return err
	}
	return app.Launch()
}
