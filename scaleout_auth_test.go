package gradio_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/internal/natstest"
)

// A login made on one web replica of a scaled-out app holds on the others (one
// cookie name, logins in NATS), and a logout on any replica ends it on all.
func TestNATSLoginOnAnyReplica(t *testing.T) {
	srv := natstest.Start(t)
	var web []*httptest.Server
	for range 2 {
		app := build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb),
			gradio.WithAuth(map[string]string{"ada": "lovelace"}))
		s := httptest.NewServer(app)
		t.Cleanup(s.Close)
		web = append(web, s)
	}
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noRedirect.PostForm(web[0].URL+"/login", url.Values{"username": {"ada"}, "password": {"lovelace"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cookies := resp.Cookies()
	if resp.StatusCode != http.StatusOK || len(cookies) != 1 {
		t.Fatalf("login on A: %d, cookies %v", resp.StatusCode, cookies)
	}
	status := func(base string) int {
		req, _ := http.NewRequest(http.MethodGet, base+"/config", nil)
		req.AddCookie(cookies[0])
		resp, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if a, b := status(web[0].URL), status(web[1].URL); a != http.StatusOK || b != http.StatusOK {
		t.Fatalf("GET /config with A's cookie: %d on A, %d on B", a, b)
	}
	req, _ := http.NewRequest(http.MethodGet, web[1].URL+"/logout", nil)
	req.AddCookie(cookies[0])
	resp, err = noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if b := status(web[1].URL); b != http.StatusUnauthorized {
		t.Errorf("B after the logout on B: %d", b)
	}
	deadline := time.Now().Add(10 * time.Second)
	for status(web[0].URL) != http.StatusUnauthorized {
		if time.Now().After(deadline) {
			t.Fatal("A still takes the cookie after the logout on B")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !strings.HasPrefix(cookies[0].Name, "access-token-") {
		t.Errorf("cookie %s", cookies[0].Name)
	}
}
