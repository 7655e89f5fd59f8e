package hub_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/hub"
)

func TestAppsOnTheirOwnOrigins(t *testing.T) {
	h := newHub(t, hub.Config{AppsDomain: "apps.test"})
	port := strings.TrimPrefix(h.url, "http://hub.test:")
	origin := func(app string) string { return "http://alice--" + app + ".apps.test:" + port }
	alice := h.signup("alice")
	bob := h.signup("bob")
	tok := h.token("alice")
	h.publish(tok, "hello", gradio.Share{})
	h.publish(tok, "secret", gradio.Share{Visibility: "private"})
	anon := h.browser()
	waitFor(t, func() bool { code, _ := h.do(anon, mustRequest("GET", origin("hello")+"/config")); return code == 200 })

	// A public app on its own origin: its config says so, and calls work there.
	resp, err := anon.Get(origin("hello") + "/config")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if root := configRootAt(t, anon, origin("hello")); root != origin("hello") {
		t.Errorf("root on the app's origin = %q", root)
	}
	// The hub's paths send visitors (and API calls, method kept) to the app's origin.
	noRedirect := h.browser()
	noRedirect.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	r, err := noRedirect.Get(h.url + "/alice/hello/config?x=1")
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if loc := r.Header.Get("Location"); r.StatusCode != http.StatusFound || loc != origin("hello")+"/config?x=1" {
		t.Errorf("path on the hub: %d -> %q", r.StatusCode, loc)
	}
	if _, page := h.get(alice, "/alice/hello"); !strings.Contains(page, `<iframe class="app-frame" src="`+origin("hello")+`/"`) {
		t.Errorf("the app page does not frame the app's origin:\n%s", page)
	}

	// A private app: an anonymous visitor ends on the hub's login page; its API is a 404.
	code, page := h.get(anon, origin("secret")+"/")
	if code != 200 || !strings.Contains(page, `action="/login"`) {
		t.Errorf("anonymous visitor of a private app: %d\n%.300s", code, page)
	}
	if code, _ := h.do(anon, mustRequest("GET", origin("secret")+"/config")); code != http.StatusNotFound {
		t.Errorf("anonymous API call: %d", code)
	}
	// Bob, signed in on the hub but no collaborator, is refused by the hub.
	if code, _ := h.get(bob, origin("secret")+"/"); code != http.StatusNotFound {
		t.Errorf("bob: %d", code)
	}
	// Alice goes through the hub and back, and gets the app.
	if code, page := h.get(alice, origin("secret")+"/?view=api"); code != 200 || strings.Contains(page, `action="/login"`) {
		t.Errorf("alice: %d\n%.300s", code, page)
	}
	if code, _ := h.do(alice, mustRequest("GET", origin("secret")+"/config")); code != 200 {
		t.Errorf("alice's API call after the round trip: %d", code)
	}
	// The hub's login never reaches an app's origin, and its grant opens that app only.
	u, _ := url.Parse(origin("secret"))
	var grant string
	for _, c := range alice.Jar.Cookies(u) {
		if c.Name == "hub_session" {
			t.Error("the hub's session cookie is sent to an app's origin")
		}
		if c.Name == "hub_app" {
			grant = c.Value
		}
	}
	if grant == "" {
		t.Fatal("no grant cookie on the app's origin")
	}
	for _, forged := range []string{grant + "x", strings.Replace(grant, ".", "A.", 1), "a.b"} {
		req := mustRequest("GET", origin("secret")+"/config")
		req.AddCookie(&http.Cookie{Name: "hub_app", Value: forged})
		if code, _ := h.do(h.browser(), req); code != http.StatusNotFound {
			t.Errorf("a forged grant %.12s…: %d", forged, code)
		}
	}
	// Revoking access takes effect at once: bob as a collaborator, then removed.
	h.post(alice, "/-/apps/alice/secret/collaborator-add", url.Values{"name": {"bob"}})
	if code, _ := h.get(bob, origin("secret")+"/"); code != 200 {
		t.Errorf("bob as a collaborator: %d", code)
	}
	h.post(alice, "/-/apps/alice/secret/collaborator-remove", url.Values{"name": {"bob"}})
	if code, _ := h.do(bob, mustRequest("GET", origin("secret")+"/config")); code != http.StatusNotFound {
		t.Errorf("bob after removal, with his old grant: %d", code)
	}

	// A share link is traded for a grant on the app's origin.
	_, page = h.post(alice, "/-/apps/alice/secret/share", url.Values{"hours": {"1"}})
	link := regexp.MustCompile(`http://hub\.test:\d+/s/ghs_[A-Za-z0-9_-]+/`).FindString(page)
	if link == "" {
		t.Fatalf("no share link:\n%s", page)
	}
	guest := h.browser()
	if code, page := h.get(guest, link+"?view=api"); code != 200 || strings.Contains(page, `action="/login"`) {
		t.Errorf("guest through the share link: %d\n%.300s", code, page)
	}
	if code, _ := h.do(guest, mustRequest("GET", origin("secret")+"/config")); code != 200 {
		t.Errorf("guest's API call after the share link: %d", code)
	}
	if code, _ := h.do(guest, mustRequest("GET", origin("hello")+"/"+"-/hub-auth?share=ghs_nope")); code != http.StatusNotFound {
		t.Errorf("a made-up share secret: %d", code)
	}
}

func TestAppsDomainNeedsBaseURL(t *testing.T) {
	for _, cfg := range []hub.Config{{AppsDomain: "apps.test"}, {AppsDomain: "example.com", BaseURL: "https://hub.example.com"}} {
		cfg.Store = newHub(t, hub.Config{}).st
		if _, err := hub.New(cfg); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
}

func configRootAt(t *testing.T, c *http.Client, origin string) string {
	t.Helper()
	h := &testHub{t: t, url: origin}
	return h.configRoot(c, "")
}
