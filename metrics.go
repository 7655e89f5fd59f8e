package gradio

import (
	"bytes"
	"fmt"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

// WithMetrics serves the app's metrics at /metrics in Prometheus' text format: the
// queue's length, the sessions, every backend function's calls by outcome, run and wait
// times, and the requests refused by the security checks, by reason. The route is
// behind the app's login like every other, so a scraper of an app with authentication
// needs WithTrustedAuth (a header only it can send, for example).
func WithMetrics() Option { return WithExtension(metricsRoute) }

func metricsRoute(a *App) (string, http.Handler, error) {
	return "GET /metrics", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(a.metrics())
	}), nil
}

// metrics renders the exposition. Counters are read one by one, so a scrape is not an
// atomic snapshot; Prometheus does not need one.
func (a *App) metrics() []byte {
	var b bytes.Buffer
	gauge := func(name, help string, v float64) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %s\n", name, help, name, name, num(v))
	}
	gauge("gradio_queue_waiting", "Calls waiting in the queue.", float64(a.queue.Size()))
	gauge("gradio_active_sessions", "Sessions with calls in flight or results not yet read.", float64(a.queue.Streams().Len()))
	gauge("gradio_sessions", "Sessions with stored state.", float64(a.sessions.Len()))
	gauge("go_goroutines", "Goroutines of the process.", float64(runtime.NumGoroutine()))
	if a.jobs != nil {
		// Scaled out: the calls counted below are the ones run in this process (on a
		// worker, its jobs); the jobs of the app as a whole are in NATS.
		if n, ok := a.jobs.queued(); ok {
			gauge("gradio_jobs_queued", "Jobs of the app waiting or running on all workers.", float64(n))
		}
	}

	b.WriteString("# HELP gradio_calls_total Finished calls by function and outcome.\n# TYPE gradio_calls_total counter\n")
	for _, f := range a.fns {
		if f.q == nil {
			continue
		}
		s, name := f.q.Stats(), label(f.dep.APIName)
		fmt.Fprintf(&b, "gradio_calls_total{api_name=%s,outcome=\"success\"} %d\n", name, s.Succeeded)
		fmt.Fprintf(&b, "gradio_calls_total{api_name=%s,outcome=\"error\"} %d\n", name, s.Failed)
	}
	summary := func(metric, help string, pick func(f *fnRT) (int64, float64)) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s summary\n", metric, help, metric)
		for _, f := range a.fns {
			if f.q == nil {
				continue
			}
			n, secs := pick(f)
			name := label(f.dep.APIName)
			fmt.Fprintf(&b, "%s_sum{api_name=%s} %s\n%s_count{api_name=%s} %d\n", metric, name, num(secs), metric, name, n)
		}
	}
	summary("gradio_call_run_seconds", "Time calls spent running.", func(f *fnRT) (int64, float64) {
		s := f.q.Stats()
		return s.Runs, s.RunTime.Seconds()
	})
	summary("gradio_call_wait_seconds", "Time queued calls waited before they started.", func(f *fnRT) (int64, float64) {
		s := f.q.Stats()
		return s.Waits, s.WaitTime.Seconds()
	})

	b.WriteString("# HELP gradio_rejected_requests_total Requests refused by the security checks, by reason.\n# TYPE gradio_rejected_requests_total counter\n")
	rej := a.server.Rejections()
	reasons := make([]string, 0, len(rej))
	for k := range rej {
		reasons = append(reasons, k)
	}
	slices.Sort(reasons)
	for _, k := range reasons {
		fmt.Fprintf(&b, "gradio_rejected_requests_total{reason=%s} %d\n", label(k), rej[k])
	}
	return b.Bytes()
}

// label quotes a label value as the text format wants: backslash, quote and newline
// escaped.
func label(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
