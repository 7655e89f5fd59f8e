package server

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// stepEngine serves one queued function, "steps", that sends a generating message for
// each value put on step and completes when step is closed.
type stepEngine struct {
	fakeEngine
	fn *Fn
}

func (e stepEngine) Fn(i int) *Fn {
	if i == 0 {
		return e.fn
	}
	return nil
}

func (e stepEngine) FnByName(n string) *Fn {
	if n == e.fn.APIName {
		return e.fn
	}
	return nil
}

func stepServer(t *testing.T, grace time.Duration) (*httptest.Server, chan string) {
	t.Helper()
	step := make(chan string)
	fn := &Fn{Index: 0, APIName: "steps", Visibility: "public", Queued: true, Backend: true, Inputs: 1, Skipped: []bool{false},
		Prepare: func(context.Context, *Call) (any, error) { return nil, nil }}
	fn.Q = &queue.Fn{Index: 0, Group: queue.NewGroup(0), Run: func(evs []*queue.Event) {
		var last string
		for v := range step {
			last = v
			evs[0].Emit(wire.MsgProcessGenerating, &wire.ProcessGenerating{Msg: wire.MsgProcessGenerating, EventID: evs[0].ID,
				Output: &wire.Output{Data: []any{v}}, Success: true})
		}
		evs[0].Complete(&wire.ProcessCompleted{Success: true, Output: &wire.Output{Data: []any{last}}})
	}}
	streams := queue.NewStreams(0)
	streams.SetResume(grace, 0)
	q := queue.New(streams, queue.Options{})
	s := New(Options{Engine: stepEngine{fn: fn}, Queue: q, Logger: discardLogger(), Heartbeat: time.Hour})
	srv := httptest.NewServer(s)
	t.Cleanup(func() {
		srv.Close()
		_ = q.Close(context.Background())
	})
	return srv, step
}

// sseFrame is one SSE frame as a client sees it.
type sseFrame struct {
	id, event, msg string
	data           string
}

// sseConn reads frames from a stream response.
type sseConn struct {
	resp *http.Response
	rd   *bufio.Reader
}

