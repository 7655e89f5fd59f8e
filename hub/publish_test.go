package hub_test

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/hub"
	"github.com/gradio-go/gradio/tunnel"
)

func TestPublishServeAndCall(t *testing.T) {
	h := newHub(t, hub.Config{})
	alice := h.signup("alice")
	stop := h.publish(h.token("alice"), "hello", gradio.Share{Tags: []string{"Demo", "text"}})
	anon := h.browser()
	h.waitOnline(anon, "/alice/hello")

	// The app's config names its public root on the hub, so its page and the clients
	// build the right URLs.
	if root := h.configRoot(anon, "/alice/hello"); root != h.url+"/alice/hello" {
		t.Errorf("config root = %q, want %q", root, h.url+"/alice/hello")
	}
	if code, body := h.get(anon, "/alice/hello/"); code != 200 || !strings.Contains(body, "<title>Hello</title>") && !strings.Contains(body, "Hello") {
		t.Errorf("app page through the hub: %d\n%.300s", code, body)
	}
	if code, body := h.call(anon, "/alice/hello", "Ada"); code != 200 || !strings.Contains(body, "Hello, Ada!") {
		t.Errorf("call through the hub: %d %s", code, body)
	}

	// The directory lists it, online, with its normalised tags; the search finds it.
	if _, body := h.get(anon, "/"); !strings.Contains(body, `data-app="alice/hello"`) || !strings.Contains(body, "online") || !strings.Contains(body, ">demo<") {
		t.Errorf("directory does not list alice/hello online with its tags:\n%s", body)
	}
	if _, body := h.get(anon, "/?q=hell"); !strings.Contains(body, `data-app="alice/hello"`) {
		t.Error("search for 'hell' does not find alice/hello")
	}
	if _, body := h.get(anon, "/?q=nothing-like-it"); strings.Contains(body, `data-app="alice/hello"`) {
		t.Error("search for something else lists alice/hello")
	}
	if _, body := h.get(alice, "/alice/hello"); !strings.Contains(body, `<iframe class="app-frame" src="/alice/hello/"`) || !strings.Contains(body, "App settings") {
		t.Errorf("the owner's app page lacks the app frame or its settings:\n%s", body)
	}

	// A second process publishing the same app is refused at start-up.
	_, err := tunnel.Listen(context.Background(), h.url+"/api/tunnel", tunnel.Options{Token: h.token("alice"), App: "hello"})
	if err == nil || !strings.Contains(err.Error(), "already connected") {
		t.Errorf("a second publisher of alice/hello: %v", err)
	}

	// Stopped, the app shows as offline with a clear page, and its API says so.
	stop()
	waitFor(t, func() bool { code, _ := h.get(anon, "/alice/hello/"); return code == http.StatusServiceUnavailable })
	if _, body := h.get(anon, "/alice/hello/"); !strings.Contains(body, "alice/hello is offline") {
		t.Errorf("offline page:\n%s", body)
	}
	req, _ := http.NewRequest("GET", h.url+"/alice/hello/gradio_api/info", nil)
	if code, body := h.do(anon, req); code != http.StatusServiceUnavailable || !strings.Contains(body, "offline") {
		t.Errorf("offline API: %d %s", code, body)
	}
	if _, body := h.get(anon, "/"); !strings.Contains(body, "offline") {
		t.Error("the directory does not show the app offline")
	}

	// It comes back when it reconnects.
	h.publish(h.token("alice"), "hello", gradio.Share{})
	h.waitOnline(anon, "/alice/hello")
}

