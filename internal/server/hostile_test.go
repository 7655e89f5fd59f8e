package server_test

// The hostile-input suite: tables of attacks against every route of the protocol,
// served by a real app (package gradio) in process. Each attack must be answered with
// a clear 4xx or a documented safe answer, never a 5xx, a panic or a hang, and after
// each table the app must still answer a normal prediction. Every test checks with
// goleak that it leaves no goroutine behind.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio"
)

const hostileBodyLimit = 1 << 20

// hostileApp serves an app with an echo, a per-session counter (State), a slow call,
// a big streaming call and a file input, with a 1 MiB body limit.
func hostileApp(t *testing.T, opts ...gradio.Option) *httptest.Server {
	t.Helper()
	app := buildHostile(t, opts...)
	srv := httptest.NewServer(app)
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	return srv
}

// buildHostile builds hostileApp's app; it is closed when the test ends.
func buildHostile(t testing.TB, opts ...gradio.Option) *gradio.App {
	t.Helper()
	in, out, shown := &gradio.Textbox{Label: "text"}, &gradio.Textbox{}, &gradio.Textbox{}
	count := &gradio.State[int]{}
	file := &gradio.File{}
	echo, inc, slow, big, size := &gradio.Button{}, &gradio.Button{}, &gradio.Button{}, &gradio.Button{}, &gradio.Button{}
	echo.Click(func(s string) string { return s }, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "echo"})
	inc.Click(func(n int) (int, string) { return n + 1, fmt.Sprint(n + 1) }, gradio.In(count), gradio.Out(count, shown), gradio.EventOptions{APIName: "inc"})
	slow.Click(func(ctx context.Context, s string) string {
		select {
		case <-ctx.Done():
		case <-time.After(3 * time.Second):
		}
		return s
	}, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "slow", ConcurrencyLimit: gradio.Unlimited})
	big.Click(func(ctx context.Context, s string) iter.Seq[string] {
		return func(yield func(string) bool) {
			chunk := strings.Repeat("x", 512<<10)
			for range 40 {
				if ctx.Err() != nil || !yield(chunk) {
					return
				}
			}
		}
	}, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "big", ConcurrencyLimit: gradio.Unlimited})
	size.Click(func(f gradio.FileData) (string, error) {
		st, err := os.Stat(f.Path)
		if err != nil {
			return "", err
		}
		return fmt.Sprint(st.Size()), nil
	}, gradio.In(file), gradio.Out(out), gradio.EventOptions{APIName: "size"})
	base := []gradio.Option{gradio.WithTempDir(t.TempDir()), gradio.WithQuiet(), gradio.WithMaxBodySize(hostileBodyLimit),
		gradio.WithMaxFileSize(hostileBodyLimit), gradio.WithHeartbeat(200 * time.Millisecond)}
	app, err := (&gradio.Blocks{Children: []gradio.Component{in, out, shown, count, file, echo, inc, slow, big, size}}).Build(append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = app.Close() })
	return app
}

func noLeaks(t *testing.T) {
	opts := goleak.IgnoreCurrent()
	t.Cleanup(func() { goleak.VerifyNone(t, opts) })
}

