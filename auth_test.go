package gradio_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/client"
)

// whoami answers, without the queue, who called it and with which query parameter.
func whoamiApp() *gradio.Blocks {
	in := &gradio.Textbox{Label: "In"}
	out := &gradio.Textbox{Label: "Out"}
	btn := &gradio.Button{Value: "Who"}
	btn.Click(func(ctx context.Context, s string) string {
		r := gradio.RequestFrom(ctx)
		return r.Username + "|" + r.Query.Get("lang") + "|" + r.SessionHash + "|" + r.Header.Get("X-Test") + "|" + s
	}, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "whoami", Queue: gradio.False})
	return &gradio.Blocks{Children: []gradio.Component{in, btn, out}}
}

func TestAuthUserAndRequestReachTheHandler(t *testing.T) {
	app := build(t, whoamiApp(), gradio.WithAuth(map[string]string{"ada": "lovelace"}), gradio.WithAuthMessage("Ask Ada."))
	srv := httptest.NewServer(app)
	defer srv.Close()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}

	resp, err := c.Get(srv.URL + "/config")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 401 || !strings.Contains(string(body), "Ask Ada.") {
		t.Fatalf("GET /config before login: %d %s", resp.StatusCode, body)
	}
	resp, err = c.PostForm(srv.URL+"/login", url.Values{"username": {"ada"}, "password": {"lovelace"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("login: %d", resp.StatusCode)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/gradio_api/run/whoami?lang=fr", strings.NewReader(`{"data":["hi"],"session_hash":"s1"}`))
	req.Header.Set("X-Test", "yes")
	resp, err = c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ Data []string }
	_ = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if want := "ada|fr|s1|yes|hi"; len(out.Data) != 1 || out.Data[0] != want {
		t.Errorf("the handler saw %v, want %q", out.Data, want)
	}
}

func TestAuthWrongPassword(t *testing.T) {
	app := build(t, whoamiApp(), gradio.WithAuth(map[string]string{"ada": "lovelace"}))
	srv := httptest.NewServer(app)
	defer srv.Close()
	for _, pw := range []string{"lovelac", "lovelacee", "", "LOVELACE"} {
		resp, err := http.PostForm(srv.URL+"/login", url.Values{"username": {"ada"}, "password": {pw}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 401 || len(resp.Cookies()) != 0 {
			t.Errorf("password %q: %d with %d cookies, want 401 and none", pw, resp.StatusCode, len(resp.Cookies()))
		}
	}
}

func TestTrustedAuthHook(t *testing.T) {
	app := build(t, whoamiApp(), gradio.WithTrustedAuth(func(r *http.Request) (string, bool) {
		u := r.Header.Get("X-Forwarded-User")
		return u, u != ""
	}))
	srv := httptest.NewServer(app)
	defer srv.Close()
	req, _ := http.NewRequest("POST", srv.URL+"/gradio_api/run/whoami", strings.NewReader(`{"data":["x"],"session_hash":"s"}`))
	req.Header.Set("X-Forwarded-User", "grace")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ Data []string }
	_ = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if len(out.Data) != 1 || !strings.HasPrefix(out.Data[0], "grace|") {
		t.Errorf("the handler saw %v, want user grace", out.Data)
	}
	resp, err = http.Post(srv.URL+"/gradio_api/run/whoami", "application/json", strings.NewReader(`{"data":["x"]}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("a request nobody vouched for: %d, want 401", resp.StatusCode)
	}
}

func TestAuthGuardsExtensions(t *testing.T) {
	ext := func(*gradio.App) (string, http.Handler, error) {
		return "/gradio_api/extra", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secret") }), nil
	}
	app := build(t, whoamiApp(), gradio.WithAuth(map[string]string{"ada": "x"}), gradio.WithExtension(ext))
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest("GET", "/gradio_api/extra", nil))
	if rec.Code != 401 {
		t.Errorf("an extension's route without a login: %d %s, want 401", rec.Code, rec.Body)
	}
}

func TestGoClientLogsIn(t *testing.T) {
	app := build(t, whoamiApp(), gradio.WithAuth(map[string]string{"ada": "lovelace"}))
	srv := httptest.NewServer(app)
	defer srv.Close()
	ctx := context.Background()
	if _, err := client.Connect(ctx, srv.URL, client.WithAuth("ada", "wrong")); err == nil {
		t.Error("the Go client connected with a wrong password")
	}
	c, err := client.Connect(ctx, srv.URL, client.WithAuth("ada", "lovelace"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	out, err := c.Predict(ctx, "/whoami", "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || !strings.HasPrefix(fmt.Sprint(out[0]), "ada|") {
		t.Errorf("the handler saw %v, want user ada", out)
	}
}
