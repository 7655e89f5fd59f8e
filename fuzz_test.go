package gradio_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
)

// fuzzApp has inputs of several kinds, so that bodies reach every decoder.
func fuzzApp(f *testing.F) *gradio.App {
	f.Helper()
	tb := &gradio.Textbox{MaxLength: 100}
	num := &gradio.Number{Minimum: gradio.Ptr(-10.0), Maximum: gradio.Ptr(10.0)}
	cg := &gradio.CheckboxGroup{Choices: []string{"a", "b"}}
	st := &gradio.State[int]{}
	out := &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func(s string, n int, c []string, k int) string { return s }, gradio.In(tb, num, cg, st), gradio.Out(out),
		gradio.EventOptions{APIName: "mixed"})
	app, err := (&gradio.Blocks{Children: []gradio.Component{tb, num, cg, btn, out}}).Build(gradio.WithTempDir(f.TempDir()))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = app.Close() })
	return app
}

// FuzzQueueJoin posts arbitrary bodies to /queue/join and /call: the server answers
// 200 or a 4xx with a message, never a 5xx, and keeps serving.
func FuzzQueueJoin(f *testing.F) {
	app := fuzzApp(f)
	f.Add(`{"data":["x",3,["a"],null],"fn_index":0,"session_hash":"s"}`)
	f.Add(`{"data":["x",3.5,["a"],null],"fn_index":0,"session_hash":"s"}`)
	f.Add(`{"data":[null,null,null,null],"fn_index":0,"session_hash":"s"}`)
	f.Add(`{"data":[{"a":1},[],"b",1],"fn_index":0,"session_hash":"s"}`)
	f.Add(`{"data":["x",1e309,["c"]],"fn_index":-1,"session_hash":""}`)
	f.Fuzz(func(t *testing.T, body string) {
		for _, path := range []string{"/gradio_api/queue/join", "/gradio_api/call/mixed", "/gradio_api/call/v2/mixed"} {
			rec := httptest.NewRecorder()
			app.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, path, strings.NewReader(body)))
			switch {
			case rec.Code == http.StatusOK:
			case rec.Code >= 400 && rec.Code < 500:
				if !strings.Contains(rec.Body.String(), `"detail":`) {
					t.Fatalf("%s %q: %d without a detail: %s", path, body, rec.Code, rec.Body)
				}
			default:
				t.Fatalf("%s %q: status %d %s", path, body, rec.Code, rec.Body)
			}
		}
	})
}
