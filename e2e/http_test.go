package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

var client = &http.Client{Timeout: 30 * time.Second}

func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	resp, err := client.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := client.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func eventID(t *testing.T, body string) string {
	t.Helper()
	var r struct {
		EventID string `json:"event_id"`
	}
	if err := json.Unmarshal([]byte(body), &r); err != nil || len(r.EventID) != 32 {
		t.Fatalf("want {\"event_id\": <32 hex>}, got %s", body)
	}
	return r.EventID
}

// TestCurlAPI checks the exact text of the curl API, which scripts parse.
func TestCurlAPI(t *testing.T) {
	hello := app(t, "hello")
	cases := []struct {
		name, url, body, want string
	}{
		{"positional", hello + "/gradio_api/call/greet", `{"data": ["Ada"]}`, "event: complete\ndata: [\"Hello, Ada!\"]\n\n"},
		{"keywords", hello + "/gradio_api/call/v2/greet", `{"name": "Ada"}`, "event: complete\ndata: [\"Hello, Ada!\"]\n\n"},
		{"non-ASCII as Python writes it", hello + "/gradio_api/call/greet", `{"data": ["Zoë <3"]}`, "event: complete\ndata: [\"Hello, Zo\\u00eb <3!\"]\n\n"},
		{"gradio.Error", app(t, "calculator") + "/gradio_api/call/calculate", `{"data": [1, "divide", 0]}`,
			"event: error\ndata: {\"error\": \"Cannot divide by zero!\", \"duration\": 10, \"visible\": true, \"title\": \"Math\"}\n\n"},
		{"stream, full values", app(t, "stream") + "/gradio_api/call/stream", `{"data": ["a b c"]}`,
			"event: generating\ndata: [\"a\"]\n\nevent: generating\ndata: [\"a b\"]\n\nevent: generating\ndata: [\"a b c\"]\n\nevent: complete\ndata: [\"a b c\"]\n\n"},
		{"State inputs may be left out", app(t, "testapp") + "/gradio_api/call/increment", `{"data": []}`, "event: complete\ndata: [null, \"Clicked 1 time(s)\"]\n\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, body := post(t, c.url, c.body)
			if status != http.StatusOK {
				t.Fatalf("POST: %d %s", status, body)
			}
			base := c.url[:strings.Index(c.url, "/gradio_api/call/")] + "/gradio_api/call/"
			api := strings.TrimPrefix(strings.TrimPrefix(c.url, base), "v2/")
			status, stream, h := get(t, base+api+"/"+eventID(t, body))
			if status != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "text/event-stream") {
				t.Fatalf("GET: %d %s", status, h.Get("Content-Type"))
			}
			if stream != c.want {
				t.Errorf("stream =\n%q\nwant\n%q", stream, c.want)
			}
		})
	}
	t.Run("unknown event id", func(t *testing.T) {
		_, stream, _ := get(t, hello+"/gradio_api/call/greet/00000000000000000000000000000000")
		if want := "event: error\ndata: \"404: Not Found\"\n\n"; stream != want {
			t.Errorf("stream = %q, want %q", stream, want)
		}
	})
}

// sseFrames reads a /queue/data stream and returns its JSON messages; it fails on any
// line the Python client would reject.
func sseFrames(t *testing.T, r io.Reader) []map[string]any {
	t.Helper()
	var msgs []map[string]any
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	blank := true
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			blank = true
			continue
		}
		if !blank || !strings.HasPrefix(line, "data: ") {
			t.Fatalf("frame line %q is not a lone data: line", line)
		}
		blank = false
		var m map[string]any
		if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &m); err != nil {
			t.Fatalf("frame %q: %v", line, err)
		}
		msgs = append(msgs, m)
	}
	return msgs
}

func queueRoundTrip(t *testing.T, base, body, session string) []map[string]any {
	t.Helper()
	status, resp := post(t, base+"/gradio_api/queue/join", body)
	if status != http.StatusOK {
		t.Fatalf("join: %d %s", status, resp)
	}
	eventID(t, resp)
	r, err := client.Get(base + "/gradio_api/queue/data?session_hash=" + session)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	return sseFrames(t, r.Body)
}

func msgKinds(msgs []map[string]any) string {
	var k []string
	for _, m := range msgs {
		k = append(k, fmt.Sprint(m["msg"]))
	}
	return strings.Join(k, ",")
}

