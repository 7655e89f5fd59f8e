package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The programs "gradio bench startup" builds and starts.
//
//go:embed testdata/startup/*.go
var startupSources embed.FS

// startupPrograms are built from testdata/startup/<name>.go, the baseline first.
var startupPrograms = []struct{ name, what string }{
	{"hello", "hello-world net/http server (baseline)"},
	{"echo", "1-component echo Interface"},
	{"blocks50", "50-component Blocks app"},
}

func benchCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, benchUsage)
		return exitOK
	}
	switch args[0] {
	case "startup":
		return benchStartup(ctx, args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, benchUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "gradio bench: unknown benchmark %q\n\n%s", args[0], benchUsage)
	return exitUsage
}

const benchUsage = `gradio bench — gradio-go's performance checks (docs/performance.md)

Usage:
  gradio bench startup [-n N] [-settle D]
      Build a hello-world net/http server, a 1-component echo app and a 50-component
      Blocks app, start each N times (default 10), and report the time from exec to
      the first 200 of GET /gradio_api/info, and the resident memory once started,
      with each app's ratio to the hello-world server (goal: at most 2x, and at most
      20 MB). Run it inside the gradio-go module, or a module that requires it.

The other benchmarks are Go benchmarks: scripts/bench.sh runs them all, e.g.
  go test -run '^$' -bench 'QueueRoundTrip|DirectAPI|StreamEvents|QueueDrift' .
  go test -run '^$' -bench IdleSessions -benchtime 1x .
  GRADIO_BENCH_LONG=1 go test -run '^$' -bench PacedStreams -benchtime 1x -timeout 30m .
  go test -run '^$' -bench SaveUpload ./internal/files
`

// startupResult is what the runs of one program measured.
type startupResult struct {
	name  string
	ready []time.Duration // exec to first 200
	rss   []int64         // VmRSS in bytes, after settling
}

func benchStartup(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench startup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10, "starts per program")
	settle := fs.Duration("settle", 500*time.Millisecond, "how long a started program idles before its memory is read")
	if err := fs.Parse(args); err != nil || fs.NArg() != 0 || *n < 1 {
		if err == nil {
			fmt.Fprint(stderr, benchUsage)
		}
		return exitUsage
	}
	dir, err := os.MkdirTemp("", "gradio-bench-startup-*")
	if err != nil {
		fmt.Fprintln(stderr, "gradio bench:", err)
		return exitFail
	}
	defer os.RemoveAll(dir)
	fmt.Fprintf(stdout, "building %d programs in %s\n", len(startupPrograms), dir)
	bins, err := buildStartupPrograms(ctx, dir)
	if err != nil {
		fmt.Fprintln(stderr, "gradio bench:", err)
		return exitFail
	}
	results := make([]*startupResult, len(startupPrograms))
	for i, p := range startupPrograms {
		results[i] = &startupResult{name: p.name}
	}
	// Interleaved, so that a slow moment of the machine does not fall on one program.
	for range *n {
		for i := range startupPrograms {
			ready, rss, err := startOnce(ctx, bins[i], *settle)
			if err != nil {
				fmt.Fprintf(stderr, "gradio bench: %s: %v\n", startupPrograms[i].name, err)
				return exitFail
			}
			results[i].ready = append(results[i].ready, ready)
			results[i].rss = append(results[i].rss, rss)
		}
	}
	printStartup(stdout, results)
	return exitOK
}

// buildStartupPrograms writes the programs into dir and builds them in the current
// directory's module, which must provide github.com/gradio-go/gradio.
func buildStartupPrograms(ctx context.Context, dir string) ([]string, error) {
	var bins []string
	for _, p := range startupPrograms {
		src, err := startupSources.ReadFile("testdata/startup/" + p.name + ".go")
		if err != nil {
			return nil, err
		}
		file := filepath.Join(dir, p.name+".go")
		if err := os.WriteFile(file, src, 0o644); err != nil {
			return nil, err
		}
		bin := filepath.Join(dir, p.name)
		cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, file)
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("go build %s (run this inside the gradio-go module or one that requires it): %v\n%s", p.name, err, out)
		}
		bins = append(bins, bin)
	}
	return bins, nil
}

// startOnce starts bin on a free port, polls GET /gradio_api/info until it answers 200,
// lets the process settle, reads its resident memory and stops it.
func startOnce(ctx context.Context, bin string, settle time.Duration) (time.Duration, int64, error) {
	port, err := freePort()
	if err != nil {
		return 0, 0, err
	}
	url := "http://127.0.0.1:" + port + "/gradio_api/info"
	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "GRADIO_SERVER_PORT="+port, "GRADIO_SERVER_NAME=127.0.0.1")
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop := func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	}
	deadline := start.Add(30 * time.Second)
	var ready time.Duration
	for {
		resp, err := client.Get(url)
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				ready = time.Since(start)
				break
			}
		}
		select {
		case err := <-exited:
			return 0, 0, fmt.Errorf("exited before answering: %v", err)
		case <-ctx.Done():
			stop()
			return 0, 0, ctx.Err()
		case <-time.After(200 * time.Microsecond):
		}
		if time.Now().After(deadline) {
			stop()
			return 0, 0, errors.New("no 200 from /gradio_api/info within 30 s")
		}
	}
	time.Sleep(settle)
	rss, err := vmRSS(cmd.Process.Pid)
	stop()
	return ready, rss, err
}

func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port), nil
}

// vmRSS reads a process's resident memory from /proc/<pid>/status.
func vmRSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("reading the resident memory: %w", err)
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10, err
		}
	}
	return 0, errors.New("no VmRSS in /proc/<pid>/status")
}

func median[T int64 | time.Duration](v []T) T {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func printStartup(w io.Writer, results []*startupResult) {
	base := results[0]
	baseReady, baseRSS := median(base.ready), median(base.rss)
	ms := func(d time.Duration) string { return strconv.FormatFloat(d.Seconds()*1000, 'f', 1, 64) }
	mb := func(b int64) string { return strconv.FormatFloat(float64(b)/(1<<20), 'f', 1, 64) }
	fmt.Fprintf(w, "\n%-10s %-40s %6s %20s %8s %10s %8s\n", "program", "", "starts", "ms to 200: median (min-max)", "ratio", "RSS MB", "ratio")
	for i, r := range results {
		ready, rss := median(r.ready), median(r.rss)
		fmt.Fprintf(w, "%-10s %-40s %6d %12s (%s-%s) %8.2f %10s %8.2f\n", r.name, startupPrograms[i].what, len(r.ready),
			ms(ready), ms(slices.Min(r.ready)), ms(slices.Max(r.ready)),
			float64(ready)/float64(baseReady), mb(rss), float64(rss)/float64(baseRSS))
	}
	fmt.Fprintln(w, "\ngoals (docs/performance.md, B7): time to 200 at most 2x the hello-world server's; RSS at most 20 MB")
	for _, r := range results[1:] {
		ready, rss := median(r.ready), median(r.rss)
		fmt.Fprintf(w, "%-10s start %s (%.2fx), RSS %s MB: %s\n", r.name, ms(ready), float64(ready)/float64(baseReady), mb(rss),
			verdict(float64(ready) <= 2*float64(baseReady) && rss <= 20<<20))
	}
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}
