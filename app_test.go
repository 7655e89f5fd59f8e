package gradio_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

func TestMain(m *testing.M) {
	// nats.go 1.55's object store Put makes a publisher per call and cleans it up on
	// return; when the publisher's status goroutine has not started by then, it waits
	// forever on a channel the cleanup set to nil. Scaled-out apps' file sharing uses
	// Put (scalefiles.go); the goroutine is the library's, not the app's.
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("github.com/nats-io/nats.go/jetstream.(*jetStream).resetPendingAcksOnReconnect"))
}

// build builds a test app with its files in a temporary directory and closes it when
// the test ends.
func build(t *testing.T, b interface {
	Build(...gradio.Option) (*gradio.App, error)
}, opts ...gradio.Option) *gradio.App {
	t.Helper()
	app, err := b.Build(append([]gradio.Option{gradio.WithTempDir(t.TempDir())}, opts...)...)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	t.Cleanup(func() { _ = app.Close() })
	return app
}

func TestInterfacePredict(t *testing.T) {
	app := build(t, &gradio.Interface{
		Fn:      func(name string) string { return "Hello, " + name + "!" },
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
		Event:   gradio.EventOptions{APIName: "greet"},
	})
	out, err := gradiotest.New(app).Predict("/greet", "Ada")
	if err != nil || len(out) != 1 || out[0] != "Hello, Ada!" {
		t.Fatalf("Predict = %v, %v", out, err)
	}
}

func TestStatePerSession(t *testing.T) {
	count := &gradio.State[int]{Value: 10}
	shown := &gradio.Textbox{Label: "Count"}
	btn := &gradio.Button{}
	btn.Click(func(n int) (int, string) { return n + 1, fmt.Sprint(n + 1) }, gradio.In(count), gradio.Out(count, shown),
		gradio.EventOptions{APIName: "inc"})
	app := build(t, &gradio.Blocks{Children: []gradio.Component{btn, shown}})
	a, b := gradiotest.New(app), gradiotest.New(app)
	for _, want := range []string{"11", "12", "13"} {
		if out, err := a.Predict("/inc"); err != nil || out[0] != want {
			t.Fatalf("session a: %v, %v; want %s", out, err, want)
		}
	}
	if out, err := b.Predict("/inc"); err != nil || out[0] != "11" {
		t.Fatalf("session b: %v, %v; want 11 (its own state)", out, err)
	}
}

func TestStateNewGivesEachSessionItsOwnValue(t *testing.T) {
	list := &gradio.State[[]string]{New: func() []string { return []string{"start"} }}
	out := &gradio.Textbox{}
	in := &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func(l []string, s string) ([]string, string) {
		l = append(l, s)
		return l, strings.Join(l, ",")
	}, gradio.In(list, in), gradio.Out(list, out), gradio.EventOptions{APIName: "add"})
	app := build(t, &gradio.Blocks{Children: []gradio.Component{in, btn, out}})
	a, b := gradiotest.New(app), gradiotest.New(app)
	a.Predict("/add", "x")
	if got, _ := a.Predict("/add", "y"); got[0] != "start,x,y" {
		t.Errorf("a = %v", got)
	}
	if got, _ := b.Predict("/add", "z"); got[0] != "start,z" {
		t.Errorf("b = %v, want its own list", got)
	}
}

func TestStreamingMultipleOutputs(t *testing.T) {
	a, b := &gradio.Textbox{}, &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func(ctx context.Context) iter.Seq[[]any] {
		return func(yield func([]any) bool) {
			for i := range 3 {
				gradio.ProgressFrom(ctx).Step(i, 3, "", "counting")
				if !yield([]any{strings.Repeat("x", i+1), fmt.Sprint(i)}) {
					return
				}
			}
		}
	}, nil, gradio.Out(a, b), gradio.EventOptions{APIName: "count"})
	app := build(t, &gradio.Blocks{Children: []gradio.Component{btn, a, b}})
	all, err := gradiotest.New(app).Stream("/count")
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(all)
	if want := "[[x 0] [xx 1] [xxx 2] [xxx 2]]"; got != want {
		t.Errorf("streamed %s, want %s", got, want)
	}
}

