package server

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// Cancel stops only the caller's job (Gradio #10342): an event id of another session is
// ignored, and only the cancelled job's handler sees its context end.
func TestCancelStopsOnlyTheCallersJob(t *testing.T) {
	started := make(chan string, 2)
	ended := make(chan string, 2)
	fn := &Fn{Index: 0, APIName: "wait", Visibility: "public", Queued: true, Backend: true, Inputs: 1, Skipped: []bool{false},
		Prepare: func(context.Context, *Call) (any, error) { return nil, nil }}
	fn.Q = &queue.Fn{Index: 0, Group: queue.NewGroup(0), Run: func(evs []*queue.Event) {
		ev := evs[0]
		started <- ev.Session
		<-ev.Context().Done()
		ended <- ev.Session
		ev.Complete(&wire.ProcessCompleted{Success: true, Output: &wire.Output{Data: []any{"late"}}})
	}}
	q := queue.New(queue.NewStreams(0), queue.Options{})
	s := New(Options{Engine: stepEngine{fn: fn}, Queue: q, Logger: discardLogger(), Heartbeat: time.Hour})
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer func() { _ = q.Close(context.Background()) }()

	alice := joinSteps(t, srv, "alice")
	joinSteps(t, srv, "bob")
	<-started
	<-started
	cancel := func(event, session string) {
		body := `{"event_id":"` + event + `","session_hash":"` + session + `","fn_index":0}`
		if st, _, out := do(t, "POST", srv.URL+"/gradio_api/cancel", strings.NewReader(body), nil); st != 200 {
			t.Fatalf("cancel: %d %s", st, out)
		}
	}
	// Mallory, who has no job, names Alice's event.
	cancel(alice, "mallory")
	select {
	case who := <-ended:
		t.Fatalf("%s's handler was cancelled by another session", who)
	case <-time.After(100 * time.Millisecond):
	}
	// Bob names Alice's event with his own session: as in Gradio, that cancels his
	// session's running jobs of the function, and nobody else's.
	cancel(alice, "bob")
	select {
	case who := <-ended:
		if who != "bob" {
			t.Fatalf("cancelling bob's job ended %s's", who)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("bob's handler did not see its context cancelled")
	}
	select {
	case who := <-ended:
		t.Fatalf("%s's handler was cancelled too", who)
	case <-time.After(100 * time.Millisecond):
	}
	// Bob's stream ends with the cancellation (an empty output); Alice's job runs on.
	got := msgs(openSSE(t, srv.URL+"/gradio_api/queue/data?session_hash=bob", nil).rest(t))
	if !strings.HasSuffix(got, "process_completed() close_stream") {
		t.Errorf("bob's stream: %s", got)
	}
	if !q.Streams().Has("alice") {
		t.Error("alice's session was closed")
	}
	if ev, ok := q.Lookup(alice); !ok || ev.Done() {
		t.Error("alice's event is no longer running")
	}
}
