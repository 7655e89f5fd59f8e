//go:build nofrontend

package gradio_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
)

// Built with -tags nofrontend, an app serves a plain page that lists its API instead of
// the web UI, and no assets.
func TestNoFrontendPage(t *testing.T) {
	app := build(t, &gradio.Interface{
		Fn: strings.ToUpper, Inputs: []gradio.Component{&gradio.Textbox{}}, Outputs: []gradio.Component{&gradio.Textbox{}},
	})
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "built without its browser interface") || !strings.Contains(rec.Body.String(), "/ToUpper") {
		t.Errorf("page: %d %s", rec.Code, rec.Body)
	}
	rec = httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/assets/app.js", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("asset without a frontend: %d", rec.Code)
	}
}
