//go:build linux

package gradio_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

// BenchmarkIdleSessions measures what idle and finished sessions cost the server
// (performance.md B5).
//
// Method: the server runs in a child process (this test binary, re-executed with
// GRADIO_BENCH_CHILD set; see init below), so that its memory is not mixed with the
// load generator's; the benchmark opens the connections from this process. Before and
// after opening N connections the child runs runtime.GC and debug.FreeOSMemory and
// reports its VmRSS (from /proc/self/status) and the Go runtime's heap in use plus
// goroutine stacks (runtime.MemStats HeapInuse+StackInuse). Each figure is the growth
// divided by N:
//
//   - heartbeat: N GET /gradio_api/heartbeat/<hash> streams, one session each (what an
//     open browser tab holds; goal ≤ 4 KB each);
//   - queue: N sessions whose /gradio_api/queue/data streams are parked behind a running
//     call (concurrency limit 1), each with its event waiting in the queue;
//   - baseline: N idle streams of a bare net/http handler with a goroutine and a 15 s
//     ticker per connection (≈27 KB each here, performance.md §3.4).
//
// N=10000, and 10,000 sessions for finished, run only with GRADIO_BENCH_LONG=1; the
// default is N=1000 and 1,000 sessions.
//
// finished: the child serves 10,000 queued calls (join + data), each with a new
// session hash, and reports the live heap (HeapAlloc after GC) and VmRSS kept per
// finished session (goal ≤ 1 KB): for an echo app, and for an app with State, whose
// sessions are kept until they expire (here after 2 s) and are measured after that.
// Results are kept for reconnecting clients for a grace (here 1 s): the heap they hold
// meanwhile is reported as echo_graced_heap, and the others are measured after it.
func BenchmarkIdleSessions(b *testing.B) {
	sizes, sessions := []int{1000}, 1000
	if benchLong() {
		sizes, sessions = append(sizes, 10000), 10000
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			if !fdsFor(n + 200) {
				b.Skipf("the open-file limit is below %d", n+200)
			}
			for i := 0; i < b.N; i++ {
				hb := idleRun(b, "heartbeat", n)
				q := idleRun(b, "queue", n)
				base := idleRun(b, "baseline", n)
				b.ReportMetric(hb.rss, "heartbeat_B/conn")
				b.ReportMetric(hb.goMem, "heartbeat_go_B/conn")
				b.ReportMetric(hb.afterClose, "heartbeat_kept_B/conn")
				b.ReportMetric(hb.heapAfter, "heartbeat_kept_heap_B/conn")
				b.ReportMetric(q.rss, "queue_B/conn")
				b.ReportMetric(q.goMem, "queue_go_B/conn")
				b.ReportMetric(base.rss, "baseline_B/conn")
				b.ReportMetric(base.goMem, "baseline_go_B/conn")
				b.ReportMetric(hb.rss/base.rss, "heartbeat_ratio")
				b.ReportMetric(hb.open.Seconds(), "heartbeat_open_s")
				b.ReportMetric(base.open.Seconds(), "baseline_open_s")
			}
		})
	}
	b.Run("finished", func(b *testing.B) {
		n := sessions
		for i := 0; i < b.N; i++ {
			echo := finishedRun(b, "echo", n)
			state := finishedRun(b, "state", n)
			b.ReportMetric(echo.heap, "echo_heap_B/session")
			b.ReportMetric(echo.rss, "echo_rss_B/session")
			b.ReportMetric(echo.graced, "echo_graced_heap_B/session")
			b.ReportMetric(state.live, "state_live_heap_B/session")
			b.ReportMetric(state.heap, "state_expired_heap_B/session")
			b.ReportMetric(state.rss, "state_expired_rss_B/session")
		}
	})
}

// fdsFor reports whether this process may open n more files.
func fdsFor(n int) bool {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return false
	}
	return lim.Cur >= uint64(n)+64
}

// childMem is what the child reports of itself after a GC.
type childMem struct {
	RSS        uint64 `json:"rss"`
	HeapInuse  uint64 `json:"heap_inuse"`
	HeapAlloc  uint64 `json:"heap_alloc"`
	StackInuse uint64 `json:"stack_inuse"`
	Goroutines int    `json:"goroutines"`
}

// benchChild is a server process started from this test binary.
type benchChild struct {
	cmd      *exec.Cmd
	app, ctl string
}

func startChild(b *testing.B, mode string) *benchChild {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GRADIO_BENCH_CHILD="+mode)
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	c := &benchChild{cmd: cmd}
	b.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	line, err := bufio.NewReader(out).ReadString('\n')
	if _, err2 := fmt.Sscanf(line, "app=%s ctl=%s", &c.app, &c.ctl); err != nil || err2 != nil {
		b.Fatalf("child %s: %q %v %v", mode, line, err, err2)
	}
	return c
}

