package jobs

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/natstest"
)

// echo emits a progress message and returns the payload as the final message.
func echo(ctx context.Context, j Job, emit func(Message)) (Message, error) {
	emit(Message{Kind: "progress", Body: []byte("working")})
	return final(string(j.Payload)), nil
}

// TestRoundTripAndResume: a job published by one replica is run by a worker, and a
// third connection reads its messages in order, numbered by the stream; resuming after
// a number gives only what follows it.
func TestRoundTripAndResume(t *testing.T) {
	srv := natstest.Start(t)
	web, worker, other := newNode(t, srv, Config{}), newNode(t, srv, Config{}), newNode(t, srv, Config{})
	worker.consume(t, []Group{{Name: "fn0", Limit: 1}}, echo)

	publish(t, web.b, Job{ID: "e1", Fn: 0, Session: "s-1", Payload: []byte("one")})
	got := other.read(t, "s-1", 0, 2)
	if got[0].Kind != "progress" || got[1].Kind != "process_completed" || string(got[1].Body) != "one" ||
		!got[1].Final || got[0].Final || got[0].EventID != "e1" || got[1].EventID != "e1" {
		t.Fatalf("messages = %v", kinds(got))
	}
	if got[0].Seq == 0 || got[1].Seq <= got[0].Seq {
		t.Fatalf("sequences %d, %d", got[0].Seq, got[1].Seq)
	}

	publish(t, web.b, Job{ID: "e2", Fn: 0, Session: "s-1", Payload: []byte("two")})
	// A client that had read up to e1's completion resumes there, on another replica.
	rest := web.read(t, "s-1", got[1].Seq, 2)
	if rest[0].EventID != "e2" || string(rest[1].Body) != "two" || rest[0].Seq <= got[1].Seq {
		t.Fatalf("resumed messages = %v", kinds(rest))
	}
	// Resuming in the middle gives the rest only.
	if again := other.read(t, "s-1", rest[0].Seq, 1); again[0].Seq != rest[1].Seq {
		t.Fatalf("resume after %d gave %d", rest[0].Seq, again[0].Seq)
	}
	// Another session's mailbox is apart.
	publish(t, web.b, Job{ID: "e3", Fn: 0, Session: "s 2/x", Payload: []byte("three")})
	if m := other.read(t, "s 2/x", 0, 2); m[0].EventID != "e3" {
		t.Fatalf("other session = %v", kinds(m))
	}
}

// TestKilledWorkerJobRedelivered: a worker whose connection dies mid-job (no ack, no
// more heartbeats) loses the job to another worker after AckWait, and the job
// completes once.
func TestKilledWorkerJobRedelivered(t *testing.T) {
	srv := natstest.Start(t)
	cfg := Config{AckWait: time.Second}
	web, a, b := newNode(t, srv, cfg), newNode(t, srv, cfg), newNode(t, srv, cfg)
	groups := []Group{{Name: "fn0", Limit: 1}}

	started := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	var runsA, runsB atomic.Int32
	a.consume(t, groups, func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
		runsA.Add(1)
		close(started)
		<-release // never finishes while the test looks
		return final("from a"), nil
	})
	publish(t, web.b, Job{ID: "k1", Session: "s"})
	<-started
	a.nc.Close() // the worker's process dies

	var delivery atomic.Int32
	b.consume(t, groups, func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
		runsB.Add(1)
		delivery.Store(int32(j.Delivery))
		return final("from b"), nil
	})
	msgs := web.read(t, "s", 0, 1)
	if string(msgs[0].Body) != "from b" || !msgs[0].Final {
		t.Fatalf("messages = %v", kinds(msgs))
	}
	if runsA.Load() != 1 || runsB.Load() != 1 || delivery.Load() != 2 {
		t.Fatalf("runs a=%d b=%d, b's delivery %d", runsA.Load(), runsB.Load(), delivery.Load())
	}
	waitUntil(t, "the job to be acknowledged", func() bool { n, _ := web.b.Waiting(context.Background(), "fn0"); return n == 0 })
	if f := web.finals(t, "s"); f["k1"] != 1 {
		t.Fatalf("finals = %v", f)
	}
}

