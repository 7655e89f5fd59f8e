package gradio

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
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
//
// Its shape follows its components, as in Gradio: with no Inputs it only generates
// (the button says "Generate"), with no Outputs it only takes input, and with the same
// components as Inputs and Outputs the function rewrites them in place.
type Interface struct {
	// Fn is the handler; see the package documentation for the signatures allowed.
	Fn      any
	Inputs  []Component
	Outputs []Component
	// Title is shown above the app and in the browser tab; Description (Markdown) under
	// it; Article (Markdown) below the app.
	Title, Description, Article string

	// Examples are rows of input values, one per input, shown as a clickable table
	// under the app; see Examples.Rows for the form of the values.
	Examples [][]any
	// ExampleLabels, when set, are shown instead of the examples' values.
	ExampleLabels []string
	// ExamplesPerPage is how many examples show at once; 0 means 10.
	ExamplesPerPage int
	// CacheExamples computes the examples' outputs ahead of the clicks, so that a click
	// shows them at once; see CacheMode.
	CacheExamples CacheMode

	// Live runs Fn whenever an input changes (with no inputs, when the page loads),
	// without a Submit button.
	Live bool
	// Vertical puts the outputs under the inputs rather than beside them.
	Vertical bool

	// SubmitLabel, ClearLabel and StopLabel are the buttons' texts; "" means "Submit"
	// ("Generate" with no inputs), "Clear" and "Stop".
	SubmitLabel, ClearLabel, StopLabel string

	// Flagging lets users save a run's inputs and outputs for review; see FlaggingMode.
	Flagging FlaggingMode
	// FlaggingOptions, when set, replace the Flag button with one button per option
	// ("Flag as <option>"); the option is saved with the sample.
	FlaggingOptions []string
	// FlaggingDir holds the flagged samples: a dataset1.csv file and the files they
	// refer to. "" means DefaultFlaggingDir, relative to the working directory. It must
	// be writable when the app is built.
	FlaggingDir string
	// FlaggingCallback stores the flagged samples instead of the CSV file, as Gradio's
	// flagging_callback: sqliteflag.Open("flags.db"), say. It is given FlaggingDir and
	// set up when the app is built.
	FlaggingCallback FlagSaver

	// Event tunes the function's event: api name, concurrency, batching...
	Event EventOptions
	// CSS, JS and Head customise the page, as in Blocks.
	CSS, JS, Head string
}

// flaggingMode is the mode in effect: the field, else $GRADIO_FLAGGING_MODE, else never.
func (it *Interface) flaggingMode() (FlaggingMode, error) {
	m := it.Flagging
	if m == "" {
		m = FlaggingMode(strings.ToLower(os.Getenv("GRADIO_FLAGGING_MODE")))
	}
	switch m {
	case "", FlagNever:
		return FlagNever, nil
	case FlagManual, FlagAuto:
		return m, nil
	}
	return "", fmt.Errorf("gradio: Interface.Flagging %q is not %q, %q or %q", m, FlagNever, FlagManual, FlagAuto)
}

