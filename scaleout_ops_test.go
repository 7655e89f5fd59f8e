package gradio_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/internal/natstest"
)

// Web replicas and workers answer GET /healthz by their connection to NATS; a join
// while NATS is down says the queue cannot be reached, not that the server stops.
func TestNATSHealthAndUnavailable(t *testing.T) {
	srv := natstest.Start(t)
	var runs atomic.Int32
	web := httptest.NewServer(build(t, counterApp(&runs), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb)))
	defer web.Close()
	health := func() int {
		resp, err := http.Get(web.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := health(); code != http.StatusOK {
		t.Fatalf("/healthz with NATS up: %d", code)
	}
	srv.Kill()
	deadline := time.Now().Add(10 * time.Second)
	for health() != http.StatusServiceUnavailable {
		if time.Now().After(deadline) {
			t.Fatal("/healthz still says ok with NATS down")
		}
		time.Sleep(50 * time.Millisecond)
	}
	resp, err := http.Post(web.URL+"/gradio_api/queue/join", "application/json",
		strings.NewReader(`{"data":[null,"x"],"fn_index":0,"session_hash":"down"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "cannot reach its queue") {
		t.Errorf("a join with NATS down: %d %s", resp.StatusCode, body)
	}
	srv.Restart(t)
	deadline = time.Now().Add(20 * time.Second)
	for health() != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatal("/healthz did not recover with NATS back")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// WithMaxQueueSize bounds a scaled-out app's jobs on all workers: a join beyond it is
// refused with Gradio's "Queue is full".
func TestNATSMaxQueueSize(t *testing.T) {
	srv := natstest.Start(t)
	web := webReplicas(t, srv.URL(), 1, gradio.WithMaxQueueSize(1))[0]
	worker := &scaledApp{block: true, started: make(chan struct{})}
	build(t, worker.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
	joinAt(t, web.URL, "full", fnSlow, "[]")
	select {
	case <-worker.started:
	case <-time.After(20 * time.Second):
		t.Fatal("the slow call never started")
	}
	resp, err := http.Post(web.URL+"/gradio_api/queue/join", "application/json",
		strings.NewReader(`{"data":[2],"fn_index":0,"session_hash":"full"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "Queue is full") {
		t.Errorf("a join beyond the queue size: %d %s", resp.StatusCode, body)
	}
}

// An app's name in NATS follows its listeners, and GRADIO_NATS_APP sets it apart from
// another app's with the same listeners.
func TestNATSAppName(t *testing.T) {
	a := build(t, (&scaledApp{}).blocks())
	b := build(t, (&scaledApp{}).blocks())
	if a.JobsName() != b.JobsName() {
		t.Fatalf("two builds of one app: %s and %s", a.JobsName(), b.JobsName())
	}
	var runs atomic.Int32
	if c := build(t, counterApp(&runs)); c.JobsName() == a.JobsName() {
		t.Errorf("another app has the same name %s", a.JobsName())
	}
	base := a.JobsName()
	t.Setenv("GRADIO_NATS_APP", "shop")
	if n := build(t, (&scaledApp{}).blocks()).JobsName(); n != "shop-"+base {
		t.Errorf("with GRADIO_NATS_APP=shop: %s, want shop-%s", n, base)
	}
}

// Bad scale-out settings fail the build with a message that names them.
func TestNATSBadSettings(t *testing.T) {
	srv := natstest.Start(t)
	for _, env := range [][2]string{
		{"GRADIO_WORKER_SLOTS", "0"}, {"GRADIO_WORKER_SLOTS", "many"},
		{"GRADIO_NATS_REPLICAS", "7"}, {"GRADIO_NATS_ACK_WAIT", "soon"}, {"GRADIO_ROLE", "boss"},
	} {
		t.Run(env[0]+"="+env[1], func(t *testing.T) {
			t.Setenv(env[0], env[1])
			_, err := (&scaledApp{}).blocks().Build(gradio.WithTempDir(t.TempDir()), gradio.WithNATS(srv.URL()))
			if err == nil || !strings.Contains(err.Error(), env[1]) {
				t.Errorf("Build = %v, want an error naming %q", err, env[1])
			}
		})
	}
}

// With WithMetrics, a worker serves its own calls' metrics and every process the
// app's jobs in NATS.
func TestNATSMetrics(t *testing.T) {
	srv := natstest.Start(t)
	web := webReplicas(t, srv.URL(), 1, gradio.WithMetrics())[0]
	worker := httptest.NewServer(build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker), gradio.WithMetrics()))
	defer worker.Close()
	ev := joinAt(t, web.URL, "m", fnDouble, "[3]")
	for _, m := range readSession(t, web.URL, "m", 0, nil) {
		if m.msg == "process_completed" && m.eventID == ev && !strings.Contains(m.data, `"6"`) {
			t.Fatalf("the call completed with %s", m.data)
		}
	}
	get := func(base string) string {
		resp, err := http.Get(base + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s/metrics: %d %s", base, resp.StatusCode, b)
		}
		return string(b)
	}
	w := get(worker.URL)
	if !strings.Contains(w, `gradio_calls_total{api_name="double",outcome="success"} 1`) || !strings.Contains(w, "gradio_jobs_queued 0") {
		t.Errorf("the worker's metrics:\n%s", w)
	}
	if m := get(web.URL); !strings.Contains(m, "gradio_jobs_queued 0") {
		t.Errorf("the web replica's metrics:\n%s", m)
	}
}

// gatedApp's "slow" call waits for release, whatever its context says.
type gatedApp struct {
	ran     atomic.Int32
	started chan struct{}
	release chan struct{}
}

func (g *gatedApp) blocks() *gradio.Blocks {
	out := &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func() string {
		g.ran.Add(1)
		if g.started != nil {
			close(g.started)
			<-g.release
			return "first-worker"
		}
		return "done"
	}, nil, gradio.Out(out), gradio.EventOptions{APIName: "slow", ConcurrencyLimit: gradio.Unlimited})
	return &gradio.Blocks{Children: []gradio.Component{btn, out}}
}

// A worker shut down gracefully takes no more jobs and finishes the one it runs,
// whose result reaches the client; another worker takes the new jobs meanwhile.
func TestNATSWorkerShutdownFinishesItsJob(t *testing.T) {
	srv := natstest.Start(t)
	web := httptest.NewServer(build(t, (&gatedApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb)))
	defer web.Close()
	first := &gatedApp{started: make(chan struct{}), release: make(chan struct{})}
	w1 := build(t, first.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
	done := make(chan string, 1)
	go func() { done <- callAPI(t, web.URL, "slow", `{"data":[]}`) }()
	select {
	case <-first.started:
	case <-time.After(20 * time.Second):
		t.Fatal("the first worker never started the job")
	}
	stopped := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		stopped <- w1.Shutdown(ctx)
	}()
	second := &gatedApp{}
	build(t, second.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
	time.Sleep(100 * time.Millisecond) // the first worker is draining now
	if got := callAPI(t, web.URL, "slow", `{"data":[]}`); got != `complete ["done"]` {
		t.Errorf("a call during the shutdown: %s", got)
	}
	select {
	case err := <-stopped:
		t.Fatalf("Shutdown returned (%v) while its job was running", err)
	default:
	}
	close(first.release)
	if got := <-done; got != `complete ["first-worker"]` {
		t.Errorf("the running call: %s", got)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	if a, b := first.ran.Load(), second.ran.Load(); a != 1 || b != 1 {
		t.Errorf("the workers ran %d and %d calls, want 1 each", a, b)
	}
}