func TestPrivateAppIsNotFoundToOthers(t *testing.T) {
	h := newHub(t, hub.Config{})
	alice := h.signup("alice")
	bob := h.signup("bob")
	aliceToken := h.token("alice")
	h.publish(aliceToken, "secret", gradio.Share{Visibility: "private"})
	h.waitOnline(alice, "/alice/secret")
	anon := h.browser()

	paths := []string{"/alice/secret", "/alice/secret/", "/alice/secret/config", "/alice/secret/gradio_api/info",
		"/alice/secret/gradio_api/queue/data?session_hash=x", "/alice/secret/gradio_api/file=/etc/passwd"}
	missing, _ := h.get(anon, "/alice/never-made/")
	for _, p := range paths {
		for who, c := range map[string]*http.Client{"anonymous": anon, "bob": bob} {
			if code, _ := h.get(c, p); code != http.StatusNotFound || missing != http.StatusNotFound {
				t.Errorf("%s GET %s = %d, want 404 as for a missing app", who, p, code)
			}
		}
	}
	if code, _ := h.call(anon, "/alice/secret", "x"); code != http.StatusNotFound {
		t.Errorf("anonymous call = %d, want 404", code)
	}
	if _, body := h.get(anon, "/"); strings.Contains(body, "alice/secret") {
		t.Error("the directory lists a private app to an anonymous visitor")
	}
	if _, body := h.get(anon, "/?q=secret"); strings.Contains(body, "alice/secret") {
		t.Error("search finds a private app for an anonymous visitor")
	}

	// The owner reaches it by cookie and by token; a collaborator by cookie.
	if code, body := h.call(alice, "/alice/secret", "Alice"); code != 200 || !strings.Contains(body, "Hello, Alice!") {
		t.Errorf("owner call: %d %s", code, body)
	}
	req, _ := http.NewRequest("GET", h.url+"/alice/secret/config", nil)
	req.Header.Set("Authorization", "Bearer "+aliceToken)
	if code, _ := h.do(anon, req); code != 200 {
		t.Errorf("owner token: %d", code)
	}
	if code, _ := h.post(alice, "/-/apps/alice/secret/collaborator-add", url.Values{"name": {"bob"}}); code != 200 {
		t.Errorf("adding bob: %d", code)
	}
	if code, body := h.call(bob, "/alice/secret", "Bob"); code != 200 || !strings.Contains(body, "Hello, Bob!") {
		t.Errorf("collaborator call: %d %s", code, body)
	}

	// Switching it to public opens it; unlisted keeps it open but out of the directory.
	h.post(alice, "/-/apps/alice/secret/visibility", url.Values{"visibility": {"unlisted"}})
	if code, _ := h.get(anon, "/alice/secret/config"); code != 200 {
		t.Errorf("unlisted app: %d", code)
	}
	if _, body := h.get(anon, "/"); strings.Contains(body, "alice/secret") {
		t.Error("the directory lists an unlisted app")
	}
	// Only the owner may change settings: bob gets the same 404 as for a missing app.
	if code, _ := h.post(bob, "/-/apps/alice/secret/visibility", url.Values{"visibility": {"private"}}); code != http.StatusNotFound {
		t.Errorf("bob changing visibility: %d, want 404", code)
	}
}

func TestShareLinkOpensPrivateAppUntilItExpires(t *testing.T) {
	h := newHub(t, hub.Config{})
	alice := h.signup("alice")
	h.publish(h.token("alice"), "secret", gradio.Share{Visibility: "private"})
	h.waitOnline(alice, "/alice/secret")

	code, body := h.post(alice, "/-/apps/alice/secret/share", url.Values{"hours": {"0.0006"}}) // about 2 s
	if code != http.StatusBadRequest || !strings.Contains(body, "from a minute") {
		t.Errorf("a share link shorter than a minute: %d, want 400", code)
	}
	code, body = h.post(alice, "/-/apps/alice/secret/share", url.Values{"hours": {"1"}})
	link := regexp.MustCompile(`/s/ghs_[A-Za-z0-9_-]+/`).FindString(body)
	if code != 200 || link == "" {
		t.Fatalf("making a share link: %d\n%s", code, body)
	}
	anon := h.browser()
	if code, body := h.call(anon, strings.TrimSuffix(link, "/"), "Guest"); code != 200 || !strings.Contains(body, "Hello, Guest!") {
		t.Errorf("call through the share link: %d %s", code, body)
	}
	if root := h.configRoot(anon, strings.TrimSuffix(link, "/")); root != h.url+strings.TrimSuffix(link, "/") {
		t.Errorf("root through a share link = %q", root)
	}
	if code, _ := h.get(anon, "/s/ghs_not-a-real-link/"); code != http.StatusNotFound {
		t.Errorf("a made-up share link: %d", code)
	}

	// A link asked for by the app at connection time, short enough to watch expire.
	ln, err := tunnel.Listen(context.Background(), h.url+"/api/tunnel", tunnel.Options{Token: h.token("alice"),
		App: "brief", Visibility: "private", Share: true, ShareTTL: 1500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("brief app")) })}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	shared, err := url.Parse(ln.ShareURL())
	if err != nil || !strings.HasPrefix(ln.ShareURL(), h.url+"/s/ghs_") || time.Until(ln.ShareExpires()) > 2*time.Second {
		t.Fatalf("share link from the welcome: %q until %v (%v)", ln.ShareURL(), ln.ShareExpires(), err)
	}
	if code, body := h.get(anon, shared.Path); code != 200 || body != "brief app" {
		t.Errorf("fresh share link: %d %q", code, body)
	}
	// The welcome gives the expiry to the second.
	time.Sleep(time.Until(ln.ShareExpires()) + 1100*time.Millisecond)
	if code, body := h.get(anon, shared.Path); code != http.StatusNotFound || !strings.Contains(body, "expired") {
		t.Errorf("expired share link: %d\n%s", code, body)
	}
	if code, _ := h.get(anon, "/alice/brief/"); code != http.StatusNotFound {
		t.Errorf("the private app itself without the link: %d", code)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 15 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestTunnelRefusals(t *testing.T) {
	h := newHub(t, hub.Config{})
	h.signup("alice")
	for name, c := range map[string]struct {
		token, app, want string
	}{
		"no token":  {"", "hello", "token"},
		"bad token": {"ghub_nope", "hello", "401"},
		"bad name":  {h.token("alice"), "Not A Name", "app name"},
		"reserved?": {h.token("alice"), "-x", "app name"},
		"bad vis":   {h.token("alice"), "ok", "visibility"},
	} {
		t.Run(name, func(t *testing.T) {
			share := gradio.Share{Hub: h.url, Token: c.token, Name: c.app}
			if name == "bad vis" {
				share.Visibility = "secret"
			}
			app, err := (&gradio.Interface{Fn: greet, Inputs: []gradio.Component{&gradio.Textbox{}},
				Outputs: []gradio.Component{&gradio.Textbox{}}}).Build(gradio.WithQuiet(), gradio.WithShare(share))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			err = app.Serve(ctx, ln)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Serve = %v, want an error mentioning %q", err, c.want)
			}
		})
	}
}

