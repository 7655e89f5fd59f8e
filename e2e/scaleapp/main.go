// Command scaleapp is the app of the scale-out acceptance test (e2e/scaleout_lb_test.go):
// a fast function, a generator and a slow function, each of which appends
// "<token> <pid>\n" to the file named by SCALEAPP_RUNLOG when a run starts, so that the
// test can count the runs of every call and tell which worker ran one.
package main

import (
	"context"
	"fmt"
	"iter"
	"log"
	"os"
	"time"

	"github.com/gradio-go/gradio"
)

// runlog is shared by every worker: O_APPEND makes each short line one atomic write.
var runlog *os.File

// ran records that this process started a run of the call named by token.
func ran(token string) {
	if runlog == nil {
		return
	}
	if _, err := fmt.Fprintf(runlog, "%s %d\n", token, os.Getpid()); err != nil {
		log.Printf("scaleapp: writing the run log: %v", err)
	}
}

// echo answers at once, for the many-calls run.
func echo(token string) string {
	ran(token)
	return "echo:" + token
}

// steps yields "<token>#1" to "<token>#n", waiting delay milliseconds before each.
func steps(ctx context.Context, token string, n, delay float64) iter.Seq[string] {
	ran(token)
	return func(yield func(string) bool) {
		for i := 1; i <= int(n); i++ {
			if delay > 0 {
				select {
				case <-time.After(time.Duration(delay) * time.Millisecond):
				case <-ctx.Done():
					return
				}
			}
			if !yield(fmt.Sprintf("%s#%d", token, i)) {
				return
			}
		}
	}
}

// slow sleeps ms milliseconds, long enough for the test to kill the worker running it.
func slow(ctx context.Context, token string, ms float64) string {
	ran(token)
	select {
	case <-time.After(time.Duration(ms) * time.Millisecond):
	case <-ctx.Done():
	}
	return "slow:" + token
}

func main() {
	if p := os.Getenv("SCALEAPP_RUNLOG"); p != "" {
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			log.Fatal(err)
		}
		runlog = f
	}
	token := &gradio.Textbox{Label: "Token"}
	n := &gradio.Number{Label: "N", Value: 5}
	delay := &gradio.Number{Label: "Delay ms", Value: 0}
	out := &gradio.Textbox{Label: "Out"}
	run := &gradio.Button{Value: "Run"}
	// A limit above the test's calls in flight, so that the workers' slots and not the
	// limit set the pace; the limit still holds across both workers.
	opts := func(name string) gradio.EventOptions {
		return gradio.EventOptions{APIName: name, ConcurrencyLimit: 16}
	}
	run.Click(echo, gradio.In(token), gradio.Out(out), opts("echo"))
	run.Click(steps, gradio.In(token, n, delay), gradio.Out(out), opts("steps"))
	run.Click(slow, gradio.In(token, delay), gradio.Out(out), opts("slow"))
	app := &gradio.Blocks{Title: "Scale-out", Children: []gradio.Component{token, n, delay, run, out}}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
