// The 50-component app of "gradio bench startup": ten rows of five components, each
// row with its own event.
package main

import (
	"fmt"
	"log"
	"strings"

	"github.com/gradio-go/gradio"
)

func main() {
	var rows []gradio.Component
	for i := range 10 {
		text := &gradio.Textbox{Label: fmt.Sprintf("Text %d", i)}
		n := &gradio.Number{Label: fmt.Sprintf("Number %d", i)}
		slider := &gradio.Slider{Label: fmt.Sprintf("Slider %d", i), Minimum: 0, Maximum: 100}
		check := &gradio.Checkbox{Label: fmt.Sprintf("Upper %d", i)}
		btn := &gradio.Button{Value: fmt.Sprintf("Run %d", i)}
		btn.Click(func(s string, x, y float64, upper bool) string {
			if upper {
				s = strings.ToUpper(s)
			}
			return fmt.Sprintf("%s %g", s, x+y)
		}, gradio.In(text, n, slider, check), gradio.Out(text), gradio.EventOptions{APIName: fmt.Sprintf("run_%d", i)})
		rows = append(rows, gradio.Row(text, n, slider, check, btn))
	}
	app, err := (&gradio.Blocks{Title: "Fifty", Children: rows}).Build(gradio.WithQuiet())
	if err != nil {
		log.Fatal(err)
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
