// Command calculator is an Interface with typed inputs and a user-facing error:
// /calculate(num1, operation, num2), where dividing by zero shows "Cannot divide by zero!".
// Its examples are computed at start-up, so a click shows the result at once, and its
// Flag button saves a calculation to .gradio/flagged/dataset1.csv.
//
//	go run ./examples/calculator   # then open http://127.0.0.1:7860
package main

import (
	"fmt"
	"log"

	"github.com/gradio-go/gradio"
)

func calculate(num1 float64, operation string, num2 float64) (float64, error) {
	switch operation {
	case "add":
		return num1 + num2, nil
	case "subtract":
		return num1 - num2, nil
	case "multiply":
		return num1 * num2, nil
	case "divide":
		if num2 == 0 {
			// A gradio.Error reaches the user as it is; other errors are logged and
			// shown only as a generic message.
			return 0, gradio.Error{Title: "Math", Message: "Cannot divide by zero!"}
		}
		return num1 / num2, nil
	}
	return 0, fmt.Errorf("unknown operation %q", operation) // unreachable: Radio checks choices
}

func main() {
	app := &gradio.Interface{
		Fn: calculate, // served as /calculate
		Inputs: []gradio.Component{
			&gradio.Number{Label: "num1"},
			&gradio.Radio{Label: "operation", Choices: []string{"add", "subtract", "multiply", "divide"}},
			&gradio.Number{Label: "num2"},
		},
		Outputs: []gradio.Component{&gradio.Number{Label: "Result"}},
		Title:   "Calculator",
		Examples: [][]any{
			{45, "add", 3},
			{3.14, "divide", 2},
			{144, "multiply", 2.5},
			{0, "subtract", 1.2},
		},
		CacheExamples: gradio.CacheEager,
		Flagging:      gradio.FlagManual,
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
