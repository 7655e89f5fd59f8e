package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio/internal/wire"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func newQ(t *testing.T, opts Options) *Queue {
	t.Helper()
	q := New(NewStreams(time.Minute), opts)
	t.Cleanup(func() {
		if err := q.Close(context.Background()); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return q
}

func ok(ev *Event) {
	ev.Complete(&wire.ProcessCompleted{Output: &wire.Output{Data: []any{ev.Payload}}, Success: true})
}

func push(t *testing.T, q *Queue, session string, fn *Fn, payload any) *Event {
	t.Helper()
	ev := &Event{ID: NewID(), Session: session, Fn: fn, Payload: payload}
	q.Streams().Expect(session, ev.ID, false)
	if err := q.Push(ev); err != nil {
		t.Fatalf("Push: %v", err)
	}
	return ev
}

// drain reads a session's mailbox until its stream would close, returning the kinds.
func drain(t *testing.T, q *Queue, session string) []Message {
	t.Helper()
	rd, ok := q.Streams().Attach(session, From{Keep: true})
	if !ok {
		t.Fatalf("no mailbox for %s", session)
	}
	var all []Message
	deadline := time.After(5 * time.Second)
	for {
		msgs, idle, stale := rd.Take()
		if stale {
			t.Fatal("reader went stale")
		}
		all = append(all, msgs...)
		if idle && rd.Close() {
			return all
		}
		select {
		case <-rd.Notify():
		case <-deadline:
			t.Fatalf("stream did not end; got %d messages", len(all))
		}
	}
}

func kinds(ms []Message) []string {
	var k []string
	for _, m := range ms {
		k = append(k, m.Kind)
	}
	return k
}

func TestEventLifecycleMessages(t *testing.T) {
	q := newQ(t, Options{})
	fn := &Fn{Index: 0, Group: NewGroup(1), Run: func(evs []*Event) { ok(evs[0]) }}
	push(t, q, "s", fn, "x")
	got := kinds(drain(t, q, "s"))
	want := []string{wire.MsgEstimation, wire.MsgProcessStarts, wire.MsgProcessCompleted}
	if len(got) != len(want) {
		t.Fatalf("messages = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("messages = %v, want %v", got, want)
		}
	}
	if n := q.Streams().Len(); n != 0 {
		t.Errorf("%d mailbox(es) kept after the session's last completion was read", n)
	}
}

func TestConcurrencyLimitIsHonoured(t *testing.T) {
	q := newQ(t, Options{})
	var running, peak atomic.Int32
	release := make(chan struct{})
	fn := &Fn{Group: NewGroup(2), Run: func(evs []*Event) {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		<-release
		running.Add(-1)
		ok(evs[0])
	}}
	for i := range 6 {
		push(t, q, "s"+string(rune('a'+i)), fn, i)
	}
	time.Sleep(50 * time.Millisecond)
	if got := q.Size(); got != 4 {
		t.Errorf("waiting = %d, want 4 with a limit of 2", got)
	}
	close(release)
	for i := range 6 {
		drain(t, q, "s"+string(rune('a'+i)))
	}
	if p := peak.Load(); p != 2 {
		t.Errorf("peak concurrency = %d, want 2", p)
	}
}

func TestSharedGroupLimitsAcrossFunctions(t *testing.T) {
	q := newQ(t, Options{})
	g := NewGroup(1)
	var running, peak atomic.Int32
	body := func(evs []*Event) {
		if n := running.Add(1); n > peak.Load() {
			peak.Store(n)
		}
		time.Sleep(10 * time.Millisecond)
		running.Add(-1)
		ok(evs[0])
	}
	a := &Fn{Index: 0, Group: g, Run: body}
	b := &Fn{Index: 1, Group: g, Run: body}
	push(t, q, "a", a, 1)
	push(t, q, "b", b, 2)
	drain(t, q, "a")
	drain(t, q, "b")
	if peak.Load() != 1 {
		t.Errorf("peak = %d, want 1 for two functions sharing a group of 1", peak.Load())
	}
}

func TestRankEstimates(t *testing.T) {
	q := newQ(t, Options{})
	release := make(chan struct{})
	fn := &Fn{Group: NewGroup(1), Run: func(evs []*Event) { <-release; ok(evs[0]) }}
	push(t, q, "first", fn, 0)
	push(t, q, "second", fn, 0)
	push(t, q, "third", fn, 0)
	// Updates are spaced out; wait long enough for the next start to send one.
	time.Sleep(reestimateGap + 10*time.Millisecond)
	close(release)
	msgs := drain(t, q, "third")
	est := msgs[0].Body.(*wire.Estimation)
	if est.Rank == nil || *est.Rank != 1 || est.QueueSize != 2 {
		t.Errorf("first estimation of the third event: rank %v size %d, want rank 1 of 2", est.Rank, est.QueueSize)
	}
	// Once the first finished, the third moved up: a later estimation says rank 0.
	sawZero := false
	for _, m := range msgs[1:] {
		if e, ok := m.Body.(*wire.Estimation); ok && e.Rank != nil && *e.Rank == 0 {
			sawZero = true
		}
	}
	if !sawZero {
		t.Errorf("no updated estimation with rank 0 in %v", kinds(msgs))
	}
	drain(t, q, "first")
	drain(t, q, "second")
}

func TestBatching(t *testing.T) {
	q := newQ(t, Options{})
	release := make(chan struct{})
	var sizes []int
	var mu sync.Mutex
	fn := &Fn{Group: NewGroup(1), Batch: true, MaxBatch: 3, Run: func(evs []*Event) {
		<-release
		mu.Lock()
		sizes = append(sizes, len(evs))
		mu.Unlock()
		for _, ev := range evs {
			ok(ev)
		}
	}}
	for i := range 5 {
		push(t, q, "b"+string(rune('0'+i)), fn, i)
	}
	close(release)
	for i := range 5 {
		drain(t, q, "b"+string(rune('0'+i)))
	}
	mu.Lock()
	defer mu.Unlock()
	// The first event starts alone (nothing else waits yet); the other four form
	// batches of at most 3.
	total, maxSize := 0, 0
	for _, s := range sizes {
		total += s
		maxSize = max(maxSize, s)
	}
	if total != 5 || maxSize > 3 || len(sizes) < 2 || maxSize < 2 {
		t.Errorf("batch sizes = %v, want 5 events in batches of at most 3 (some batched)", sizes)
	}
}

func TestQueueFull(t *testing.T) {
	q := newQ(t, Options{MaxSize: 1})
	release := make(chan struct{})
	fn := &Fn{Group: NewGroup(1), Run: func(evs []*Event) { <-release; ok(evs[0]) }}
	push(t, q, "running", fn, 0)
	push(t, q, "waiting", fn, 0)
	ev := &Event{ID: NewID(), Session: "refused", Fn: fn}
	q.Streams().Expect("refused", ev.ID, false)
	err := q.Push(ev)
	if !errors.Is(err, ErrFull) {
		t.Fatalf("Push on a full queue = %v, want ErrFull", err)
	}
	q.Streams().Forget("refused", ev.ID)
	if _, ok := q.Streams().Attach("refused", From{}); ok {
		t.Error("a refused event left a mailbox behind")
	}
	close(release)
	drain(t, q, "running")
	drain(t, q, "waiting")
}

func TestCancelWaitingAndRunning(t *testing.T) {
	q := newQ(t, Options{})
	started := make(chan struct{})
	sawCancel := make(chan struct{})
	fn := &Fn{Index: 7, Group: NewGroup(1), Run: func(evs []*Event) {
		close(started)
		<-evs[0].Context().Done()
		close(sawCancel)
		ok(evs[0]) // too late: dropped
	}}
	running := push(t, q, "s", fn, 0)
	<-started
	waiting := push(t, q, "s", fn, 0)
	if !q.Cancel("s", 7, waiting.ID) {
		t.Fatal("Cancel reported nothing cancelled")
	}
	<-sawCancel
	msgs := drain(t, q, "s")
	completions := 0
	for _, m := range msgs {
		if m.Kind != wire.MsgProcessCompleted {
			continue
		}
		completions++
		pc := m.Body.(*wire.ProcessCompleted)
		if _, isEmpty := pc.Output.(struct{}); !isEmpty || !pc.Success {
			t.Errorf("completion of %s = %+v, want the empty cancelled output", m.EventID, pc)
		}
	}
	if completions != 2 {
		t.Errorf("got %d completions, want one per cancelled event (running %s, waiting %s)", completions, running.ID, waiting.ID)
	}
}

func TestPanicInRunFailsTheEvent(t *testing.T) {
	q := newQ(t, Options{})
	fn := &Fn{Group: NewGroup(1), Run: func([]*Event) { panic("boom") }}
	push(t, q, "p", fn, 0)
	msgs := drain(t, q, "p")
	last := msgs[len(msgs)-1].Body.(*wire.ProcessCompleted)
	if last.Success {
		t.Error("a panicking function completed successfully")
	}
	// The queue keeps working.
	fn2 := &Fn{Group: NewGroup(1), Run: func(evs []*Event) { ok(evs[0]) }}
	push(t, q, "after", fn2, 0)
	drain(t, q, "after")
}

func TestCloseFailsWaitingAndCancelsRunning(t *testing.T) {
	q := New(NewStreams(time.Minute), Options{})
	started := make(chan struct{})
	fn := &Fn{Group: NewGroup(1), Run: func(evs []*Event) {
		close(started)
		<-evs[0].Context().Done()
		ok(evs[0])
	}}
	push(t, q, "a", fn, 0)
	<-started
	push(t, q, "b", fn, 0)
	if err := q.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	msgs := drain(t, q, "b")
	if pc := msgs[len(msgs)-1].Body.(*wire.ProcessCompleted); pc.Success {
		t.Error("a waiting event succeeded after Close")
	}
	ev := &Event{ID: NewID(), Session: "c", Fn: fn}
	if err := q.Push(ev); !errors.Is(err, ErrClosed) {
		t.Errorf("Push after Close = %v, want ErrClosed", err)
	}
}

func TestRunNowReturnsFirstGeneration(t *testing.T) {
	fn := &Fn{Group: NewGroup(1), Run: func(evs []*Event) {
		ev := evs[0]
		for i := range 3 {
			if ev.Context().Err() != nil {
				break
			}
			ev.Emit(wire.MsgProcessGenerating, &wire.ProcessGenerating{Output: &wire.Output{Data: []any{i}}, Success: true})
		}
		ok(ev)
	}}
	first, done := RunNow(context.Background(), &Event{ID: "x", Session: "x", Fn: fn, Payload: "p"})
	if first == nil || first.Output.(*wire.Output).Data[0] != 0 {
		t.Fatalf("first = %+v, want the first generation", first)
	}
	if done == nil {
		t.Fatal("no completion")
	}
}

func TestShutdownLetsRunningFinishThenCancels(t *testing.T) {
	q := New(NewStreams(time.Minute), Options{})
	release := make(chan struct{})
	var sawCancel atomic.Bool
	fn := &Fn{Index: 0, Group: NewGroup(1), Run: func(evs []*Event) {
		select {
		case <-release:
		case <-evs[0].Context().Done():
			sawCancel.Store(true)
		}
		ok(evs[0])
	}}
	push(t, q, "run", fn, "a")
	push(t, q, "wait", fn, "b")
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := q.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Shutdown = %v, want the deadline", err)
	}
	if !sawCancel.Load() {
		t.Error("the running event was not cancelled at the deadline")
	}
	if err := q.Push(&Event{ID: NewID(), Session: "late", Fn: fn}); !errors.Is(err, ErrClosed) {
		t.Errorf("Push after Shutdown = %v", err)
	}
	got := drain(t, q, "wait")
	last := got[len(got)-1].Body.(*wire.ProcessCompleted)
	if e, _ := last.Output.(*wire.ErrorOutput); last.Success || e == nil || *e.Error != ShutdownMessage {
		t.Errorf("waiting event ended with %+v", last)
	}
	// What the cancelled handler returned does not pass for its result.
	got = drain(t, q, "run")
	last = got[len(got)-1].Body.(*wire.ProcessCompleted)
	if e, _ := last.Output.(*wire.ErrorOutput); last.Success || e == nil || *e.Error != StoppedMessage {
		t.Errorf("running event ended with %+v", last)
	}
	close(release)
}

