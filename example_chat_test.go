package gradio_test

import (
	"context"
	"fmt"
	"iter"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

// A ChatInterface wraps one chat function. Returning an iter.Seq streams the answer:
// each value is the answer so far. API clients call it by the function's name, and each
// session keeps its history.
func ExampleChatInterface() {
	echo := func(message string, history []gradio.Message) iter.Seq[string] {
		return func(yield func(string) bool) {
			answer := ""
			for _, w := range strings.Fields(fmt.Sprintf("message %d: %s", len(history)/2+1, message)) {
				answer = strings.TrimSpace(answer + " " + w)
				if !yield(answer) {
					return
				}
			}
		}
	}
	app, err := (&gradio.ChatInterface{Fn: echo, Title: "Echo"}).Build()
	if err != nil {
		panic(err)
	}
	defer app.Close()

	c := gradiotest.New(app)
	steps, _ := c.Stream("/chat", "hello there") // a function literal is served as /chat
	for _, s := range steps {
		fmt.Println(s[0])
	}
	out, _ := c.Predict("/chat", "again")
	fmt.Println(out[0])
	// Output:
	// message
	// message 1:
	// message 1: hello
	// message 1: hello there
	// message 1: hello there
	// message 2: again
}

// Additional inputs are passed after the history and shown in an accordion; a
// Multimodal chat's message carries the attached files.
func ExampleChatInterface_additionalInputs() {
	respond := func(ctx context.Context, message gradio.MultimodalValue, history []gradio.Message, style string) (gradio.Message, error) {
		text := fmt.Sprintf("%d file(s) and %q", len(message.Files), message.Text)
		if style == "Loud" {
			text = strings.ToUpper(text)
		}
		return gradio.Message{Content: text}, nil
	}
	app, err := (&gradio.ChatInterface{
		Fn:               respond,
		Multimodal:       true,
		AdditionalInputs: []gradio.Component{&gradio.Radio{Label: "Style", Choices: []string{"Plain", "Loud"}, Value: "Plain"}},
		Examples:         []gradio.ChatExample{{Text: "Describe this"}},
		Event:            gradio.EventOptions{APIName: "respond"},
	}).Build()
	if err != nil {
		panic(err)
	}
	defer app.Close()

	out, _ := gradiotest.New(app).Predict("/respond", map[string]any{"text": "hi", "files": []any{}}, "Loud")
	fmt.Println(out[0].(map[string]any)["content"])
	// Output: [map[text:0 FILE(S) AND "HI" type:text]]
}

// Build reports a chat function that does not fit.
func ExampleChatInterface_Build() {
	_, err := (&gradio.ChatInterface{Fn: func(message string) string { return message }}).Build()
	fmt.Println(err)
	// Output:
	// gradio: ChatInterface.Fn func(string) string takes 1 value(s) but the chat passes 2 (the message, the history and 0 additional input(s): none); want func([ctx context.Context,] message string, history []gradio.Message, <one value per additional input>)
}

// A TabbedInterface puts apps in tabs; each keeps its api names, and clashing names get
// suffixes.
func ExampleTabbedInterface() {
	hello := &gradio.Interface{Fn: greet,
		Inputs: []gradio.Component{&gradio.Textbox{Label: "Name"}}, Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}}}
	again := &gradio.Interface{Fn: greet,
		Inputs: []gradio.Component{&gradio.Textbox{Label: "Name"}}, Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}}}
	chat := &gradio.ChatInterface{Fn: func(message string, _ []gradio.Message) string { return "You said " + message }}
	app, err := (&gradio.TabbedInterface{
		Interfaces: []gradio.Blockser{hello, again, chat},
		TabNames:   []string{"Hello", "Hello again", "Chat"},
	}).Build()
	if err != nil {
		panic(err)
	}
	defer app.Close()

	c := gradiotest.New(app)
	for _, api := range []string{"/greet", "/greet_1", "/chat"} {
		out, _ := c.Predict(api, "Ada")
		fmt.Println(api, out[0])
	}
	// Output:
	// /greet Hello, Ada!
	// /greet_1 Hello, Ada!
	// /chat You said Ada
}
