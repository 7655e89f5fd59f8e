package client_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/client"
)

// replay serves an app's responses as real Gradio 6.25 sent them (captured in
// testdata/gradio): the client must work against Python Gradio, not only against us.
func replay(t *testing.T, app, stream string) string {
	t.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "gradio", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cfg, info, sse := read(app+".config.json"), read(app+".info.json"), read(stream)
	id := regexp.MustCompile(`"event_id":"([0-9a-f]{32})"`).FindSubmatch(sse)[1]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/config":
			w.Header().Set("Content-Type", "application/json")
			w.Write(cfg)
		case r.URL.Path == "/gradio_api/info":
			w.Header().Set("Content-Type", "application/json")
			w.Write(info)
		case r.URL.Path == "/gradio_api/queue/join" && r.Method == http.MethodPost:
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"event_id":"` + string(id) + `"}`))
		case r.URL.Path == "/gradio_api/queue/data":
			w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
			w.Write(sse)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestReplayGradioHello(t *testing.T) {
	c := connect(t, replay(t, "hello", "hello.queue-data.sse.txt"))
	out, err := c.Predict(context.Background(), "/greet", "World")
	if err != nil || len(out) != 1 || out[0] != "Hello, World!" {
		t.Fatalf("Predict = %v, %v", out, err)
	}
	ep := c.Endpoints()["/greet"]
	if ep == nil || ep.Parameters[0].Name != "name" || ep.Parameters[0].PythonType.Type != "str" {
		t.Errorf("endpoint description %+v", ep)
	}
}

func TestReplayGradioStreamDiffs(t *testing.T) {
	c := connect(t, replay(t, "stream", "stream.queue-data.sse.txt"))
	ctx := context.Background()
	j, err := c.Submit(ctx, "/stream_words", "the quick brown fox jumps")
	if err != nil {
		t.Fatal(err)
	}
	var gens []string
	progress := 0
	for u := range j.Updates(ctx) {
		switch u.Stage {
		case client.Generated:
			gens = append(gens, u.Data[0].(string))
		case client.Progressed:
			progress++
		}
	}
	want := "the|the quick|the quick brown|the quick brown fox|the quick brown fox jumps"
	if got := strings.Join(gens, "|"); got != want {
		t.Errorf("Python Gradio's diffs applied give %q, want %q", got, want)
	}
	if progress != 5 {
		t.Errorf("%d progress updates, want 5", progress)
	}
	out, err := j.Result(ctx)
	if err != nil || out[0] != "the quick brown fox jumps" {
		t.Errorf("Result = %v, %v", out, err)
	}
}

func TestReplayGradioError(t *testing.T) {
	c := connect(t, replay(t, "calculator", "calculator.error.sse.txt"))
	_, err := c.Predict(context.Background(), "/calculate", 1, "divide", 0)
	var ae *client.AppError
	if !errors.As(err, &ae) || ae.Message != "Cannot divide by zero!" || ae.Title != "Error" {
		t.Errorf("err = %v, want Gradio's gr.Error", err)
	}
}
