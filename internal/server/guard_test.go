package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// callEngine has two functions that echo their input: 0 "echo" (public) and 1 "secret"
// (private), both unqueued, so /run answers on the request.
type callEngine struct{ fakeEngine }

func echoFn(i int, name, vis string) *Fn {
	return &Fn{Index: i, APIName: name, Visibility: vis, Backend: true, Inputs: 1, Skipped: []bool{false},
		Q: &queue.Fn{Index: i, Run: func(evs []*queue.Event) {
			evs[0].Complete(&wire.ProcessCompleted{Msg: wire.MsgProcessCompleted, Success: true, Output: &wire.Output{Data: []any{"ok"}}})
		}},
		Prepare: func(ctx context.Context, c *Call) (any, error) { return User(ctx), nil },
	}
}

var callFns = []*Fn{echoFn(0, "echo", "public"), echoFn(1, "secret", "private")}

func (callEngine) Fn(i int) *Fn {
	if i < 0 || i >= len(callFns) {
		return nil
	}
	return callFns[i]
}

func (callEngine) FnByName(n string) *Fn {
	for _, f := range callFns {
		if f.APIName == n {
			return f
		}
	}
	return nil
}

// guarded serves the protocol behind Protect with sec, as the app does.
func guarded(t *testing.T, sec Security) *httptest.Server {
	t.Helper()
	s := New(Options{Engine: callEngine{}, AppID: 42, Security: sec, Logger: discardLogger()})
	srv := httptest.NewServer(s.Protect(s))
	t.Cleanup(srv.Close)
	return srv
}

func withPassword(msg string) *Auth {
	return &Auth{Message: msg, Verify: func(_ context.Context, u, p string) bool { return u == "ada" && p == "lovelace" }}
}