// TestConcurrencyLimitAcrossWorkers: with a limit of 1 and two workers of two slots
// each, no two jobs ever run at once; with a limit of 3, at most three do.
func TestConcurrencyLimitAcrossWorkers(t *testing.T) {
	for _, limit := range []int{1, 3} {
		t.Run(strconv.Itoa(limit), func(t *testing.T) {
			srv := natstest.Start(t)
			web, w1, w2 := newNode(t, srv, Config{}), newNode(t, srv, Config{}), newNode(t, srv, Config{})
			var running, peak atomic.Int32
			var mu sync.Mutex
			ran := map[string]int{}
			h := func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
				n := running.Add(1)
				for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
				}
				time.Sleep(15 * time.Millisecond)
				running.Add(-1)
				mu.Lock()
				ran[j.ID]++
				mu.Unlock()
				return final("ok"), nil
			}
			groups := []Group{{Name: "g", Limit: limit, Slots: limit + 1}}
			w1.consume(t, groups, h)
			w2.consume(t, groups, h)
			const jobs = 24
			for i := range jobs {
				publish(t, web.b, Job{ID: fmt.Sprint("c", i), Fn: i % 2, Group: "g", Session: "s"})
			}
			web.read(t, "s", 0, jobs)
			if p := peak.Load(); p > int32(limit) || (limit > 1 && p < 2) {
				t.Fatalf("peak concurrency %d with limit %d", p, limit)
			}
			mu.Lock()
			defer mu.Unlock()
			for id, n := range ran {
				if n != 1 {
					t.Errorf("%s ran %d times", id, n)
				}
			}
			if len(ran) != jobs {
				t.Fatalf("%d jobs ran, want %d", len(ran), jobs)
			}
		})
	}
}

// TestRedeliveryAfterResultIsNotRun: a worker that dies after publishing a job's
// result but before acknowledging it gets the job redelivered; the next worker finds
// the record, does not run the handler again, and the result is stored once.
func TestRedeliveryAfterResultIsNotRun(t *testing.T) {
	srv := natstest.Start(t)
	cfg := Config{AckWait: time.Second}
	web, a, b := newNode(t, srv, cfg), newNode(t, srv, cfg), newNode(t, srv, cfg)
	a.b.beforeAck = func(Job) { a.nc.Close() } // dies between publishing and acking
	var runs atomic.Int32
	h := func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
		runs.Add(1)
		return final("done once"), nil
	}
	groups := []Group{{Name: "fn0", Limit: 1}}
	a.consume(t, groups, h)
	publish(t, web.b, Job{ID: "d1", Session: "s"})
	web.read(t, "s", 0, 1)
	b.consume(t, groups, h)
	waitUntil(t, "the job to be acknowledged", func() bool { n, _ := web.b.Waiting(context.Background(), "fn0"); return n == 0 })
	if runs.Load() != 1 {
		t.Fatalf("handler ran %d times", runs.Load())
	}
	if f := web.finals(t, "s"); f["d1"] != 1 {
		t.Fatalf("finals = %v", f)
	}
	// The same job published again (a retried join) is stored once, and not run.
	publish(t, web.b, Job{ID: "d1", Session: "s"})
	time.Sleep(200 * time.Millisecond)
	if runs.Load() != 1 {
		t.Fatalf("handler ran %d times after a second publish", runs.Load())
	}
}

// TestCancel: a waiting job cancelled is never run; a running job cancelled sees its
// context end, what it emits afterwards is dropped, and the cancel's final message is
// the only one; cancelling a finished job does nothing.
func TestCancel(t *testing.T) {
	srv := natstest.Start(t)
	web, worker := newNode(t, srv, Config{}), newNode(t, srv, Config{})
	ctx := context.Background()

	publish(t, web.b, Job{ID: "w1", Session: "s"})
	if ok, err := web.b.Cancel(ctx, Job{ID: "w1", Session: "s"}, final("cancelled")); !ok || err != nil {
		t.Fatalf("cancel of a waiting job = %v, %v", ok, err)
	}
	started := make(chan string, 4)
	var runs atomic.Int32
	worker.consume(t, []Group{{Name: "fn0", Limit: 1}}, func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
		runs.Add(1)
		started <- j.ID
		<-ctx.Done()
		emit(Message{Kind: "progress", Body: []byte("after cancel")})
		return final("too late"), nil
	})
	publish(t, web.b, Job{ID: "r1", Session: "s"})
	if id := <-started; id != "r1" {
		t.Fatalf("started %s", id)
	}
	if ok, err := web.b.Cancel(ctx, Job{ID: "r1", Session: "s"}, final("cancelled")); !ok || err != nil {
		t.Fatalf("cancel of a running job = %v, %v", ok, err)
	}
	waitUntil(t, "both jobs to be acknowledged", func() bool { n, _ := web.b.Waiting(ctx, "fn0"); return n == 0 })
	msgs := web.read(t, "s", 0, 2)
	for _, m := range msgs {
		if !m.Final || string(m.Body) != "cancelled" {
			t.Fatalf("messages = %v", kinds(msgs))
		}
	}
	if f := web.finals(t, "s"); f["w1"] != 1 || f["r1"] != 1 || len(f) != 2 {
		t.Fatalf("finals = %v", f)
	}
	if runs.Load() != 1 {
		t.Fatalf("handler ran %d times, want 1 (the waiting job was cancelled)", runs.Load())
	}
	if ok, err := web.b.Cancel(ctx, Job{ID: "r1", Session: "s"}, final("again")); ok || err != nil {
		t.Fatalf("cancel of a finished job = %v, %v", ok, err)
	}
}

