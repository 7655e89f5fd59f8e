// Command hello is the smallest gradio-go app: a text box in, a greeting out.
//
//	go run ./examples/hello   # then open http://127.0.0.1:7860
package main

import (
	"log"

	"github.com/gradio-go/gradio"
)

func greet(name string) string { return "Hello, " + name + "!" }

func main() {
	app := &gradio.Interface{
		Fn:      greet, // served as /greet
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}},
		Title:   "Hello",
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
