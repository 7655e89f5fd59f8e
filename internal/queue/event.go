package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// Fn is one function the queue can run. The engine creates one per event listener.
type Fn struct {
	// Index is the dependency id (fn_index).
	Index int
	// Group is the concurrency group; functions sharing a concurrency id share a group.
	Group *Group
	// Batch makes the queue hand Run up to MaxBatch waiting events at once.
	Batch    bool
	MaxBatch int
	// Run executes events and must finish each one with Event.Complete (or Event.Fail).
	// It runs on its own goroutine; a panic escaping it fails the events it was given.
	Run func(events []*Event)

	mu       sync.Mutex
	runs     int
	avgNanos float64

	stats fnStats // for metrics (stats.go)
}

// record folds one run time into the function's running average.
func (f *Fn) record(d time.Duration) {
	f.mu.Lock()
	f.runs++
	f.avgNanos += (float64(d) - f.avgNanos) / float64(f.runs)
	f.mu.Unlock()
}

// AvgDuration is the mean run time so far, or 0 before the first run.
func (f *Fn) AvgDuration() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return time.Duration(f.avgNanos)
}

// Group is a concurrency group: at most Limit of its events run at once (0 = unlimited).
type Group struct {
	limit   int
	running int
	waiting []*Event
}

// NewGroup returns a group that runs at most limit events at once; limit <= 0 means no limit.
func NewGroup(limit int) *Group { return &Group{limit: max(limit, 0)} }

// Limit is the group's limit; 0 means none.
func (g *Group) Limit() int { return g.limit }

func (g *Group) full() bool { return g.limit > 0 && g.running >= g.limit }

// Event states.
const (
	stateWaiting int32 = iota
	stateRunning
	stateDone
)

// Event is one call of one function.
type Event struct {
	ID      string
	Session string
	Fn      *Fn
	// Payload is what the engine prepared at join time (decoded inputs, request info).
	Payload any
	// Simple marks events from the curl API, whose streams carry full values, never diffs.
	Simple bool
	// Mailbox names the mailbox (see Streams) the event's messages go to; empty means
	// Session's. Curl API calls each have their own, since each is read by its own GET.
	Mailbox string
	// Linger marks an event whose client shares one stream between calls (see
	// Reader.Linger).
	Linger bool
	// Tap, if set, also sees every message of the event, after its mailbox has it, on
	// the goroutine that sent it: a collaborative room mirrors a member's run with it.
	// It must not block.
	Tap func(Message)
	// Out, if set, takes the event's messages instead of its mailbox: a scaled-out
	// app sends the events it runs in memory (renders) to the shared results stream,
	// where any replica's stream of the session reads them. It must not block.
	Out func(m Message, final bool)

	ctx     context.Context
	cancel  context.CancelFunc
	q       *Queue // nil for a direct (unqueued) run
	deliver func(m Message, final bool)
	state   atomic.Int32
	started time.Time
	queued  time.Time // when Push accepted it; zero for direct runs
	// estimated is when the event was last sent its rank; guarded by the queue's lock.
	estimated time.Time
}

// NewID returns a fresh event id: 32 lowercase hex characters, as Gradio's uuid4().hex.
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// mailbox is the key of the mailbox the event's messages go to.
func (e *Event) mailbox() string {
	if e.Mailbox != "" {
		return e.Mailbox
	}
	return e.Session
}

// Context is cancelled when the event is cancelled or the queue closes.
func (e *Event) Context() context.Context { return e.ctx }

// Done reports whether the event has completed, failed or been cancelled.
func (e *Event) Done() bool { return e.state.Load() == stateDone }

// Emit delivers an intermediate message (progress, log, process_generating) to the
// event's session. Messages of a finished event are dropped.
func (e *Event) Emit(kind string, body any) {
	if e.Done() {
		return
	}
	e.deliver(Message{Kind: kind, EventID: e.ID, Body: body}, false)
}

// Complete finishes the event with a process_completed message. Only the first call
// (or a cancellation before it) has any effect.
func (e *Event) Complete(body *wire.ProcessCompleted) {
	if !e.finish() {
		return
	}
	body.Msg, body.EventID = wire.MsgProcessCompleted, e.ID
	e.Fn.stats.finished(e, body.Success)
	e.deliver(Message{Kind: wire.MsgProcessCompleted, EventID: e.ID, Body: body}, true)
}

// finish marks the event done exactly once and forgets it in the queue's index.
func (e *Event) finish() bool {
	var prev int32
	for {
		prev = e.state.Load()
		if prev == stateDone {
			return false
		}
		if e.state.CompareAndSwap(prev, stateDone) {
			break
		}
	}
	if e.q != nil {
		e.q.forget(e, prev == stateWaiting)
	}
	if e.cancel != nil {
		e.cancel()
	}
	return true
}

// Elapsed is the time since the event started running.
func (e *Event) Elapsed() time.Duration { return time.Since(e.started) }

// RunNow runs ev on the calling goroutine, outside the queue, as POST /run does. It
// returns the first process_generating message (for a streaming function, whose later
// values are not wanted: the run is cancelled after the first) and the completion.
func RunNow(ctx context.Context, ev *Event) (first *wire.ProcessGenerating, done *wire.ProcessCompleted) {
	ev.ctx, ev.cancel = context.WithCancel(ctx)
	defer ev.cancel()
	ev.started = time.Now()
	ev.state.Store(stateRunning)
	ev.deliver = func(m Message, final bool) {
		switch b := m.Body.(type) {
		case *wire.ProcessGenerating:
			if first == nil {
				first = b
				ev.cancel()
			}
		case *wire.ProcessCompleted:
			done = b
		}
	}
	ev.Fn.Run([]*Event{ev})
	if !ev.Done() {
		ev.Complete(internalFailure())
	}
	return first, done
}

// Run runs ev on the calling goroutine outside the queue, as a worker of another
// backend does (the jobs backend of a scaled-out app): its messages, completion
// included, go to deliver on the goroutine that sends them, and its context ends with
// ctx. The run time counts in the function's average.
func Run(ctx context.Context, ev *Event, deliver func(m Message, final bool)) {
	ev.ctx, ev.cancel = context.WithCancel(ctx)
	defer ev.cancel()
	ev.started = time.Now()
	ev.state.Store(stateRunning)
	ev.deliver = deliver
	ev.Fn.Run([]*Event{ev})
	ev.Fn.record(time.Since(ev.started))
	if !ev.Done() {
		ev.Complete(internalFailure())
	}
}
