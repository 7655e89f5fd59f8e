// The 1-component app of "gradio bench startup": an echo Interface.
package main

import (
	"log"

	"github.com/gradio-go/gradio"
)

func main() {
	app := &gradio.Interface{
		Fn:      func(s string) string { return s },
		Inputs:  []gradio.Component{&gradio.Textbox{}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
		Event:   gradio.EventOptions{APIName: "echo"},
	}
	if err := app.Launch(gradio.WithQuiet()); err != nil {
		log.Fatal(err)
	}
}
