// Command layout is a Blocks app: a layout tree of rows, columns, tabs and an accordion,
// with events wired on the components and chained with Then.
//
//	go run ./examples/layout   # then open http://127.0.0.1:7860
package main

import (
	"fmt"
	"log"
	"strings"

	"github.com/gradio-go/gradio"
)

func main() {
	// Text tab: greet someone, optionally shouting, then count the characters.
	name := &gradio.Textbox{Label: "Name", Placeholder: "Ada"}
	shout := &gradio.Checkbox{Label: "Shout"}
	greeting := &gradio.Textbox{Label: "Greeting", Interactive: gradio.False}
	length := &gradio.Textbox{Label: "Length", Interactive: gradio.False}
	greet := &gradio.Button{Value: "Greet", Variant: gradio.Primary}
	greet.Click(func(name string, shout bool) string {
		g := "Hello, " + name + "!"
		if shout {
			g = strings.ToUpper(g)
		}
		return g
	}, gradio.In(name, shout), gradio.Out(greeting), gradio.EventOptions{APIName: "greet"}).
		Then(func(g string) string { return fmt.Sprintf("%d characters", len(g)) },
			gradio.In(greeting), gradio.Out(length), gradio.EventOptions{APIName: "length"})

	// Numbers tab: a slider drives a product as it moves.
	a := &gradio.Slider{Label: "a", Minimum: 0, Maximum: 10, Value: 3}
	b := &gradio.Number{Label: "b", Value: 4}
	product := &gradio.Number{Label: "a × b", Interactive: gradio.False}
	multiply := func(a, b float64) float64 { return a * b }
	gradio.On([]gradio.Trigger{{Source: a, Event: gradio.EventChange}, {Source: b, Event: gradio.EventChange}},
		multiply, gradio.In(a, b), gradio.Out(product), gradio.EventOptions{APIName: "multiply"})

	notes := &gradio.Markdown{Value: "Settings that most people never need live here."}
	app := &gradio.Blocks{
		Title: "Layout",
		Children: []gradio.Component{
			&gradio.Markdown{Value: "# Layout\nTabs, rows, columns and an accordion, built as a Go value."},
			gradio.Tabs(
				gradio.Tab("Text",
					gradio.Row(gradio.Column(name, shout, greet), gradio.Column(greeting, length)),
				),
				gradio.Tab("Numbers",
					gradio.Row(a, b, product),
				),
			),
			&gradio.AccordionBlock{Label: "Advanced", Closed: true, Children: []gradio.Component{notes}},
		},
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
