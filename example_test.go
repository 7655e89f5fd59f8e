package gradio_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

func greet(name string) string { return "Hello, " + name + "!" }

// An Interface wraps one function; its api name is the function's name.
func ExampleInterface() {
	app, err := (&gradio.Interface{
		Fn:      greet,
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}},
	}).Build()
	if err != nil {
		panic(err)
	}
	defer app.Close()

	out, err := gradiotest.New(app).Predict("/greet", "Ada")
	fmt.Println(out[0], err)
	// Output: Hello, Ada! <nil>
}

// A Blocks app is a layout tree; events are registered on its components.
func ExampleBlocks() {
	name := &gradio.Textbox{Label: "Name"}
	shout := &gradio.Checkbox{Label: "Shout"}
	out := &gradio.Textbox{Label: "Greeting", Interactive: gradio.False}
	btn := &gradio.Button{Value: "Greet", Variant: gradio.Primary}
	btn.Click(func(name string, shout bool) string {
		if shout {
			return strings.ToUpper(greet(name))
		}
		return greet(name)
	}, gradio.In(name, shout), gradio.Out(out), gradio.EventOptions{APIName: "greet"})

	app, err := (&gradio.Blocks{
		Title:    "Greeter",
		Children: []gradio.Component{gradio.Row(gradio.Column(name, shout), out), btn},
	}).Build()
	if err != nil {
		panic(err)
	}
	defer app.Close()

	out2, _ := gradiotest.New(app).Predict("/greet", "Ada", true)
	fmt.Println(out2[0])
	// Output: HELLO, ADA!
}

// Build checks handlers against their components before anything is served.
func ExampleBlocks_Build() {
	age := &gradio.Number{Label: "Age"}
	out := &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func(age string) string { return age }, gradio.In(age), gradio.Out(out))
	_, err := (&gradio.Blocks{Children: []gradio.Component{age, btn, out}}).Build()
	fmt.Println(err)
	// Output:
	// gradio: the app is not valid:
	//   - event button "Run".click: handler func(string) string: parameter 1 is string, but input number "Age" gives float64
}

// A State keeps a value per session on the server.
func ExampleState() {
	count := &gradio.State[int]{}
	shown := &gradio.Textbox{Label: "Count"}
	inc := &gradio.Button{Value: "+1"}
	inc.Click(func(n int) (int, string) { return n + 1, fmt.Sprint(n + 1) },
		gradio.In(count), gradio.Out(count, shown), gradio.EventOptions{APIName: "increment"})
	app, _ := (&gradio.Blocks{Children: []gradio.Component{inc, shown}}).Build()
	defer app.Close()

	alice, bob := gradiotest.New(app), gradiotest.New(app)
	alice.Predict("/increment")
	a, _ := alice.Predict("/increment")
	b, _ := bob.Predict("/increment")
	fmt.Println(a[0], b[0])
	// Output: 2 1
}

// A gradio.Error is shown to the user; other errors only as a generic message.
func ExampleError() {
	divide := func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, gradio.Error{Title: "Math", Message: "Cannot divide by zero!"}
		}
		return a / b, nil
	}
	app, _ := (&gradio.Interface{
		Fn:      divide,
		Inputs:  []gradio.Component{&gradio.Number{Label: "a"}, &gradio.Number{Label: "b"}},
		Outputs: []gradio.Component{&gradio.Number{}},
		Event:   gradio.EventOptions{APIName: "divide"},
	}).Build()
	defer app.Close()

	_, err := gradiotest.New(app).Predict("/divide", 1, 0)
	var e *gradiotest.AppError
	if errors.As(err, &e) {
		fmt.Println(e.Title, "-", e.Message)
	}
	// Output: Math - Cannot divide by zero!
}

// A handler returning iter.Seq streams: each value reaches the client as it is yielded.
func ExampleProgressFrom() {
	count := func(ctx context.Context, n float64) iter.Seq[string] {
		return func(yield func(string) bool) {
			p := gradio.ProgressFrom(ctx)
			for i := range int(n) {
				p.Step(i, int(n), "steps", "counting")
				if !yield(strings.Repeat("*", i+1)) {
					return // the user pressed Stop or left
				}
			}
		}
	}
	app, _ := (&gradio.Interface{
		Fn:      count,
		Inputs:  []gradio.Component{&gradio.Number{Label: "n"}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
		Event:   gradio.EventOptions{APIName: "count"},
	}).Build()
	defer app.Close()

	all, _ := gradiotest.New(app).Stream("/count", 3)
	fmt.Println(all)
	// Output: [[*] [**] [***] [***]]
}

// Returning an Update changes an output's properties as well as, or instead of, its value.
func ExampleUpdate() {
	secret := &gradio.Textbox{Label: "Secret", Visible: gradio.False}
	reveal := &gradio.Button{Value: "Reveal"}
	reveal.Click(func() gradio.Update {
		return gradio.Update{Value: "42", Visible: gradio.True}
	}, nil, gradio.Out(secret), gradio.EventOptions{APIName: "reveal"})
	app, _ := (&gradio.Blocks{Children: []gradio.Component{reveal, secret}}).Build()
	defer app.Close()

	out, _ := gradiotest.New(app).Predict("/reveal")
	u := out[0].(map[string]any)
	fmt.Println(u["__type__"], u["value"], u["visible"])
	// Output: update 42 true
}

// On registers one listener for several triggers.
func ExampleOn() {
	text := &gradio.Textbox{Label: "Text"}
	btn := &gradio.Button{Value: "Upper"}
	out := &gradio.Textbox{}
	gradio.On([]gradio.Trigger{{Source: btn, Event: gradio.EventClick}, {Source: text, Event: gradio.EventSubmit}},
		strings.ToUpper, gradio.In(text), gradio.Out(out))
	app, _ := (&gradio.Blocks{Children: []gradio.Component{text, btn, out}}).Build()
	defer app.Close()

	res, _ := gradiotest.New(app).Predict("/ToUpper", "shout")
	fmt.Println(res[0])
	// Output: SHOUT
}

// Listeners chain: Then runs after the first finishes, here turning its result into a log line.
func ExampleEvent_Then() {
	in, mid, last := &gradio.Textbox{}, &gradio.Textbox{}, &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(strings.TrimSpace, gradio.In(in), gradio.Out(mid), gradio.EventOptions{APIName: "trim"}).
		Then(func(s string) string { return fmt.Sprintf("%d chars", len(s)) }, gradio.In(mid), gradio.Out(last),
			gradio.EventOptions{APIName: "measure"})
	app, _ := (&gradio.Blocks{Children: []gradio.Component{in, btn, mid, last}}).Build()
	defer app.Close()

	c := gradiotest.New(app)
	trimmed, _ := c.Predict("/trim", "  hi  ")
	measured, _ := c.Predict("/measure", trimmed[0])
	fmt.Println(trimmed[0], "/", measured[0])
	// Output: hi / 2 chars
}

// An App is an http.Handler: mount it under a prefix of any server.
func ExampleApp_ServeHTTP() {
	app, err := (&gradio.Interface{
		Fn:      greet,
		Inputs:  []gradio.Component{&gradio.Textbox{}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
	}).Build()
	if err != nil {
		panic(err)
	}
	defer app.Close()

	mux := http.NewServeMux()
	mux.Handle("/demo/", http.StripPrefix("/demo", app))
	// http.ListenAndServe(":8080", mux): the app is at http://localhost:8080/demo/.
}
