package jobs

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Handler runs one job. It sends intermediate messages with emit (dropped once the
// job is cancelled) and returns the job's final message. An error means the worker
// could not run the job — not that the user's function failed, which is a final
// message like any other — and the job is delivered again, up to Config.MaxDeliver
// times; a panic counts as an error. ctx ends when the job is cancelled or the worker
// stops.
type Handler func(ctx context.Context, job Job, emit func(Message)) (Message, error)

// Group is a concurrency group as a worker serves it.
type Group struct {
	// Name is the group's name, as in Job.Group ("fn<index>" for a function's own).
	Name string
	// Limit is the most jobs of the group that run at once across all workers; 0 means
	// no limit. Every worker must give a group the same limit.
	Limit int
	// Slots is the most jobs of the group this worker runs at once; 0 means Limit, or
	// GOMAXPROCS without a limit.
	Slots int
}

// fetchWait is how long a slot's pull request waits for a job before it is renewed.
const fetchWait = 5 * time.Second

// Consume runs jobs of groups with h until ctx ends, then waits for the running
// handlers (whose contexts end with ctx) and returns. A job whose handler was stopped
// that way is handed back at once for another worker.
func (b *Broker) Consume(ctx context.Context, groups []Group, h Handler) error {
	w := &worker{b: b, h: h, running: make(map[string]context.CancelFunc), beforeAck: b.beforeAck}
	sub, err := b.nc.Subscribe(b.cancelSubject(), func(m *nats.Msg) { w.cancel(string(m.Data)) })
	if err != nil {
		return fmt.Errorf("jobs: subscribe to cancels: %w", err)
	}
	defer sub.Unsubscribe()
	var wg sync.WaitGroup
	for _, g := range groups {
		cons, err := b.consumer(ctx, g)
		if err != nil {
			return err
		}
		slots := g.Slots
		if slots <= 0 {
			slots = g.Limit
		}
		if slots <= 0 {
			slots = runtime.GOMAXPROCS(0)
		}
		for range slots {
			wg.Go(func() { w.slot(ctx, cons, g.Name) })
		}
	}
	wg.Wait()
	return nil
}

// consumer creates or updates the group's durable consumer. MaxAckPending is the
// group's limit: the server hands out no more unacknowledged jobs than that, to all
// workers together. The server does not bound deliveries: a job handed back by
// stopping workers must not run out of them and then sit there, never run and never
// failed; run bounds them instead.
func (b *Broker) consumer(ctx context.Context, g Group) (jetstream.Consumer, error) {
	pending := g.Limit
	if pending <= 0 {
		pending = -1
	}
	cons, err := b.jobs.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable: b.consumerName(g.Name), FilterSubject: b.jobSubject(g.Name),
		AckPolicy: jetstream.AckExplicitPolicy, AckWait: b.cfg.AckWait, MaxDeliver: -1,
		MaxAckPending: pending, DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: consumer of group %q: %w", g.Name, err)
	}
	return cons, nil
}

type worker struct {
	b *Broker
	h Handler

	mu      sync.Mutex
	running map[string]context.CancelFunc // job id -> its handler's cancel

	beforeAck func(Job) // a test hook: runs between publishing a final message and acking
}

func (w *worker) cancel(id string) {
	w.mu.Lock()
	c := w.running[id]
	w.mu.Unlock()
	if c != nil {
		c()
	}
}

// slot takes one job at a time: a job is only fetched when it can start, so none
// waits in a worker's buffer while another worker is idle.
func (w *worker) slot(ctx context.Context, cons jetstream.Consumer, group string) {
	for ctx.Err() == nil {
		fctx, cancel := context.WithTimeout(ctx, fetchWait)
		msg, err := cons.Next(jetstream.FetchContext(fctx))
		cancel()
		if err != nil {
			if ctx.Err() == nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, nats.ErrTimeout) {
				w.b.log.Warn("jobs: fetching a job failed", "group", group, "err", err)
				sleep(ctx, 100*time.Millisecond)
			}
			continue
		}
		w.run(ctx, msg, group)
	}
}