func TestShutdownWaitsForRunning(t *testing.T) {
	q := New(NewStreams(time.Minute), Options{})
	release := make(chan struct{})
	var sawCancel atomic.Bool
	fn := &Fn{Index: 0, Group: NewGroup(1), Run: func(evs []*Event) {
		select {
		case <-release:
		case <-evs[0].Context().Done():
			sawCancel.Store(true)
		}
		ok(evs[0])
	}}
	push(t, q, "run", fn, "a")
	time.AfterFunc(50*time.Millisecond, func() { close(release) })
	if err := q.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if sawCancel.Load() {
		t.Error("the running event was cancelled")
	}
	if got := kinds(drain(t, q, "run")); got[len(got)-1] != wire.MsgProcessCompleted {
		t.Errorf("stream: %v", got)
	}
}

func TestResumeKeepsCompletionsForTheGrace(t *testing.T) {
	s := NewStreams(time.Minute)
	s.SetResume(50*time.Millisecond, 0)
	q := New(s, Options{})
	defer q.Close(context.Background())
	fn := &Fn{Index: 0, Group: NewGroup(1), Run: func(evs []*Event) { ok(evs[0]) }}
	ev := push(t, q, "s", fn, "x")
	all := drain(t, q, "s")
	if s.Kept() != 1 || s.Len() != 0 {
		t.Fatalf("after the stream: %d kept, %d open; want 1, 0", s.Kept(), s.Len())
	}
	rd, found := s.Attach("s", From{Last: all[0].Seq, Resume: true, Keep: true})
	if !found {
		t.Fatal("no resume within the grace")
	}
	msgs, idle, _ := rd.Take()
	if len(msgs) != 1 || msgs[0].Kind != wire.MsgProcessCompleted || !idle || !rd.Close() {
		t.Errorf("resume gave %v (idle %v)", kinds(msgs), idle)
	}
	if _, found := s.AttachEvent(ev.ID, From{}); found {
		t.Error("a read completion was attachable without a resume")
	}
	deadline := time.Now().Add(2 * time.Second)
	for s.Kept() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if s.Kept() != 0 {
		t.Fatal("the grace did not end")
	}
	if _, found := s.Attach("s", From{Resume: true}); found {
		t.Error("resumed after the grace")
	}
	if _, found := s.AttachEvent(ev.ID, From{Resume: true}); found {
		t.Error("the event index outlived the grace")
	}
}

