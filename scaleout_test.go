package gradio_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
	"github.com/gradio-go/gradio/internal/natstest"
)

// scaledApp is the app every process of a scaled-out test builds. ran counts the calls
// this process ran; slow blocks until its context ends when block is set.
type scaledApp struct {
	ran     atomic.Int32
	block   bool
	started chan struct{}
}

func (s *scaledApp) blocks() *gradio.Blocks {
	n, out := &gradio.Number{}, &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func(x float64) string {
		s.ran.Add(1)
		return fmt.Sprint(x * 2)
	}, gradio.In(n), gradio.Out(out), gradio.EventOptions{APIName: "double"})
	btn.Click(func(x float64) iter.Seq[string] {
		s.ran.Add(1)
		return func(yield func(string) bool) {
			text := ""
			for i := range int(x) {
				text += string(rune('a' + i))
				if !yield(text) {
					return
				}
			}
		}
	}, gradio.In(n), gradio.Out(out), gradio.EventOptions{APIName: "gen"})
	btn.Click(func() (string, error) {
		s.ran.Add(1)
		return "", gradio.Error{Title: "Quota", Message: "try tomorrow"}
	}, nil, gradio.Out(out), gradio.EventOptions{APIName: "fail"})
	btn.Click(func(ctx context.Context) (string, error) {
		s.ran.Add(1)
		if s.block {
			close(s.started)
			<-ctx.Done()
			return "", ctx.Err()
		}
		return "done", nil
	}, nil, gradio.Out(out), gradio.EventOptions{APIName: "slow"})
	return &gradio.Blocks{Children: []gradio.Component{n, btn, out}}
}

func TestNATSWebAndWorker(t *testing.T) {
	srv := natstest.Start(t)
	webApp, workApp := &scaledApp{}, &scaledApp{}
	web := build(t, webApp.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb))
	worker := build(t, workApp.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
	c := gradiotest.New(web)

	if out, err := c.Predict("/double", 21); err != nil || len(out) != 1 || out[0] != "42" {
		t.Fatalf("/double = %v, %v", out, err)
	}
	all, err := c.Stream("/gen", 3)
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(all)
	if got != "[[a] [ab] [abc] [abc]]" {
		t.Errorf("/gen streamed %s, want a, ab, abc in order then the final abc", got)
	}
	_, err = c.Predict("/fail")
	var ae *gradiotest.AppError
	if !errors.As(err, &ae) || ae.Title != "Quota" || ae.Message != "try tomorrow" {
		t.Errorf("/fail: %v, want the handler's gradio.Error", err)
	}
	if n := webApp.ran.Load(); n != 0 {
		t.Errorf("the web replica ran %d calls, want none", n)
	}
	if n := workApp.ran.Load(); n != 3 {
		t.Errorf("the worker ran %d calls, want 3", n)
	}

	// The curl API through the web replica.
	hs := httptest.NewServer(web)
	defer hs.Close()
	frames := callAPI(t, hs.URL, "gen", `{"data":[2]}`)
	if want := "generating [\"a\"]|generating [\"ab\"]|complete [\"ab\"]"; frames != want {
		t.Errorf("/call/gen frames = %s, want %s", frames, want)
	}

	// A worker serves a health check only.
	rec := httptest.NewRecorder()
	worker.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("worker /healthz: %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	worker.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/config", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("worker /config: %d, want 404", rec.Code)
	}
}

// callAPI makes a curl API call and returns its frames as "event data|...".
func callAPI(t *testing.T, base, api, body string) string {
	t.Helper()
	return readCall(t, base, api, postCall(t, base, api, body))
}

// postCall starts a curl API call and returns its event id.
func postCall(t *testing.T, base, api, body string) string {
	t.Helper()
	resp, err := http.Post(base+"/gradio_api/call/"+api, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(string(b)), `{"event_id":"`), `"}`)
}

// readCall reads a curl API call's stream and returns its frames as "event data|...".
func readCall(t *testing.T, base, api, id string) string {
	resp, err := http.Get(base + "/gradio_api/call/" + api + "/" + id)
	if err != nil {
		t.Error(err)
		return ""
	}
	defer resp.Body.Close()
	var frames []string
	event := ""
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "event: "); ok {
			event = v
		} else if v, ok := strings.CutPrefix(line, "data: "); ok && event != "heartbeat" {
			frames = append(frames, event+" "+strings.ReplaceAll(v, " ", ""))
		}
	}
	return strings.Join(frames, "|")
}

