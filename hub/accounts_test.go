package hub_test

import (
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/hub"
)

func TestSignupLoginLogout(t *testing.T) {
	h := newHub(t, hub.Config{})
	alice := h.signup("alice")
	if _, body := h.get(alice, "/settings"); !strings.Contains(body, "API tokens") {
		t.Errorf("settings page of a signed-in user:\n%s", body)
	}
	for _, c := range []struct{ name, password, want string }{
		{"alice", "another password", "taken"},
		{"Al", "long enough pw", "lower-case"},
		{"x", "long enough pw", "2 to 39"},
		{"login", "long enough pw", "reserved"},
		{"carol", "short", "at least 8"},
		{"dave", "dave", "at least 8"},
		{"davedave", "davedave", "must not be the user name"},
	} {
		code, body := h.post(h.browser(), "/signup", url.Values{"name": {c.name}, "password": {c.password}})
		if code != http.StatusBadRequest || !strings.Contains(body, c.want) {
			t.Errorf("sign-up %q/%q: %d, want 400 with %q\n%s", c.name, c.password, code, c.want, body)
		}
	}

	// Log out, then log in again; a wrong password is refused.
	if code, body := h.post(alice, "/logout", nil); code != 200 || strings.Contains(body, "Log out") {
		t.Errorf("logout: %d", code)
	}
	if code, _ := h.get(alice, "/settings"); code != 200 {
		t.Errorf("settings when logged out should redirect to the login page: %d", code)
	}
	if code, body := h.post(alice, "/login", url.Values{"name": {"alice"}, "password": {"wrong password"}}); code != http.StatusUnauthorized || !strings.Contains(body, "Wrong user name or password") {
		t.Errorf("wrong password: %d", code)
	}
	if code, body := h.post(alice, "/login", url.Values{"name": {"nobody"}, "password": {"whatever it is"}}); code != http.StatusUnauthorized || !strings.Contains(body, "Wrong user name or password") {
		t.Errorf("unknown user: %d", code)
	}
	if code, body := h.post(alice, "/login", url.Values{"name": {"alice"}, "password": {"correct horse alice"}, "next": {"//evil.example/"}}); code != 200 || !strings.Contains(body, "Log out") {
		t.Errorf("login: %d\n%s", code, body)
	}
}

func TestLoginThrottle(t *testing.T) {
	h := newHub(t, hub.Config{})
	h.signup("alice")
	c := h.browser()
	for range 10 {
		h.post(c, "/login", url.Values{"name": {"alice"}, "password": {"guess guess"}})
	}
	// Even the right password waits once the name has had too many failures.
	if code, body := h.post(c, "/login", url.Values{"name": {"alice"}, "password": {"correct horse alice"}}); code != http.StatusTooManyRequests || !strings.Contains(body, "Too many failed attempts") {
		t.Errorf("after 10 failures: %d", code)
	}
}

func TestClosedSignup(t *testing.T) {
	h := newHub(t, hub.Config{ClosedSignup: true})
	if code, _ := h.post(h.browser(), "/signup", url.Values{"name": {"alice"}, "password": {"long enough pw"}}); code != http.StatusForbidden {
		t.Errorf("sign-up on a closed hub: %d", code)
	}
}

