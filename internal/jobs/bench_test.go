package jobs

import (
	"context"
	"crypto/sha256"
	"fmt"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/natstest"
)

// BenchmarkRoundTrip is one job's round trip, one at a time: published, taken by a
// worker, its final message read by a replica — through JetStream (three
// connections, as three processes would have) against an in-memory channel pair
// (what the in-memory backend's hand-off costs at least), in the same run.
func BenchmarkRoundTrip(b *testing.B) {
	srv := natstest.Start(b)
	cfg := Config{Memory: false}
	web, worker := newNode(b, srv, cfg), newNode(b, srv, cfg)
	worker.consume(b, []Group{{Name: "fn0", Limit: 1}}, func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
		return final("ok"), nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	results := make(chan Message, 1)
	go func() {
		for m, err := range web.b.Replay(ctx, "bench", "", 0) {
			if err != nil {
				return
			}
			if m.Final {
				results <- m
			}
		}
	}()
	viaJS := func(n int) time.Duration {
		start := time.Now()
		for i := range n {
			if err := web.b.Publish(ctx, Job{ID: fmt.Sprintf("rt-%d-%d", n, i), Session: "bench"}); err != nil {
				b.Fatal(err)
			}
			<-results
		}
		return time.Since(start)
	}
	jobs, done := make(chan Job), make(chan Message)
	go func() {
		for j := range jobs {
			done <- final("ok")
			_ = j
		}
	}()
	defer close(jobs)
	inMemory := func(n int) time.Duration {
		start := time.Now()
		for i := range n {
			jobs <- Job{ID: fmt.Sprint(i), Session: "bench"}
			<-done
		}
		return time.Since(start)
	}
	viaJS(10) // warm up: consumers, connections
	b.ResetTimer()
	js := viaJS(b.N)
	mem := inMemory(b.N)
	b.StopTimer()
	b.ReportMetric(float64(js.Microseconds())/float64(b.N), "µs/job-jetstream")
	b.ReportMetric(float64(mem.Nanoseconds())/float64(b.N)/1000, "µs/job-memory")
	b.ReportMetric(float64(js-mem)/float64(b.N)/1000, "µs/job-added")
	b.ReportMetric(float64(js)/float64(mem), "x-vs-memory")
}

// BenchmarkThroughput runs batches of CPU-bound jobs (about a millisecond of hashing
// each) through 1, 2 and 4 workers (separate connections, one slot each, an unlimited
// group), and reports jobs per second. On a machine with fewer cores than workers the
// figures flatten: the workers share the CPUs with the server and the benchmark.
func BenchmarkThroughput(b *testing.B) {
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			srv := natstest.Start(b)
			web := newNode(b, srv, Config{})
			for range workers {
				newNode(b, srv, Config{}).consume(b, []Group{{Name: "cpu", Slots: 1}}, cpuBound)
			}
			const batch = 64
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			finals := make(chan struct{}, batch)
			go func() {
				for m, err := range web.b.Replay(ctx, "tp", "", 0) {
					if err != nil {
						return
					}
					if m.Final {
						finals <- struct{}{}
					}
				}
			}()
			run := func(round int) {
				for i := range batch {
					if err := web.b.Publish(ctx, Job{ID: fmt.Sprintf("tp-%d-%d", round, i), Group: "cpu", Session: "tp"}); err != nil {
						b.Fatal(err)
					}
				}
				for range batch {
					<-finals
				}
			}
			run(-1)
			b.ResetTimer()
			start := time.Now()
			for i := range b.N {
				run(i)
			}
			b.ReportMetric(float64(b.N*batch)/time.Since(start).Seconds(), "jobs/s")
		})
	}
}

// cpuBound hashes for about a millisecond.
func cpuBound(ctx context.Context, j Job, emit func(Message)) (Message, error) {
	sum := sha256.Sum256([]byte(j.ID))
	for range 4000 {
		sum = sha256.Sum256(sum[:])
	}
	return Message{Kind: "process_completed", Body: sum[:4]}, nil
}
