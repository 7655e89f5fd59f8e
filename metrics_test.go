package gradio_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

func shoutUpper(s string) string { return strings.ToUpper(s) }

func TestMetrics(t *testing.T) {
	app := build(t, &gradio.Interface{
		Fn:      shoutUpper,
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "In"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Out"}},
	}, gradio.WithMetrics())
	c := gradiotest.New(app)
	for range 2 {
		if _, err := c.Predict("/shoutUpper", "a"); err != nil {
			t.Fatal(err)
		}
	}
	// One request refused by the origin check.
	req := httptest.NewRequest("POST", "/gradio_api/queue/join", strings.NewReader(`{}`))
	req.Header.Set("Origin", "https://evil.example")
	app.ServeHTTP(httptest.NewRecorder(), req)

	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	out := rec.Body.String()
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("GET /metrics: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	for _, want := range []string{
		"# TYPE gradio_queue_waiting gauge\ngradio_queue_waiting 0\n",
		`gradio_calls_total{api_name="shoutUpper",outcome="success"} 2`,
		`gradio_calls_total{api_name="shoutUpper",outcome="error"} 0`,
		`gradio_call_run_seconds_count{api_name="shoutUpper"} 2`,
		`gradio_call_wait_seconds_count{api_name="shoutUpper"} 2`,
		`gradio_rejected_requests_total{reason="origin"} 1`,
		"# TYPE gradio_call_run_seconds summary",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("metrics lack %q:\n%s", want, out)
		}
	}
}