func TestTokensInSettings(t *testing.T) {
	h := newHub(t, hub.Config{})
	alice := h.signup("alice")
	code, body := h.post(alice, "/settings/tokens", url.Values{"name": {"laptop"}})
	tok := regexp.MustCompile(`ghub_[A-Za-z0-9_-]{43}`).FindString(body)
	if code != 200 || tok == "" || !strings.Contains(body, "laptop") {
		t.Fatalf("new token: %d\n%s", code, body)
	}
	// The secret is shown once; the settings page never shows it again.
	if _, body := h.get(alice, "/settings"); strings.Contains(body, tok) {
		t.Error("the settings page shows a token's secret again")
	}
	req, _ := http.NewRequest("GET", h.url+"/settings", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	if code, body := h.do(&http.Client{}, req); code != 200 || !strings.Contains(body, "laptop") {
		t.Errorf("a token signs a script in: %d", code)
	}
	id := regexp.MustCompile(`/settings/tokens/(\d+)/delete`).FindStringSubmatch(body)
	if id == nil {
		t.Fatal("no delete form for the token")
	}
	h.post(alice, "/settings/tokens/"+id[1]+"/delete", nil)
	req, _ = http.NewRequest("GET", h.url+"/settings", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	if code, _ := h.do(noRedirect, req); code != http.StatusSeeOther {
		t.Errorf("a deleted token still works: %d", code)
	}
}

func TestCrossSiteFormsAreRefused(t *testing.T) {
	h := newHub(t, hub.Config{})
	alice := h.signup("alice")
	req, _ := http.NewRequest("POST", h.url+"/settings/tokens", strings.NewReader("name=evil"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if code, _ := h.do(alice, req); code != http.StatusForbidden {
		t.Errorf("cross-site POST: %d, want 403", code)
	}
	if _, body := h.get(alice, "/settings"); strings.Contains(body, "evil") {
		t.Error("a cross-site form made a token")
	}
}

// lockedBuffer is a log destination shared by the hub's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestSecretsNeverLogged(t *testing.T) {
	var logs lockedBuffer
	h := newHub(t, hub.Config{Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	alice := h.signup("alice")
	h.post(h.browser(), "/login", url.Values{"name": {"alice"}, "password": {"a wrong secret password"}})
	_, body := h.post(alice, "/settings/tokens", url.Values{"name": {"laptop"}})
	tok := regexp.MustCompile(`ghub_[A-Za-z0-9_-]{43}`).FindString(body)
	h.publish(tok, "hello", gradio.Share{Visibility: "private", Link: true})
	h.waitOnline(alice, "/alice/hello")
	_, body = h.post(alice, "/-/apps/alice/hello/share", url.Values{"hours": {"1"}})
	link := regexp.MustCompile(`ghs_[A-Za-z0-9_-]{43}`).FindString(body)
	req, _ := http.NewRequest("GET", h.url+"/alice/hello/gradio_api/info", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	h.do(&http.Client{}, req)
	h.do(&http.Client{}, mustRequest("GET", h.url+"/s/"+link+"/config"))
	h.do(&http.Client{}, mustRequest("GET", h.url+"/s/ghs_expired-or-made-up/config"))
	u, _ := url.Parse(h.url)
	cookies := alice.Jar.Cookies(u)
	if tok == "" || link == "" || len(cookies) == 0 {
		t.Fatalf("setting up: token %q, link %q, cookies %v", tok, link, cookies)
	}
	secrets := []string{"correct horse alice", "a wrong secret password", tok, link, cookies[0].Value}
	out := logs.String()
	if !strings.Contains(out, "new account") {
		t.Fatalf("the hub logged nothing to check:\n%s", out)
	}
	for _, s := range secrets {
		if strings.Contains(out, s) {
			t.Errorf("the hub's log holds a secret (%.8s…):\n%s", s, out)
		}
	}
}

func mustRequest(method, url string) *http.Request {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		panic(err)
	}
	return req
}

// The hub's style sheet names the theme's embedded fonts relative to itself; the hub
// serves them, so its pages look like the apps and fetch nothing from elsewhere.
func TestHubServesThemeFonts(t *testing.T) {
	h := newHub(t, hub.Config{})
	code, css := h.get(h.browser(), "/static/hub.css")
	urls := regexp.MustCompile(`url\("?([^")]+\.woff2)"?\)`).FindAllStringSubmatch(css, -1)
	if code != 200 || len(urls) == 0 {
		t.Fatalf("hub.css: %d, %d font URLs", code, len(urls))
	}
	for _, u := range urls {
		code, body := h.get(h.browser(), "/static/"+strings.TrimPrefix(u[1], "./"))
		if code != 200 || !strings.HasPrefix(body, "wOF2") {
			t.Errorf("font %s: %d", u[1], code)
		}
	}
	if code, _ := h.get(h.browser(), "/static/assets/fonts/..%2fhub.css"); code != http.StatusNotFound {
		t.Errorf("a path out of the fonts: %d", code)
	}
}