// hostileClient does not follow redirects, so that tests see where they point.
var hostileClient = &http.Client{Timeout: 15 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// send makes one request and reads at most 1 MiB of the answer.
func send(t *testing.T, method, u, ctype string, body io.Reader, hdr map[string]string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := hostileClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, resp.Header, string(b)
}

// fnIndex finds an event's fn_index in /config.
func fnIndex(t *testing.T, base, api string) int {
	t.Helper()
	_, _, body := send(t, "GET", base+"/config", "", nil, nil)
	var cfg struct {
		Dependencies []struct {
			ID      int    `json:"id"`
			APIName string `json:"api_name"`
		} `json:"dependencies"`
	}
	if err := json.Unmarshal([]byte(body), &cfg); err != nil {
		t.Fatal(err)
	}
	for _, d := range cfg.Dependencies {
		if d.APIName == api {
			return d.ID
		}
	}
	t.Fatalf("no event %q in /config", api)
	return -1
}

// call runs api through the curl API and returns the frames of its result stream.
func call(t *testing.T, base, api, data string) string {
	t.Helper()
	st, _, body := send(t, "POST", base+"/gradio_api/call/"+api, "application/json", strings.NewReader(`{"data":`+data+`}`), nil)
	if st != 200 {
		t.Fatalf("POST /call/%s: %d %s", api, st, body)
	}
	var ev struct {
		EventID string `json:"event_id"`
	}
	if err := json.Unmarshal([]byte(body), &ev); err != nil || ev.EventID == "" {
		t.Fatalf("POST /call/%s answered %s", api, body)
	}
	_, _, frames := send(t, "GET", base+"/gradio_api/call/"+api+"/"+ev.EventID, "", nil, nil)
	return frames
}

// stillServes checks that the app answers a normal prediction, through the curl API
// and through the queue, as the official clients call it.
func stillServes(t *testing.T, base string) {
	t.Helper()
	if got := call(t, base, "echo", `["still here"]`); !strings.Contains(got, "event: complete\ndata: [\"still here\"]") {
		t.Fatalf("after the attacks, /call/echo answered %q", got)
	}
	session := fmt.Sprintf("sane%d", time.Now().UnixNano())
	body := fmt.Sprintf(`{"data":["queued"],"fn_index":%d,"session_hash":%q}`, fnIndex(t, base, "echo"), session)
	if st, _, out := send(t, "POST", base+"/gradio_api/queue/join", "application/json", strings.NewReader(body), nil); st != 200 {
		t.Fatalf("after the attacks, /queue/join answered %d %s", st, out)
	}
	if _, _, out := send(t, "GET", base+"/gradio_api/queue/data?session_hash="+session, "", nil, nil); !strings.Contains(out, `"data":["queued"]`) || !strings.Contains(out, "close_stream") {
		t.Fatalf("after the attacks, /queue/data answered %q", out)
	}
}

// attack is one hostile request and the statuses that are a correct answer to it.
type attack struct {
	name   string
	method string
	path   string // under the server's URL
	ctype  string
	body   string
	hdr    map[string]string
	want   []int
	// check, if set, looks at the answer further.
	check func(t *testing.T, h http.Header, body string)
}

func runAttacks(t *testing.T, base string, table []attack) {
	t.Helper()
	for _, a := range table {
		ctype := a.ctype
		if ctype == "" && a.body != "" {
			ctype = "application/json"
		}
		var body io.Reader
		if a.method == "POST" {
			body = strings.NewReader(a.body)
		}
		st, h, out := send(t, a.method, base+a.path, ctype, body, a.hdr)
		ok := false
		for _, w := range a.want {
			ok = ok || st == w
		}
		if !ok {
			t.Errorf("%s %s (%s): status %d, want one of %v; body %.300q", a.method, a.path, a.name, st, a.want, out)
			continue
		}
		if st >= 400 && st != 413 && !strings.Contains(out, `"detail"`) && !strings.Contains(out, "not found") {
			t.Errorf("%s %s (%s): %d without an explanation: %.200q", a.method, a.path, a.name, st, out)
		}
		for k, vs := range h {
			for _, v := range vs {
				if strings.ContainsAny(k+v, "\r\n") || strings.HasPrefix(strings.ToLower(k), "x-injected") {
					t.Errorf("%s %s (%s): injected header %q: %q", a.method, a.path, a.name, k, v)
				}
			}
		}
		if a.check != nil {
			a.check(t, h, out)
		}
	}
}

var bad = []int{400}

// malformedBodies are bodies no JSON route may accept.
var malformedBodies = []struct{ name, body string }{
	{"empty", ""},
	{"blank", " \t\n "},
	{"truncated object", `{"data":["a"`},
	{"truncated string", `{"data":["a`},
	{"truncated key", `{"da`},
	{"array", `["a"]`},
	{"string", `"data"`},
	{"null", `null`},
	{"number", `12`},
	{"trailing garbage", `{"data":["a"]} x`},
	{"two objects", `{}{}`},
	{"raw control character", "{\"data\":[\"a\x00b\"]}"},
	{"single quotes", `{'data':['a']}`},
	{"comment", `{/**/"data":["a"]}`},
	{"NaN", `{"data":[NaN]}`},
	{"bomb: 100,000 [", strings.Repeat("[", 100_000)},
	{"bomb: data of 100,000 [", `{"data":` + strings.Repeat("[", 100_000)},
	{"bomb: 100,000 nested objects", strings.Repeat(`{"a":`, 100_000)},
	{"bomb: closed nesting past the depth limit", `{"data":[` + strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000) + `]}`},
}