func TestResumeGraceIsBounded(t *testing.T) {
	s := NewStreams(time.Minute)
	s.SetResume(time.Hour, 3)
	q := New(s, Options{})
	defer q.Close(context.Background())
	fn := &Fn{Index: 0, Group: NewGroup(1), Run: func(evs []*Event) { ok(evs[0]) }}
	for i := range 10 {
		session := string(rune('a' + i))
		push(t, q, session, fn, "x")
		drain(t, q, session)
	}
	if s.Kept() != 3 {
		t.Errorf("%d sessions kept, want 3", s.Kept())
	}
}

// PublishAt keeps the numbers it is given; a resume replays the kept ones after Last.
func TestPublishAtKeepsNumbers(t *testing.T) {
	s := NewStreams(time.Minute)
	s.Expect("e", "e", false)
	s.PublishAt("e", Message{Kind: wire.MsgEstimation, EventID: "e", Seq: 7}, false)
	s.PublishAt("e", Message{Kind: wire.MsgProcessStarts, EventID: "e", Seq: 9}, false)
	rd, found := s.AttachEvent("e", From{Keep: true})
	if !found {
		t.Fatal("no mailbox")
	}
	msgs, _, _ := rd.Take()
	if len(msgs) != 2 || msgs[0].Seq != 7 || msgs[1].Seq != 9 {
		t.Fatalf("took %v", msgs)
	}
	s.PublishAt("e", Message{Kind: wire.MsgProcessCompleted, EventID: "e", Seq: 12}, true)
	rd, found = s.AttachEvent("e", From{Last: 7, Resume: true, Keep: true})
	if !found {
		t.Fatal("no resume")
	}
	msgs, _, _ = rd.Take()
	if len(msgs) != 2 || msgs[0].Seq != 9 || msgs[1].Seq != 12 {
		t.Errorf("resume after 7 took %v, want 9 and 12", msgs)
	}
}