func TestQueueStream(t *testing.T) {
	t.Run("hello", func(t *testing.T) {
		msgs := queueRoundTrip(t, app(t, "hello"), `{"data":["Ada"],"event_data":null,"fn_index":0,"trigger_id":null,"session_hash":"qs1"}`, "qs1")
		if got := msgKinds(msgs); got != "estimation,process_starts,process_completed,close_stream" {
			t.Fatalf("messages %s", got)
		}
		done := msgs[2]
		out := done["output"].(map[string]any)
		if _, has := out["error"]; has {
			t.Error("a successful output carries an error key, which both clients read as failure")
		}
		if fmt.Sprint(out["data"]) != "[Hello, Ada!]" || done["success"] != true {
			t.Errorf("completion %v", done)
		}
		if msgs[3]["event_id"] != nil {
			t.Errorf("close_stream event_id = %v, want null", msgs[3]["event_id"])
		}
	})
	t.Run("stream diffs", func(t *testing.T) {
		msgs := queueRoundTrip(t, app(t, "stream"), `{"data":["x y z"],"fn_index":0,"session_hash":"qs2"}`, "qs2")
		var gens []string
		for _, m := range msgs {
			if m["msg"] == "process_generating" {
				b, _ := json.Marshal(m["output"].(map[string]any)["data"])
				gens = append(gens, string(b))
			}
		}
		want := []string{`["x"]`, `[[["append",[]," y"]]]`, `[[["append",[]," z"]]]`}
		if strings.Join(gens, " ") != strings.Join(want, " ") {
			t.Errorf("generations %v, want %v", gens, want)
		}
		if !strings.Contains(msgKinds(msgs), "progress") {
			t.Errorf("no progress message in %s", msgKinds(msgs))
		}
	})
	t.Run("unknown session", func(t *testing.T) {
		_, body, _ := get(t, app(t, "hello")+"/gradio_api/queue/data?session_hash=never")
		want := "data: {\"msg\":\"unexpected_error\",\"event_id\":null,\"message\":\"404: Not Found\",\"session_not_found\":true,\"success\":false}\n\n"
		if body != want {
			t.Errorf("body = %q, want %q", body, want)
		}
	})
}

// TestBadInput sends malformed and hostile requests: each gets a clear 4xx, and the
// server goes on serving.
func TestBadInput(t *testing.T) {
	hello, calc := app(t, "hello"), app(t, "calculator")
	big := `{"data":["` + strings.Repeat("x", 33<<20) + `"],"fn_index":0,"session_hash":"b"}`
	cases := []struct {
		name, url, body string
		status          int
		detail          string
	}{
		{"malformed JSON", hello + "/gradio_api/queue/join", `{"data": ["x"`, 400, "Malformed JSON"},
		{"not an object", hello + "/gradio_api/queue/join", `[1,2]`, 400, "JSON object"},
		{"empty body", hello + "/gradio_api/queue/join", ``, 400, "empty"},
		{"no data", hello + "/gradio_api/queue/join", `{"fn_index":0,"session_hash":"b"}`, 400, `"data" is required`},
		{"data not an array", hello + "/gradio_api/queue/join", `{"data":"x","fn_index":0,"session_hash":"b"}`, 400, "must be an array"},
		{"no session", hello + "/gradio_api/queue/join", `{"data":["x"],"fn_index":0}`, 400, "Session hash not found."},
		{"no fn_index", hello + "/gradio_api/queue/join", `{"data":["x"],"session_hash":"b"}`, 400, "No function index provided."},
		{"unknown fn_index", hello + "/gradio_api/queue/join", `{"data":["x"],"fn_index":99,"session_hash":"b"}`, 404, "fn_index 99"},
		{"browser-only fn", hello + "/gradio_api/queue/join", `{"data":[],"fn_index":1,"session_hash":"b"}`, 400, "browser only"},
		{"too few values", hello + "/gradio_api/queue/join", `{"data":[],"fn_index":0,"session_hash":"b"}`, 400, "takes 1 input value(s)"},
		{"too many values", hello + "/gradio_api/queue/join", `{"data":["a","b"],"fn_index":0,"session_hash":"b"}`, 400, "got 2"},
		{"wrong type", hello + "/gradio_api/queue/join", `{"data":[42],"fn_index":0,"session_hash":"b"}`, 400, `expected a string, got a number`},
		{"number as string", calc + "/gradio_api/call/calculate", `{"data":["6","add",1]}`, 400, "expected a number"},
		{"not a choice", calc + "/gradio_api/call/calculate", `{"data":[6,"pow",1]}`, 400, "not one of the choices"},
		{"unknown api name", hello + "/gradio_api/call/nope", `{"data":["x"]}`, 404, "no endpoint named /nope"},
		{"unknown keyword", hello + "/gradio_api/call/v2/greet", `{"nme":"x"}`, 400, `unknown parameter "nme"`},
		{"missing keyword", hello + "/gradio_api/call/v2/greet", `{}`, 400, `missing parameter "name"`},
		{"run unknown api", hello + "/gradio_api/run/nope", `{"data":["x"]}`, 404, "no endpoint"},
		{"oversized body", hello + "/gradio_api/queue/join", big, 413, "too large"},
		{"cancel without fields", hello + "/gradio_api/cancel", `{}`, 400, "required"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, body := post(t, c.url, c.body)
			if status != c.status {
				t.Fatalf("status %d, want %d (body %s)", status, c.status, body)
			}
			var d struct{ Detail string }
			if err := json.Unmarshal([]byte(body), &d); err != nil || !strings.Contains(d.Detail, c.detail) {
				t.Errorf("body %s: want a detail containing %q", body, c.detail)
			}
		})
	}
	// Still serving.
	status, body := post(t, hello+"/gradio_api/call/greet", `{"data":["after"]}`)
	if status != http.StatusOK {
		t.Fatalf("after the bad requests: %d %s", status, body)
	}
	if _, stream, _ := get(t, hello+"/gradio_api/call/greet/"+eventID(t, body)); !strings.Contains(stream, "Hello, after!") {
		t.Errorf("after the bad requests: %q", stream)
	}
}

