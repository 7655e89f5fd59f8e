package gradio_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

// sdJoin joins fn 0 for session and answers the status and body.
func sdJoin(t *testing.T, base, session string) (int, string) {
	t.Helper()
	resp, err := http.Post(base+"/gradio_api/queue/join", "application/json",
		strings.NewReader(`{"data":["x"],"fn_index":0,"session_hash":"`+session+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	_, _ = bufio.NewReader(resp.Body).WriteTo(&b)
	return resp.StatusCode, b.String()
}

// sdStream reads a session's /queue/data messages (msg and the raw JSON) on a channel
// that is closed when the stream ends.
func sdStream(t *testing.T, base, session string) <-chan map[string]any {
	t.Helper()
	resp, err := http.Get(base + "/gradio_api/queue/data?session_hash=" + session)
	if err != nil {
		t.Fatal(err)
	}
	out := make(chan map[string]any, 16)
	go func() {
		defer close(out)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var m map[string]any
				_ = json.Unmarshal([]byte(data), &m)
				out <- m
			}
		}
	}()
	return out
}

// sdUntil returns the messages of a stream up to its end.
func sdUntil(t *testing.T, c <-chan map[string]any) []map[string]any {
	t.Helper()
	var all []map[string]any
	timeout := time.After(10 * time.Second)
	for {
		select {
		case m, ok := <-c:
			if !ok {
				return all
			}
			all = append(all, m)
		case <-timeout:
			t.Fatalf("stream did not end; got %v", all)
		}
	}
}

// Serve's context ends (as Launch's does on SIGTERM): new joins are refused with 503,
// the running call finishes and its client gets the result, and the waiting one is told
// the server is shutting down; then Serve returns.
func TestGracefulShutdown(t *testing.T) {
	started, release := make(chan struct{}, 1), make(chan struct{})
	var cancelled bool
	app, err := (&gradio.Interface{
		Fn: func(ctx context.Context, s string) string {
			started <- struct{}{}
			select {
			case <-release:
			case <-ctx.Done():
				cancelled = true
			}
			return "done " + s
		},
		Inputs:  []gradio.Component{&gradio.Textbox{}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
	}).Build(gradio.WithTempDir(t.TempDir()), gradio.WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- app.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	if st, body := sdJoin(t, base, "runs"); st != 200 {
		t.Fatalf("join: %d %s", st, body)
	}
	running := sdStream(t, base, "runs")
	<-started
	if st, body := sdJoin(t, base, "waits"); st != 200 {
		t.Fatalf("join: %d %s", st, body)
	}
	waiting := sdStream(t, base, "waits")

	stop() // SIGTERM
	// The waiting call is told, and its stream closes properly.
	msgs := sdUntil(t, waiting)
	if n := len(msgs); n < 2 || msgs[n-2]["msg"] != "process_completed" || msgs[n-1]["msg"] != "close_stream" {
		t.Fatalf("waiting client got %v", msgs)
	}
	if out, _ := msgs[len(msgs)-2]["output"].(map[string]any); !strings.Contains(out["error"].(string), "shutting down") {
		t.Errorf("waiting client's error: %v", out)
	}
	// New joins are refused while the running call finishes.
	st, body := sdJoin(t, base, "late")
	if st != http.StatusServiceUnavailable || !strings.Contains(body, "shutting down") {
		t.Errorf("join during shutdown: %d %s", st, body)
	}
	close(release)
	msgs = sdUntil(t, running)
	if n := len(msgs); n < 2 || msgs[n-2]["msg"] != "process_completed" || msgs[n-2]["success"] != true || msgs[n-1]["msg"] != "close_stream" {
		t.Fatalf("running client got %v", msgs)
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		t.Errorf("Serve: %v", err)
	}
	if cancelled {
		t.Error("the running handler was cancelled instead of finishing")
	}
}
