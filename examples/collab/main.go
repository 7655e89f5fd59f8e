// Command collab is a collaborative app: press Invite, share the link, and everyone in
// the room sees the prompt and temperature as they change and every generation as it
// streams, with who is there and who did what.
//
//	go run ./examples/collab   # then open http://127.0.0.1:7860 and press Invite
package main

import (
	"context"
	"fmt"
	"iter"
	"log"
	"strings"
	"time"

	"github.com/gradio-go/gradio"
)

// generate stands in for a model: it streams a story about the prompt, word by word.
func generate(ctx context.Context, prompt string, temperature float64) iter.Seq[string] {
	return func(yield func(string) bool) {
		mood := "calm"
		if temperature > 0.7 {
			mood = "wild"
		}
		words := strings.Fields(fmt.Sprintf("Once upon a time, %s met a %s storm and lived to tell the tale.", prompt, mood))
		for i := range words {
			select {
			case <-time.After(150 * time.Millisecond):
			case <-ctx.Done():
				return
			}
			if !yield(strings.Join(words[:i+1], " ")) {
				return
			}
		}
	}
}

func main() {
	prompt := &gradio.Textbox{Label: "Prompt", Value: "a fox"}
	temp := &gradio.Slider{Label: "Temperature", Minimum: 0, Maximum: 1, Step: 0.1, Value: 0.5}
	out := &gradio.Textbox{Label: "Story", Lines: 3}
	gen := &gradio.Button{Value: "Generate", Variant: "primary"}
	gen.Click(generate, gradio.In(prompt, temp), gradio.Out(out))
	app := &gradio.Blocks{Title: "Write together", Children: []gradio.Component{prompt, temp, gen, out}}
	if err := app.Launch(gradio.WithCollaboration(gradio.Collaboration{})); err != nil {
		log.Fatal(err)
	}
}
