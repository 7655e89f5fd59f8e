package gradio_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

// benchLong reports whether the long variants of the benchmarks were asked for.
func benchLong() bool { return os.Getenv("GRADIO_BENCH_LONG") == "1" }

// streamApp serves /gen: a generator that yields n tokens of the form "@<unix nanos> ",
// each value the text so far (so Gradio's diff mode sends each as an append), one every
// pace milliseconds (0: as fast as it can). The timestamp lets the client measure
// each message's delivery latency.
func streamApp(b *testing.B) *httptest.Server {
	gen := func(ctx context.Context, n, paceMs float64) iter.Seq[string] {
		return func(yield func(string) bool) {
			// A Builder shares its bytes with the strings it made, so the text so far
			// is not copied for each token.
			var text strings.Builder
			var tok []byte
			start := time.Now()
			for i := range int(n) {
				paceUntil(start, i, paceMs)
				tok = append(strconv.AppendInt(append(tok[:0], '@'), time.Now().UnixNano(), 10), ' ')
				text.Write(tok)
				if !yield(text.String()) {
					return
				}
			}
		}
	}
	app, err := (&gradio.Interface{
		Fn:      gen,
		Inputs:  []gradio.Component{&gradio.Number{}, &gradio.Number{}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
		Event:   gradio.EventOptions{APIName: "gen", ConcurrencyLimit: gradio.Unlimited},
	}).Build(gradio.WithTempDir(b.TempDir()))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { app.Close() })
	srv := httptest.NewServer(app)
	b.Cleanup(srv.Close)
	return srv
}

// paceUntil waits until token i (from 0) is due, paceMs apart from start: tokens keep
// to a fixed schedule, so that a late wake-up does not delay all the later ones.
func paceUntil(start time.Time, i int, paceMs float64) {
	if paceMs > 0 {
		time.Sleep(time.Until(start.Add(time.Duration(float64(i+1) * paceMs * float64(time.Millisecond)))))
	}
}

// rawSSE is the baseline: GET /?n=&size=&pace_ms= sends n events of size bytes, each
// ending with the same "@<unix nanos> " stamp and flushed on its own, pace apart.
func rawSSE(b *testing.B) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		n, _ := strconv.Atoi(q.Get("n"))
		size, _ := strconv.Atoi(q.Get("size"))
		pace, _ := strconv.ParseFloat(q.Get("pace_ms"), 64)
		w.Header().Set("Content-Type", "text/event-stream")
		w.WriteHeader(http.StatusOK)
		rc := http.NewResponseController(w)
		pad := strings.Repeat("x", max(size-len("data: @1234567890123456789 \n\n"), 0))
		buf := make([]byte, 0, size+32)
		start := time.Now()
		for i := range n {
			paceUntil(start, i, pace)
			buf = append(buf[:0], "data: "...)
			buf = append(buf, pad...)
			buf = append(buf, '@')
			buf = strconv.AppendInt(buf, time.Now().UnixNano(), 10)
			buf = append(buf, " \n\n"...)
			if _, err := w.Write(buf); err != nil {
				return
			}
			if rc.Flush() != nil {
				return
			}
		}
	}))
	b.Cleanup(srv.Close)
	return srv
}

// streamStats gathers what the clients saw.
type streamStats struct {
	msgs, bytes atomic.Int64
	mu          sync.Mutex
	lat         []time.Duration // per message, from the token's stamp to its arrival
}

// stamp returns the delivery latency of a line ending in "@<unix nanos> ...".
func stamp(line []byte, now time.Time) (time.Duration, bool) {
	i := bytes.LastIndexByte(line, '@')
	if i < 0 {
		return 0, false
	}
	j := i + 1
	for j < len(line) && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	ns, err := strconv.ParseInt(string(line[i+1:j]), 10, 64)
	if err != nil {
		return 0, false
	}
	return now.Sub(time.Unix(0, ns)), true
}