// do sends a request and returns its status, headers and body.
func do(t *testing.T, method, u string, body io.Reader, hdr map[string]string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func form(user, pass string) (io.Reader, map[string]string) {
	v := url.Values{"username": {user}, "password": {pass}}
	return strings.NewReader(v.Encode()), map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
}

func loginCookie(t *testing.T, srv *httptest.Server) *http.Cookie {
	t.Helper()
	body, hdr := form("ada", "lovelace")
	status, h, out := do(t, "POST", srv.URL+"/login", body, hdr)
	if status != 200 || out != `{"success":true}` {
		t.Fatalf("login: %d %s", status, out)
	}
	cs := (&http.Response{Header: h}).Cookies()
	if len(cs) != 1 {
		t.Fatalf("login set %d cookies, want 1", len(cs))
	}
	return cs[0]
}

func TestLoginWrongPasswordIs401AndLeaksNothing(t *testing.T) {
	srv := guarded(t, Security{Auth: withPassword("Ask Ada.")})
	for _, c := range [][2]string{{"ada", "wrong"}, {"nobody", "lovelace"}, {"ada", ""}} {
		body, hdr := form(c[0], c[1])
		status, h, out := do(t, "POST", srv.URL+"/login", body, hdr)
		if status != http.StatusUnauthorized || out != `{"detail":"Incorrect credentials."}` {
			t.Errorf("login %q/%q: %d %s, want 401 and the same detail for every failure", c[0], c[1], status, out)
		}
		if h.Get("Set-Cookie") != "" {
			t.Errorf("a failed login set a cookie: %s", h.Get("Set-Cookie"))
		}
	}
}

func TestLoginCookieFlags(t *testing.T) {
	srv := guarded(t, Security{Auth: withPassword("")})
	c := loginCookie(t, srv)
	if !strings.HasPrefix(c.Name, "access-token-") || !validToken(c.Value) {
		t.Errorf("cookie %s=%s: want access-token-<id> and a 64-hex token", c.Name, c.Value)
	}
	if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure || c.Path != "/" {
		t.Errorf("cookie flags: HttpOnly=%v SameSite=%v Secure=%v Path=%q; want HttpOnly, Lax, not Secure on plain HTTP, /", c.HttpOnly, c.SameSite, c.Secure, c.Path)
	}
	// Behind a TLS-terminating proxy the cookie is Secure.
	body, hdr := form("ada", "lovelace")
	hdr["X-Forwarded-Proto"] = "https"
	_, h, _ := do(t, "POST", srv.URL+"/login", body, hdr)
	if cs := (&http.Response{Header: h}).Cookies(); len(cs) != 1 || !cs[0].Secure {
		t.Errorf("cookie over https is not Secure: %v", h["Set-Cookie"])
	}
}

func TestProtectedRoutesNeedALogin(t *testing.T) {
	srv := guarded(t, Security{Auth: withPassword("Ask Ada.")})
	want401 := `{"detail":{"auth_message":"Ask Ada.","error":"Not authenticated"}}`
	for _, path := range []string{"/config", "/gradio_api/info", "/gradio_api/queue/status", "/gradio_api/nothing", "/assets/../config", "/assets/%2e%2e/config"} {
		status, _, out := do(t, "GET", srv.URL+path, nil, nil)
		if status != 401 || out != want401 {
			t.Errorf("GET %s without a login: %d %s, want 401 %s", path, status, out, want401)
		}
	}
	status, _, out := do(t, "POST", srv.URL+"/gradio_api/run/echo", strings.NewReader(`{"data":["x"]}`), nil)
	if status != 401 {
		t.Errorf("POST /run without a login: %d %s", status, out)
	}
	status, h, _ := do(t, "GET", srv.URL+"/", nil, nil)
	if status != http.StatusFound || h.Get("Location") != "login" {
		t.Errorf("GET / without a login: %d to %q, want a redirect to the login page", status, h.Get("Location"))
	}
	status, _, out = do(t, "GET", srv.URL+"/login", nil, nil)
	if status != 200 || !strings.Contains(out, `<form method="post" action="login"`) || !strings.Contains(out, "Ask Ada.") {
		t.Errorf("login page: %d\n%s", status, out)
	}
	// Forged and stale cookies are no login.
	for _, v := range []string{"x", strings.Repeat("a", 64), strings.Repeat("A", 64)} {
		status, _, _ := do(t, "GET", srv.URL+"/config", nil, map[string]string{"Cookie": cookieName(42) + "=" + v})
		if status != 401 {
			t.Errorf("cookie %q let a visitor in: %d", v, status)
		}
	}
	c := loginCookie(t, srv)
	cookie := map[string]string{"Cookie": c.Name + "=" + c.Value}
	if status, _, out := do(t, "GET", srv.URL+"/config", nil, cookie); status != 200 {
		t.Errorf("GET /config logged in: %d %s", status, out)
	}
	if status, _, out := do(t, "POST", srv.URL+"/gradio_api/run/echo", strings.NewReader(`{"data":["x"]}`), cookie); status != 200 {
		t.Errorf("POST /run logged in: %d %s", status, out)
	}
	// Logging out ends the login on the server, not just in the browser.
	status, h, _ = do(t, "GET", srv.URL+"/logout", nil, cookie)
	if status != http.StatusFound || !strings.Contains(h.Get("Set-Cookie"), "Max-Age=0") {
		t.Errorf("logout: %d %v", status, h["Set-Cookie"])
	}
	if status, _, _ := do(t, "GET", srv.URL+"/config", nil, cookie); status != 401 {
		t.Errorf("the cookie still works after logout: %d", status)
	}
}

func TestLoginPageFormFlow(t *testing.T) {
	srv := guarded(t, Security{Auth: withPassword("")})
	body, hdr := form("ada", "nope")
	hdr["Accept"] = "text/html"
	status, _, out := do(t, "POST", srv.URL+"/login", body, hdr)
	if status != 401 || !strings.Contains(out, `role="alert"`) || !strings.Contains(out, "Incorrect user name or password.") {
		t.Errorf("wrong password from the page: %d\n%s", status, out)
	}
	body, hdr = form("ada", "lovelace")
	hdr["Accept"] = "text/html"
	status, h, _ := do(t, "POST", srv.URL+"/login", body, hdr)
	if status != http.StatusSeeOther || h.Get("Location") != "./" || h.Get("Set-Cookie") == "" {
		t.Errorf("login from the page: %d to %q", status, h.Get("Location"))
	}
}

func TestLoginMultipartAsTheJSClientSends(t *testing.T) {
	srv := guarded(t, Security{Auth: withPassword("")})
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	_ = mw.WriteField("username", "ada")
	_ = mw.WriteField("password", "lovelace")
	_ = mw.Close()
	status, _, out := do(t, "POST", srv.URL+"/login", &b, map[string]string{"Content-Type": mw.FormDataContentType()})
	if status != 200 || out != `{"success":true}` {
		t.Errorf("multipart login: %d %s", status, out)
	}
}

func TestUserReachesPrepare(t *testing.T) {
	var got string
	prev := callFns[0].Prepare
	callFns[0].Prepare = func(ctx context.Context, c *Call) (any, error) { got = User(c.Request.Context()); return nil, nil }
	defer func() { callFns[0].Prepare = prev }()
	srv := guarded(t, Security{Auth: withPassword("")})
	c := loginCookie(t, srv)
	do(t, "POST", srv.URL+"/gradio_api/run/echo", strings.NewReader(`{"data":["x"]}`), map[string]string{"Cookie": c.Name + "=" + c.Value})
	if got != "ada" {
		t.Errorf("the call's user is %q, want ada", got)
	}
}

func TestTrustedAuthenticator(t *testing.T) {
	srv := guarded(t, Security{Auth: &Auth{Trusted: func(r *http.Request) (string, bool) {
		u := r.Header.Get("X-Test-User")
		return u, u != ""
	}}})
	if status, _, _ := do(t, "GET", srv.URL+"/config", nil, map[string]string{"X-Test-User": "grace"}); status != 200 {
		t.Errorf("vouched-for request: %d", status)
	}
	if status, _, _ := do(t, "GET", srv.URL+"/config", nil, nil); status != 401 {
		t.Errorf("request nobody vouched for: %d", status)
	}
	if status, _, _ := do(t, "GET", srv.URL+"/", nil, nil); status != 401 {
		t.Errorf("page nobody vouched for: %d", status)
	}
	if status, _, _ := do(t, "GET", srv.URL+"/login", nil, nil); status != 404 {
		t.Errorf("login page without passwords: %d, want 404", status)
	}
}

func TestLoginRateLimit(t *testing.T) {
	srv := guarded(t, Security{Auth: withPassword(""), Login: Rate{N: 2, Per: 400 * time.Millisecond}})
	for i := range 2 {
		body, hdr := form("ada", "guess")
		if status, _, _ := do(t, "POST", srv.URL+"/login", body, hdr); status != 401 {
			t.Fatalf("attempt %d: %d, want 401", i, status)
		}
	}
	// The budget is spent: even the right password is refused until it refills.
	body, hdr := form("ada", "lovelace")
	status, h, out := do(t, "POST", srv.URL+"/login", body, hdr)
	if status != 429 || h.Get("Retry-After") == "" || !strings.Contains(out, "Too many requests") {
		t.Fatalf("third attempt: %d %s (Retry-After %q), want 429", status, out, h.Get("Retry-After"))
	}
	time.Sleep(250 * time.Millisecond)
	body, hdr = form("ada", "lovelace")
	if status, _, out := do(t, "POST", srv.URL+"/login", body, hdr); status != 200 {
		t.Errorf("after the budget refilled: %d %s", status, out)
	}
}

func TestCORSPreflight(t *testing.T) {
	srv := guarded(t, Security{Origins: []string{"https://friend.example"}})
	pre := map[string]string{"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
	pre["Origin"] = "https://evil.example"
	status, h, _ := do(t, "OPTIONS", srv.URL+"/gradio_api/queue/join", nil, pre)
	if status != 403 || h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from a foreign origin: %d ACAO=%q, want 403 and no CORS headers", status, h.Get("Access-Control-Allow-Origin"))
	}
	pre["Origin"] = "https://friend.example"
	status, h, _ = do(t, "OPTIONS", srv.URL+"/gradio_api/queue/join", nil, pre)
	if status != 204 || h.Get("Access-Control-Allow-Origin") != "https://friend.example" || h.Get("Access-Control-Allow-Credentials") != "true" {
		t.Errorf("preflight from an allowed origin: %d %v", status, h)
	}
	// A foreign page may GET (browsers do not let it read the answer without CORS
	// headers), but gets no CORS headers.
	status, h, _ = do(t, "GET", srv.URL+"/config", nil, map[string]string{"Origin": "https://evil.example"})
	if status != 200 || h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("GET from a foreign origin: %d ACAO=%q", status, h.Get("Access-Control-Allow-Origin"))
	}
}