func TestStreamErrorMidway(t *testing.T) {
	out := &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func() iter.Seq2[string, error] {
		return func(yield func(string, error) bool) {
			if !yield("partial", nil) {
				return
			}
			yield("", gradio.Error{Message: "ran out of tokens"})
		}
	}, nil, gradio.Out(out), gradio.EventOptions{APIName: "gen"})
	app := build(t, &gradio.Blocks{Children: []gradio.Component{btn, out}})
	_, err := gradiotest.New(app).Stream("/gen")
	var ae *gradiotest.AppError
	if !errors.As(err, &ae) || ae.Message != "ran out of tokens" {
		t.Fatalf("err = %v, want the yielded gradio.Error", err)
	}
}

func TestErrorsReachOnlyWhatTheyShould(t *testing.T) {
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	out := &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func() (string, error) {
		return "", fmt.Errorf("wrapped: %w", gradio.Error{Title: "Quota", Message: "try tomorrow"})
	}, nil, gradio.Out(out), gradio.EventOptions{APIName: "quota"})
	btn.Click(func() (string, error) { return "", errors.New("dsn=postgres://secret") }, nil, gradio.Out(out), gradio.EventOptions{APIName: "internal"})
	btn.Click(func() string { panic("nil map") }, nil, gradio.Out(out), gradio.EventOptions{APIName: "panics"})
	app := build(t, &gradio.Blocks{Children: []gradio.Component{btn, out}}, gradio.WithLogger(logger))
	c := gradiotest.New(app)

	_, err := c.Predict("/quota")
	var ae *gradiotest.AppError
	if !errors.As(err, &ae) || ae.Title != "Quota" || ae.Message != "try tomorrow" {
		t.Errorf("wrapped gradio.Error: %v", err)
	}
	for _, api := range []string{"/internal", "/panics"} {
		_, err := c.Predict(api)
		if !errors.As(err, &ae) || !strings.HasPrefix(ae.Message, "Something went wrong (error id ") {
			t.Fatalf("%s: %v, want the generic message", api, err)
		}
		if strings.Contains(ae.Message, "secret") || strings.Contains(ae.Message, "nil map") {
			t.Errorf("%s leaked: %s", api, ae.Message)
		}
		id := strings.TrimSuffix(strings.TrimPrefix(ae.Message, "Something went wrong (error id "), ").")
		if !strings.Contains(logs.String(), "error_id="+id) {
			t.Errorf("%s: the log has no line with error_id=%s:\n%s", api, id, logs.String())
		}
	}
	if !strings.Contains(logs.String(), "goroutine") {
		t.Error("the panic was logged without its stack")
	}

	shown := build(t, &gradio.Blocks{Children: []gradio.Component{btn, out}}, gradio.WithShowError(true), gradio.WithLogger(logger))
	if _, err := gradiotest.New(shown).Predict("/internal"); !errors.As(err, &ae) || !strings.Contains(ae.Message, "secret") {
		t.Errorf("WithShowError(true): %v, want the error text", err)
	}
}

func TestUpdateOutput(t *testing.T) {
	out := &gradio.Textbox{Label: "Out"}
	btn := &gradio.Button{}
	btn.Click(func() gradio.Update {
		return gradio.Update{Value: "done", Visible: gradio.False, Props: map[string]any{"lines": 3}}
	}, nil, gradio.Out(out), gradio.EventOptions{APIName: "upd"})
	app := build(t, &gradio.Blocks{Children: []gradio.Component{btn, out}})
	got, err := gradiotest.New(app).Predict("/upd")
	if err != nil {
		t.Fatal(err)
	}
	u, ok := got[0].(map[string]any)
	if !ok || u["__type__"] != "update" || u["value"] != "done" || u["visible"] != false || u["lines"] != float64(3) {
		t.Errorf("update = %#v", got[0])
	}
}