func (c *benchChild) mem(b *testing.B) childMem {
	b.Helper()
	resp, err := http.Get("http://" + c.ctl + "/mem")
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var m childMem
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		b.Fatal(err)
	}
	return m
}

type idleResult struct {
	rss, goMem            float64 // bytes per connection
	afterClose, heapAfter float64 // bytes per connection kept once they are closed: RSS, live heap
	open                  time.Duration
}

// idleRun opens n idle streams of the given kind on a fresh child and measures them.
func idleRun(b *testing.B, mode string, n int) idleResult {
	c := startChild(b, mode)
	path := func(i int) string { return fmt.Sprintf("/gradio_api/heartbeat/idle%d", i) }
	switch mode {
	case "baseline":
		path = func(int) string { return "/idle" }
	case "queue":
		// One call runs (and blocks) first; every later one waits in the queue.
		client := benchClient(8)
		defer client.CloseIdleConnections()
		join := func(session string) {
			body := fmt.Sprintf(`{"data":[],"fn_index":0,"session_hash":%q}`, session)
			resp, err := client.Post("http://"+c.app+"/gradio_api/queue/join", "application/json", strings.NewReader(body))
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				b.Fatalf("join: %d", resp.StatusCode)
			}
		}
		join("blocker")
		var joins sync.WaitGroup
		var next atomic.Int64
		for range 8 {
			joins.Go(func() {
				for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
					join(fmt.Sprintf("idle%d", i))
				}
			})
		}
		joins.Wait()
		path = func(i int) string { return fmt.Sprintf("/gradio_api/queue/data?session_hash=idle%d", i) }
	}
	before := c.mem(b)
	start := time.Now()
	conns := openStreams(b, c.app, n, path)
	open := time.Since(start)
	during := c.mem(b)
	for _, conn := range conns {
		conn.Close()
	}
	// Let the server notice the closes, then measure what stays.
	var after childMem
	for range 50 {
		time.Sleep(20 * time.Millisecond)
		if after = c.mem(b); after.Goroutines <= before.Goroutines+2 {
			break
		}
	}
	per := func(a, z uint64) float64 { return (float64(z) - float64(a)) / float64(n) }
	return idleResult{
		rss:        per(before.RSS, during.RSS),
		goMem:      per(before.HeapInuse+before.StackInuse, during.HeapInuse+during.StackInuse),
		afterClose: per(before.RSS, after.RSS),
		heapAfter:  per(before.HeapAlloc, after.HeapAlloc),
		open:       open,
	}
}

// openStreams opens n event streams and reads each one's head and first frame.
func openStreams(b *testing.B, addr string, n int, path func(int) string) []net.Conn {
	conns := make([]net.Conn, n)
	var next atomic.Int64
	var failed atomic.Value
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			buf := make([]byte, 4096)
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				conn, err := net.Dial("tcp", addr)
				if err == nil {
					_, err = io.WriteString(conn, "GET "+path(i)+" HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n")
				}
				// Read to the end of the first frame: "data: ...\n\n".
				got := 0
				for err == nil && !bytes.Contains(buf[:got], []byte("\n\n")) {
					var k int
					k, err = conn.Read(buf[got:])
					got += k
				}
				if err != nil {
					failed.Store(err)
					return
				}
				if !bytes.HasPrefix(buf[:got], []byte("HTTP/1.1 200")) {
					failed.Store(fmt.Errorf("%s: %q", path(i), buf[:got]))
					return
				}
				conns[i] = conn
			}
		})
	}
	wg.Wait()
	if err, _ := failed.Load().(error); err != nil {
		for _, c := range conns {
			if c != nil {
				c.Close()
			}
		}
		b.Fatal(err)
	}
	return conns
}

type finishedResult struct {
	heap, rss, live float64 // bytes per session
	graced          float64 // heap per session while results are kept for reconnections
}

