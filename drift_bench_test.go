package gradio_test

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkQueueDrift is the drift check of performance.md §4: the queued echo round
// trip of BenchmarkQueueRoundTrip with 10 clients and a new session per call, for four
// successive rounds in one process. The machine's own speed wanders by ±15% over tens
// of seconds (the bare echo alone does), so each round alternates short slices of the
// app and of the bare echo, and the drift is the last round's app ÷ bare ratio over the
// first's (goal: at least 0.95; Gradio 6.25 fell to 0.52-0.80 here). It also reports
// each round's raw rate, the raw drift, and how much the live heap grew per call.
// Rounds last 10 s with GRADIO_BENCH_LONG=1, else 0.5 s; b.N is ignored, so run it
// with -benchtime 1x.
func BenchmarkQueueDrift(b *testing.B) {
	round := 500 * time.Millisecond
	if benchLong() {
		round = 10 * time.Second
	}
	const clients, rounds, slices = 10, 4, 10
	srv, bare := echoServers(b)
	client := benchClient(clients)
	defer client.CloseIdleConnections()

	heap := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var seq, appCalls atomic.Int64
	// run calls for d with the clients and returns the calls done per second.
	run := func(d time.Duration, call func(int) error) float64 {
		var done atomic.Int64
		var failed atomic.Value
		var wg sync.WaitGroup
		deadline := time.Now().Add(d)
		start := time.Now()
		for range clients {
			wg.Go(func() {
				for time.Now().Before(deadline) {
					if err := call(int(seq.Add(1))); err != nil {
						failed.Store(err)
						return
					}
					done.Add(1)
				}
			})
		}
		wg.Wait()
		if err, _ := failed.Load().(error); err != nil {
			b.Fatal(err)
		}
		return float64(done.Load()) / time.Since(start).Seconds()
	}
	appCall := func(i int) error { appCalls.Add(1); return queueCall(client, srv.URL, i) }
	bareCallN := func(i int) error { return bareCall(client, bare.URL, i) }

	rates, ratios := make([]float64, rounds), make([]float64, rounds)
	var heap0 uint64
	var calls0 int64
	for r := range rounds {
		if r == 1 {
			// After a first round, whose pools and caches are warm from then on.
			heap0, calls0 = heap(), appCalls.Load()
		}
		var appRate, bareRate float64
		for range slices {
			appRate += run(round/slices, appCall) / slices
			bareRate += run(round/slices/2, bareCallN) / slices
		}
		rates[r], ratios[r] = appRate, appRate/bareRate
		b.ReportMetric(appRate, fmt.Sprintf("round%d_rps", r+1))
	}
	b.ReportMetric(ratios[rounds-1]/ratios[0], "drift")
	b.ReportMetric(rates[rounds-1]/rates[0], "raw_drift")
	b.ReportMetric((float64(heap())-float64(heap0))/float64(appCalls.Load()-calls0), "heap_B/call")
}
