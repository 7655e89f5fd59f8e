// Command testapp is the app the conformance tests drive with the official clients: it
// has one endpoint for each protocol feature the examples do not cover (State, queue
// off, files, cancel, batching, toasts, failures).
package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log"
	"strings"
	"time"

	"github.com/gradio-go/gradio"
)

func increment(n int) (int, string) { return n + 1, fmt.Sprintf("Clicked %d time(s)", n+1) }

func echo(s string) string { return s }

func fileEcho(f gradio.FileData) gradio.FileData { return f }

// slowCount counts up to n, one number every 50 ms, until cancelled.
func slowCount(ctx context.Context, n float64) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range int(n) {
			select {
			case <-time.After(50 * time.Millisecond):
			case <-ctx.Done():
				return
			}
			if !yield(fmt.Sprint(i + 1)) {
				return
			}
		}
	}
}

func boom(string) string { panic("deliberate panic") }

func secret(string) (string, error) { return "", errors.New("db password is hunter2") }

func toast(ctx context.Context, s string) string {
	gradio.Warning(ctx, "careful with "+s)
	gradio.Info(ctx, "done")
	return s
}

func upper(in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = strings.ToUpper(s)
	}
	return out
}

func main() {
	count := &gradio.State[int]{}
	shown := &gradio.Textbox{Label: "Count"}
	inc := &gradio.Button{Value: "Increment"}
	inc.Click(increment, gradio.In(count), gradio.Out(count, shown))

	text := &gradio.Textbox{Label: "Text"}
	out := &gradio.Textbox{Label: "Out"}
	run := &gradio.Button{Value: "Run"}
	run.Click(echo, gradio.In(text), gradio.Out(out), gradio.EventOptions{APIName: "noqueue", Queue: gradio.False})
	run.Click(boom, gradio.In(text), gradio.Out(out))
	run.Click(secret, gradio.In(text), gradio.Out(out))
	run.Click(toast, gradio.In(text), gradio.Out(out))
	run.Click(upper, gradio.In(text), gradio.Out(out), gradio.EventOptions{Batch: true, MaxBatchSize: 8})

	n := &gradio.Number{Label: "n", Value: 100}
	run.Click(slowCount, gradio.In(n), gradio.Out(out), gradio.EventOptions{ConcurrencyLimit: gradio.Unlimited})

	fin := &gradio.File{Label: "File"}
	fout := &gradio.File{Label: "Copy"}
	run.Click(fileEcho, gradio.In(fin), gradio.Out(fout))

	app := &gradio.Blocks{
		Title:    "Conformance",
		Children: []gradio.Component{gradio.Row(inc, shown), text, n, fin, run, out, fout},
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
