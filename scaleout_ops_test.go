package gradio_test

import (
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
	web := webReplicasWith(t, srv.URL(), gradio.WithMaxQueueSize(1))
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

func webReplicasWith(t *testing.T, url string, opts ...gradio.Option) *httptest.Server {
	app := build(t, (&scaledApp{}).blocks(), append([]gradio.Option{gradio.WithNATS(url), gradio.WithRole(gradio.RoleWeb)}, opts...)...)
	s := httptest.NewServer(app)
	t.Cleanup(s.Close)
	return s
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
