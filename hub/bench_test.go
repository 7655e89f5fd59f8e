package hub_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio/hub"
)

// BenchmarkHubProxy measures a synchronous call (/gradio_api/run/greet) through the
// hub and its tunnel, and in the same run straight to the app, and reports the ratio.
func BenchmarkHubProxy(b *testing.B) {
	h := newHub(b, hub.Config{})
	h.signup("alice")
	_, addr := h.publishFn(h.token("alice"), "hello", "greet", greet)
	c := &http.Client{Timeout: 10 * time.Second}
	h.waitOnline(c, "/alice/hello")
	call := func(base string) {
		resp, err := c.Post(base+"/gradio_api/run/greet", "application/json", strings.NewReader(`{"data":["Ada"]}`))
		if err != nil {
			b.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(body), "Hello, Ada!") {
			b.Fatalf("%s: %s", base, body)
		}
	}
	timeOf := func(base string) time.Duration {
		start := time.Now()
		for range b.N {
			call(base)
		}
		return time.Since(start)
	}
	direct, hubbed := "http://"+addr, h.url+"/alice/hello"
	call(direct)
	call(hubbed)
	b.ResetTimer()
	viaHub := timeOf(hubbed)
	straight := timeOf(direct)
	b.StopTimer()
	b.ReportMetric(float64(viaHub.Microseconds())/float64(b.N), "µs/call-via-hub")
	b.ReportMetric(float64(straight.Microseconds())/float64(b.N), "µs/call-direct")
	b.ReportMetric(float64(viaHub)/float64(straight), "x-vs-direct")
}
