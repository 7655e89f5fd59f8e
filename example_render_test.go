package gradio_test

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

// A Render rebuilds part of the page for each session: here, one text box and button
// per step of a slider. The page runs it when it loads and when the slider moves; the
// listeners each run registers are that page's until the next run replaces them.
func ExampleRender() {
	count := &gradio.Slider{Label: "Boxes", Minimum: 1, Maximum: 5, Step: 1, Value: 2}
	boxes := &gradio.Render{
		Inputs: []gradio.Component{count},
		Fn: func(n int) ([]gradio.Component, error) {
			var rows []gradio.Component
			for i := range n {
				// The Key keeps what a user typed in the box when the slider moves.
				box := &gradio.Textbox{Label: fmt.Sprintf("Box %d", i+1), Key: strconv.Itoa(i)}
				upper := &gradio.Button{Value: "Upper"}
				upper.Click(strings.ToUpper, gradio.In(box), gradio.Out(box), gradio.EventOptions{APIName: "upper"})
				rows = append(rows, gradio.Row(box, upper))
			}
			return rows, nil
		},
	}
	app, err := (&gradio.Blocks{Children: []gradio.Component{count, boxes}}).Build()
	if err != nil {
		panic(err)
	}
	defer app.Close()

	// What the page does when the slider reaches 3, then a click on the third button.
	c := gradiotest.New(app)
	if _, err := c.Predict("/render", 3); err != nil {
		panic(err)
	}
	for _, comp := range c.Rendered() {
		if comp.Type == "textbox" {
			fmt.Println(comp.Props["label"])
		}
	}
	out, err := c.Predict("/upper_2", "go")
	fmt.Println(out[0], err)
	// Output:
	// Box 1
	// Box 2
	// Box 3
	// GO <nil>
}