// jsonRoutes are the routes that decode a JSON body, with a well-formed body of each.
func jsonRoutes(echo int) []struct{ path, good string } {
	return []struct{ path, good string }{
		{"/gradio_api/queue/join", fmt.Sprintf(`{"data":["a"],"fn_index":%d,"session_hash":"h1"}`, echo)},
		{"/gradio_api/run/echo", `{"data":["a"]}`},
		{"/gradio_api/api/echo", `{"data":["a"]}`},
		{"/gradio_api/call/echo", `{"data":["a"]}`},
		{"/gradio_api/call/v2/echo", `{"text":"a"}`},
		{"/gradio_api/cancel", `{"event_id":"e","session_hash":"h1","fn_index":0}`},
	}
}

func TestHostileBodies(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	echo := fnIndex(t, srv.URL, "echo")
	var table []attack
	for _, r := range jsonRoutes(echo) {
		for _, m := range malformedBodies {
			table = append(table, attack{name: m.name, method: "POST", path: r.path, body: m.body, want: bad})
		}
		over := r.good[:len(r.good)-1] + `,"pad":"` + strings.Repeat("x", hostileBodyLimit) + `"}`
		table = append(table,
			attack{name: "over the body limit", method: "POST", path: r.path, body: over, want: []int{413}},
			attack{name: "well-formed", method: "POST", path: r.path, body: r.good, want: []int{200}},
			attack{name: "form instead of JSON", method: "POST", path: r.path, ctype: "application/x-www-form-urlencoded", body: "data=a", want: bad},
		)
	}
	runAttacks(t, srv.URL, table)
	t.Logf("%d body attacks on %d routes", len(table), len(jsonRoutes(echo)))
	stillServes(t, srv.URL)
}

// TestHostileFieldTypes puts a wrong type in every field of every JSON route.
func TestHostileFieldTypes(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	echo := fnIndex(t, srv.URL, "echo")
	// Each field's kind: s string, i integer, a array, r raw (any JSON); a trailing ?
	// means null (or leaving it out) is allowed.
	fields := map[string]map[string]string{
		"/gradio_api/queue/join":   {"data": "a", "fn_index": "i", "session_hash": "s", "event_data": "r?", "trigger_id": "i?"},
		"/gradio_api/run/echo":     {"data": "a", "fn_index": "i?", "session_hash": "s?", "event_data": "r?"},
		"/gradio_api/call/echo":    {"data": "a", "session_hash": "s?"},
		"/gradio_api/call/v2/echo": {"text": "r", "session_hash": "r?"},
		"/gradio_api/cancel":       {"event_id": "s", "session_hash": "s", "fn_index": "i"},
	}
	goodValue := map[string]string{"a": `["a"]`, "i": fmt.Sprint(echo), "s": `"h2"`, "r": `"a"`}
	wrong := map[string][]string{
		"s": {`1`, `-1`, `1.5`, `true`, `{}`, `[]`, `["x"]`},
		"i": {`"0"`, `1.5`, `1e400`, `99999999999999999999`, `true`, `{}`, `[]`, `[0]`},
		"a": {`"x"`, `1`, `true`, `{}`, `{"0":"a"}`},
		"r": {`1`, `1.5`, `true`, `{}`, `[]`, `[[]]`},
	}
	var table []attack
	for path, kinds := range fields {
		for field, kind := range kinds {
			k := strings.TrimSuffix(kind, "?")
			cases := append([]string(nil), wrong[k]...)
			if !strings.HasSuffix(kind, "?") {
				cases = append(cases, `null`)
			}
			for _, w := range cases {
				var parts []string
				for f, fk := range kinds {
					v := goodValue[strings.TrimSuffix(fk, "?")]
					if f == field {
						v = w
					}
					parts = append(parts, fmt.Sprintf("%q:%s", f, v))
				}
				want := bad
				if k == "r" {
					// Opaque to the server: what the function makes of it.
					want = []int{200, 400}
				}
				table = append(table, attack{name: field + "=" + w, method: "POST", path: path, body: "{" + strings.Join(parts, ",") + "}", want: want})
			}
		}
	}
	// The input values themselves: wrong kinds and counts for a Textbox.
	for _, d := range []string{`[1]`, `[[1]]`, `[{}]`, `[true]`, `[null]`, `[]`, `["a","b","c"]`, `[` + strings.Repeat(`0,`, 99_999) + `0]`, `[` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `]`} {
		name := d
		if len(name) > 20 {
			name = name[:20] + "…"
		}
		table = append(table,
			attack{name: "data=" + name, method: "POST", path: "/gradio_api/call/echo", body: `{"data":` + d + `}`, want: []int{200, 400}},
			attack{name: "data=" + name, method: "POST", path: "/gradio_api/run/echo", body: `{"data":` + d + `}`, want: []int{200, 400}},
		)
	}
	runAttacks(t, srv.URL, table)
	t.Logf("%d wrong-type attacks", len(table))
	stillServes(t, srv.URL)
}