// Blocks returns the Blocks app the interface stands for, with fresh buttons and events
// each time; the input and output components are the interface's own. With flagging,
// it sets up the saver, so that a flagging directory that cannot be written is an error.
func (it *Interface) Blocks() (*Blocks, error) {
	if it.Fn == nil {
		return nil, errors.New("gradio: Interface.Fn is nil")
	}
	flagMode, err := it.flaggingMode()
	if err != nil {
		return nil, err
	}
	unified := len(it.Inputs) > 0 && slices.Equal(it.Inputs, it.Outputs)
	outputOnly := len(it.Inputs) == 0
	// Every component once: a unified interface's components are inputs and outputs.
	all := append([]Component{}, it.Inputs...)
	for _, c := range it.Outputs {
		if !slices.Contains(all, c) {
			all = append(all, c)
		}
	}

	var buttons []Component
	var submit *Button
	if !it.Live {
		label := "Submit"
		if outputOnly {
			label = "Generate"
		}
		submit = &Button{Value: or(it.SubmitLabel, label), Variant: Primary}
	}
	if !outputOnly {
		var clearables []Component
		for _, c := range all {
			if _, ok := c.(stateful); !ok {
				clearables = append(clearables, c)
			}
		}
		buttons = append(buttons, &ClearButton{Components: clearables, Value: it.ClearLabel})
	}
	if submit != nil {
		buttons = append(buttons, submit)
	}

	opts := it.Event
	opts.ScrollToOutput = !it.Live
	var triggers []Trigger
	switch {
	case it.Live && outputOnly:
		triggers = []Trigger{{nil, EventLoad}}
	case it.Live:
		for _, c := range it.Inputs {
			if _, ok := c.(eventSource); ok {
				triggers = append(triggers, Trigger{c, EventChange})
			}
		}
		if opts.TriggerMode == "" {
			opts.TriggerMode = "always_last"
		}
		if opts.ShowProgress == "" {
			opts.ShowProgress = "minimal"
		}
	default:
		triggers = []Trigger{{submit, EventClick}}
		for _, c := range it.Inputs {
			if tb, ok := c.(*Textbox); ok && tb.Lines <= 1 {
				triggers = append(triggers, Trigger{tb, EventSubmit})
			}
		}
	}
	// The event is held by the Blocks, not by the caller's components: building twice
	// must not register twice.
	main := &Event{triggers: triggers, fn: it.Fn, inputs: it.Inputs, outputs: it.Outputs, opts: opts}
	if t := reflect.TypeOf(it.Fn); t.Kind() == reflect.Func && t.NumOut() > 0 {
		if k, _ := seqShape(t.Out(0)); k != notStreaming {
			stop := &Button{Value: or(it.StopLabel, "Stop"), Variant: Stop}
			stop.Click(nil, nil, nil, EventOptions{Cancels: []*Event{main}})
			buttons = append(buttons, stop)
		}
	}

	flagRow, err := it.flagging(flagMode, all, main)
	if err != nil {
		return nil, err
	}

	var body Component
	var actions Component
	if len(buttons) > 0 {
		actions = Row(buttons...)
	}
	switch {
	case outputOnly || len(it.Outputs) == 0 || unified:
		var items []Component
		if outputOnly {
			items = append(items, it.Outputs...)
		} else {
			items = append(items, it.Inputs...)
		}
		items = appendNonNil(items, actions, flagRow)
		body = Column(items...)
	case it.Vertical:
		items := appendNonNil(append([]Component{}, it.Inputs...), actions)
		items = append(items, it.Outputs...)
		body = Column(appendNonNil(items, flagRow)...)
	default:
		left := Column(appendNonNil(append([]Component{}, it.Inputs...), actions)...)
		right := Column(appendNonNil(append([]Component{}, it.Outputs...), flagRow)...)
		body = Row(left, right)
	}
	children := []Component{body}
	if len(it.Examples) > 0 {
		children = append(children, &Examples{
			Rows: it.Examples, Inputs: it.Inputs, Outputs: it.Outputs, Fn: it.Fn, Cache: it.CacheExamples,
			Labels: it.ExampleLabels, PerPage: it.ExamplesPerPage, Batch: it.Event.Batch,
		})
	}
	b := &Blocks{
		Title: it.Title, Children: children,
		CSS: it.CSS, JS: it.JS, Head: it.Head,
		mode: "interface", description: it.Description, article: it.Article,
	}
	// Listeners on the root are numbered first: the function is fn_index 0, as in Gradio.
	b.list = append(b.list, main)
	return b, nil
}

// flagging wires the flagging of the interface's components: Flag buttons (returned
// in a row) or, with FlagAuto, a listener after each successful run.
func (it *Interface) flagging(mode FlaggingMode, all []Component, main *Event) (Component, error) {
	if mode == FlagNever {
		return nil, nil
	}
	var comps []Component
	for _, c := range all {
		if _, ok := c.(stateful); ok {
			continue
		}
		if _, ok := c.(Input); ok {
			comps = append(comps, c)
		}
	}
	f, err := setupFlagger(it.FlaggingDir, it.FlaggingCallback, comps)
	if err != nil {
		return nil, err
	}
	if mode == FlagAuto {
		main.Success(f.flagFn("", ""), comps, nil, EventOptions{APIName: "flag", APIVisibility: Undocumented, Queue: False, ShowProgress: "hidden"})
		return nil, nil
	}
	options := it.FlaggingOptions
	if len(options) == 0 {
		options = []string{""}
	}
	var btns []Component
	for _, o := range options {
		btns = append(btns, &FlagButton{Option: o, f: f})
	}
	return Row(btns...), nil
}

func appendNonNil(list []Component, cs ...Component) []Component {
	for _, c := range cs {
		if c != nil {
			list = append(list, c)
		}
	}
	return list
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