// maxDeliveries bounds the deliveries of a job, hand-backs by stopping workers and
// redeliveries after dead ones included; failures of the handler are bounded by
// Config.MaxDeliver on their own.
func maxDeliveries(maxDeliver int) int { return 4 * maxDeliver }

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// run handles one delivery of a job.
func (w *worker) run(ctx context.Context, msg jetstream.Msg, group string) {
	b := w.b
	job, err := decodeJob(msg, group)
	if err != nil {
		b.log.Error("jobs: dropping a malformed job", "group", group, "err", err)
		_ = msg.Term()
		return
	}
	// Registered before the done check, so a cancel that records itself after the
	// check still reaches the handler.
	jctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w.mu.Lock()
	w.running[job.ID] = cancel
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		delete(w.running, job.ID)
		w.mu.Unlock()
	}()

	key := b.doneKey(job.ID)
	e, err := b.done.Get(ctx, key)
	if err != nil && job.Delivery > maxDeliveries(b.cfg.MaxDeliver) {
		// Workers keep stopping or dying while it runs (a rolling restart would not
		// take this many): it fails rather than take every worker down in turn.
		b.log.Error("jobs: a job was started too often without finishing; failing it", "job", job.ID, "delivery", job.Delivery)
		final := b.cfg.Failure(job, fmt.Errorf("jobs: started %d times without finishing", job.Delivery))
		final.Final, final.EventID = true, job.ID
		if _, err := b.done.Create(ctx, key, encodeFinal(final)); err == nil || errors.Is(err, jetstream.ErrKeyExists) {
			if e, err := b.done.Get(ctx, key); err == nil {
				final = decodeFinal(job.ID, e.Value())
			}
		}
		w.finish(ctx, msg, job, final)
		return
	}
	if err == nil {
		// Finished before: by an earlier delivery whose ack was lost, or by a cancel.
		w.finish(ctx, msg, job, decodeFinal(job.ID, e.Value()))
		return
	} else if !errors.Is(err, jetstream.ErrKeyNotFound) {
		b.log.Warn("jobs: reading a job's record failed; handing it back", "job", job.ID, "err", err)
		_ = msg.NakWithDelay(time.Second)
		return
	}

	stopBeat := w.heartbeat(msg)
	final, err := w.call(jctx, job)
	stopBeat()
	if ctx.Err() != nil {
		_ = msg.Nak() // the worker is stopping: another takes the job now
		return
	}
	if err != nil && jctx.Err() == nil {
		if job.Delivery < b.cfg.MaxDeliver {
			b.log.Warn("jobs: a job failed; it will be delivered again", "job", job.ID, "delivery", job.Delivery, "err", err)
			_ = msg.NakWithDelay(time.Duration(job.Delivery) * 200 * time.Millisecond)
			return
		}
		b.log.Error("jobs: a job failed on its last delivery", "job", job.ID, "delivery", job.Delivery, "err", err)
		final = b.cfg.Failure(job, err)
	} else if err != nil {
		final = b.cfg.Failure(job, err) // cancelled: the cancel's record stands
	}
	final.Final, final.EventID = true, job.ID
	// Create-if-absent decides the result: a cancel, or another delivery that ran
	// meanwhile, may have recorded one first, and then that one stands.
	if _, err := b.done.Create(ctx, key, encodeFinal(final)); err != nil {
		if !errors.Is(err, jetstream.ErrKeyExists) {
			b.log.Warn("jobs: recording a job's result failed; handing it back", "job", job.ID, "err", err)
			_ = msg.NakWithDelay(time.Second)
			return
		}
		e, err := b.done.Get(ctx, key)
		if err != nil {
			_ = msg.NakWithDelay(time.Second)
			return
		}
		final = decodeFinal(job.ID, e.Value())
	}
	w.finish(ctx, msg, job, final)
}

// finish publishes the recorded final message (stored once however often it is
// published) and acknowledges the job.
func (w *worker) finish(ctx context.Context, msg jetstream.Msg, job Job, final Message) {
	if _, err := w.b.publishResult(ctx, job, final); err != nil {
		w.b.log.Warn("jobs: publishing a job's result failed; handing it back", "job", job.ID, "err", err)
		_ = msg.NakWithDelay(time.Second)
		return
	}
	if w.beforeAck != nil {
		w.beforeAck(job)
	}
	// The ack gets a context of its own: a worker stopping now has published the
	// result, and should not leave the job to be redelivered for nothing.
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.b.cfg.AckWait/3)
	defer cancel()
	if err := msg.DoubleAck(actx); err != nil {
		// Redelivered later, it finds its record and only publishes again.
		w.b.log.Warn("jobs: acknowledging a job failed", "job", job.ID, "err", err)
	}
}

// call runs the handler, turning a panic into an error.
func (w *worker) call(ctx context.Context, job Job) (final Message, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("jobs: handler panicked: %v\n%s", r, debug.Stack())
		}
	}()
	emit := func(m Message) {
		if ctx.Err() != nil {
			return
		}
		m.Final, m.EventID = false, job.ID
		if err := w.b.publishResultLater(job, m); err != nil && ctx.Err() == nil {
			w.b.log.Warn("jobs: publishing a message failed", "job", job.ID, "kind", m.Kind, "err", err)
		}
	}
	return w.h(ctx, job, emit)
}

// heartbeat tells the server every AckWait/3 that the job is still running, so a
// long job is not redelivered while its worker lives. It returns the stop function.
func (w *worker) heartbeat(msg jetstream.Msg) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(w.b.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = msg.InProgress()
			}
		}
	})
	return func() { close(done); wg.Wait() }
}
