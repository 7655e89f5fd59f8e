package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// Sentinel errors of Push.
var (
	ErrFull   = errors.New("queue is full")
	ErrClosed = errors.New("queue is stopped")
	// ErrUnavailable is a queue kept elsewhere (NATS) that cannot be reached now.
	ErrUnavailable = errors.New("queue is unavailable")
)

// Options configure a Queue.
type Options struct {
	// MaxSize bounds the number of waiting events across all groups; 0 means unbounded.
	MaxSize int
	// Logger receives panics that escape a function; nil means slog.Default().
	Logger *slog.Logger
}

// Queue holds waiting events and runs them. The zero value is not usable; use New.
type Queue struct {
	streams *Streams
	maxSize int
	log     *slog.Logger

	ctx    context.Context
	stop   context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	closed bool
	size   int               // waiting events across groups
	events map[string]*Event // live events by id, for cancel
}

// New returns a queue that delivers messages to streams.
func New(streams *Streams, opts Options) *Queue {
	ctx, stop := context.WithCancel(context.Background())
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Queue{streams: streams, maxSize: opts.MaxSize, log: log, ctx: ctx, stop: stop, events: make(map[string]*Event)}
}

// Streams returns the mailboxes this queue delivers to.
func (q *Queue) Streams() *Streams { return q.streams }

// Push enqueues ev (whose ID, Session, Fn and Payload are set) and sends its first
// estimation. The session's mailbox must already expect the event (Streams.Expect).
func (q *Queue) Push(ev *Event) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	if q.maxSize > 0 && q.size >= q.maxSize {
		return fmt.Errorf("%w: max size is %d and size is %d", ErrFull, q.maxSize, q.size)
	}
	ev.q = q
	ev.queued = time.Now()
	ev.deliver = func(m Message, final bool) {
		if ev.Out != nil {
			ev.Out(m, final)
		} else {
			q.streams.Publish(ev.mailbox(), m, final)
		}
		if ev.Tap != nil {
			ev.Tap(m)
		}
	}
	ev.ctx, ev.cancel = context.WithCancel(q.ctx)
	q.events[ev.ID] = ev
	g := ev.Fn.Group
	g.waiting = append(g.waiting, ev)
	q.size++
	q.estimate(ev, len(g.waiting)-1, g)
	q.dispatch(g)
	return nil
}

// Size is the number of waiting events.
func (q *Queue) Size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.size
}

// reestimateGap spaces the rank updates a waiting event gets as others start: enough
// for a live position in the UI, without a message per event per start in a fast queue.
const reestimateGap = 250 * time.Millisecond

// estimate sends ev its rank and expected wait. Called with q.mu held.
func (q *Queue) estimate(ev *Event, rank int, g *Group) {
	ev.estimated = time.Now()
	m := &wire.Estimation{Msg: wire.MsgEstimation, EventID: ev.ID, Rank: &rank, QueueSize: q.size}
	if avg := ev.Fn.AvgDuration(); avg > 0 {
		slots := max(g.limit, 1)
		eta := (float64(rank/slots) + 1) * avg.Seconds()
		m.RankETA = &eta
	}
	ev.deliver(Message{Kind: wire.MsgEstimation, EventID: ev.ID, Body: m}, false)
}

// dispatch starts waiting events of g while it has free slots. Called with q.mu held.
func (q *Queue) dispatch(g *Group) {
	if q.closed {
		return // shutting down: what waits is failed, not started
	}
	started := false
	for len(g.waiting) > 0 && !g.full() {
		batch := q.takeBatch(g)
		g.running++
		q.size -= len(batch)
		started = true
		for _, ev := range batch {
			ev.state.Store(stateRunning)
			ev.started = time.Now()
			ev.Fn.stats.started(ev)
			m := &wire.ProcessStarts{Msg: wire.MsgProcessStarts, EventID: ev.ID}
			if avg := ev.Fn.AvgDuration(); avg > 0 {
				eta := avg.Seconds()
				m.ETA = &eta
			}
			ev.deliver(Message{Kind: wire.MsgProcessStarts, EventID: ev.ID, Body: m}, false)
		}
		q.wg.Add(1)
		go q.run(g, batch)
	}
	if started && len(g.waiting) > 0 {
		now := time.Now()
		for rank, ev := range g.waiting {
			if now.Sub(ev.estimated) >= reestimateGap {
				q.estimate(ev, rank, g)
			}
		}
	}
}

// takeBatch removes the next event from g, plus (for batch functions) more waiting
// events of the same function up to its batch size.
func (q *Queue) takeBatch(g *Group) []*Event {
	first := g.waiting[0]
	fn := first.Fn
	if !fn.Batch || fn.MaxBatch <= 1 {
		g.waiting[0] = nil
		g.waiting = g.waiting[1:]
		return []*Event{first}
	}
	batch := make([]*Event, 0, fn.MaxBatch)
	rest := g.waiting[:0]
	for _, ev := range g.waiting {
		if ev.Fn == fn && len(batch) < fn.MaxBatch {
			batch = append(batch, ev)
		} else {
			rest = append(rest, ev)
		}
	}
	clear(g.waiting[len(rest):])
	g.waiting = rest
	return batch
}

