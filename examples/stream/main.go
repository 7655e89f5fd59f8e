// Command stream shows a streaming handler: it returns an iter.Seq, and each value it
// yields reaches the client as it is produced, with a progress bar.
//
//	go run ./examples/stream   # then open http://127.0.0.1:7860
package main

import (
	"context"
	"iter"
	"log"
	"strings"
	"time"

	"github.com/gradio-go/gradio"
)

// stream yields the text word by word, each value the text so far.
func stream(ctx context.Context, text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		words := strings.Fields(text)
		progress := gradio.ProgressFrom(ctx)
		for i, w := range words {
			progress.Set(float64(i)/float64(len(words)), "Streaming words")
			select {
			case <-time.After(100 * time.Millisecond): // stands in for real work
			case <-ctx.Done():
				return // cancelled: stop working
			}
			if !yield(strings.Join(append(words[:i:i], w), " ")) {
				return
			}
		}
	}
}

func main() {
	app := &gradio.Interface{
		Fn:      stream, // served as /stream
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Text", Value: "the quick brown fox jumps over the lazy dog"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Streamed"}},
		Title:   "Stream",
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
