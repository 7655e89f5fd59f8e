package gradio_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

func exclaim(s string) string { return strings.ToUpper(s) + "!" }

// Examples under an interface fill its inputs when clicked; with a cache, the outputs
// computed when the app was built are shown at once.
func ExampleInterface_examples() {
	app, err := (&gradio.Interface{
		Fn:            exclaim,
		Inputs:        []gradio.Component{&gradio.Textbox{Label: "Text"}},
		Outputs:       []gradio.Component{&gradio.Textbox{Label: "Shouted"}},
		Examples:      [][]any{{"hello"}, {"bonjour"}},
		CacheExamples: gradio.CacheEager,
	}).Build(gradio.WithQuiet())
	if err != nil {
		panic(err)
	}
	defer app.Close()

	// What a click on the second example shows (the browser calls this endpoint).
	out, _ := gradiotest.New(app).Predict("/load_example", 1)
	fmt.Println(out[0].(map[string]any)["value"])
	// Output: BONJOUR!
}

// With flagging, a Flag button saves the inputs and outputs to a CSV file in the
// flagging directory; it is appended to across restarts.
func ExampleInterface_flagging() {
	dir, _ := os.MkdirTemp("", "flagged")
	defer os.RemoveAll(dir)
	app, err := (&gradio.Interface{
		Fn:          exclaim,
		Inputs:      []gradio.Component{&gradio.Textbox{Label: "Text"}},
		Outputs:     []gradio.Component{&gradio.Textbox{Label: "Shouted"}},
		Flagging:    gradio.FlagManual,
		FlaggingDir: dir,
	}).Build(gradio.WithQuiet())
	if err != nil {
		panic(err)
	}
	defer app.Close()

	// What a click on Flag does: the current input and output are sent.
	if _, err := gradiotest.New(app).Predict("/Flag", "hi", "HI!"); err != nil {
		panic(err)
	}
	csv, _ := os.ReadFile(filepath.Join(dir, "dataset1.csv"))
	fmt.Println(strings.SplitN(string(csv), "\n", 2)[0])
	// Output: Text,Shouted,flag,username,timestamp
}

// Examples can stand on their own in a Blocks: a click fills the inputs and, with
// RunOnClick, runs the function.
func ExampleExamples() {
	text := &gradio.Textbox{Label: "Text"}
	out := &gradio.Textbox{Label: "Shouted"}
	btn := &gradio.Button{Value: "Shout"}
	btn.Click(exclaim, gradio.In(text), gradio.Out(out))
	app, err := (&gradio.Blocks{Children: []gradio.Component{
		text, btn, out,
		&gradio.Examples{Rows: [][]any{{"hi"}, {"hey"}}, Inputs: []gradio.Component{text}, Outputs: []gradio.Component{out}, Fn: exclaim, RunOnClick: true},
	}}).Build(gradio.WithQuiet())
	if err != nil {
		panic(err)
	}
	defer app.Close()

	out0, _ := gradiotest.New(app).Predict("/load_example", 0)
	fmt.Println(out0[0].(map[string]any)["value"])
	// Output: hi
}