// TestFailingHandlerRetriedThenFailed: a handler error hands the job to another
// delivery; after MaxDeliver deliveries the job finishes with the failure message.
func TestFailingHandlerRetriedThenFailed(t *testing.T) {
	srv := natstest.Start(t)
	cfg := Config{MaxDeliver: 3}
	web, worker := newNode(t, srv, cfg), newNode(t, srv, cfg)
	var runs atomic.Int32
	worker.consume(t, []Group{{Name: "fn0", Limit: 1}}, func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
		if runs.Add(1) == 2 {
			panic("boom")
		}
		return Message{}, errors.New("no GPU")
	})
	publish(t, web.b, Job{ID: "f1", Session: "s"})
	m := web.read(t, "s", 0, 1)[0]
	if !m.Final || m.Kind != "process_completed" || runs.Load() != 3 {
		t.Fatalf("final %v after %d runs", kinds([]Message{m}), runs.Load())
	}
}

// TestWorkerStopHandsJobBack: a worker stopped mid-job hands it back at once, and
// another worker runs it without waiting for AckWait.
func TestWorkerStopHandsJobBack(t *testing.T) {
	srv := natstest.Start(t)
	web, a, b := newNode(t, srv, Config{}), newNode(t, srv, Config{}), newNode(t, srv, Config{})
	groups := []Group{{Name: "fn0", Limit: 1}}
	started := make(chan struct{})
	stopA := a.consume(t, groups, func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
		close(started)
		<-ctx.Done()
		return Message{}, ctx.Err()
	})
	publish(t, web.b, Job{ID: "h1", Session: "s"})
	<-started
	stopA()
	b.consume(t, groups, echo)
	begin := time.Now()
	msgs := web.read(t, "s", 0, 2)
	if !msgs[1].Final || time.Since(begin) > 10*time.Second {
		t.Fatalf("messages %v after %v", kinds(msgs), time.Since(begin))
	}
}

// TestHandBacksDoNotExhaustDeliveries: a job handed back by more stopping workers
// than MaxDeliver allows failures still runs on the next worker (a rolling restart
// during a long job must not leave it stuck); one handed back past the overall
// bound fails instead of waiting forever.
func TestHandBacksDoNotExhaustDeliveries(t *testing.T) {
	srv := natstest.Start(t)
	cfg := Config{MaxDeliver: 2}
	web := newNode(t, srv, cfg)
	groups := []Group{{Name: "fn0", Limit: 1}}
	stopping := func(n *node) {
		started := make(chan struct{})
		stop := n.consume(t, groups, func(ctx context.Context, j Job, emit func(Message)) (Message, error) {
			close(started)
			<-ctx.Done()
			return Message{}, ctx.Err()
		})
		select {
		case <-started:
		case <-time.After(20 * time.Second):
			t.Fatal("the job was not delivered")
		}
		stop()
	}
	publish(t, web.b, Job{ID: "r1", Session: "s"})
	for range 3 { // more than MaxDeliver
		stopping(newNode(t, srv, cfg))
	}
	newNode(t, srv, cfg).consume(t, groups, echo)
	msgs := web.read(t, "s", 0, 2)
	if !msgs[1].Final || string(msgs[1].Body) != "" {
		t.Fatalf("after three hand-backs: %v", kinds(msgs))
	}

	other := newNode(t, srv, cfg)
	publish(t, web.b, Job{ID: "r2", Session: "t", Group: "fn1"})
	groups = []Group{{Name: "fn1", Limit: 1}}
	for range maxDeliveries(cfg.MaxDeliver) {
		stopping(newNode(t, srv, cfg))
	}
	other.consume(t, groups, echo)
	last := web.read(t, "t", 0, 1)
	if !last[0].Final || !strings.Contains(string(last[0].Body), "every worker") {
		t.Fatalf("after %d hand-backs: %v", maxDeliveries(cfg.MaxDeliver), kinds(last))
	}
}