func (q *Queue) run(g *Group, batch []*Event) {
	defer q.wg.Done()
	fn := batch[0].Fn
	start := time.Now()
	func() {
		defer func() {
			if r := recover(); r != nil {
				q.log.Error("gradio: panic escaped a queued function", "fn_index", fn.Index, "panic", r, "stack", string(debug.Stack()))
				for _, ev := range batch {
					ev.Complete(internalFailure())
				}
			}
		}()
		fn.Run(batch)
	}()
	took := time.Since(start)
	fn.record(took)
	if q.log.Enabled(context.Background(), slog.LevelDebug) {
		for _, ev := range batch {
			q.log.Debug("gradio: call finished", "fn_index", fn.Index, "event_id", ev.ID, "session_hash", ev.Session,
				"waited", ev.started.Sub(ev.queued), "ran", took)
		}
	}
	for _, ev := range batch {
		if !ev.Done() {
			q.log.Error("gradio: function returned without completing its event", "fn_index", fn.Index, "event_id", ev.ID)
			ev.Complete(internalFailure())
		}
	}
	q.mu.Lock()
	g.running--
	q.dispatch(g)
	q.mu.Unlock()
}

func internalFailure() *wire.ProcessCompleted {
	msg, title := "Internal error: the event did not finish.", "Error"
	visible := true
	return &wire.ProcessCompleted{Output: &wire.ErrorOutput{Error: &msg, Visible: &visible, Title: &title}, Title: &title}
}

// forget drops a finished event from the index and, if it never started, from its group.
func (q *Queue) forget(ev *Event, waiting bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	delete(q.events, ev.ID)
	if !waiting {
		return
	}
	g := ev.Fn.Group
	for i, w := range g.waiting {
		if w == ev {
			g.waiting = append(g.waiting[:i], g.waiting[i+1:]...)
			q.size--
			break
		}
	}
}

// Cancel cancels the event id of session and every running event of the same session
// and function, as Gradio does. A cancelled event is finished with an empty output so
// that the session's stream can close. It reports whether anything was cancelled.
func (q *Queue) Cancel(session string, fnIndex int, id string) bool {
	q.mu.Lock()
	// Waiting events go first: a running one's end starts the next waiting event of
	// its group, which must not be a victim still to be cancelled.
	var victims, running []*Event
	for _, ev := range q.events {
		if ev.Session != session {
			continue
		}
		switch state := ev.state.Load(); {
		case ev.ID == id && state == stateWaiting:
			victims = append(victims, ev)
		case ev.ID == id || (ev.Fn.Index == fnIndex && state == stateRunning):
			running = append(running, ev)
		}
	}
	victims = append(victims, running...)
	q.mu.Unlock()
	for _, ev := range victims {
		ev.Complete(&wire.ProcessCompleted{Output: struct{}{}, Success: true})
	}
	return len(victims) > 0
}

// Lookup returns a live event by id.
func (q *Queue) Lookup(id string) (*Event, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	ev, ok := q.events[id]
	return ev, ok
}

// Close stops accepting events, cancels the running ones and fails the waiting ones,
// then waits for running functions to return or ctx to end.
func (q *Queue) Close(ctx context.Context) error {
	if !q.stopAccepting() {
		return nil
	}
	q.failRunning()
	q.stop()
	return q.wait(ctx)
}

// Shutdown stops accepting events and fails the waiting ones with a message saying
// why, like Close, but lets the running ones finish until ctx ends; then it cancels
// those left and waits for them as Close does, for at most a second more.
func (q *Queue) Shutdown(ctx context.Context) error {
	if !q.stopAccepting() {
		return nil
	}
	err := q.wait(ctx)
	if err != nil {
		q.failRunning()
	}
	q.stop()
	if err != nil {
		grace, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = q.wait(grace)
	}
	return err
}

// ShutdownMessage is what a waiting call is told when the server stops before it started.
const ShutdownMessage = "The server is shutting down, so this call was not run. Please try again later."

// StoppedMessage is what a running call is told when the server stops it: a handler
// whose context is cancelled may still return a value, which must not pass for its
// result.
const StoppedMessage = "The server shut down while this call was running, so it was stopped. Please try again later."

// failRunning ends the running events with StoppedMessage; what their handlers return
// afterwards is dropped, as after a cancel.
func (q *Queue) failRunning() {
	q.mu.Lock()
	running := q.eventsIn(stateRunning)
	q.mu.Unlock()
	for _, ev := range running {
		failWith(ev, StoppedMessage)
	}
}

// eventsIn returns the events in the given state. Called with q.mu held.
func (q *Queue) eventsIn(state int32) []*Event {
	var evs []*Event
	for _, ev := range q.events {
		if ev.state.Load() == state {
			evs = append(evs, ev)
		}
	}
	return evs
}

// failWith ends ev with an error its client is shown.
func failWith(ev *Event, msg string) {
	title, visible := "Error", true
	ev.Complete(&wire.ProcessCompleted{Output: &wire.ErrorOutput{Error: &msg, Visible: &visible, Title: &title}, Title: &title})
}

// stopAccepting closes the queue to new events and fails the waiting ones; it reports
// false if the queue was already closed.
func (q *Queue) stopAccepting() bool {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return false
	}
	q.closed = true
	waiting := q.eventsIn(stateWaiting)
	q.mu.Unlock()
	for _, ev := range waiting {
		failWith(ev, ShutdownMessage)
	}
	return true
}

// wait waits for running functions to return, or ctx to end.
func (q *Queue) wait(ctx context.Context) error {
	defer q.streams.Stop()
	done := make(chan struct{})
	go func() { q.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