func TestDirectoryShowsQueueLength(t *testing.T) {
	defer hub.SetQueuePoll(50 * time.Millisecond)()
	h := newHub(t, hub.Config{})
	h.signup("alice")
	release := make(chan struct{})
	slow := func(ctx context.Context, s string) (string, error) {
		select {
		case <-release:
			return s, nil
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	stop, _ := h.publishFn(h.token("alice"), "slow", "slow", slow)
	defer func() { close(release); stop() }()
	anon := h.browser()
	h.waitOnline(anon, "/alice/slow")
	waitFor(t, func() bool { _, body := h.get(anon, "/"); return strings.Contains(body, "0 queued") })
	for range 3 {
		req, _ := http.NewRequest("POST", h.url+"/alice/slow/gradio_api/call/slow", strings.NewReader(`{"data":["x"]}`))
		req.Header.Set("Content-Type", "application/json")
		if code, body := h.do(anon, req); code != 200 {
			t.Fatalf("enqueue: %d %s", code, body)
		}
	}
	re := regexp.MustCompile(`([1-9]\d*) queued`)
	waitFor(t, func() bool { _, body := h.get(anon, "/"); return re.MatchString(body) })
}

// The app sees each visitor's address through the hub, not the tunnel's, so its rate
// limits and handlers tell visitors apart.
func TestAppSeesTheVisitorsAddress(t *testing.T) {
	h := newHub(t, hub.Config{})
	h.signup("alice")
	whoami := func(ctx context.Context, _ string) string { return gradio.RequestFrom(ctx).RemoteAddr }
	_, addr := h.publishFn(h.token("alice"), "whoami", "whoami", whoami)
	// A visitor on another loopback address than the app's tunnel.
	visitor := &http.Client{Transport: &http.Transport{DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.2")}}).DialContext}}
	h.waitOnline(visitor, "/alice/whoami")
	if code, body := h.callAPI(visitor, "/alice/whoami", "whoami", "x"); code != 200 || !strings.Contains(body, `127.0.0.2:0`) {
		t.Errorf("the handler saw %d %s, want the visitor's 127.0.0.2", code, body)
	}
	// Straight to the app, the header is not trusted.
	req, _ := http.NewRequest("POST", "http://"+addr+"/gradio_api/run/whoami", strings.NewReader(`{"data":["x"]}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", "203.0.113.9")
	if code, body := h.do(&http.Client{}, req); code != 200 || strings.Contains(body, "203.0.113.9") {
		t.Errorf("a direct request with a forged X-Forwarded-For: %d %s", code, body)
	}
	visitor.CloseIdleConnections()
}
