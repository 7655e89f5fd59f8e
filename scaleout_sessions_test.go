package gradio_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/internal/natstest"
)

// Function indices of scaledApp.
const (
	fnDouble = 0
	fnGen    = 1
	fnSlow   = 3
)

// sessionMsg is one message of a /queue/data stream, with its SSE id.
type sessionMsg struct {
	id      uint64
	msg     string
	eventID string
	data    string
}

// joinAt queues fn with data for session on base and returns the event id.
func joinAt(t *testing.T, base, session string, fn int, data string) string {
	t.Helper()
	body := fmt.Sprintf(`{"data":%s,"fn_index":%d,"session_hash":%q}`, data, fn, session)
	resp, err := http.Post(base+"/gradio_api/queue/join", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		EventID string `json:"event_id"`
		Detail  string `json:"detail"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.EventID == "" {
		t.Fatalf("join on %s: %d %+v %v", base, resp.StatusCode, out, err)
	}
	return out.EventID
}

// readSession reads session's stream on base as an EventSource would (resuming after
// last if it is not 0) until close_stream, or until stop returns true for a message.
func readSession(t *testing.T, base, session string, last uint64, stop func(sessionMsg) bool) []sessionMsg {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, base+"/gradio_api/queue/data?session_hash="+session, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "text/event-stream")
	if last != 0 {
		req.Header.Set("Last-Event-ID", strconv.FormatUint(last, 10))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out []sessionMsg
	var id uint64
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "id: "); ok {
			id, _ = strconv.ParseUint(v, 10, 64)
			continue
		}
		v, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			continue
		}
		var m struct {
			Msg     string          `json:"msg"`
			EventID string          `json:"event_id"`
			Output  json.RawMessage `json:"output"`
		}
		if err := json.Unmarshal([]byte(v), &m); err != nil {
			t.Fatalf("a frame that is not JSON: %s", v)
		}
		if m.Msg == "heartbeat" {
			continue
		}
		sm := sessionMsg{id: id, msg: m.Msg, eventID: m.EventID, data: string(m.Output)}
		out = append(out, sm)
		if m.Msg == "close_stream" || stop != nil && stop(sm) {
			break
		}
	}
	return out
}

// summary lists a stream's messages as "msg:event" with event ids shortened to names.
func summary(ms []sessionMsg, names map[string]string) string {
	var s []string
	for _, m := range ms {
		name := names[m.eventID]
		if name == "" && m.eventID != "" {
			name = "?" + m.eventID
		}
		s = append(s, m.msg+":"+name)
	}
	return strings.Join(s, " ")
}

// webReplicas serves n web replicas of scaledApp on the NATS server at url.
func webReplicas(t *testing.T, url string, n int, opts ...gradio.Option) []*httptest.Server {
	var web []*httptest.Server
	for range n {
		app := build(t, (&scaledApp{}).blocks(), append([]gradio.Option{gradio.WithNATS(url), gradio.WithRole(gradio.RoleWeb)}, opts...)...)
		srv := httptest.NewServer(app)
		t.Cleanup(srv.Close)
		web = append(web, srv)
	}
	return web
}

// Any web replica serves any session's /queue/data: a join on A is streamed from B;
// the session's next stream, on C, starts after what B sent, with the events joined
// on A and C since.
func TestNATSSessionStreamOnAnyReplica(t *testing.T) {
	srv := natstest.Start(t)
	web := webReplicas(t, srv.URL(), 3)
	worker := &scaledApp{}
	build(t, worker.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))

	const session = "sess1"
	g := joinAt(t, web[0].URL, session, fnGen, "[3]")
	names := map[string]string{g: "gen"}
	first := readSession(t, web[1].URL, session, 0, nil)
	want := "estimation:gen process_starts:gen process_generating:gen process_generating:gen process_generating:gen process_completed:gen close_stream:"
	if got := summary(first, names); got != want {
		t.Fatalf("B streamed %s\nwant %s", got, want)
	}
	if done := first[len(first)-2]; !strings.Contains(done.data, `"abc"`) {
		t.Errorf("the completion on B is %s", done.data)
	}
	for i := 1; i < len(first)-1; i++ {
		if first[i].id <= first[i-1].id {
			t.Fatalf("ids do not increase: %v", first)
		}
	}

	d := joinAt(t, web[2].URL, session, fnDouble, "[21]")
	g2 := joinAt(t, web[0].URL, session, fnGen, "[2]")
	names[d], names[g2] = "double", "gen2"
	second := readSession(t, web[2].URL, session, 0, nil)
	completed := map[string]string{}
	for _, m := range second {
		if m.eventID == g {
			t.Fatalf("C sent the first event again: %s", summary(second, names))
		}
		if m.msg == "process_completed" {
			completed[names[m.eventID]] = m.data
		}
	}
	if last := second[len(second)-1]; last.msg != "close_stream" || len(completed) != 2 ||
		!strings.Contains(completed["double"], `"42"`) || !strings.Contains(completed["gen2"], `"ab"`) {
		t.Fatalf("C streamed %s; completions %v", summary(second, names), completed)
	}
	if second[0].id <= first[len(first)-2].id {
		t.Errorf("C's first id %d is not after B's last %d", second[0].id, first[len(first)-2].id)
	}
	if n := worker.ran.Load(); n != 3 {
		t.Errorf("the worker ran %d calls, want 3", n)
	}
}

// A join on one replica reaches a stream of the session open on another, and a
// cancel sent to a third replica ends a running call wherever it runs.
func TestNATSSessionJoinWhileStreamingElsewhere(t *testing.T) {
	srv := natstest.Start(t)
	web := webReplicas(t, srv.URL(), 3)
	worker := &scaledApp{block: true, started: make(chan struct{})}
	build(t, worker.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))

	const session = "sess2"
	slow := joinAt(t, web[0].URL, session, fnSlow, "[]")
	names := map[string]string{slow: "slow"}
	done := make(chan []sessionMsg, 1)
	go func() { done <- readSession(t, web[1].URL, session, 0, nil) }()
	select {
	case <-worker.started:
	case <-time.After(20 * time.Second):
		t.Fatal("the slow call never started")
	}
	d := joinAt(t, web[2].URL, session, fnDouble, "[4]")
	names[d] = "double"
	// The double runs beside the blocked call (another group); its completion must
	// reach B's stream, which stays open for the slow call.
	time.Sleep(200 * time.Millisecond)
	resp, err := http.Post(web[2].URL+"/gradio_api/cancel", "application/json",
		strings.NewReader(fmt.Sprintf(`{"event_id":%q,"session_hash":%q,"fn_index":%d}`, slow, session, fnSlow)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var got []sessionMsg
	select {
	case got = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("B's stream did not end after the cancel")
	}
	completed := map[string]string{}
	for _, m := range got {
		if m.msg == "process_completed" {
			completed[names[m.eventID]] = m.data
		}
	}
	if len(completed) != 2 || !strings.Contains(completed["double"], `"8"`) || completed["slow"] != "{}" ||
		got[len(got)-1].msg != "close_stream" {
		t.Fatalf("B streamed %s; completions %v", summary(got, names), completed)
	}
}

// A client that drops its session stream mid-call resumes with Last-Event-ID on
// another replica and gets exactly the rest, numbered as before.
func TestNATSSessionResumeElsewhere(t *testing.T) {
	srv := natstest.Start(t)
	web := webReplicas(t, srv.URL(), 2)
	build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))

	const session = "sess3"
	g := joinAt(t, web[0].URL, session, fnGen, "[6]")
	names := map[string]string{g: "gen"}
	n := 0
	head := readSession(t, web[0].URL, session, 0, func(m sessionMsg) bool {
		if m.msg == "process_generating" {
			n++
		}
		return n == 2
	})
	rest := readSession(t, web[1].URL, session, head[len(head)-1].id, nil)
	all := append(append([]sessionMsg{}, head...), rest...)
	want := "estimation:gen process_starts:gen" + strings.Repeat(" process_generating:gen", 6) + " process_completed:gen close_stream:"
	if got := summary(all, names); got != want {
		t.Fatalf("A then B streamed %s\nwant %s", got, want)
	}
	for i := 1; i < len(all)-1; i++ {
		if all[i].id <= all[i-1].id {
			t.Fatalf("ids do not increase across the resume: %v", all)
		}
	}
}
