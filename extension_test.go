package gradio_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
)

type closingHandler struct {
	http.Handler
	closed bool
}

func (c *closingHandler) Close() error { c.closed = true; return nil }

func TestExtensionRoutesAndClose(t *testing.T) {
	h := &closingHandler{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "extension at "+r.URL.Path)
	})}
	var seen *gradio.App
	app, err := (&gradio.Interface{
		Fn: strings.ToUpper, Inputs: []gradio.Component{&gradio.Textbox{}}, Outputs: []gradio.Component{&gradio.Textbox{}},
	}).Build(gradio.WithTempDir(t.TempDir()), gradio.WithExtension(func(a *gradio.App) (string, http.Handler, error) {
		seen = a
		return "/gradio_api/ext/", h, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	if seen != app {
		t.Error("the extension did not get the app")
	}
	get := func(path string) string {
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Body.String()
	}
	if got := get("/gradio_api/ext/x"); got != "extension at /gradio_api/ext/x" {
		t.Errorf("extension route: %q", got)
	}
	if got := get("/config"); !strings.Contains(got, `"api_prefix"`) {
		t.Errorf("the app's own routes are gone: %.80s", got)
	}
	app.Close()
	if !h.closed {
		t.Error("the extension's handler was not closed with the app")
	}
}