func TestRunEndpoint(t *testing.T) {
	status, body := post(t, app(t, "testapp")+"/gradio_api/run/noqueue", `{"data":["hi"],"event_data":null,"fn_index":1,"trigger_id":null,"session_hash":"r"}`)
	if status != http.StatusOK {
		t.Fatalf("%d %s", status, body)
	}
	var out map[string]any
	_ = json.Unmarshal([]byte(body), &out)
	if fmt.Sprint(out["data"]) != "[hi]" || out["is_generating"] != false {
		t.Errorf("output %s", body)
	}
	if _, has := out["error"]; has {
		t.Error("success output has an error key")
	}
	status, body = post(t, app(t, "calculator")+"/gradio_api/run/calculate", `{"data":[1,"divide",0]}`)
	if status != http.StatusInternalServerError || !strings.Contains(body, "Cannot divide by zero!") {
		t.Errorf("error via /run: %d %s", status, body)
	}
}

func TestHeartbeatAndMisc(t *testing.T) {
	base := app(t, "testapp")
	resp, err := client.Get(base + "/gradio_api/heartbeat/hb")
	if err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(resp.Body).ReadString('\n')
	resp.Body.Close()
	if err != nil || line != "data: ALIVE\n" {
		t.Errorf("heartbeat first line %q, %v", line, err)
	}
	if status, body := post(t, base+"/gradio_api/reset", `{"event_id":"x"}`); status != 200 || body != `{"success":true}` {
		t.Errorf("reset: %d %s", status, body)
	}
	if status, body, _ := get(t, base+"/gradio_api/nonexistent"); status != 404 || body != `{"detail":"Not Found"}` {
		t.Errorf("unknown route: %d %s", status, body)
	}
	if status, body, _ := get(t, base+"/gradio_api/file=/etc/passwd"); status != 403 || body != `{"detail":"File not allowed: /etc/passwd."}` {
		t.Errorf("file outside the cache: %d %s", status, body)
	}
}

// TestPage checks the page carries the config inline and its assets are cached for good.
func TestPage(t *testing.T) {
	base := app(t, "hello")
	status, page, h := get(t, base+"/")
	if status != 200 || !strings.Contains(page, "window.gradio_config = {") || !strings.Contains(page, "<title>Hello</title>") {
		t.Fatalf("page: %d %.300s", status, page)
	}
	if h.Get("Cache-Control") != "no-cache" {
		t.Errorf("page Cache-Control = %q, want no-cache", h.Get("Cache-Control"))
	}
	js := regexp.MustCompile(`\./(assets/app-[^"]+\.js)`).FindStringSubmatch(page)
	if js == nil {
		t.Fatal("page has no script")
	}
	req, _ := http.NewRequest(http.MethodGet, base+"/"+js[1], nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("asset: %d, encoding %q, cache %q", resp.StatusCode, resp.Header.Get("Content-Encoding"), resp.Header.Get("Cache-Control"))
	}
}
