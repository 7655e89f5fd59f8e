package gradio

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/gradiotest"
)

// Nothing is kept per session once its calls are done and read: no mailbox, and no
// session record unless the app has State.
func TestNothingHeldPerFinishedSession(t *testing.T) {
	out := &Textbox{}
	in := &Textbox{}
	btn := &Button{}
	btn.Click(strings.ToUpper, In(in), Out(out), EventOptions{APIName: "up"})
	app, err := (&Blocks{Children: []Component{in, btn, out}}).Build(WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	for i := range 200 {
		if _, err := gradiotest.New(app).Predict("/up", fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
	}
	if n := app.queue.Streams().Len(); n != 0 {
		t.Errorf("%d mailboxes left after 200 finished sessions", n)
	}
	if n := app.sessions.Len(); n != 0 {
		t.Errorf("%d session records left for an app without State", n)
	}
}

func TestQueueFullIs503(t *testing.T) {
	release := make(chan struct{})
	out := &Textbox{}
	btn := &Button{}
	btn.Click(func() string { <-release; return "done" }, nil, Out(out), EventOptions{APIName: "slow"})
	app, err := (&Blocks{Children: []Component{btn, out}}).Build(WithTempDir(t.TempDir()), WithMaxQueueSize(1))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	defer close(release)
	join := func(session string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		body := fmt.Sprintf(`{"data":[],"fn_index":0,"session_hash":%q}`, session)
		app.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/gradio_api/queue/join", strings.NewReader(body)))
		return rec
	}
	if rec := join("running"); rec.Code != http.StatusOK {
		t.Fatalf("first join: %d %s", rec.Code, rec.Body)
	}
	// The first call occupies the only slot (limit 1); wait until it has left the queue.
	for app.queue.Size() != 0 {
		runtime.Gosched()
	}
	if rec := join("waiting"); rec.Code != http.StatusOK {
		t.Fatalf("second join: %d %s", rec.Code, rec.Body)
	}
	rec := join("refused")
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "Queue is full") {
		t.Fatalf("third join: %d %s, want 503 Queue is full", rec.Code, rec.Body)
	}
}
