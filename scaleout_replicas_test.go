package gradio_test

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/internal/natstest"
)

// frame is one curl API frame with its SSE id.
type frame struct{ id, text string }

// readFrames reads a curl API stream as an EventSource would (with ids), resuming
// after last if it is not empty, and stops after n frames if n > 0.
func readFrames(t *testing.T, base, api, event, last string, n int) []frame {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, base+"/gradio_api/call/"+api+"/"+event, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "text/event-stream")
	if last != "" {
		req.Header.Set("Last-Event-ID", last)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out []frame
	id, name := "", ""
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "id: "); ok {
			id = v
		} else if v, ok := strings.CutPrefix(line, "event: "); ok {
			name = v
		} else if v, ok := strings.CutPrefix(line, "data: "); ok && name != "heartbeat" {
			out = append(out, frame{id, name + " " + strings.ReplaceAll(v, " ", "")})
			if n > 0 && len(out) == n {
				break
			}
		}
	}
	return out
}

func texts(fs []frame) string {
	var s []string
	for _, f := range fs {
		s = append(s, f.text)
	}
	return strings.Join(s, "|")
}

// Any web replica serves any curl API call's stream, and its resume: the call is
// posted to A, streamed from B, resumed on C after the second frame, and resumed
// after its completion on A.
func TestNATSCallOnAnyReplica(t *testing.T) {
	srv := natstest.Start(t)
	var web [3]*httptest.Server
	for i := range web {
		app := build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb))
		web[i] = httptest.NewServer(app)
		defer web[i].Close()
	}
	worker := &scaledApp{}
	build(t, worker.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))

	id := postCall(t, web[0].URL, "gen", `{"data":[4]}`)
	all := readFrames(t, web[1].URL, "gen", id, "", 0)
	want := `generating ["a"]|generating ["ab"]|generating ["abc"]|generating ["abcd"]|complete ["abcd"]`
	if got := texts(all); got != want {
		t.Fatalf("B streamed %s, want %s", got, want)
	}
	prev := uint64(0)
	for _, f := range all {
		n, err := strconv.ParseUint(f.id, 10, 64)
		if err != nil || n <= prev {
			t.Fatalf("frame ids %v: want increasing numbers", all)
		}
		prev = n
	}
	rest := readFrames(t, web[2].URL, "gen", id, all[1].id, 0)
	if got, want := texts(rest), texts(all[2:]); got != want {
		t.Errorf("C resumed after %s with %s, want exactly %s", all[1].id, got, want)
	}
	for i, f := range rest {
		if f.id != all[2+i].id {
			t.Errorf("C's frame %d has id %s, B's had %s", i, f.id, all[2+i].id)
		}
	}
	if got := readFrames(t, web[0].URL, "gen", id, all[len(all)-1].id, 0); len(got) != 0 {
		t.Errorf("A resumed after the completion with %v, want nothing", got)
	}
	if got := texts(readFrames(t, web[1].URL, "gen", "0123456789abcdef", "", 0)); got != `error "404:NotFound"` {
		t.Errorf("an unknown event on B: %s", got)
	}
	if n := worker.ran.Load(); n != 1 {
		t.Errorf("the worker ran %d calls, want 1", n)
	}
}

// A client that drops its stream mid-call on one replica resumes on another while
// the call still runs, and gets exactly the rest.
func TestNATSCallResumeWhileRunning(t *testing.T) {
	srv := natstest.Start(t)
	var web [2]*httptest.Server
	for i := range web {
		app := build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb))
		web[i] = httptest.NewServer(app)
		defer web[i].Close()
	}
	build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))

	id := postCall(t, web[0].URL, "gen", `{"data":[6]}`)
	first := readFrames(t, web[0].URL, "gen", id, "", 2)
	if got := texts(first); got != `generating ["a"]|generating ["ab"]` {
		t.Fatalf("A streamed %s first", got)
	}
	rest := readFrames(t, web[1].URL, "gen", id, first[1].id, 0)
	want := `generating ["abc"]|generating ["abcd"]|generating ["abcde"]|generating ["abcdef"]|complete ["abcdef"]`
	if got := texts(rest); got != want {
		t.Errorf("B resumed with %s, want %s", got, want)
	}
}
