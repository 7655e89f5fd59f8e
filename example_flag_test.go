package gradio_test

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

// In a Blocks app, a FlagButton saves the values of the components it names: here to
// the CSV file of a flagging directory, with the option "wrong".
func ExampleFlagButton() {
	dir, _ := os.MkdirTemp("", "flagged")
	defer os.RemoveAll(dir)

	question := &gradio.Textbox{Label: "Question"}
	answer := &gradio.Textbox{Label: "Answer"}
	flag := &gradio.FlagButton{Components: []gradio.Component{question, answer}, Option: "wrong", Dir: dir}
	app, err := (&gradio.Blocks{Children: []gradio.Component{question, answer, flag}}).Build(gradio.WithQuiet())
	if err != nil {
		panic(err)
	}
	defer app.Close()

	// What a click on the button does (the browser calls this endpoint).
	gradiotest.New(app).Predict("/Flag", "2+2?", "5")

	f, _ := os.Open(filepath.Join(dir, "dataset1.csv"))
	defer f.Close()
	rows, _ := csv.NewReader(f).ReadAll()
	fmt.Println(rows[0][:3], rows[1][:3])
	// Output: [Question Answer flag] [2+2? 5 wrong]
}