// forged are session hashes, event ids and upload ids a client may make up.
var forged = []struct{ name, v string }{
	{"unknown", "nosuchthing"},
	{"long", strings.Repeat("a", 8<<10)},
	{"CRLF", "a\r\nX-Injected: 1"},
	{"LF", "a\nX-Injected: 1"},
	{"control characters", "\x00\x01\x1b[31m"},
	{"unicode", "é🙂\u202e"},
	{"traversal", "../../../etc/passwd"},
	{"percent", "%00%0d%0a"},
}

func TestHostileIDs(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	notFoundStream := func(t *testing.T, h http.Header, body string) {
		if !strings.Contains(body, "404") && !strings.Contains(body, "session_not_found") {
			t.Errorf("a forged id got %q", body)
		}
	}
	var table []attack
	for _, f := range forged {
		q := url.QueryEscape(f.v)
		p := url.PathEscape(f.v)
		table = append(table,
			attack{name: f.name, method: "GET", path: "/gradio_api/queue/data?session_hash=" + q, want: []int{200}, check: notFoundStream},
			attack{name: f.name, method: "GET", path: "/gradio_api/call/echo/" + p, want: []int{200, 404}, check: notFoundStream},
			attack{name: f.name, method: "GET", path: "/gradio_api/call/v2/echo/" + p, want: []int{200, 404}, check: notFoundStream},
			attack{name: f.name + " as Last-Event-ID's session", method: "GET", path: "/gradio_api/queue/data?session_hash=" + q + "&last_event_id=0", want: []int{200}, check: notFoundStream},
			attack{name: f.name, method: "GET", path: "/gradio_api/upload_progress?upload_id=" + q, want: []int{400, 404}},
			attack{name: f.name, method: "GET", path: "/gradio_api/file=" + p, want: []int{403, 404}},
			attack{name: f.name, method: "GET", path: "/gradio_api/queue/status?session_hash=" + q, want: []int{200}},
			attack{name: f.name, method: "POST", path: "/gradio_api/cancel", body: `{"event_id":` + jsonString(f.v) + `,"session_hash":` + jsonString(f.v) + `,"fn_index":0}`, want: []int{200}},
		)
	}
	for _, v := range []string{"18446744073709551616", "-1", "1e3", "abc", " 7 ", strings.Repeat("9", 4096), "\u0661"} {
		table = append(table, attack{name: "Last-Event-ID " + v[:min(len(v), 20)], method: "GET", path: "/gradio_api/queue/data?session_hash=nobody", hdr: map[string]string{"Last-Event-ID": v}, want: []int{200}, check: notFoundStream})
	}
	runAttacks(t, srv.URL, table)
	t.Logf("%d forged-id attacks", len(table))
	// A forged session hash is a session like any other: it gets its own answers,
	// reflected nowhere in headers.
	for _, f := range forged {
		body := fmt.Sprintf(`{"data":["x"],"fn_index":%d,"session_hash":%s}`, fnIndex(t, srv.URL, "echo"), jsonString(f.v))
		st, _, out := send(t, "POST", srv.URL+"/gradio_api/queue/join", "application/json", strings.NewReader(body), nil)
		if st != 200 && st != 400 {
			t.Errorf("join with a %s session hash: %d %s", f.name, st, out)
			continue
		}
		if st == 200 {
			_, h, out := send(t, "GET", srv.URL+"/gradio_api/queue/data?session_hash="+url.QueryEscape(f.v), "", nil, nil)
			if !strings.Contains(out, `"data":["x"]`) || h.Get("X-Injected") != "" {
				t.Errorf("the %s session's stream: %q %v", f.name, out, h)
			}
		}
	}
	stillServes(t, srv.URL)
}