func TestCSRFFromForeignOriginRefused(t *testing.T) {
	srv := guarded(t, Security{})
	body := `{"data":["x"]}`
	cases := []struct {
		name string
		hdr  map[string]string
		want int
	}{
		{"foreign origin", map[string]string{"Origin": "https://evil.example"}, 403},
		{"null origin", map[string]string{"Origin": "null"}, 403},
		{"cross-site without origin", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"same origin", map[string]string{"Origin": srv.URL}, 200},
		{"own page behind a Host-rewriting proxy", map[string]string{"Origin": "https://public.example", "Sec-Fetch-Site": "same-origin"}, 200},
		{"same-site subdomain", map[string]string{"Origin": "https://sub.public.example", "Sec-Fetch-Site": "same-site"}, 403},
		{"no origin (API client)", nil, 200},
	}
	for _, c := range cases {
		status, _, out := do(t, "POST", srv.URL+"/gradio_api/run/echo", strings.NewReader(body), c.hdr)
		if status != c.want {
			t.Errorf("%s: %d %s, want %d", c.name, status, out, c.want)
		}
	}
	// A login form on another site cannot log the browser in either (login CSRF).
	b, hdr := form("ada", "lovelace")
	hdr["Origin"] = "https://evil.example"
	srv2 := guarded(t, Security{Auth: withPassword("")})
	if status, _, _ := do(t, "POST", srv2.URL+"/login", b, hdr); status != 403 {
		t.Errorf("cross-site login: %d, want 403", status)
	}
}

