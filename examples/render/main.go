// Command render is a dynamic layout: a slider chooses how many text boxes the page
// shows, each with a button that reverses its text, rebuilt by a gradio.Render whenever
// the slider moves. Boxes keep what was typed into them (their Key), and the buttons
// also write into a box outside the render.
//
//	go run ./examples/render   # then open http://127.0.0.1:7860
package main

import (
	"fmt"
	"log"
	"strconv"

	"github.com/gradio-go/gradio"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	count := &gradio.Slider{Label: "Boxes", Minimum: 1, Maximum: 6, Step: 1, Value: 2}
	last := &gradio.Textbox{Label: "Last reversed", Interactive: gradio.False}
	boxes := &gradio.Render{
		Inputs: []gradio.Component{count},
		Fn: func(n float64) []gradio.Component {
			var rows []gradio.Component
			for i := range int(n) {
				box := &gradio.Textbox{Label: fmt.Sprintf("Box %d", i+1), Placeholder: "Type here", Key: strconv.Itoa(i)}
				flip := &gradio.Button{Value: "Reverse"}
				// A listener built here may use components outside the render too.
				flip.Click(func(s string) (string, string) { r := reverse(s); return r, r },
					gradio.In(box), gradio.Out(box, last), gradio.EventOptions{APIName: "reverse"})
				rows = append(rows, gradio.Row(box, flip))
			}
			return rows
		},
	}
	app := &gradio.Blocks{
		Title: "Render",
		Children: []gradio.Component{
			&gradio.Markdown{Value: "# Render\nMove the slider: the boxes below are rebuilt for your page."},
			count, boxes, last,
		},
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
