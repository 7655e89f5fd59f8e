package hub_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/hub"
	"github.com/gradio-go/gradio/hub/store"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("net/http.(*persistConn).writeLoop"),
		goleak.IgnoreTopFunction("net/http.(*persistConn).readLoop"), goleak.IgnoreTopFunction("internal/poll.runtime_pollWait"))
}

// testHub is a hub on a loopback port with its records in a fresh SQLite file.
type testHub struct {
	t   testing.TB
	st  store.Store
	hub *hub.Server
	srv *httptest.Server
	url string
}

func newHub(t testing.TB, cfg hub.Config) *testHub {
	t.Helper()
	st, err := store.Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Store = st
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	srv := httptest.NewUnstartedServer(nil)
	if cfg.AppsDomain != "" && cfg.BaseURL == "" {
		// Apps on their own origins need names: the test clients resolve every
		// host to the hub (see browser).
		_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
		cfg.BaseURL = "http://hub.test:" + port
	}
	h, err := hub.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = h
	srv.Start()
	th := &testHub{t: t, st: st, hub: h, srv: srv, url: srv.URL}
	if cfg.BaseURL != "" {
		th.url = cfg.BaseURL
	}
	t.Cleanup(func() {
		_ = h.Close()
		srv.CloseClientConnections()
		srv.Close()
		_ = st.Close()
	})
	return th
}

// browser is an HTTP client with a cookie jar, as a person's browser. It reaches every
// host name on the hub's server, as a wildcard DNS record would.
func (h *testHub) browser() *http.Client {
	jar, _ := cookiejar.New(nil)
	addr := h.srv.Listener.Addr().String()
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	return &http.Client{Jar: jar, Timeout: 30 * time.Second, Transport: &http.Transport{DialContext: dial}}
}

// post submits a form as a browser on the hub's own pages does.
func (h *testHub) post(c *http.Client, path string, form url.Values) (int, string) {
	h.t.Helper()
	req, _ := http.NewRequest("POST", h.url+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", h.url)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return h.do(c, req)
}

// get fetches a path on the hub, or a full URL (an app's own origin), as a browser
// navigates.
func (h *testHub) get(c *http.Client, path string) (int, string) {
	h.t.Helper()
	if !strings.HasPrefix(path, "http") {
		path = h.url + path
	}
	req, _ := http.NewRequest("GET", path, nil)
	req.Header.Set("Accept", "text/html")
	return h.do(c, req)
}

func (h *testHub) do(c *http.Client, req *http.Request) (int, string) {
	h.t.Helper()
	resp, err := c.Do(req)
	if err != nil {
		h.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// signup makes an account through the sign-up form and returns its signed-in browser.
func (h *testHub) signup(name string) *http.Client {
	h.t.Helper()
	c := h.browser()
	if code, body := h.post(c, "/signup", url.Values{"name": {name}, "password": {"correct horse " + name}}); code != 200 || !strings.Contains(body, "Log out") {
		h.t.Fatalf("sign-up of %s: %d\n%s", name, code, body)
	}
	return c
}

func (h *testHub) token(user string) string {
	h.t.Helper()
	tok, err := hub.NewToken(context.Background(), h.st, user, "test")
	if err != nil {
		h.t.Fatal(err)
	}
	return tok
}

func greet(name string) string { return "Hello, " + name + "!" }

// publish serves a hello app locally and on the hub, as gradio.WithShare does. Calling
// the returned function stops the app.
func (h *testHub) publish(token, name string, share gradio.Share) (stop func()) {
	h.t.Helper()
	stop, _ = h.serve(&gradio.Interface{Fn: greet, Inputs: []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}}, Title: "Hello"}, token, name, share)
	return stop
}

// publishFn publishes an app of one text box in and one out around fn, served as /api.
func (h *testHub) publishFn(token, name, api string, fn any) (stop func(), addr string) {
	h.t.Helper()
	return h.serve(&gradio.Interface{Fn: fn, Inputs: []gradio.Component{&gradio.Textbox{}}, Outputs: []gradio.Component{&gradio.Textbox{}},
		Event: gradio.EventOptions{APIName: api}}, token, name, gradio.Share{})
}

// serve builds the interface with sharing to the hub and serves it on a loopback port
// (returned) until stop is called or the test ends.
func (h *testHub) serve(it *gradio.Interface, token, name string, share gradio.Share) (stop func(), addr string) {
	h.t.Helper()
	share.Hub, share.Token, share.Name = h.srv.URL, token, name
	app, err := it.Build(gradio.WithQuiet(), gradio.WithShare(share), gradio.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		h.t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		h.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.Serve(ctx, ln) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
				h.t.Errorf("Serve: %v", err)
			}
		})
	}
	h.t.Cleanup(stop)
	return stop, ln.Addr().String()
}

// waitOnline polls the app's config through the hub until it answers.
func (h *testHub) waitOnline(c *http.Client, prefix string) {
	h.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := c.Get(h.url + prefix + "/config")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("%s never came online through the hub (last: %v %v)", prefix, resp, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// call runs the app's /greet endpoint through the hub with the two-step /call API.
func (h *testHub) call(c *http.Client, prefix, name string) (int, string) {
	h.t.Helper()
	return h.callAPI(c, prefix, "greet", name)
}

func (h *testHub) callAPI(c *http.Client, prefix, api, arg string) (int, string) {
	h.t.Helper()
	req, _ := http.NewRequest("POST", h.url+prefix+"/gradio_api/call/"+api, strings.NewReader(`{"data":["`+arg+`"]}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	var ev struct {
		EventID string `json:"event_id"`
	}
	err = json.NewDecoder(resp.Body).Decode(&ev)
	resp.Body.Close()
	if resp.StatusCode != 200 || err != nil {
		return resp.StatusCode, ""
	}
	resp, err = c.Get(h.url + prefix + "/gradio_api/call/" + api + "/" + ev.EventID)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// configRoot reads the root URL the app's /config gives through the hub.
func (h *testHub) configRoot(c *http.Client, prefix string) string {
	h.t.Helper()
	resp, err := c.Get(h.url + prefix + "/config")
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	var cfg struct {
		Root string `json:"root"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&cfg); err != nil {
		h.t.Fatalf("%s/config: %v", prefix, err)
	}
	return cfg.Root
}
