package gradio_test

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

func collabServer(t *testing.T, opts ...gradio.Option) *httptest.Server {
	t.Helper()
	in := &gradio.Textbox{Label: "In"}
	out := &gradio.Textbox{Label: "Out"}
	b := &gradio.Button{Value: "Go"}
	b.Click(func(s string) string { return "Hi " + s }, gradio.In(in), gradio.Out(out))
	app, err := (&gradio.Blocks{Children: []gradio.Component{in, b, out}}).Build(append(opts, gradio.WithTempDir(t.TempDir()))...)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	t.Cleanup(func() { srv.Close(); app.Close() })
	return srv
}

func postJSON(t *testing.T, url string, hdr map[string]string, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return res.StatusCode, m
}

func TestCollaborationConfigOnlyWhenOn(t *testing.T) {
	for _, on := range []bool{false, true} {
		var opts []gradio.Option
		if on {
			opts = append(opts, gradio.WithCollaboration(gradio.Collaboration{}))
		}
		srv := collabServer(t, opts...)
		res, err := http.Get(srv.URL + "/config")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if got := strings.Contains(string(b), `"collaboration":{"max_members":50,"presence_timeout":30,"join_as":"editor"}`); got != on {
			t.Errorf("collaboration on=%v, config has it: %v", on, got)
		}
		code, _ := postJSON(t, srv.URL+"/gradio_api/room/create", nil, `{}`)
		if want := map[bool]int{false: 404, true: 200}[on]; code != want {
			t.Errorf("on=%v: create answered %d, want %d", on, code, want)
		}
	}
}

// A run made from a room by an editor reaches every member, attributed, with its
// outputs; a viewer's is refused before it is queued; other sites cannot create rooms.
func TestCollaborationRunsAndRoles(t *testing.T) {
	srv := collabServer(t, gradio.WithCollaboration(gradio.Collaboration{JoinAsViewer: true}))
	api := srv.URL + "/gradio_api"
	_, owner := postJSON(t, api+"/room/create", nil, `{"name":"Ann"}`)
	room, otok := owner["room"].(string), owner["token"].(string)
	_, viewer := postJSON(t, api+"/room/"+room+"/join", nil, `{"name":"Val"}`)
	if viewer["role"] != "viewer" {
		t.Fatalf("JoinAsViewer: %v", viewer)
	}
	req, _ := http.NewRequest("GET", api+"/room/"+room+"/events", nil)
	req.Header.Set("X-Gradio-Room-Token", viewer["token"].(string))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()

	join := `{"data":["Bo"],"fn_index":0,"session_hash":"s1","event_data":null}`
	code, m := postJSON(t, api+"/queue/join", map[string]string{"X-Gradio-Room": room, "X-Gradio-Room-Token": viewer["token"].(string)}, join)
	if code != 403 || !strings.Contains(m["detail"].(string), "viewer") {
		t.Fatalf("a viewer's run: %d %v", code, m)
	}
	code, m = postJSON(t, api+"/queue/join", map[string]string{"X-Gradio-Room": room, "X-Gradio-Room-Token": "forged"}, join)
	if code != 401 {
		t.Fatalf("a forged member's run: %d %v", code, m)
	}
	code, m = postJSON(t, api+"/queue/join", map[string]string{"X-Gradio-Room": room, "X-Gradio-Room-Token": otok}, join)
	if code != 200 {
		t.Fatalf("the owner's run: %d %v", code, m)
	}
	// The viewer's stream shows the run, attributed, and its result.
	done := make(chan string, 1)
	go func() {
		br := bufio.NewReader(res.Body)
		for {
			line, err := br.ReadString('\n')
			if err != nil {
				done <- ""
				return
			}
			if strings.Contains(line, `"process_completed"`) {
				done <- line
				return
			}
		}
	}()
	select {
	case line := <-done:
		if !strings.Contains(line, `"Hi Bo"`) || !strings.Contains(line, `"member":"`+owner["member"].(string)+`"`) || !strings.Contains(line, `"name":"Ann"`) {
			t.Fatalf("mirrored completion: %s", line)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the run never reached the viewer's stream")
	}
	code, _ = postJSON(t, api+"/room/create", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}, `{}`)
	if code != 403 {
		t.Fatalf("a cross-site create answered %d, want 403", code)
	}
}