func openSSE(t *testing.T, u string, hdr map[string]string) *sseConn {
	t.Helper()
	req, _ := http.NewRequest("GET", u, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return &sseConn{resp: resp, rd: bufio.NewReader(resp.Body)}
}

// next returns the next frame, or ok false at the end of the stream.
func (c *sseConn) next(t *testing.T) (f sseFrame, ok bool) {
	t.Helper()
	for {
		line, err := c.rd.ReadString('\n')
		if err != nil {
			return f, false
		}
		line = strings.TrimSuffix(line, "\n")
		switch {
		case line == "":
			var m struct{ Msg string }
			_ = json.Unmarshal([]byte(f.data), &m)
			f.msg = m.Msg
			return f, true
		case strings.HasPrefix(line, "id: "):
			f.id = line[4:]
		case strings.HasPrefix(line, "event: "):
			f.event = line[7:]
		case strings.HasPrefix(line, "data: "):
			f.data = line[6:]
		default:
			t.Fatalf("unexpected SSE line %q", line)
		}
	}
}

// until reads frames up to and including the first whose msg (or event) is want.
func (c *sseConn) until(t *testing.T, want string) []sseFrame {
	t.Helper()
	var got []sseFrame
	for {
		f, ok := c.next(t)
		if !ok {
			t.Fatalf("stream ended before %s; got %v", want, got)
		}
		got = append(got, f)
		if f.msg == want || f.event == want {
			return got
		}
	}
}

// rest reads frames to the end of the stream.
func (c *sseConn) rest(t *testing.T) []sseFrame {
	t.Helper()
	defer c.resp.Body.Close()
	var got []sseFrame
	for {
		f, ok := c.next(t)
		if !ok {
			return got
		}
		got = append(got, f)
	}
}

func joinSteps(t *testing.T, srv *httptest.Server, session string) string {
	t.Helper()
	st, _, body := do(t, "POST", srv.URL+"/gradio_api/queue/join", strings.NewReader(`{"data":["x"],"fn_index":0,"session_hash":"`+session+`"}`), nil)
	if st != 200 {
		t.Fatalf("join: %d %s", st, body)
	}
	var r struct {
		EventID string `json:"event_id"`
	}
	_ = json.Unmarshal([]byte(body), &r)
	return r.EventID
}

func msgs(fs []sseFrame) string {
	var s []string
	for _, f := range fs {
		m := f.msg
		if m == wire.MsgProcessGenerating || m == wire.MsgProcessCompleted {
			var v struct {
				Output struct{ Data []string }
			}
			_ = json.Unmarshal([]byte(f.data), &v)
			m += "(" + strings.Join(v.Output.Data, ",") + ")"
		}
		s = append(s, m)
	}
	return strings.Join(s, " ")
}

// A browser drops its /queue/data stream mid-call; the call goes on, and the client
// reconnects with Last-Event-ID to get the rest and the completion, exactly once.
func TestResumeQueueDataAfterDrop(t *testing.T) {
	srv, step := stepServer(t, time.Minute)
	joinSteps(t, srv, "s1")
	data := srv.URL + "/gradio_api/queue/data?session_hash=s1"
	es := map[string]string{"Accept": "text/event-stream"}
	c := openSSE(t, data, es)
	step <- "a"
	got := c.until(t, wire.MsgProcessGenerating)
	for _, f := range got {
		if f.id == "" {
			t.Fatalf("sseFrame without id: %+v", f)
		}
	}
	lastID := got[len(got)-1].id
	c.resp.Body.Close() // the connection drops

	step <- "b"
	step <- "c"
	close(step)
	// The job finishes without a reader; its messages wait in the mailbox.
	time.Sleep(50 * time.Millisecond)

	es2 := map[string]string{"Accept": "text/event-stream", "Last-Event-ID": lastID}
	rest := openSSE(t, data, es2).rest(t)
	// Had the server not yet seen the drop when the call ended, it wrote the rest to
	// the dead connection and closed the session: a resume then gets the completion,
	// whose values are whole, without the values before it.
	seen := msgs(rest)
	if seen != "process_generating(b) process_generating(c) process_completed(c) close_stream" && seen != "process_completed(c) close_stream" {
		t.Fatalf("after reconnecting: %s\nwant the rest after a, or the completion, then close_stream", seen)
	}
	// The completion was read; a client that lost it resumes from the message before.
	completionID := rest[len(rest)-2].id
	beforeID := lastID
	if len(rest) > 2 {
		beforeID = rest[len(rest)-3].id
	}
	again := openSSE(t, data, map[string]string{"Last-Event-ID": beforeID}).rest(t)
	if want := "process_completed(c) close_stream"; msgs(again) != want {
		t.Errorf("resuming before the completion: %s, want %s", msgs(again), want)
	}
	if again[0].id != completionID {
		t.Errorf("the completion's id changed: %s, then %s", completionID, again[0].id)
	}
	// One that has it gets nothing more.
	if got := msgs(openSSE(t, data, map[string]string{"Last-Event-ID": completionID}).rest(t)); got != "close_stream" {
		t.Errorf("resuming after the completion: %s, want close_stream", got)
	}
	// Without Last-Event-ID, a finished session is unknown, as before resumes existed.
	if got := msgs(openSSE(t, data, es).rest(t)); got != "unexpected_error" {
		t.Errorf("a new stream of a finished session: %s, want unexpected_error", got)
	}
}

// The Python client rejects any line but data:, so streams it reads carry no ids.
func TestNoIDsWithoutEventStreamAccept(t *testing.T) {
	srv, step := stepServer(t, time.Minute)
	joinSteps(t, srv, "py")
	close(step)
	for _, f := range openSSE(t, srv.URL+"/gradio_api/queue/data?session_hash=py", map[string]string{"Accept": "*/*"}).rest(t) {
		if f.id != "" || f.event != "" {
			t.Errorf("sseFrame with more than data: %+v", f)
		}
	}
}

// The curl API: ids for event-stream clients, none for curl, and a result collected
// again only by a client resuming within the grace.
func TestResumeCallGet(t *testing.T) {
	srv, step := stepServer(t, time.Minute)
	st, _, body := do(t, "POST", srv.URL+"/gradio_api/call/steps", strings.NewReader(`{"data":["x"]}`), nil)
	if st != 200 {
		t.Fatalf("call: %d %s", st, body)
	}
	var r struct {
		EventID string `json:"event_id"`
	}
	_ = json.Unmarshal([]byte(body), &r)
	u := srv.URL + "/gradio_api/call/steps/" + r.EventID
	// The curl stream's headers go out with its first frame: send it meanwhile.
	go func() { step <- "a" }()
	c := openSSE(t, u, map[string]string{"Accept": "text/event-stream"})
	first := c.until(t, "generating")
	c.resp.Body.Close()
	close(step)
	time.Sleep(50 * time.Millisecond)
	rest := openSSE(t, u, map[string]string{"Last-Event-ID": first[len(first)-1].id}).rest(t)
	if len(rest) != 1 || rest[0].event != "complete" || rest[0].data != `["a"]` || rest[0].id == "" {
		t.Fatalf("after reconnecting: %+v", rest)
	}
	if got := openSSE(t, u, nil).rest(t); len(got) != 1 || got[0].event != "error" || got[0].data != `"404: Not Found"` {
		t.Errorf("collecting a read result again without Last-Event-ID: %+v, want the 404 error", got)
	}
	if got := openSSE(t, u, map[string]string{"Last-Event-ID": "0"}).rest(t); len(got) != 1 || got[0].event != "complete" {
		t.Errorf("collecting it again with Last-Event-ID 0: %+v", got)
	}
}

// After the grace, nothing of a finished session is kept.
func TestResumeGraceEnds(t *testing.T) {
	srv, step := stepServer(t, 30*time.Millisecond)
	id := joinSteps(t, srv, "g")
	close(step)
	data := srv.URL + "/gradio_api/queue/data?session_hash=g"
	if got := msgs(openSSE(t, data, nil).rest(t)); !strings.HasSuffix(got, "process_completed() close_stream") {
		t.Fatalf("stream: %s", got)
	}
	time.Sleep(150 * time.Millisecond)
	if got := msgs(openSSE(t, data, map[string]string{"Last-Event-ID": "0"}).rest(t)); got != "unexpected_error" {
		t.Errorf("resuming after the grace: %s, want unexpected_error", got)
	}
	if got := openSSE(t, srv.URL+"/gradio_api/call/steps/"+id, map[string]string{"Last-Event-ID": "0"}).rest(t); len(got) != 1 || got[0].event != "error" {
		t.Errorf("collecting by event id after the grace: %+v", got)
	}
}