func TestBuildReportsEveryProblem(t *testing.T) {
	tb := &gradio.Textbox{Label: "Name"}
	stray := &gradio.Textbox{Label: "Stray"}
	btn := &gradio.Button{}
	btn.Click(func(int) string { return "" }, gradio.In(tb), gradio.Out(tb))
	btn.Click(func(string) string { return "" }, gradio.In(stray), gradio.Out(tb))
	btn.Click(nil, nil, nil)
	btn.Click(func() {}, nil, nil, gradio.EventOptions{TriggerMode: "sometimes"})
	_, err := (&gradio.Blocks{Children: []gradio.Component{tb, btn, tb, &gradio.Textbox{Type: "secret"}}}).Build()
	if err == nil {
		t.Fatal("Build succeeded")
	}
	for _, want := range []string{
		`textbox "Name" is placed in the layout twice`,
		`Type "secret" is not one of`,
		`input textbox "Stray" is not in the layout`,
		"has no handler",
		`TriggerMode "sometimes"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %q:\n%v", want, err)
		}
	}
	btn = &gradio.Button{}
	btn.Click(func(int) string { return "" }, gradio.In(tb), gradio.Out(tb))
	_, err = (&gradio.Blocks{Children: []gradio.Component{tb, btn}}).Build()
	if err == nil || !strings.Contains(err.Error(), `parameter 1 is int, but input textbox "Name" gives string`) {
		t.Errorf("signature mismatch: %v", err)
	}
}

func TestAPINamesAreUnique(t *testing.T) {
	out := &gradio.Textbox{}
	btn := &gradio.Button{}
	echo := func(s string) string { return s }
	for range 3 {
		btn.Click(echo, gradio.In(out), gradio.Out(out), gradio.EventOptions{APIName: "same"})
	}
	app := build(t, &gradio.Blocks{Children: []gradio.Component{btn, out}})
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/gradio_api/info", nil))
	for _, name := range []string{`"/same"`, `"/same_1"`, `"/same_2"`} {
		if !strings.Contains(rec.Body.String(), name) {
			t.Errorf("/info lacks %s: %s", name, rec.Body)
		}
	}
}

func TestMountedUnderPrefix(t *testing.T) {
	app := build(t, &gradio.Interface{
		Fn: strings.ToUpper, Inputs: []gradio.Component{&gradio.Textbox{}}, Outputs: []gradio.Component{&gradio.Textbox{}},
	})
	mux := http.NewServeMux()
	mux.Handle("/demo/", http.StripPrefix("/demo", app))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/demo/config")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	if want := `"root":"` + srv.URL + `/demo"`; !strings.Contains(buf.String(), want) {
		t.Errorf("config root: want %s in %s", want, buf.String()[max(0, buf.Len()-200):])
	}
	if !strings.Contains(buf.String(), `"api_name":"ToUpper"`) {
		t.Error("Interface api name is not the Go function's name")
	}
}

func TestUnloadRunsWhenTheLastPageCloses(t *testing.T) {
	unloaded := make(chan string, 1)
	out := &gradio.Textbox{}
	blocks := &gradio.Blocks{Children: []gradio.Component{out}}
	blocks.Unload(func(ctx context.Context) { unloaded <- gradio.RequestFrom(ctx).SessionHash })
	app := build(t, blocks, gradio.WithHeartbeat(10*time.Millisecond))
	srv := httptest.NewServer(app)
	defer srv.Close()

	open := func() (cancel func()) {
		ctx, cancel := context.WithCancel(context.Background())
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/gradio_api/heartbeat/tab", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		go func() { io.Copy(io.Discard, resp.Body); resp.Body.Close() }()
		return cancel
	}
	first, second := open(), open()
	first()
	select {
	case s := <-unloaded:
		t.Fatalf("unload ran for %s while another page of the session was open", s)
	case <-time.After(100 * time.Millisecond):
	}
	second()
	select {
	case s := <-unloaded:
		if s != "tab" {
			t.Errorf("unload ran for session %q, want tab", s)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("unload did not run after the last page closed")
	}
}
