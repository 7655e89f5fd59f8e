package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/natstest"
)

// TestMailboxEventsApart: one event of a mailbox can be replayed and looked up on its
// own, and the mailbox as a whole gives every event's messages in order.
func TestMailboxEventsApart(t *testing.T) {
	srv := natstest.Start(t)
	web, other := newNode(t, srv, Config{}), newNode(t, srv, Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	a, b := Job{ID: "a", Session: "s"}, Job{ID: "b", Session: "s"}
	for _, e := range []struct {
		j Job
		m Message
	}{{a, Message{Kind: "estimation"}}, {b, Message{Kind: "estimation"}}, {a, final("A")}, {b, Message{Kind: "progress"}}} {
		if e.m.Final = e.m.Kind == "process_completed"; e.m.Final {
			if _, err := web.b.publishResult(ctx, e.j, e.m); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := web.b.Emit(ctx, e.j, e.m); err != nil {
			t.Fatal(err)
		}
	}
	all := other.read(t, "s", 0, 4)
	if got := kinds(all); !slices.Equal(got, []string{"estimation:", "estimation:", "process_completed:A", "progress:"}) {
		t.Fatalf("mailbox = %v", got)
	}
	var onlyB []string
	for m, err := range other.b.Replay(ctx, "s", "b", 0) {
		if err != nil {
			t.Fatal(err)
		}
		onlyB = append(onlyB, m.Kind)
		if len(onlyB) == 2 {
			break
		}
	}
	if !slices.Equal(onlyB, []string{"estimation", "progress"}) {
		t.Fatalf("event b = %v", onlyB)
	}
	if m, ok, err := other.b.Last(ctx, "s", "a"); err != nil || !ok || !m.Final || m.Seq != all[2].Seq {
		t.Fatalf("last of a = %+v, %v, %v", m, ok, err)
	}
	if m, ok, err := other.b.Last(ctx, "s", ""); err != nil || !ok || m.EventID != "b" || m.Seq != all[3].Seq {
		t.Fatalf("last of the mailbox = %+v, %v, %v", m, ok, err)
	}
	if _, ok, err := other.b.Last(ctx, "t", ""); err != nil || ok {
		t.Fatalf("an empty mailbox has a last message: %v, %v", ok, err)
	}
}

// TestCursorNeverMovesBack: a cursor is shared by every replica, a stale stream's
// save does not move it back, and concurrent saves end at the furthest.
func TestCursorNeverMovesBack(t *testing.T) {
	srv := natstest.Start(t)
	a, b := newNode(t, srv, Config{}), newNode(t, srv, Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, ok, err := a.b.LoadCursor(ctx, "s"); err != nil || ok {
		t.Fatalf("a new session has a cursor: %v, %v", ok, err)
	}
	if err := a.b.SaveCursor(ctx, "s", Cursor{Seq: 10, Pending: []string{"e1"}}); err != nil {
		t.Fatal(err)
	}
	if err := b.b.SaveCursor(ctx, "s", Cursor{Seq: 7}); err != nil {
		t.Fatal(err)
	}
	if c, ok, err := b.b.LoadCursor(ctx, "s"); err != nil || !ok || c.Seq != 10 || !slices.Equal(c.Pending, []string{"e1"}) {
		t.Fatalf("cursor = %+v, %v, %v", c, ok, err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		n := a
		if i%2 == 1 {
			n = b
		}
		wg.Go(func() {
			if err := n.b.SaveCursor(ctx, "s", Cursor{Seq: uint64(20 + i), Pending: []string{fmt.Sprint(i)}}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if c, _, err := a.b.LoadCursor(ctx, "s"); err != nil || c.Seq != 27 || !slices.Equal(c.Pending, []string{"7"}) {
		t.Fatalf("after concurrent saves: %+v, %v", c, err)
	}
}

// TestStateMerges: State values saved by two processes for one session are both
// kept; a value saved again is replaced; sessions are apart.
func TestStateMerges(t *testing.T) {
	srv := natstest.Start(t)
	a, b := newNode(t, srv, Config{}), newNode(t, srv, Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if m, err := a.b.LoadState(ctx, "s"); err != nil || len(m) != 0 {
		t.Fatalf("a new session's state: %v, %v", m, err)
	}
	if err := a.b.SaveState(ctx, "s", map[string]json.RawMessage{"1": json.RawMessage(`1`)}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 6 {
		n := a
		if i%2 == 1 {
			n = b
		}
		wg.Go(func() {
			if err := n.b.SaveState(ctx, "s", map[string]json.RawMessage{fmt.Sprint(10 + i): json.RawMessage(`true`)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if err := b.b.SaveState(ctx, "s", map[string]json.RawMessage{"1": json.RawMessage(`"two"`)}); err != nil {
		t.Fatal(err)
	}
	m, err := a.b.LoadState(ctx, "s")
	if err != nil || len(m) != 7 || string(m["1"]) != `"two"` || string(m["15"]) != "true" {
		t.Fatalf("state = %v, %v", m, err)
	}
	if m, err := a.b.LoadState(ctx, "other"); err != nil || len(m) != 0 {
		t.Fatalf("another session's state: %v, %v", m, err)
	}
}