// A reader's cursor is the highest number it took and the events it has not seen
// complete; Drop forgets the mailbox, and its reader goes stale.
func TestReaderCursorAndDrop(t *testing.T) {
	s := NewStreams(time.Minute)
	s.Expect("s", "a", true)
	s.Expect("s", "b", true)
	s.PublishAt("s", Message{Kind: wire.MsgEstimation, EventID: "a", Seq: 3}, false)
	s.PublishAt("s", Message{Kind: wire.MsgProcessCompleted, EventID: "a", Seq: 5}, true)
	rd, found := s.Attach("s", From{Keep: true})
	if !found {
		t.Fatal("no mailbox")
	}
	if seq, pending := rd.Cursor(); seq != 0 || len(pending) != 2 {
		t.Fatalf("before reading: %d %v", seq, pending)
	}
	if msgs, idle, _ := rd.Take(); len(msgs) != 2 || idle {
		t.Fatalf("took %v, idle %v", msgs, idle)
	}
	if seq, pending := rd.Cursor(); seq != 5 || len(pending) != 1 || pending[0] != "b" {
		t.Fatalf("after reading: %d %v, want 5 [b]", seq, pending)
	}
	s.Drop("s")
	if s.Has("s") {
		t.Fatal("the mailbox is still open")
	}
	if _, _, stale := rd.Take(); !stale {
		t.Error("the reader of a dropped mailbox is not stale")
	}
	if _, found := s.Attach("s", From{Resume: true, Last: 1}); found {
		t.Error("a dropped mailbox can be resumed")
	}
}

// An event with Out sends its messages there instead of its mailbox.
func TestEventOut(t *testing.T) {
	q := newQ(t, Options{})
	fn := &Fn{Group: NewGroup(1), Run: func(evs []*Event) { ok(evs[0]) }}
	got := make(chan string, 8)
	ev := &Event{ID: NewID(), Session: "s", Fn: fn, Payload: "x", Out: func(m Message, final bool) {
		got <- fmt.Sprint(m.Kind, final)
	}}
	if err := q.Push(ev); err != nil {
		t.Fatal(err)
	}
	var out []string
	for len(out) < 3 {
		select {
		case k := <-got:
			out = append(out, k)
		case <-time.After(5 * time.Second):
			t.Fatalf("got %v", out)
		}
	}
	if want := "[estimationfalse process_startsfalse process_completedtrue]"; fmt.Sprint(out) != want {
		t.Errorf("Out got %v, want %s", out, want)
	}
	if q.Streams().Has("s") {
		t.Error("the event's messages reached a mailbox")
	}
}
