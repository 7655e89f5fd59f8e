package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/gradio-go/gradio/internal/jobs"
	"github.com/gradio-go/gradio/internal/natstest"
)

// TestScaleOutLB is issue 13's acceptance test: e2e/scaleapp runs as three web replicas
// and two workers on one nats-server, behind a load balancer that sends every request
// to a random live replica (no sticky sessions). The official @gradio/client makes 1,000
// mixed calls through it, each run exactly once; a worker killed mid-job has its job
// finished by the other; a web replica killed mid-stream has its client resume on
// another with nothing lost or repeated.
//
// SCALEOUT_LB=sticky routes by session_hash instead: a diagnostic (the test's default
// is random), to tell a failure of sessions across replicas from any other.
func TestScaleOutLB(t *testing.T) {
	node := officialClient(t)
	sticky := os.Getenv("SCALEOUT_LB") == "sticky"
	c := startCluster(t, 3, 2)
	lb := newTestLB(t, c.webURLs, sticky)
	t.Logf("load balancer %s over %d web replicas (sticky=%v), %d workers", lb.url, len(c.webs), sticky, len(c.workers))

	t.Run("ThousandCalls", func(t *testing.T) {
		const calls = 1000
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		res := runDriver(ctx, t, node, "load", "LB_URL="+lb.url, fmt.Sprint("CALLS=", calls), "INFLIGHT=24", "CLIENTS=8", "PREFIX=L")
		if res.Failed > 0 || res.OK != calls {
			t.Fatalf("%d of %d calls succeeded; first errors:\n%s", res.OK, calls, strings.Join(res.Errors, "\n"))
		}
		t.Logf("%d calls in %.1f s: %.0f calls/s; requests per web replica: %v", calls, res.Seconds, res.CallsPerSecond, lb.counts())
		// nats-server allows 1,000 consumers per stream by default, after which no
		// call can be followed: a consumer left behind per call (as ordered consumers
		// are, for 5 minutes) stops the app after 1,000 calls.
		if n := c.consumers(t); n >= calls/2 {
			t.Errorf("%s has %d consumers after %d calls; calls leave consumers behind", jobs.ResultsStream, n, calls)
		} else {
			t.Logf("%s has %d consumers after the run", jobs.ResultsStream, n)
		}
		runs := c.runs(t)
		for i := range calls {
			if n := len(runs[fmt.Sprint("L", i)]); n != 1 {
				t.Errorf("call L%d ran %d times, want once", i, n)
			}
		}
	})

	t.Run("KillWorkerMidJob", func(t *testing.T) {
		// Several sessions, so that a session stream served by a replica that took
		// none of its joins cannot pass by luck.
		var tokens []string
		for i := range 4 {
			tokens = append(tokens, fmt.Sprintf("W%d-%d", i, rand.Int()))
		}
		// The driver runs while this goroutine kills the worker; a failure here ends
		// the driver before the test returns.
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		var res driverResult
		var wg sync.WaitGroup
		wg.Go(func() {
			res = runDriver(ctx, t, node, "slow", "LB_URL="+lb.url, "TOKENS="+strings.Join(tokens, ","), "MS=3000")
		})
		defer func() { cancel(); wg.Wait() }()
		pid := c.waitRun(t, tokens[0], 1)[0]
		victim := c.workerByPID(t, pid)
		victim.cmd.Process.Kill()
		_ = victim.cmd.Wait()
		t.Logf("killed worker %d running %s", pid, tokens[0])
		wg.Wait()
		if res.Failed > 0 || res.OK != len(tokens) {
			t.Fatalf("%d of %d slow calls succeeded with a worker killed: %s", res.OK, len(tokens), strings.Join(res.Errors, "\n"))
		}
		runs := c.runs(t)
		for _, tok := range tokens {
			// A run the killed worker started is run again, once, by the other; any
			// other run happens once.
			pids := runs[tok]
			ok := len(pids) == 1 && pids[0] != pid || len(pids) == 2 && pids[0] == pid && pids[1] != pid
			if !ok || tok == tokens[0] && len(pids) != 2 {
				t.Errorf("%s ran on workers %v; killed %d: want a run it started to run once more elsewhere, others once", tok, pids, pid)
			}
		}
	})

	// @gradio/client 2.7.0 does not resume a dropped /queue/data stream (an error on it
	// fails every pending call with "broken_connection", and it never sends
	// Last-Event-ID), so this part uses the curl API with a Go SSE reader that resumes
	// through the load balancer, as EventSource would.
	t.Run("KillWebMidStream", func(t *testing.T) {
		const steps = 30
		token := fmt.Sprintf("S%d", rand.Int())
		var posted struct {
			EventID string `json:"event_id"`
		}
		body := fmt.Sprintf(`{"data": [%q, %d, 100]}`, token, steps)
		resp, err := http.Post(lb.url+"/gradio_api/call/steps", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(resp.Body).Decode(&posted)
		resp.Body.Close()
		if err != nil || posted.EventID == "" {
			t.Fatalf("POST /call/steps: status %d, %v", resp.StatusCode, err)
		}
		path := "/gradio_api/call/steps/" + posted.EventID
		killed := -1
		frames, backends := readSSE(t, lb.url+path, lb, path, func(n int, backend int) {
			if n == 3 {
				killed = backend
				lb.markDead(backend)
				c.webs[backend].cmd.Process.Kill()
				_ = c.webs[backend].cmd.Wait()
				t.Logf("killed web replica %d after %d frames of %s", backend, n, path)
			}
		})
		if f := frames[len(frames)-1]; f.event == "error" {
			t.Fatalf("the stream ended with an error after %d frames, from replicas %v: %s", len(frames), backends, f.data)
		}
		if killed < 0 || len(backends) < 2 || backends[len(backends)-1] == killed {
			t.Errorf("the stream was served by replicas %v, killed %d; want a resume on another replica", backends, killed)
		}
		var got []string
		var last uint64
		for _, f := range frames {
			if f.id <= last {
				t.Errorf("frame ids go %d then %d; want them increasing", last, f.id)
			}
			last = f.id
			var data []string
			if err := json.Unmarshal([]byte(f.data), &data); err != nil || len(data) != 1 {
				t.Fatalf("frame %s %s: want one string", f.event, f.data)
			}
			got = append(got, f.event+" "+data[0])
		}
		var want []string
		for i := 1; i <= steps; i++ {
			want = append(want, fmt.Sprintf("generating %s#%d", token, i))
		}
		want = append(want, fmt.Sprintf("complete %s#%d", token, steps))
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("frames:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if n := len(c.runs(t)[token]); n != 1 {
			t.Errorf("%s ran %d times, want once", token, n)
		}
	})
}

// cluster is the app's processes: web replicas, workers, and the run log they share.
type cluster struct {
	nats          *natstest.Server
	webs, workers []*proc
	webURLs       []string
	runlog        string
}

// startCluster builds e2e/scaleapp and runs it as web replicas and workers on a fresh
// nats-server. A short ack wait makes a killed worker's job go to another in seconds.
func startCluster(t *testing.T, webs, workers int) *cluster {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "scaleapp")
	build := exec.Command("go", "build", "-o", bin, "./e2e/scaleapp")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return startClusterOf(t, bin, webs, workers)
}

