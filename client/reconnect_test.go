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

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/client"
	"github.com/gradio-go/gradio/internal/cutproxy"
)

// words is the text a countApp call has streamed after n steps.
func words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprint("w", i+1)
	}
	return strings.Join(w, " ")
}

// countApp serves /count, which streams words(1) … words(n), one every 25 ms: long
// enough to cut its stream mid-way, and each value sent as a diff of the last, so that
// a message lost or delivered twice shows in the text.
func countApp(t *testing.T) string {
	t.Helper()
	n, out := &gradio.Number{Label: "n"}, &gradio.Textbox{Label: "Out"}
	btn := &gradio.Button{}
	btn.Click(func(ctx context.Context, n float64) iter.Seq[string] {
		return func(yield func(string) bool) {
			for i := 1; i <= int(n); i++ {
				select {
				case <-ctx.Done():
					return
				case <-time.After(25 * time.Millisecond):
				}
				if !yield(words(i)) {
					return
				}
			}
		}
	}, gradio.In(n), gradio.Out(out), gradio.EventOptions{APIName: "count"})
	app, err := (&gradio.Blocks{Children: []gradio.Component{n, btn, out}}).Build(gradio.WithTempDir(t.TempDir()))
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

// The connection drops mid-stream, with messages lost in flight; the client resumes
// with Last-Event-ID and every streamed value and the result arrive, once each.
func TestResumeThroughCutProxy(t *testing.T) {
	const steps = 60
	appURL := countApp(t)
	p := cutproxy.New(t, strings.TrimPrefix(appURL, "http://"))
	c := connect(t, p.URL())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	j, err := c.Submit(ctx, "/count", steps)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var final *client.Update
	for u := range j.Updates(ctx) {
		switch u.Stage {
		case client.Generated:
			got = append(got, u.Data[0].(string))
			if len(got) == 5 {
				// The app goes on sending for 300 ms into the void.
				go p.Cut(300 * time.Millisecond)
			}
		case client.Completed:
			final = &u
		}
	}
	if final == nil || final.Err != nil || len(final.Data) != 1 || final.Data[0] != words(steps) {
		t.Fatalf("completion %+v, want the whole text", final)
	}
	if len(got) != steps {
		t.Errorf("%d streamed values, want %d", len(got), steps)
	}
	for i, v := range got {
		if v != words(i+1) {
			t.Fatalf("streamed value %d is %q, want %q (a message lost or repeated)", i, v, words(i+1))
		}
	}
}

// fakeApp serves the captured hello app's config, info and join answers, and its
// /queue/data with stream, which gets the request's number (0 first).
func fakeApp(t *testing.T, stream func(n int, w http.ResponseWriter, r *http.Request)) string {
	t.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "gradio", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cfg, info := read("hello.config.json"), read("hello.info.json")
	var mu sync.Mutex
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/config":
			w.Write(cfg)
		case "/gradio_api/info":
			w.Write(info)
		case "/gradio_api/queue/join":
			w.Write([]byte(`{"event_id":"e1"}`))
		case "/gradio_api/queue/data":
			mu.Lock()
			i := n
			n++
			mu.Unlock()
			w.Header().Set("Content-Type", "text/event-stream")
			stream(i, w, r)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// A resume the app answers with "unknown session" fails the call with ErrSessionLost,
// and the resume carried the id of the last frame.
func TestResumeUnknownSession(t *testing.T) {
	var resumedWith string
	url := fakeApp(t, func(n int, w http.ResponseWriter, r *http.Request) {
		if n == 0 {
			fmt.Fprint(w, "id: 41\ndata: {\"msg\":\"estimation\",\"event_id\":\"e1\",\"rank\":0,\"queue_size\":1}\n\n")
			w.(http.Flusher).Flush()
			panic(http.ErrAbortHandler) // the connection drops
		}
		resumedWith = r.Header.Get("Last-Event-ID")
		fmt.Fprint(w, "data: {\"msg\":\"unexpected_error\",\"message\":\"404: Not Found\",\"session_not_found\":true,\"event_id\":null}\n\n")
	})
	c := connect(t, url)
	_, err := c.Predict(context.Background(), "/greet", "Ada")
	if !errors.Is(err, client.ErrSessionLost) {
		t.Fatalf("err = %v, want ErrSessionLost", err)
	}
	if resumedWith != "41" {
		t.Errorf("resumed with Last-Event-ID %q, want 41", resumedWith)
	}
}

// A stream that keeps breaking before any frame is retried a bounded number of times,
// then the call fails saying so; one that breaks after a frame starts the count over.
func TestResumeGivesUp(t *testing.T) {
	defer client.SetRetryDelays(time.Millisecond, time.Millisecond, time.Millisecond)()
	var mu sync.Mutex
	var ids []string
	url := fakeApp(t, func(n int, w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		ids = append(ids, r.Header.Get("Last-Event-ID"))
		mu.Unlock()
		if n == 2 {
			// Progress: a frame, one already delivered (dropped), and the break.
			fmt.Fprint(w, "id: 5\ndata: {\"msg\":\"process_starts\",\"event_id\":\"e1\"}\n\nid: 5\ndata: {\"msg\":\"process_starts\",\"event_id\":\"e1\"}\n\n")
		}
		// The answer starts, so that the transport cannot retry the request by itself.
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	})
	c := connect(t, url)
	j, err := c.Submit(context.Background(), "/greet", "Ada")
	if err != nil {
		t.Fatal(err)
	}
	starts := 0
	var last client.Update
	for u := range j.Updates(context.Background()) {
		if u.Stage == client.Started {
			starts++
		}
		last = u
	}
	if last.Err == nil || !strings.Contains(last.Err.Error(), "could not be resumed after 3 attempts") {
		t.Errorf("err = %v, want the stream given up after 3 attempts", last.Err)
	}
	if starts != 1 {
		t.Errorf("process_starts delivered %d times, want once", starts)
	}
	// The first stream, two failed resumes from nothing, the one with a frame, three more.
	want := ",0,0,5,5,5"
	if got := strings.Join(ids, ","); got != want {
		t.Errorf("Last-Event-ID of each stream: %q, want %q", got, want)
	}
}

// A stream the app ends at once while a call still waits is not reopened in a tight
// loop: it is retried with the pauses, then the call fails; an answer such as 403 fails
// it at once.
func TestStreamEndsWithCallWaiting(t *testing.T) {
	defer client.SetRetryDelays(time.Millisecond, time.Millisecond)()
	var mu sync.Mutex
	n := 0
	url := fakeApp(t, func(_ int, w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		mu.Unlock()
		fmt.Fprint(w, "data: {\"msg\":\"close_stream\",\"event_id\":null}\n\n")
	})
	_, err := connect(t, url).Predict(context.Background(), "/greet", "Ada")
	if !errors.Is(err, client.ErrSessionLost) {
		t.Errorf("err = %v, want ErrSessionLost", err)
	}
	if mu.Lock(); n != 3 {
		t.Errorf("%d streams, want 3 (the first and two retries)", n)
	}
	mu.Unlock()

	url = fakeApp(t, func(_ int, w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, `{"detail":"no"}`)
	})
	_, err = connect(t, url).Predict(context.Background(), "/greet", "Ada")
	var se *client.StatusError
	if !errors.As(err, &se) || se.Status != http.StatusForbidden {
		t.Errorf("err = %v, want the 403", err)
	}
}

// The curl API's result stream is resumed too: a Call whose connection drops while the
// app works, and stays down until the result was sent into the void, still returns it.
func TestCallResumesThroughCutProxy(t *testing.T) {
	appURL := countApp(t)
	p := cutproxy.New(t, strings.TrimPrefix(appURL, "http://"))
	c := connect(t, p.URL())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// The call takes 1 s; the app writes its end to the cut connection, and the client
	// gets through again after 1.5 s.
	cut := time.AfterFunc(400*time.Millisecond, func() {
		p.Refuse(1500 * time.Millisecond)
		p.Cut(1500 * time.Millisecond)
	})
	defer cut.Stop()
	out, err := c.Call(ctx, "/count", 40)
	if err != nil || len(out) != 1 || out[0] != words(40) {
		t.Fatalf("Call = %v, %v; want the whole text", out, err)
	}
}