// readStream reads an SSE body until done says the stream is complete, counting the
// lines that carry a token (want reports whether a line does).
func readStream(resp *http.Response, st *streamStats, want, done func([]byte) bool) error {
	defer resp.Body.Close()
	buf := scanBufs.Get().(*[]byte)
	defer scanBufs.Put(buf)
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(*buf, 1<<20)
	var lat []time.Duration
	defer func() {
		st.mu.Lock()
		st.lat = append(st.lat, lat...)
		st.mu.Unlock()
	}()
	for sc.Scan() {
		line := sc.Bytes()
		if want(line) {
			now := time.Now()
			st.msgs.Add(1)
			st.bytes.Add(int64(len(line) + 2))
			if d, ok := stamp(line, now); ok {
				lat = append(lat, d)
			}
		}
		if done(line) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return fmt.Errorf("stream ended early")
}

var (
	generating = []byte(`"process_generating"`)
	completed  = []byte(`"close_stream"`)
)

// genCall runs one stream of n tokens through the queue: join, then read the session's
// stream until close_stream.
func genCall(c *http.Client, url string, n int, paceMs float64, st *streamStats) error {
	session := fmt.Sprintf("gen%d", time.Now().UnixNano())
	body := fmt.Sprintf(`{"data":[%d,%g],"fn_index":0,"session_hash":%q}`, n, paceMs, session)
	resp, err := c.Post(url+"/gradio_api/queue/join", "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("join: %d", resp.StatusCode)
	}
	resp, err = c.Get(url + "/gradio_api/queue/data?session_hash=" + session)
	if err != nil {
		return err
	}
	return readStream(resp, st, func(l []byte) bool { return bytes.Contains(l, generating) },
		func(l []byte) bool { return bytes.Contains(l, completed) })
}

// rawCall reads one raw SSE stream of n events.
func rawCall(c *http.Client, url string, n, size int, paceMs float64, st *streamStats) error {
	resp, err := c.Get(fmt.Sprintf("%s/?n=%d&size=%d&pace_ms=%g", url, n, size, paceMs))
	if err != nil {
		return err
	}
	got := 0
	return readStream(resp, st, func(l []byte) bool { return bytes.HasPrefix(l, []byte("data: ")) },
		func(l []byte) bool {
			if bytes.HasPrefix(l, []byte("data: ")) {
				got++
			}
			return got == n
		})
}

// BenchmarkStreamEvents measures streamed messages (performance.md B3): each client
// joins a generator that yields K=100 short tokens as fast as it can and reads its
// process_generating messages (diffs) from /queue/data; one op is one stream. The
// baseline in the same run is a raw SSE handler flushing the same number of events of
// the same size, one by one. It reports messages per second, the p50 and p99 delivery
// latency of a message (from the token's timestamp to its arrival), and msgs/s ÷ the raw
// SSE's events/s (goal: 40,000 msgs/s and a quarter of raw SSE). clients=1000 runs only
// with GRADIO_BENCH_LONG=1.
func BenchmarkStreamEvents(b *testing.B) {
	const k = 100
	srv, raw := streamApp(b), rawSSE(b)
	clients := []int{1, 10, 100}
	if benchLong() {
		clients = append(clients, 1000)
	}
	// The size of a queue message, for the baseline's events.
	var probe streamStats
	if err := genCall(http.DefaultClient, srv.URL, k, 0, &probe); err != nil {
		b.Fatal(err)
	}
	size := int(probe.bytes.Load() / probe.msgs.Load())
	for _, c := range clients {
		b.Run(fmt.Sprintf("clients=%d", c), func(b *testing.B) {
			client := benchClient(c)
			defer client.CloseIdleConnections()
			var base streamStats
			baseRate, _ := load(b, c, max(b.N, 2*c, 20), func(int) error { return rawCall(client, raw.URL, k, size, 0, &base) })
			var st streamStats
			b.ResetTimer()
			start := time.Now()
			_, _, cpu := loadCPU(b, c, max(b.N, c), func(int) error { return genCall(client, srv.URL, k, 0, &st) })
			elapsed := time.Since(start)
			b.StopTimer()
			if got, want := st.msgs.Load(), int64(k*max(b.N, c)); got != want {
				b.Fatalf("got %d process_generating messages, want %d", got, want)
			}
			rate := float64(st.msgs.Load()) / elapsed.Seconds()
			baseMsgs := baseRate * k
			b.ReportMetric(rate, "msgs/s")
			b.ReportMetric(float64((cpu/k).Nanoseconds())/1000, "cpu_µs/msg")
			b.ReportMetric(float64(pct(st.lat, 50).Microseconds()), "p50_µs")
			b.ReportMetric(float64(pct(st.lat, 99).Microseconds()), "p99_µs")
			b.ReportMetric(float64(st.bytes.Load()/st.msgs.Load()), "msg_bytes")
			b.ReportMetric(baseMsgs, "raw_events/s")
			b.ReportMetric(float64(pct(base.lat, 99).Microseconds()), "raw_p99_µs")
			b.ReportMetric(rate/baseMsgs, "ratio")
		})
	}
}

// BenchmarkPacedStreams is Gradio's own load test (PR #7670, performance.md B4): each of
// N clients streams 500 tokens at 100 tokens/s, so a stream ideally takes 5 s. Tokens
// are due on a fixed schedule (token i at i×10 ms), not 10 ms after the previous one,
// so that the figure measures delivery rather than the jitter of sleeps. It
// reports the p50 and the slowest completion time ÷ 5 s and ÷ the same figure for a raw
// SSE handler with the same pacing, run just before (goal: within 1.05× of raw SSE).
// With GRADIO_BENCH_LONG=1 it runs 250 and 1,000 clients (about 10 s each);
// otherwise a short pass of 25 clients × 50 tokens (0.5 s), so that it never rots.
func BenchmarkPacedStreams(b *testing.B) {
	const paceMs = 10.0
	tokens, clients := 50, []int{25}
	if benchLong() {
		tokens, clients = 500, []int{250, 1000}
	}
	ideal := time.Duration(tokens) * time.Duration(paceMs) * time.Millisecond
	srv, raw := streamApp(b), rawSSE(b)
	var probe streamStats
	if err := genCall(http.DefaultClient, srv.URL, 10, 0, &probe); err != nil {
		b.Fatal(err)
	}
	size := int(probe.bytes.Load() / probe.msgs.Load())
	for _, c := range clients {
		b.Run(fmt.Sprintf("clients=%d", c), func(b *testing.B) {
			client := benchClient(c)
			defer client.CloseIdleConnections()
			var base, st streamStats
			// One stream per client, all at once; b.N is ignored (use -benchtime 1x).
			_, baseLat := load(b, c, c, func(int) error { return rawCall(client, raw.URL, tokens, size, paceMs, &base) })
			_, lat := load(b, c, c, func(int) error { return genCall(client, srv.URL, tokens, paceMs, &st) })
			if got, want := st.msgs.Load(), int64(tokens*c); got != want {
				b.Fatalf("got %d process_generating messages, want %d", got, want)
			}
			p50, worst := pct(lat, 50), pct(lat, 100)
			rp50, rworst := pct(baseLat, 50), pct(baseLat, 100)
			b.ReportMetric(p50.Seconds(), "p50_s")
			b.ReportMetric(worst.Seconds(), "max_s")
			b.ReportMetric(p50.Seconds()/ideal.Seconds(), "p50/ideal")
			b.ReportMetric(worst.Seconds()/ideal.Seconds(), "max/ideal")
			b.ReportMetric(rp50.Seconds(), "raw_p50_s")
			b.ReportMetric(rworst.Seconds(), "raw_max_s")
			b.ReportMetric(p50.Seconds()/rp50.Seconds(), "p50/raw")
			b.ReportMetric(worst.Seconds()/rworst.Seconds(), "max/raw")
			b.ReportMetric(float64(pct(st.lat, 99).Microseconds()), "msg_p99_µs")
		})
	}
}