// startClusterOf runs the app binary bin as web replicas and workers on a fresh
// nats-server, each process with its own file cache.
func startClusterOf(t *testing.T, bin string, webs, workers int) *cluster {
	t.Helper()
	srv := natstest.Start(t)
	dir := t.TempDir()
	c := &cluster{nats: srv, runlog: filepath.Join(dir, "runs.log")}
	run := func(role string, i int) (*proc, string) {
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		p := start(t, bin, nil, "GRADIO_NATS_URL="+srv.URL(), "GRADIO_ROLE="+role, "GRADIO_NATS_ACK_WAIT=2s",
			"SCALEAPP_RUNLOG="+c.runlog, "GRADIO_SERVER_NAME=127.0.0.1", fmt.Sprintf("GRADIO_SERVER_PORT=%d", port),
			"GRADIO_TEMP_DIR="+filepath.Join(dir, fmt.Sprintf("%s%d", role, i)))
		return p, fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	for i := range webs {
		p, u := run("web", i)
		c.webs, c.webURLs = append(c.webs, p), append(c.webURLs, u)
	}
	for i := range workers {
		p, u := run("worker", i)
		c.workers = append(c.workers, p)
		if err := waitHealthy(u + "/healthz"); err != nil {
			t.Fatalf("worker %d: %v\n%s", i, err, p.output())
		}
	}
	// Registered after the processes' own cleanups, so it runs before they stop.
	t.Cleanup(func() {
		if t.Failed() {
			for i, p := range c.webs {
				t.Logf("web replica %d output:\n%s", i, p.output())
			}
			for i, p := range c.workers {
				t.Logf("worker %d output:\n%s", i, p.output())
			}
		}
	})
	for i, u := range c.webURLs {
		if err := waitReady(u); err != nil {
			t.Fatalf("web replica %d: %v\n%s", i, err, c.webs[i].output())
		}
	}
	return c
}

func waitHealthy(u string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(u)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no 200 from %s: %v", u, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// consumers counts the consumers of the results stream.
func (c *cluster) consumers(t *testing.T) int {
	t.Helper()
	js, err := jetstream.New(c.nats.Connect(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	st, err := js.Stream(ctx, jobs.ResultsStream)
	if err != nil {
		t.Fatal(err)
	}
	return st.CachedInfo().State.Consumers
}

// runs reads the run log: for each token, the pids of the processes that ran it, in
// the order they started.
func (c *cluster) runs(t *testing.T) map[string][]int {
	t.Helper()
	b, err := os.ReadFile(c.runlog)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	out := map[string][]int{}
	for line := range strings.Lines(string(b)) {
		if !strings.HasSuffix(line, "\n") {
			break // being written
		}
		token, pid, ok := strings.Cut(strings.TrimSpace(line), " ")
		n, err := strconv.Atoi(pid)
		if !ok || err != nil {
			t.Fatalf("run log line %q: want \"<token> <pid>\"", line)
		}
		out[token] = append(out[token], n)
	}
	return out
}

// waitRun waits until token has started n runs and returns their pids.
func (c *cluster) waitRun(t *testing.T, token string, n int) []int {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if pids := c.runs(t)[token]; len(pids) >= n {
			return pids
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not start %d runs within 30 s", token, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (c *cluster) workerByPID(t *testing.T, pid int) *proc {
	t.Helper()
	for _, p := range c.workers {
		if p.cmd.Process.Pid == pid {
			return p
		}
	}
	t.Fatalf("no worker has pid %d (a web replica ran the job?)", pid)
	return nil
}

// driverResult is the JSON line jsscale/lb_driver.mjs prints.
type driverResult struct {
	OK             int      `json:"ok"`
	Failed         int      `json:"failed"`
	Errors         []string `json:"errors"`
	Seconds        float64  `json:"seconds"`
	CallsPerSecond float64  `json:"callsPerSecond"`
}

// runDriver runs the node driver in one mode; it may be called from another goroutine,
// so it reports problems in the result rather than failing t.
func runDriver(ctx context.Context, t *testing.T, node, mode string, env ...string) driverResult {
	cmd := exec.CommandContext(ctx, node, filepath.Join("jsscale", "lb_driver.mjs"), mode)
	dieWithParent(cmd)
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if stderr.Len() > 0 {
		// The client logs every broken stream and failed call to stderr; keep the start.
		t.Logf("node %s stderr (first 4 kB):\n%.4096s", mode, stderr.String())
	}
	var res driverResult
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if jerr := json.Unmarshal([]byte(lines[len(lines)-1]), &res); jerr != nil {
		res = driverResult{Failed: 1, Errors: []string{fmt.Sprintf("node %s: %v, output %q", mode, err, out)}}
	}
	return res
}

// testLB is the load balancer in front of the web replicas: every request goes to a
// random live replica (or, sticky, to the one its session_hash hashes to), and it
// records which replica served what, so that a test can kill the one serving a stream.
type testLB struct {
	url     string
	sticky  bool
	proxies []*httputil.ReverseProxy

	mu     sync.Mutex
	dead   []bool
	served []servedReq
}

type servedReq struct {
	path    string
	backend int
}

func newTestLB(t *testing.T, backends []string, sticky bool) *testLB {
	t.Helper()
	lb := &testLB{sticky: sticky, dead: make([]bool, len(backends))}
	for _, u := range backends {
		target, err := url.Parse(u)
		if err != nil {
			t.Fatal(err)
		}
		lb.proxies = append(lb.proxies, &httputil.ReverseProxy{
			Rewrite: func(r *httputil.ProxyRequest) {
				r.SetURL(target)
				r.Out.Host = r.In.Host // the app builds its config's root from Host
			},
			FlushInterval: -1, // SSE frames pass at once
			// A stream cut by a killed replica is expected; its errors are noise.
			ErrorLog: log.New(io.Discard, "", 0),
		})
	}
	srv := httptest.NewServer(lb)
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	lb.url = srv.URL
	return lb
}

func (lb *testLB) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := ""
	if lb.sticky {
		key = sessionOf(r)
	}
	lb.mu.Lock()
	var live []int
	for i, d := range lb.dead {
		if !d {
			live = append(live, i)
		}
	}
	if len(live) == 0 {
		lb.mu.Unlock()
		http.Error(w, "no live backend", http.StatusBadGateway)
		return
	}
	b := live[rand.IntN(len(live))]
	if key != "" {
		h := fnv.New32a()
		h.Write([]byte(key))
		b = live[h.Sum32()%uint32(len(live))]
	}
	lb.served = append(lb.served, servedReq{r.URL.Path, b})
	lb.mu.Unlock()
	lb.proxies[b].ServeHTTP(w, r)
}

// sessionOf finds a request's session_hash (query or JSON body), for sticky routing.
func sessionOf(r *http.Request) string {
	if s := r.URL.Query().Get("session_hash"); s != "" {
		return s
	}
	if r.Method != http.MethodPost || r.Body == nil {
		return ""
	}
	b, err := io.ReadAll(r.Body)
	r.Body.Close()
	r.Body = io.NopCloser(bytes.NewReader(b))
	var v struct {
		SessionHash string `json:"session_hash"`
	}
	if err != nil || json.Unmarshal(b, &v) != nil {
		return ""
	}
	return v.SessionHash
}

func (lb *testLB) markDead(b int) {
	lb.mu.Lock()
	lb.dead[b] = true
	lb.mu.Unlock()
}

// counts is how many requests each replica took.
func (lb *testLB) counts() []int {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	n := make([]int, len(lb.dead))
	for _, r := range lb.served {
		n[r.backend]++
	}
	return n
}

// lastBackend is the replica that took the latest request for path.
func (lb *testLB) lastBackend(path string) int {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	for i := len(lb.served) - 1; i >= 0; i-- {
		if lb.served[i].path == path {
			return lb.served[i].backend
		}
	}
	return -1
}

type sseFrame struct {
	id          uint64
	event, data string
}

// readSSE reads a curl API stream through the load balancer until its complete or
// error frame, reconnecting with Last-Event-ID whenever the connection drops, as
// EventSource does. after(n, backend) runs after each frame kept; it returns the frames
// (heartbeats left out) and the replicas that served each connection.
func readSSE(t *testing.T, u string, lb *testLB, path string, after func(n, backend int)) ([]sseFrame, []int) {
	t.Helper()
	var frames []sseFrame
	var backends []int
	var lastID uint64
	// The deadline also ends a connection that stalls with no frames.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for attempt := 0; ctx.Err() == nil; attempt++ {
		if attempt > 0 {
			time.Sleep(100 * time.Millisecond)
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		req.Header.Set("Accept", "text/event-stream")
		if lastID > 0 {
			req.Header.Set("Last-Event-ID", strconv.FormatUint(lastID, 10))
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			continue
		}
		backend := lb.lastBackend(path)
		backends = append(backends, backend)
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			continue
		}
		sc := bufio.NewScanner(resp.Body)
		var f sseFrame
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "id: "):
				f.id, _ = strconv.ParseUint(line[4:], 10, 64)
			case strings.HasPrefix(line, "event: "):
				f.event = line[7:]
			case strings.HasPrefix(line, "data: "):
				f.data = line[6:]
			case line == "" && f.event != "":
				if f.event == "heartbeat" {
					f = sseFrame{}
					continue
				}
				if f.id > 0 {
					lastID = f.id
				}
				frames = append(frames, f)
				if after != nil {
					after(len(frames), backend)
				}
				if f.event == "complete" || f.event == "error" {
					resp.Body.Close()
					return frames, backends
				}
				f = sseFrame{}
			}
		}
		resp.Body.Close()
	}
	t.Fatalf("no complete frame within 30 s; got %d frames from replicas %v", len(frames), backends)
	return nil, nil
}