// finishedRun serves n calls with new sessions on a fresh child and measures what
// stays once they are done.
func finishedRun(b *testing.B, mode string, n int) finishedResult {
	c := startChild(b, mode)
	client := benchClient(10)
	defer client.CloseIdleConnections()
	// As browsers do, so that results are kept for a resume (the costlier case).
	client.Transport = acceptSSE{client.Transport}
	url := "http://" + c.app
	// Warm up, so that the pools and caches of a first call are in the "before".
	load(b, 10, 200, func(i int) error { return queueCall(client, url, i) })
	before := c.mem(b)
	load(b, 10, n, func(i int) error { return queueCall(client, url, i) })
	per := func(a, z uint64) float64 { return (float64(z) - float64(a)) / float64(n) }
	// Results are kept for clients that reconnect, for the grace only.
	graced := per(before.HeapAlloc, c.mem(b).HeapAlloc)
	time.Sleep(childResumeGrace + 200*time.Millisecond)
	after := c.mem(b)
	r := finishedResult{heap: per(before.HeapAlloc, after.HeapAlloc), rss: per(before.RSS, after.RSS), graced: graced}
	if mode == "state" {
		// Sessions with State live until they expire; one more call after that makes
		// the store drop them.
		r.live = r.heap
		time.Sleep(childSessionTTL + 100*time.Millisecond)
		if err := queueCall(client, url, -1); err != nil {
			b.Fatal(err)
		}
		after = c.mem(b)
		r.heap, r.rss = per(before.HeapAlloc, after.HeapAlloc), per(before.RSS, after.RSS)
	}
	return r
}

// acceptSSE sends Accept: text/event-stream, as browsers and @gradio/client do.
type acceptSSE struct{ rt http.RoundTripper }

func (a acceptSSE) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Accept", "text/event-stream")
	return a.rt.RoundTrip(r)
}

func (a acceptSSE) CloseIdleConnections() {
	if c, ok := a.rt.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// childSessionTTL is the session lifetime of the "state" child, and childResumeGrace
// how long its finished sessions' results are kept for clients that reconnect.
const (
	childSessionTTL  = 2 * time.Second
	childResumeGrace = time.Second
)

// The child side: when GRADIO_BENCH_CHILD is set, this test binary is a server for
// BenchmarkIdleSessions and never runs tests.
func init() {
	if mode := os.Getenv("GRADIO_BENCH_CHILD"); mode != "" {
		os.Exit(benchChildMain(mode))
	}
}

func benchChildMain(mode string) int {
	var handler http.Handler
	var closeApp func() error
	build := func(blocks *gradio.Blocks, opts ...gradio.Option) {
		dir, err := os.MkdirTemp("", "gradio-bench-*")
		if err != nil {
			panic(err)
		}
		app, err := blocks.Build(append(opts, gradio.WithTempDir(dir), gradio.WithQuiet(), gradio.WithResumeGrace(childResumeGrace))...)
		if err != nil {
			panic(err)
		}
		handler, closeApp = app, func() error { defer os.RemoveAll(dir); return app.Close() }
	}
	in, out := &gradio.Textbox{}, &gradio.Textbox{}
	btn := &gradio.Button{}
	switch mode {
	case "heartbeat", "echo":
		btn.Click(func(s string) string { return s }, gradio.In(in), gradio.Out(out))
		build(&gradio.Blocks{Children: []gradio.Component{in, out, btn}})
	case "state":
		count := &gradio.State[int]{Value: 0}
		// The State is an output only, so that calls send the same data as the echo's.
		btn.Click(func(s string) (string, int) { return s, len(s) }, gradio.In(in), gradio.Out(out, count))
		build(&gradio.Blocks{Children: []gradio.Component{in, out, btn, count}}, gradio.WithSessions(0, childSessionTTL))
	case "queue":
		btn.Click(func(ctx context.Context) string { <-ctx.Done(); return "" }, nil, gradio.Out(out))
		build(&gradio.Blocks{Children: []gradio.Component{out, btn}})
	case "baseline":
		// A goroutine per connection with a ticker, as Gradio's heartbeat route does.
		handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/event-stream")
			rc := http.NewResponseController(w)
			tick := time.NewTicker(15 * time.Second)
			defer tick.Stop()
			for {
				if _, err := io.WriteString(w, "data: ALIVE\n\n"); err != nil || rc.Flush() != nil {
					return
				}
				select {
				case <-tick.C:
				case <-r.Context().Done():
					return
				}
			}
		})
		closeApp = func() error { return nil }
	default:
		fmt.Fprintf(os.Stderr, "unknown GRADIO_BENCH_CHILD %q\n", mode)
		return 2
	}
	defer closeApp()
	appLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	ctlLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	ctl := http.NewServeMux()
	ctl.HandleFunc("/mem", func(w http.ResponseWriter, r *http.Request) {
		runtime.GC()
		debug.FreeOSMemory()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		_ = json.NewEncoder(w).Encode(childMem{RSS: vmRSS(), HeapInuse: ms.HeapInuse, HeapAlloc: ms.HeapAlloc,
			StackInuse: ms.StackInuse, Goroutines: runtime.NumGoroutine()})
	})
	go func() { _ = http.Serve(ctlLn, ctl) }()
	fmt.Printf("app=%s ctl=%s\n", appLn.Addr(), ctlLn.Addr())
	_ = http.Serve(appLn, handler) // until the parent kills this process
	return 0
}

// vmRSS is this process's resident set in bytes, from /proc/self/status.
func vmRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