func TestPrivateFunctionNotCallable(t *testing.T) {
	srv := guarded(t, Security{})
	body := `{"data":["x"]}`
	for _, path := range []string{"/gradio_api/run/secret", "/gradio_api/call/secret", "/gradio_api/call/v2/secret"} {
		if status, _, out := do(t, "POST", srv.URL+path, strings.NewReader(body), nil); status != 404 {
			t.Errorf("POST %s: %d %s, want 404", path, status, out)
		}
	}
	byIndex := `{"data":["x"],"fn_index":1,"session_hash":"s1"}`
	for _, path := range []string{"/gradio_api/run/x", "/gradio_api/queue/join"} {
		if status, _, out := do(t, "POST", srv.URL+path, strings.NewReader(byIndex), nil); status != 403 {
			t.Errorf("POST %s by fn_index from an API client: %d %s, want 403", path, status, out)
		}
	}
	// The app's own page calls it.
	status, _, out := do(t, "POST", srv.URL+"/gradio_api/run/x", strings.NewReader(byIndex), map[string]string{"Origin": srv.URL})
	if status != 200 {
		t.Errorf("the page's own call: %d %s", status, out)
	}
}

func TestRateLimitsThenRecovers(t *testing.T) {
	per := 300 * time.Millisecond
	srv := guarded(t, Security{PerClient: Rate{N: 3, Per: per}})
	call := func() (int, http.Header, string) {
		return do(t, "POST", srv.URL+"/gradio_api/run/echo", strings.NewReader(`{"data":["x"]}`), nil)
	}
	for i := range 3 {
		if status, _, out := call(); status != 200 {
			t.Fatalf("call %d: %d %s", i, status, out)
		}
	}
	status, h, out := call()
	var detail struct{ Detail string }
	_ = json.Unmarshal([]byte(out), &detail)
	if status != 429 || h.Get("Retry-After") != "1" || !strings.HasPrefix(detail.Detail, "Too many requests.") {
		t.Fatalf("over the limit: %d %s Retry-After=%q, want 429 with a detail and Retry-After: 1", status, out, h.Get("Retry-After"))
	}
	time.Sleep(per/3 + 20*time.Millisecond)
	if status, _, out := call(); status != 200 {
		t.Errorf("after a token refilled: %d %s", status, out)
	}

	// Per session: a second session is not held back by the first.
	srv2 := guarded(t, Security{PerSession: Rate{N: 1, Per: time.Hour}})
	join := func(session string) int {
		st, _, _ := do(t, "POST", srv2.URL+"/gradio_api/run/echo", strings.NewReader(`{"data":["x"],"session_hash":"`+session+`"}`), nil)
		return st
	}
	if a, b, c := join("one"), join("one"), join("two"); a != 200 || b != 429 || c != 200 {
		t.Errorf("per-session limit: %d %d %d, want 200 429 200", a, b, c)
	}
}

// blockEngine's function 0 is queued and runs until release is closed.
type blockEngine struct {
	callEngine
	fn *Fn
}

func (e blockEngine) Fn(i int) *Fn {
	if i == 0 {
		return e.fn
	}
	return nil
}

func TestMaxActiveSessions(t *testing.T) {
	release := make(chan struct{})
	fn := echoFn(0, "slow", "public")
	fn.Queued = true
	fn.Q = &queue.Fn{Index: 0, Group: queue.NewGroup(0), Run: func(evs []*queue.Event) {
		<-release
		evs[0].Complete(&wire.ProcessCompleted{Msg: wire.MsgProcessCompleted, Success: true, Output: &wire.Output{Data: []any{"ok"}}})
	}}
	q := queue.New(queue.NewStreams(0), queue.Options{})
	s := New(Options{Engine: blockEngine{fn: fn}, Queue: q, Security: Security{MaxActiveSessions: 2}, Logger: discardLogger()})
	srv := httptest.NewServer(s.Protect(s))
	defer srv.Close()
	defer func() { _ = q.Close(context.Background()) }()
	defer close(release)
	join := func(session string) int {
		st, _, _ := do(t, "POST", srv.URL+"/gradio_api/queue/join", strings.NewReader(`{"data":["x"],"fn_index":0,"session_hash":"`+session+`"}`), nil)
		return st
	}
	if a, b, c, d := join("one"), join("two"), join("one"), join("three"); a != 200 || b != 200 || c != 200 || d != 503 {
		t.Errorf("joins: %d %d %d %d, want 200 200 200 (a session already active) 503", a, b, c, d)
	}
}
