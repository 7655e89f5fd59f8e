package sqliteflag_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
	"github.com/gradio-go/gradio/sqliteflag"
)

// An Interface's flagged samples go to a SQLite database rather than a CSV file.
func Example() {
	dir, _ := os.MkdirTemp("", "flags")
	defer os.RemoveAll(dir)
	flags := sqliteflag.Open(filepath.Join(dir, "flags.db"))
	defer flags.Close()

	app, err := (&gradio.Interface{
		Fn:               strings.ToUpper,
		Inputs:           []gradio.Component{&gradio.Textbox{Label: "Text"}},
		Outputs:          []gradio.Component{&gradio.Textbox{Label: "Upper"}},
		Flagging:         gradio.FlagManual,
		FlaggingOptions:  []string{"wrong"},
		FlaggingCallback: flags,
	}).Build(gradio.WithQuiet())
	if err != nil {
		panic(err)
	}
	defer app.Close()

	// What a click on "Flag as wrong" does (the browser calls this endpoint).
	gradiotest.New(app).Predict("/Flag", "straße", "STRASSE")

	samples, _ := flags.Samples(context.Background())
	for _, s := range samples {
		fmt.Println(s.Values, s.Option)
	}
	// Output: [straße STRASSE] wrong
}
