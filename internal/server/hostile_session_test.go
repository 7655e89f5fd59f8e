package server_test

// The hostile-input suite, continued: cross-session access, header injection, slow and
// half-open stream clients, and many sessions.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

// join queues a call of api for session and returns the answer.
func join(t *testing.T, base, api, session, data string) (int, string) {
	t.Helper()
	body := fmt.Sprintf(`{"data":%s,"fn_index":%d,"session_hash":%s}`, data, fnIndex(t, base, api), jsonString(session))
	st, _, out := send(t, "POST", base+"/gradio_api/queue/join", "application/json", strings.NewReader(body), nil)
	return st, out
}

func openStream(t *testing.T, u string, hdr map[string]string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest("GET", u, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// TestHostileCrossSession: session B tries to read, cancel, resume and use the state of
// session A's job; each attempt fails or sees nothing of A's.
func TestHostileCrossSession(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	base := srv.URL + "/gradio_api"
	slow := fnIndex(t, srv.URL, "slow")
	st, out := join(t, srv.URL, "slow", "alice", `["alice's secret"]`)
	if st != 200 {
		t.Fatalf("alice's join: %d %s", st, out)
	}
	alicesEvent := strings.Split(out, `"`)[3]
	// Bob has no job: his stream says so, with or without a Last-Event-ID, and never
	// shows Alice's messages.
	for _, hdr := range []map[string]string{nil, {"Last-Event-ID": "0"}, {"Last-Event-ID": "1", "Accept": "text/event-stream"}} {
		_, _, got := send(t, "GET", base+"/queue/data?session_hash=bob", "", nil, hdr)
		if strings.Contains(got, "alice") || !strings.Contains(got, "session_not_found") {
			t.Errorf("bob's stream (%v): %q", hdr, got)
		}
	}
	// Bob cancels Alice's event, with his session and with none.
	for _, s := range []string{"bob", ""} {
		body := fmt.Sprintf(`{"event_id":%q,"session_hash":%q,"fn_index":%d}`, alicesEvent, s, slow)
		if st, _, out := send(t, "POST", base+"/cancel", "application/json", strings.NewReader(body), nil); st != 200 {
			t.Errorf("bob's cancel: %d %s", st, out)
		}
	}
	// Bob's own job, then his resume from 0, see only his own messages.
	if st, out := join(t, srv.URL, "echo", "bob", `["bob's"]`); st != 200 {
		t.Fatalf("bob's join: %d %s", st, out)
	}
	_, _, got := send(t, "GET", base+"/queue/data?session_hash=bob", "", nil, map[string]string{"Accept": "text/event-stream"})
	_, _, again := send(t, "GET", base+"/queue/data?session_hash=bob", "", nil, map[string]string{"Last-Event-ID": "0"})
	if strings.Contains(got+again, "alice") || !strings.Contains(got, "bob's") {
		t.Errorf("bob's stream and resume: %q, %q", got, again)
	}
	// Alice's job was neither cancelled nor read: she gets her result.
	resp := openStream(t, base+"/queue/data?session_hash=alice", nil)
	if s, ok := readSSE(resp, "process_completed", 10*time.Second); !ok || !strings.Contains(s, `"data":["alice's secret"]`) {
		t.Errorf("alice's stream after bob's attempts: %q", s)
	}
	// State is per session: Bob's counter starts at zero whatever Alice did.
	count := func(session string) string {
		if st, out := join(t, srv.URL, "inc", session, `[null]`); st != 200 {
			t.Fatalf("inc: %d %s", st, out)
		}
		_, _, s := send(t, "GET", base+"/queue/data?session_hash="+session, "", nil, nil)
		i := strings.Index(s, `"data":[`)
		if i < 0 {
			t.Fatalf("inc for %s: %q", session, s)
		}
		return s[i : i+strings.Index(s[i:], "]")+1]
	}
	for range 3 {
		count("alice")
	}
	if got := count("bob"); !strings.Contains(got, `"1"`) {
		t.Errorf("bob's first count shows %s: another session's State", got)
	}
	if got := count("alice"); !strings.Contains(got, `"4"`) {
		t.Errorf("alice's fourth count shows %s", got)
	}
	stillServes(t, srv.URL)
}

// TestHostileHeaderInjection: nothing a client sends comes back as a header of its own
// or splits one: upload names (Content-Disposition of /file=), redirects of the login
// routes, CORS origins and requested headers.
func TestHostileHeaderInjection(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t, gradio.WithAuth(map[string]string{"ada": "pw"}), gradio.WithCORSOrigins("https://ok.example"))
	form := "application/x-www-form-urlencoded"
	login := attack{name: "login", method: "POST", path: "/login", ctype: form, body: "username=ada&password=pw", want: []int{200}}
	var cookie string
	runAttacks(t, srv.URL, []attack{{name: login.name, method: login.method, path: login.path, ctype: login.ctype, body: login.body, want: login.want,
		check: func(t *testing.T, h http.Header, _ string) { cookie = strings.Split(h.Get("Set-Cookie"), ";")[0] }}})
	authed := map[string]string{"Cookie": cookie}
	location := func(want string) func(*testing.T, http.Header, string) {
		return func(t *testing.T, h http.Header, _ string) {
			if got := h.Get("Location"); got != want {
				t.Errorf("Location %q, want %q", got, want)
			}
		}
	}
	noACAO := func(t *testing.T, h http.Header, _ string) {
		if v := h.Get("Access-Control-Allow-Origin"); v != "" {
			t.Errorf("a foreign origin got Access-Control-Allow-Origin %q", v)
		}
	}
	html := map[string]string{"Accept": "text/html"}
	table := []attack{
		{name: "login redirect ignores next", method: "GET", path: "/login?next=https://evil.example/%0d%0aX-Injected:%201", hdr: authed, want: []int{302}, check: location("./")},
		{name: "login redirect ignores next", method: "GET", path: "/login/?next=//evil.example", hdr: authed, want: []int{302}, check: location("../")},
		{name: "html login redirect", method: "POST", path: "/login?next=https://evil.example", ctype: form, body: "username=ada&password=pw", hdr: html, want: []int{303}, check: location("./")},
		{name: "CRLF in the user name", method: "POST", path: "/login", ctype: form, body: "username=a%0d%0aX-Injected:%201&password=x", want: []int{401}},
		{name: "logout redirect", method: "GET", path: "/logout?next=https://evil.example", want: []int{302}, check: location("./")},
		{name: "foreign origin", method: "GET", path: "/config", hdr: map[string]string{"Cookie": cookie, "Origin": "https://evil.example"}, want: []int{200}, check: noACAO},
		{name: "look-alike origin", method: "GET", path: "/config", hdr: map[string]string{"Cookie": cookie, "Origin": "https://ok.example.evil.example"}, want: []int{200}, check: noACAO},
		{name: "null origin", method: "POST", path: "/gradio_api/call/echo", body: `{"data":["a"]}`, hdr: map[string]string{"Cookie": cookie, "Origin": "null"}, want: []int{403}, check: noACAO},
		{name: "foreign preflight", method: "OPTIONS", path: "/gradio_api/call/echo", hdr: map[string]string{"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}, want: []int{403}, check: noACAO},
		{name: "allowed origin", method: "GET", path: "/config", hdr: map[string]string{"Cookie": cookie, "Origin": "https://ok.example"}, want: []int{200},
			check: func(t *testing.T, h http.Header, _ string) {
				if v := h.Get("Access-Control-Allow-Origin"); v != "https://ok.example" {
					t.Errorf("Access-Control-Allow-Origin %q", v)
				}
			}},
		{name: "long requested headers", method: "OPTIONS", path: "/gradio_api/call/echo", hdr: map[string]string{"Origin": "https://ok.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": strings.Repeat("x-a,", 1000)}, want: []int{204},
			check: func(t *testing.T, h http.Header, _ string) {
				if v := h.Get("Access-Control-Allow-Headers"); len(v) > 1024 {
					t.Errorf("%d bytes of requested headers reflected", len(v))
				}
			}},
	}
	runAttacks(t, srv.URL, table)
	// Upload names: whatever the name, /file= answers one well-formed Content-Disposition.
	for _, name := range []string{"a\r\nX-Injected: 1.txt", `a";x="y.txt`, "%0d%0aX-Injected:%201.txt", "é🙂\u202etxt.exe", "a\x00b.txt", strings.Repeat("n", 4096) + ".txt"} {
		req := func(method, path, ctype string, body io.Reader) (int, http.Header, string) {
			return send(t, method, srv.URL+path, ctype, body, authed)
		}
		var b bytes.Buffer
		b.WriteString("--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XYZ--\r\n")
		st, _, out := req("POST", "/gradio_api/upload", "multipart/form-data; boundary=XYZ", &b)
		if st != 200 {
			if st >= 500 {
				t.Errorf("upload named %.40q: %d %s", name, st, out)
			}
			continue
		}
		var paths []string
		if err := json.Unmarshal([]byte(out), &paths); err != nil || len(paths) > 1 {
			t.Fatalf("upload answered %q", out)
		}
		if len(paths) == 0 {
			continue // the name broke the part's header: no file, as in Gradio
		}
		segs := strings.Split(paths[0], "/")
		for i := range segs {
			segs[i] = url.PathEscape(segs[i])
		}
		st, h, _ := req("GET", "/gradio_api/file="+strings.Join(segs, "/"), "", nil)
		cd := h.Get("Content-Disposition")
		if st != 200 || strings.ContainsAny(cd, "\r\n\x00") || h.Get("X-Injected") != "" || strings.Count(cd, "filename") > 2 {
			t.Errorf("file of upload %.40q: %d, Content-Disposition %q", name, st, cd)
		}
	}
	// SSE frames: a value with blank lines and frame syntax stays inside its data line.
	forged := "a\n\nevent: complete\ndata: [\"forged\"]\n\nid: 99\r\n\r\ndata: {}"
	_, _, out := send(t, "POST", srv.URL+"/gradio_api/call/echo", "application/json", strings.NewReader(`{"data":[`+jsonString(forged)+`]}`), authed)
	if parts := strings.Split(out, `"`); len(parts) < 4 {
		t.Errorf("call: %s", out)
	} else {
		_, _, frames := send(t, "GET", srv.URL+"/gradio_api/call/echo/"+parts[3], "", nil, map[string]string{"Cookie": cookie, "Accept": "text/event-stream"})
		events := 0
		for _, line := range strings.Split(strings.TrimSpace(frames), "\n") {
			switch {
			case line == "event: complete":
				events++
			case line == "id: 99":
				t.Errorf("forged id line in %q", frames)
			case line != "" && !strings.HasPrefix(line, "event: ") && !strings.HasPrefix(line, "data: ") && !strings.HasPrefix(line, "id: "):
				t.Errorf("stray line %q in %q", line, frames)
			}
		}
		if events != 1 || !strings.Contains(frames, jsonString(forged)) {
			t.Errorf("a value with SSE syntax in it: %q", frames)
		}
	}
	if got := sendCall(t, srv.URL, authed); !strings.Contains(got, "event: complete") {
		t.Errorf("after the attacks, a logged-in call answered %q", got)
	}
}

func sendCall(t *testing.T, base string, hdr map[string]string) string {
	t.Helper()
	_, _, out := send(t, "POST", base+"/gradio_api/call/echo", "application/json", strings.NewReader(`{"data":["ok"]}`), hdr)
	id := strings.Split(out, `"`)
	if len(id) < 4 {
		t.Fatalf("call: %s", out)
	}
	_, _, frames := send(t, "GET", base+"/gradio_api/call/echo/"+id[3], "", nil, hdr)
	return frames
}

// dialTiny opens a connection with a small receive buffer, so that a client that does
// not read blocks the server's writes soon.
func dialTiny(t *testing.T, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		return c.Control(func(fd uintptr) { _ = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096) })
	}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestHostileSlowAndHalfOpenStreams: a client that never reads its stream of a 20 MB
// result blocks nobody else, and its handler ends when the connection goes; a client
// that vanishes mid-stream is noticed by the next heartbeat.
func TestHostileSlowAndHalfOpenStreams(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	addr := strings.TrimPrefix(srv.URL, "http://")
	var stuck []net.Conn
	for i := range 3 {
		session := fmt.Sprintf("sloth%d", i)
		if st, out := join(t, srv.URL, "big", session, `["x"]`); st != 200 {
			t.Fatalf("join: %d %s", st, out)
		}
		c := dialTiny(t, addr)
		fmt.Fprintf(c, "GET /gradio_api/queue/data?session_hash=%s HTTP/1.1\r\nHost: %s\r\n\r\n", session, addr)
		stuck = append(stuck, c)
	}
	time.Sleep(300 * time.Millisecond) // the stuck streams fill their buffers
	start := time.Now()
	for range 5 {
		stillServes(t, srv.URL)
	}
	t.Logf("5 predictions beside 3 stuck 20 MB streams: %v", time.Since(start))
	// A half-open client: it reads the first frame of a slow job's stream, then its
	// connection is reset without a goodbye.
	if st, out := join(t, srv.URL, "slow", "ghost", `["x"]`); st != 200 {
		t.Fatalf("join: %d %s", st, out)
	}
	ghost, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(ghost, "GET /gradio_api/queue/data?session_hash=ghost HTTP/1.1\r\nHost: %s\r\n\r\n", addr)
	if _, err := bufio.NewReader(ghost).ReadString('\n'); err != nil {
		t.Fatal(err)
	}
	_ = ghost.(*net.TCPConn).SetLinger(0)
	ghost.Close()
	for _, c := range stuck {
		_ = c.(*net.TCPConn).SetLinger(0)
		c.Close()
	}
	stillServes(t, srv.URL)
	// goleak (noLeaks) checks that every stream's handler has ended.
}

// heapAfterGC is the live heap, in bytes.
func heapAfterGC() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// joins sends n joins of echo from distinct sessions over w workers and counts the
// answers by status.
func joins(t *testing.T, base string, n, w int, session func(i int) string) map[int]int {
	t.Helper()
	echo := fnIndex(t, base, "echo")
	client := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: w}}
	defer client.CloseIdleConnections()
	var mu sync.Mutex
	counts := map[int]int{}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				body := fmt.Sprintf(`{"data":["x"],"fn_index":%d,"session_hash":%s}`, echo, jsonString(session(i)))
				resp, err := client.Post(base+"/gradio_api/queue/join", "application/json", strings.NewReader(body))
				if err != nil {
					t.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				mu.Lock()
				counts[resp.StatusCode]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return counts
}

// TestHostileManySessions: 10,000 joins from distinct sessions that never read their
// results cost a bounded amount of memory each, and WithMaxActiveSessions caps them.
func TestHostileManySessions(t *testing.T) {
	noLeaks(t)
	const n = 10_000
	t.Run("uncapped", func(t *testing.T) {
		srv := hostileApp(t)
		h0 := heapAfterGC()
		start := time.Now()
		got := joins(t, srv.URL, n, 4, func(i int) string { return fmt.Sprintf("visitor-%06d", i) })
		took := time.Since(start)
		h1 := heapAfterGC()
		per := (int64(h1) - int64(h0)) / n
		t.Logf("%d joins in %v: %v; heap +%d KiB (%d bytes per unread session)", n, took, got, (int64(h1)-int64(h0))>>10, per)
		if got[200] != n {
			t.Errorf("answers: %v", got)
		}
		if per > 16<<10 {
			t.Errorf("each unread session keeps %d bytes", per)
		}
		stillServes(t, srv.URL)
	})
	t.Run("capped", func(t *testing.T) {
		srv := hostileApp(t, gradio.WithMaxActiveSessions(100))
		const n = 3000 // the cap works the same for more; this keeps the suite short
		start := time.Now()
		got := joins(t, srv.URL, n, 4, func(i int) string { return fmt.Sprintf("visitor-%06d", i) })
		t.Logf("%d joins with a cap of 100 active sessions in %v: %v", n, time.Since(start), got)
		if got[200] != 100 || got[503] != n-100 {
			t.Errorf("answers: %v, want 100 × 200 and the rest 503", got)
		}
		// The capped sessions read their results and leave; others may come in.
		for i := range 100 {
			_, _, _ = send(t, "GET", fmt.Sprintf("%s/gradio_api/queue/data?session_hash=visitor-%06d", srv.URL, i), "", nil, nil)
		}
		stillServes(t, srv.URL)
	})
}

// TestHostileLongSessionHash: a session hash is kept for as long as its session (its
// mailbox, its State), so a client-chosen hash of a whole body's size would make every
// request keep that much memory for up to an hour. Over 1 KiB they are refused.
func TestHostileLongSessionHash(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	long := func(i int) string { return fmt.Sprint(i) + strings.Repeat("s", 900<<10) }
	inc := fnIndex(t, srv.URL, "inc")
	h0 := heapAfterGC()
	var table []attack
	for i := range 5 {
		s := jsonString(long(i))
		table = append(table,
			attack{name: "900 KiB session hash", method: "POST", path: "/gradio_api/queue/join", body: fmt.Sprintf(`{"data":[null],"fn_index":%d,"session_hash":%s}`, inc, s), want: bad},
			attack{name: "900 KiB session hash", method: "POST", path: "/gradio_api/call/inc", body: `{"data":[],"session_hash":` + s + `}`, want: bad},
			attack{name: "900 KiB session hash", method: "POST", path: "/gradio_api/call/v2/echo", body: `{"text":"a","session_hash":` + s + `}`, want: bad},
			attack{name: "900 KiB session hash", method: "POST", path: "/gradio_api/run/echo", body: `{"data":["a"],"session_hash":` + s + `}`, want: bad},
		)
	}
	table = append(table,
		attack{name: "1 KiB session hash", method: "POST", path: "/gradio_api/call/echo", body: `{"data":["a"],"session_hash":"` + strings.Repeat("k", 1024) + `"}`, want: []int{200}},
		attack{name: "8 KiB session hash", method: "GET", path: "/gradio_api/heartbeat/" + strings.Repeat("h", 8<<10), want: bad},
	)
	runAttacks(t, srv.URL, table)
	h1 := heapAfterGC()
	t.Logf("%d requests with 900 KiB session hashes: heap +%d KiB", len(table)-2, (int64(h1)-int64(h0))>>10)
	if grown := int64(h1) - int64(h0); grown > 4<<20 {
		t.Errorf("the heap grew by %d KiB", grown>>10)
	}
	stillServes(t, srv.URL)
}

// TestHostileCurlCallsShareASession: curl API calls that name the same session_hash
// each stream their own result. Their messages used to share the session's mailbox,
// so the first GET /call/…/{event} showed both results and took the second's, whose
// own GET then answered 404.
func TestHostileCurlCallsShareASession(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	post := func(v string) string {
		st, _, out := send(t, "POST", srv.URL+"/gradio_api/call/echo", "application/json", strings.NewReader(`{"data":["`+v+`"],"session_hash":"shared"}`), nil)
		if parts := strings.Split(out, `"`); st == 200 && len(parts) > 3 {
			return parts[3]
		}
		t.Fatalf("call: %d %s", st, out)
		return ""
	}
	e1, e2 := post("one"), post("two")
	time.Sleep(100 * time.Millisecond) // both complete before either is read
	for _, c := range []struct{ id, want, not string }{{e1, "one", "two"}, {e2, "two", "one"}} {
		_, _, got := send(t, "GET", srv.URL+"/gradio_api/call/echo/"+c.id, "", nil, nil)
		if !strings.Contains(got, "event: complete\ndata: [\""+c.want+"\"]") || strings.Contains(got, c.not) {
			t.Errorf("GET of the call of %q: %q", c.want, got)
		}
	}
	// A queued call of the session (as the web UI makes) is not in the curl calls' streams.
	if st, out := join(t, srv.URL, "echo", "shared", `["page"]`); st != 200 {
		t.Fatalf("join: %d %s", st, out)
	}
	e3 := post("three")
	_, _, got := send(t, "GET", srv.URL+"/gradio_api/call/echo/"+e3, "", nil, nil)
	_, _, page := send(t, "GET", srv.URL+"/gradio_api/queue/data?session_hash=shared", "", nil, nil)
	if strings.Contains(got, "page") || !strings.Contains(got, "three") || !strings.Contains(page, "page") || strings.Contains(page, "three") {
		t.Errorf("curl stream %q, page stream %q", got, page)
	}
}

// TestHostileManyReadersOfOneSession: 50 streams of one session opened at once; each
// newer one supersedes the older, which end by the next heartbeat, and the session's
// result is delivered once.
func TestHostileManyReadersOfOneSession(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	if st, out := join(t, srv.URL, "slow", "crowd", `["x"]`); st != 200 {
		t.Fatalf("join: %d %s", st, out)
	}
	const n = 50
	got := make(chan string, n)
	start := time.Now()
	for range n {
		go func() {
			resp, err := http.Get(srv.URL + "/gradio_api/queue/data?session_hash=crowd")
			if err != nil {
				got <- err.Error()
				return
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			got <- string(b)
		}()
	}
	completed := 0
	for range n {
		select {
		case s := <-got:
			completed += strings.Count(s, "process_completed")
		case <-time.After(10 * time.Second):
			t.Fatal("a superseded stream did not end")
		}
	}
	t.Logf("%d readers of one session ended in %v", n, time.Since(start))
	if completed != 1 {
		t.Errorf("the result was delivered %d times", completed)
	}
	stillServes(t, srv.URL)
}
