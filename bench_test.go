package gradio_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

// BenchmarkQueueRoundTrip measures a full queued call: POST /gradio_api/queue/join, then
// GET /gradio_api/queue/data until close_stream, a new session per call, over real TCP. The baseline, run in the same process just before, is
// a bare net/http handler that decodes and echoes the same JSON body. It reports round
// trips per second, p50 and p99 latency, and the ratios to the baseline.
func BenchmarkQueueRoundTrip(b *testing.B) {
	srv, bare := echoServers(b)

	for _, c := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("c=%d", c), func(b *testing.B) {
			client := benchClient(c)
			defer client.CloseIdleConnections()
			n := max(b.N, 50, 2*c)
			baseRate, baseLat := load(b, c, n, func(i int) error { return bareCall(client, bare.URL, i) })
			b.ResetTimer()
			rate, lat, cpu := loadCPU(b, c, b.N, func(i int) error { return queueCall(client, srv.URL, i) })
			b.StopTimer()
			b.ReportMetric(rate, "roundtrips/s")
			b.ReportMetric(float64(cpu.Microseconds()), "cpu_µs/op")
			b.ReportMetric(float64(pct(lat, 50).Microseconds()), "p50_µs")
			b.ReportMetric(float64(pct(lat, 99).Microseconds()), "p99_µs")
			b.ReportMetric(baseRate, "bare_req/s")
			b.ReportMetric(rate/baseRate, "throughput_ratio")
			b.ReportMetric(float64(pct(lat, 50))/float64(pct(baseLat, 50)), "p50_ratio")
		})
	}
}

// echoServers serves, for the benchmark's duration, the queued echo app (/echo) and the
// bare net/http echo that is its baseline.
func echoServers(b *testing.B) (app, bare *httptest.Server) {
	a, err := (&gradio.Interface{
		Fn:      func(s string) string { return s },
		Inputs:  []gradio.Component{&gradio.Textbox{}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
		Event:   gradio.EventOptions{APIName: "echo"},
	}).Build(gradio.WithTempDir(b.TempDir()))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { a.Close() })
	app = httptest.NewServer(a)
	b.Cleanup(app.Close)
	bare = httptest.NewServer(http.HandlerFunc(bareEcho))
	b.Cleanup(bare.Close)
	return app, bare
}

// benchClient is an HTTP client that keeps a connection per worker open.
func benchClient(c int) *http.Client {
	return &http.Client{Transport: &http.Transport{MaxIdleConns: 4 * c, MaxIdleConnsPerHost: 2 * c}}
}

// scanBufs keeps the load generator's own allocations out of the measurement.
var scanBufs = sync.Pool{New: func() any { b := make([]byte, 4096); return &b }}

const benchPayload = `{"data":["hello"],"event_data":null,"fn_index":0,"trigger_id":null,"session_hash":"%s"}`

func bareEcho(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Data []any `json:"data"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"data": body.Data})
}

func bareCall(c *http.Client, url string, i int) error {
	resp, err := c.Post(url, "application/json", strings.NewReader(fmt.Sprintf(benchPayload, fmt.Sprint("s", i))))
	if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return err
}

func queueCall(c *http.Client, url string, i int) error {
	session := fmt.Sprintf("bench%d-%d", i, time.Now().UnixNano())
	resp, err := c.Post(url+"/gradio_api/queue/join", "application/json", strings.NewReader(fmt.Sprintf(benchPayload, session)))
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("join: %d", resp.StatusCode)
	}
	resp, err = c.Get(url + "/gradio_api/queue/data?session_hash=" + session)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	buf := scanBufs.Get().(*[]byte)
	defer scanBufs.Put(buf)
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(*buf, 1<<20)
	completed := false
	for sc.Scan() {
		line := sc.Bytes()
		if bytes.Contains(line, []byte(`"process_completed"`)) {
			if !bytes.Contains(line, []byte(`"success":true`)) {
				return fmt.Errorf("call failed: %s", line)
			}
			completed = true
		}
		if bytes.Contains(line, []byte(`"close_stream"`)) {
			break
		}
	}
	if !completed {
		return fmt.Errorf("stream ended without process_completed")
	}
	return sc.Err()
}

// load runs n calls on c workers and returns calls per second and every latency.
func load(b *testing.B, c, n int, call func(int) error) (float64, []time.Duration) {
	rate, lat, _ := loadCPU(b, c, n, call)
	return rate, lat
}

// loadCPU is load that also returns the CPU time the process (client and server) spent
// per call.
func loadCPU(b *testing.B, c, n int, call func(int) error) (float64, []time.Duration, time.Duration) {
	var next atomic.Int64
	lat := make([]time.Duration, n)
	var wg sync.WaitGroup
	var failed atomic.Value
	cpu0 := cpuTime()
	start := time.Now()
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				t0 := time.Now()
				if err := call(i); err != nil {
					failed.Store(err)
					return
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	if err, _ := failed.Load().(error); err != nil {
		b.Fatal(err)
	}
	return float64(n) / elapsed.Seconds(), lat, cpu / time.Duration(max(n, 1))
}

func pct(lat []time.Duration, p int) time.Duration {
	s := slices.Clone(lat)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}
