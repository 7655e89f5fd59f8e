package gradio_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
)

// BenchmarkDirectAPI measures the two ways to call an endpoint without the session
// queue protocol (performance.md B2), each against the bare net/http echo of
// BenchmarkQueueRoundTrip in the same run:
//
//   - run: POST /gradio_api/run/{api} of an event with Queue: False, answered on the
//     request (goal: at least half the bare echo's rate);
//   - call: POST /gradio_api/call/{api}, then GET /gradio_api/call/{api}/{event_id} until
//     "event: complete" (the curl API, which goes through the queue; goal: a quarter).
//
// It reports requests per second, p50 and p99, and req/s ÷ the bare echo's req/s.
func BenchmarkDirectAPI(b *testing.B) {
	echo := func(s string) string { return s }
	in, out := &gradio.Textbox{}, &gradio.Textbox{}
	direct, queued := &gradio.Button{}, &gradio.Button{}
	direct.Click(echo, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "echo_direct", Queue: gradio.False})
	queued.Click(echo, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "echo"})
	app, err := (&gradio.Blocks{Children: []gradio.Component{in, out, direct, queued}}).Build(gradio.WithTempDir(b.TempDir()))
	if err != nil {
		b.Fatal(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()
	bare := httptest.NewServer(http.HandlerFunc(bareEcho))
	defer bare.Close()

	for _, mode := range []string{"run", "call"} {
		for _, c := range []int{1, 10, 100} {
			b.Run(fmt.Sprintf("%s/c=%d", mode, c), func(b *testing.B) {
				client := benchClient(c)
				defer client.CloseIdleConnections()
				call := func(i int) error { return runCall(client, srv.URL) }
				if mode == "call" {
					call = func(i int) error { return curlCall(client, srv.URL) }
				}
				baseRate, _ := load(b, c, max(b.N, 50, 2*c), func(i int) error { return bareCall(client, bare.URL, i) })
				b.ResetTimer()
				rate, lat, cpu := loadCPU(b, c, b.N, call)
				b.StopTimer()
				b.ReportMetric(rate, "req/s")
				b.ReportMetric(float64(cpu.Microseconds()), "cpu_µs/op")
				b.ReportMetric(float64(pct(lat, 50).Microseconds()), "p50_µs")
				b.ReportMetric(float64(pct(lat, 99).Microseconds()), "p99_µs")
				b.ReportMetric(baseRate, "bare_req/s")
				b.ReportMetric(rate/baseRate, "throughput_ratio")
			})
		}
	}
}

// runCall is one POST /gradio_api/run/echo_direct.
func runCall(c *http.Client, url string) error {
	resp, err := c.Post(url+"/gradio_api/run/echo_direct", "application/json", strings.NewReader(`{"data":["hello"]}`))
	if err != nil {
		return err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(`"hello"`)) {
		return fmt.Errorf("run: %d %s", resp.StatusCode, body)
	}
	return nil
}

// curlCall is one call through the curl API: POST, then read the event's stream.
func curlCall(c *http.Client, url string) error {
	resp, err := c.Post(url+"/gradio_api/call/echo", "application/json", strings.NewReader(`{"data":["hello"]}`))
	if err != nil {
		return err
	}
	var id struct {
		EventID string `json:"event_id"`
	}
	err = json.NewDecoder(resp.Body).Decode(&id)
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("call: %d %v", resp.StatusCode, err)
	}
	resp, err = c.Get(url + "/gradio_api/call/echo/" + id.EventID)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	buf := scanBufs.Get().(*[]byte)
	defer scanBufs.Put(buf)
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(*buf, 1<<20)
	for sc.Scan() {
		switch line := sc.Bytes(); {
		case bytes.Equal(line, []byte("event: complete")):
			// The data line follows; then the stream ends.
			_, _ = io.Copy(io.Discard, resp.Body)
			return nil
		case bytes.Equal(line, []byte("event: error")):
			sc.Scan()
			return fmt.Errorf("call failed: %s", sc.Bytes())
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return fmt.Errorf("call stream ended without complete")
}
