package hub_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

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
