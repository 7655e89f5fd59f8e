package client_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/client"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// testApp serves an app with one endpoint per feature the client supports.
func testApp(t *testing.T) string {
	t.Helper()
	name, out := &gradio.Textbox{Label: "Name"}, &gradio.Textbox{Label: "Out"}
	num := &gradio.Number{Label: "Count", Value: 3}
	count := &gradio.State[int]{}
	fin, fout := &gradio.File{Label: "In"}, &gradio.File{Label: "Copy"}
	btn := &gradio.Button{}
	btn.Click(func(s string) string { return "Hello, " + s + "!" }, gradio.In(name), gradio.Out(out), gradio.EventOptions{APIName: "greet"})
	btn.Click(func(ctx context.Context, s string, n float64) iter.Seq[string] {
		return func(yield func(string) bool) {
			text := ""
			for i := range int(n) {
				gradio.ProgressFrom(ctx).Step(i, int(n), "words", "writing")
				text += s
				if !yield(text) {
					return
				}
			}
		}
	}, gradio.In(name, num), gradio.Out(out), gradio.EventOptions{APIName: "repeat"})
	btn.Click(func(n int) (int, string) { return n + 1, fmt.Sprint(n + 1) }, gradio.In(count), gradio.Out(count, out), gradio.EventOptions{APIName: "inc"})
	btn.Click(func(s string) (string, error) { return "", gradio.Error{Title: "Nope", Message: "no " + s} }, gradio.In(name), gradio.Out(out), gradio.EventOptions{APIName: "fail"})
	btn.Click(strings.ToUpper, gradio.In(name), gradio.Out(out), gradio.EventOptions{APIName: "upper", Queue: gradio.False})
	btn.Click(func(f gradio.FileData) gradio.FileData { return f }, gradio.In(fin), gradio.Out(fout), gradio.EventOptions{APIName: "file"})
	btn.Click(func(ctx context.Context) iter.Seq[string] {
		return func(yield func(string) bool) {
			for i := 0; ; i++ {
				select {
				case <-ctx.Done():
					return
				case <-time.After(20 * time.Millisecond):
				}
				if !yield(fmt.Sprint(i)) {
					return
				}
			}
		}
	}, nil, gradio.Out(out), gradio.EventOptions{APIName: "forever", ConcurrencyLimit: gradio.Unlimited})
	app, err := (&gradio.Blocks{Children: []gradio.Component{name, num, fin, btn, out, fout}}).Build(gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	t.Cleanup(func() {
		srv.Close()
		_ = app.Close()
	})
	return srv.URL
}

func connect(t *testing.T, url string) *client.Client {
	t.Helper()
	c, err := client.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func TestPredict(t *testing.T) {
	c := connect(t, testApp(t))
	ctx := context.Background()
	out, err := c.Predict(ctx, "/greet", "Ada")
	if err != nil || len(out) != 1 || out[0] != "Hello, Ada!" {
		t.Fatalf("Predict = %v, %v", out, err)
	}
	out, err = c.PredictNamed(ctx, "/greet", map[string]any{"name": "Grace"})
	if err != nil || out[0] != "Hello, Grace!" {
		t.Fatalf("PredictNamed = %v, %v", out, err)
	}
	// The Count parameter has a default (3).
	out, err = c.PredictNamed(ctx, "/repeat", map[string]any{"name": "ab"})
	if err != nil || out[0] != "ababab" {
		t.Fatalf("PredictNamed with a default = %v, %v", out, err)
	}
	out, err = c.Predict(ctx, "/upper", "direct")
	if err != nil || out[0] != "DIRECT" {
		t.Fatalf("an unqueued endpoint = %v, %v", out, err)
	}
	out, err = c.Call(ctx, "/greet", "curl")
	if err != nil || out[0] != "Hello, curl!" {
		t.Fatalf("Call = %v, %v", out, err)
	}
}

func TestSubmitStreamsUpdates(t *testing.T) {
	c := connect(t, testApp(t))
	ctx := context.Background()
	j, err := c.Submit(ctx, "/repeat", "x", 4)
	if err != nil {
		t.Fatal(err)
	}
	var gens []string
	var progress, queued, started int
	var last client.Update
	for u := range j.Updates(ctx) {
		switch u.Stage {
		case client.Queued:
			queued++
		case client.Started:
			started++
		case client.Progressed:
			progress++
		case client.Generated:
			gens = append(gens, u.Data[0].(string))
		}
		last = u
	}
	if got := strings.Join(gens, ","); got != "x,xx,xxx,xxxx" {
		t.Errorf("streamed %s", got)
	}
	if last.Stage != client.Completed || last.Err != nil || last.Data[0] != "xxxx" {
		t.Errorf("last update %+v", last)
	}
	if queued == 0 || started == 0 || progress == 0 {
		t.Errorf("queued %d, started %d, progress %d: want each at least once", queued, started, progress)
	}
}

func TestStateAndConcurrency(t *testing.T) {
	url := testApp(t)
	a, b := connect(t, url), connect(t, url)
	ctx := context.Background()
	for i := 1; i <= 3; i++ {
		out, err := a.Predict(ctx, "/inc")
		if err != nil || out[0] != fmt.Sprint(i) {
			t.Fatalf("a: %v, %v", out, err)
		}
	}
	if out, _ := b.Predict(ctx, "/inc"); out[0] != "1" {
		t.Errorf("b shares a's state: %v", out)
	}
	// Calls from many goroutines share the session's stream.
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := a.Predict(ctx, "/greet", fmt.Sprint(i))
			if err == nil && out[0] != fmt.Sprintf("Hello, %d!", i) {
				err = fmt.Errorf("call %d got %v", i, out)
			}
			if err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestErrorsAndCancel(t *testing.T) {
	c := connect(t, testApp(t))
	ctx := context.Background()
	_, err := c.Predict(ctx, "/fail", "way")
	var ae *client.AppError
	if !errors.As(err, &ae) || ae.Title != "Nope" || ae.Message != "no way" {
		t.Errorf("app error: %v", err)
	}
	j, err := c.Submit(ctx, "/forever")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for u := range j.Updates(ctx) {
		if u.Stage == client.Generated {
			if n++; n == 3 {
				if err := j.Cancel(ctx); err != nil {
					t.Fatal(err)
				}
			}
		}
		if u.Stage == client.Completed && !errors.Is(u.Err, client.ErrCancelled) {
			t.Errorf("completion after cancel: %+v", u)
		}
	}
	if n < 3 || n > 20 {
		t.Errorf("%d values before the cancel took effect", n)
	}
	// The session still works.
	if out, err := c.Predict(ctx, "/greet", "again"); err != nil || out[0] != "Hello, again!" {
		t.Errorf("after cancel: %v, %v", out, err)
	}
}

func TestFilesRoundTrip(t *testing.T) {
	c := connect(t, testApp(t))
	ctx := context.Background()
	src := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(src, []byte("round trip"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, arg := range map[string]client.FileArg{
		"path":   client.File(src),
		"reader": client.Reader("notes.txt", strings.NewReader("round trip")),
	} {
		out, err := c.Predict(ctx, "/file", arg)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fd, ok := client.AsFile(out[0])
		if !ok || fd.URL == "" {
			t.Fatalf("%s: result %v is not a file", name, out[0])
		}
		got, err := c.Download(ctx, out[0], t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(got); string(b) != "round trip" || filepath.Base(got) != "notes.txt" {
			t.Errorf("%s: downloaded %s = %q", name, got, b)
		}
	}
}

func TestBadInput(t *testing.T) {
	c := connect(t, testApp(t))
	ctx := context.Background()
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"missing endpoint", first(c.Predict(ctx, "/nope")), `no endpoint "/nope"`},
		{"too many values", first(c.Predict(ctx, "/greet", "a", "b")), "takes 1 value(s), got 2"},
		{"too few values", first(c.Predict(ctx, "/greet")), "takes 1 value(s), got 0"},
		{"wrong type", first(c.Predict(ctx, "/greet", 42)), "expected a string, got a number"},
		{"unknown keyword", first(c.PredictNamed(ctx, "/greet", map[string]any{"nme": "x"})), `no parameter "nme"`},
		{"missing keyword", first(c.PredictNamed(ctx, "/greet", map[string]any{})), `needs the value "name"`},
		{"missing file", first(c.Predict(ctx, "/file", client.File("/no/such/file"))), "no such file"},
	}
	for _, tc := range cases {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error containing %q", tc.name, tc.err, tc.want)
		}
	}

	notGradio := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "nothing here", http.StatusNotFound)
	}))
	defer notGradio.Close()
	if _, err := client.Connect(ctx, notGradio.URL); err == nil || !strings.Contains(err.Error(), "does not look like a Gradio app") {
		t.Errorf("not a Gradio app: %v", err)
	}
	if _, err := client.Connect(ctx, "http://127.0.0.1:1"); err == nil {
		t.Error("an unreachable URL connected")
	}
	if _, err := client.Connect(ctx, "ftp://example.com"); err == nil || !strings.Contains(err.Error(), "not an http(s) URL") {
		t.Errorf("bad scheme: %v", err)
	}
}

func first(_ []any, err error) error { return err }