func TestNATSWorkerClosedMidJob(t *testing.T) {
	srv := natstest.Start(t)
	web := build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb))
	first := &scaledApp{block: true, started: make(chan struct{})}
	w1 := build(t, first.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
	hs := httptest.NewServer(web)
	defer hs.Close()

	done := make(chan string, 1)
	go func() { done <- callAPI(t, hs.URL, "slow", `{"data":[]}`) }()
	select {
	case <-first.started:
	case <-time.After(20 * time.Second):
		t.Fatal("the first worker never started the job")
	}
	second := &scaledApp{}
	build(t, second.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
	if err := w1.Close(); err != nil {
		t.Fatalf("closing the first worker: %v", err)
	}
	select {
	case frames := <-done:
		if frames != `complete ["done"]` {
			t.Errorf("frames = %s, want one completion with the second worker's result", frames)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the job was not completed by the second worker")
	}
	if n := second.ran.Load(); n != 1 {
		t.Errorf("the second worker ran %d calls, want 1", n)
	}
}

func TestNATSCancel(t *testing.T) {
	srv := natstest.Start(t)
	web := build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb))
	blocked := &scaledApp{block: true, started: make(chan struct{})}
	build(t, blocked.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
	hs := httptest.NewServer(web)
	defer hs.Close()

	id := postCall(t, hs.URL, "slow", `{"data":[]}`)
	done := make(chan string, 1)
	go func() { done <- readCall(t, hs.URL, "slow", id) }()
	select {
	case <-blocked.started:
	case <-time.After(20 * time.Second):
		t.Fatal("the worker never started the job")
	}
	body := fmt.Sprintf(`{"event_id":%q,"session_hash":%q,"fn_index":3}`, id, id)
	resp, err := http.Post(hs.URL+"/gradio_api/cancel", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	select {
	case frames := <-done:
		if frames != `error {"error":"Cancelled."}` {
			t.Errorf("frames = %s, want one cancellation", frames)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the cancelled call never ended")
	}
}

func TestNATSRoleNeedsNATS(t *testing.T) {
	t.Setenv("GRADIO_NATS_URL", "")
	_, err := (&scaledApp{}).blocks().Build(gradio.WithTempDir(t.TempDir()), gradio.WithRole(gradio.RoleWorker))
	if err == nil || !strings.Contains(err.Error(), "needs NATS") {
		t.Errorf("worker without NATS: %v", err)
	}
}

// BenchmarkScaleOutCall measures a queued call's round trip (join, run, stream read to
// the completion) through the in-memory queue and through NATS JetStream with a web
// replica and a worker in one process.
func BenchmarkScaleOutCall(b *testing.B) {
	b.Run("memory", func(b *testing.B) {
		app, err := (&scaledApp{}).blocks().Build(gradio.WithTempDir(b.TempDir()))
		if err != nil {
			b.Fatal(err)
		}
		defer app.Close()
		benchCalls(b, gradiotest.New(app))
	})
	b.Run("nats", func(b *testing.B) {
		srv := natstest.Start(b)
		web, err := (&scaledApp{}).blocks().Build(gradio.WithTempDir(b.TempDir()), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb))
		if err != nil {
			b.Fatal(err)
		}
		defer web.Close()
		worker, err := (&scaledApp{}).blocks().Build(gradio.WithTempDir(b.TempDir()), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
		if err != nil {
			b.Fatal(err)
		}
		defer worker.Close()
		benchCalls(b, gradiotest.New(web))
	})
}

func benchCalls(b *testing.B, c *gradiotest.Client) {
	if _, err := c.Predict("/double", 1); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if out, err := c.Predict("/double", 2); err != nil || out[0] != "4" {
			b.Fatalf("%v, %v", out, err)
		}
	}
}

func TestNATSRoleAll(t *testing.T) {
	srv := natstest.Start(t)
	t.Setenv("GRADIO_NATS_URL", srv.URL())
	t.Setenv("GRADIO_ROLE", "all")
	a := &scaledApp{}
	app := build(t, a.blocks())
	if out, err := gradiotest.New(app).Predict("/double", 4); err != nil || out[0] != "8" {
		t.Fatalf("/double = %v, %v", out, err)
	}
	if a.ran.Load() != 1 {
		t.Errorf("ran %d calls, want 1", a.ran.Load())
	}
}

// Renders run on the web replica: what they build is kept per session there.
func TestNATSRenderRunsOnWeb(t *testing.T) {
	srv := natstest.Start(t)
	t.Setenv("GRADIO_NATS_URL", srv.URL())
	t.Setenv("GRADIO_ROLE", "worker")
	_, workerRuns := boxesApp(t)
	t.Setenv("GRADIO_ROLE", "web")
	web, webRuns := boxesApp(t)
	c := gradiotest.New(web)
	if _, err := c.Predict("/render", 2); err != nil {
		t.Fatal(err)
	}
	if out, err := c.Predict("/flip_1", "go"); err != nil || fmt.Sprint(out) != "[GO go]" {
		t.Errorf("/flip_1 = %v, %v", out, err)
	}
	if *webRuns != 1 || *workerRuns != 0 {
		t.Errorf("the render ran %d times on the web replica and %d on the worker, want 1 and 0", *webRuns, *workerRuns)
	}
}