// readSSE reads frames of a stream until one contains want or d passes.
func readSSE(resp *http.Response, want string, d time.Duration) (string, bool) {
	got := make(chan string, 1)
	go func() {
		var sb strings.Builder
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 4<<20)
		for sc.Scan() {
			sb.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), want) {
				break
			}
		}
		got <- sb.String()
	}()
	select {
	case s := <-got:
		return s, strings.Contains(s, want)
	case <-time.After(d):
		resp.Body.Close()
		return <-got, false
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestHostileBigBodies sends bodies just within the limit: a huge string is processed, a
// huge array refused, and neither costs more than a small multiple of its size.
func TestHostileBigBodies(t *testing.T) {
	noLeaks(t)
	app := buildHostile(t)
	within := hostileBodyLimit - 64
	bodies := []struct {
		name, path, body string
		want             int
	}{
		{"1 MB string", "/gradio_api/call/echo", `{"data":["` + strings.Repeat("x", within) + `"]}`, 200},
		{"1 MB string", "/gradio_api/run/echo", `{"data":["` + strings.Repeat("x", within) + `"]}`, 200},
		{"500,000 values", "/gradio_api/call/echo", `{"data":[` + strings.Repeat("0,", within/2) + `0]}`, 400},
		{"500,000 values", "/gradio_api/run/echo", `{"data":[` + strings.Repeat("0,", within/2) + `0]}`, 400},
		{"500,000 values", "/gradio_api/queue/join", `{"fn_index":0,"session_hash":"s","data":[` + strings.Repeat("0,", within/2) + `0]}`, 400},
		{"300,000 empty arrays", "/gradio_api/call/echo", `{"data":[` + strings.Repeat("[],", within/3) + `0]}`, 400},
		{"150,000 keywords", "/gradio_api/call/v2/echo", `{"text":"a",` + strings.Repeat(`"a":0,`, within/6) + `"b":1}`, 400},
		{"150,000 unknown fields", "/gradio_api/queue/join", `{` + strings.Repeat(`"a":0,`, within/6) + `"b":1}`, 400},
	}
	for _, b := range bodies {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", b.path, strings.NewReader(b.body))
		req.Header.Set("Content-Type", "application/json")
		app.ServeHTTP(rec, req)
		runtime.ReadMemStats(&m1)
		x := float64(m1.TotalAlloc-m0.TotalAlloc) / float64(len(b.body))
		t.Logf("%s to %s: %d, allocated %.1f× the body", b.name, b.path, rec.Code, x)
		if rec.Code != b.want {
			t.Errorf("%s to %s: %d %.200s, want %d", b.name, b.path, rec.Code, rec.Body, b.want)
		}
		if x > 25 { // 68× before data arrays were bounded; the race detector adds some
			t.Errorf("%s to %s: allocated %.1f× the body's size", b.name, b.path, x)
		}
	}
	srv := httptest.NewServer(app)
	defer srv.Close()
	stillServes(t, srv.URL)
}
