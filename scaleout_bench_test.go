package gradio_test

import (
	"crypto/sha256"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
	"github.com/gradio-go/gradio/internal/natstest"
)

// hashApp runs a CPU-bound handler (about a millisecond of hashing) with the given
// concurrency limit.
func hashApp(limit int) *gradio.Blocks {
	in, out := &gradio.Number{}, &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func(x float64) string {
		h := sha256.Sum256([]byte(fmt.Sprint(x)))
		for range 4000 {
			h = sha256.Sum256(h[:])
		}
		return fmt.Sprintf("%x", h[:4])
	}, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "hash", ConcurrencyLimit: limit})
	return &gradio.Blocks{Children: []gradio.Component{in, btn, out}}
}

// BenchmarkScaleOutThroughput measures queued calls per second of a CPU-bound
// handler from 8 concurrent clients: one process with the in-memory queue running
// one call at a time (the baseline, as one model), then a web replica with 1, 2 and
// 4 workers that each run one call at a time (GRADIO_WORKER_SLOTS=1), all on this
// machine. x_memory is the throughput against the baseline's in the same run.
func BenchmarkScaleOutThroughput(b *testing.B) {
	var baseline float64
	b.Run("memory", func(b *testing.B) {
		app, err := hashApp(1).Build(gradio.WithTempDir(b.TempDir()))
		if err != nil {
			b.Fatal(err)
		}
		defer app.Close()
		baseline = throughput(b, func() *gradiotest.Client { return gradiotest.New(app) })
	})
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("nats-workers=%d", workers), func(b *testing.B) {
			srv := natstest.Start(b)
			b.Setenv("GRADIO_WORKER_SLOTS", "1")
			web, err := hashApp(gradio.Unlimited).Build(gradio.WithTempDir(b.TempDir()), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb))
			if err != nil {
				b.Fatal(err)
			}
			defer web.Close()
			for range workers {
				w, err := hashApp(gradio.Unlimited).Build(gradio.WithTempDir(b.TempDir()), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
				if err != nil {
					b.Fatal(err)
				}
				defer w.Close()
			}
			got := throughput(b, func() *gradiotest.Client { return gradiotest.New(web) })
			if baseline > 0 {
				b.ReportMetric(got/baseline, "x_memory")
			}
		})
	}
}

// throughput runs b.N calls from 8 clients and reports calls per second.
func throughput(b *testing.B, client func() *gradiotest.Client) float64 {
	const clients = 8
	var next atomic.Int64
	var wg sync.WaitGroup
	warm := client()
	if _, err := warm.Predict("/hash", 0); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for range clients {
		c := client()
		wg.Go(func() {
			for next.Add(1) <= int64(b.N) {
				if _, err := c.Predict("/hash", 1); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	rate := float64(b.N) / time.Since(start).Seconds()
	b.ReportMetric(rate, "calls/s")
	return rate
}
