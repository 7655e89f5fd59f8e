package jobs

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"

	"github.com/gradio-go/gradio/internal/natstest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// node is one process of a deployment: its own connection and broker.
type node struct {
	nc *nats.Conn
	b  *Broker
}

// newNode connects to srv as a separate process would and makes a broker of cfg.
func newNode(t testing.TB, srv *natstest.Server, cfg Config) *node {
	t.Helper()
	nc, err := nats.Connect(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	if cfg.App == "" {
		cfg.App = "demo"
	}
	if cfg.Logger == nil {
		cfg.Logger = quiet
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	b, err := New(ctx, nc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &node{nc: nc, b: b}
}

// consume runs a worker on n until the test ends (or the returned stop is called).
func (n *node) consume(t testing.TB, groups []Group, h Handler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := n.b.Consume(ctx, groups, h); err != nil {
			t.Error(err)
		}
	})
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); wg.Wait() }) }
	t.Cleanup(stop)
	return stop
}

// read collects n messages of mailbox after seq, failing t if they do not come in time.
func (n *node) read(t testing.TB, mailbox string, after uint64, count int) []Message {
	t.Helper()
	if count == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var out []Message
	for m, err := range n.b.Replay(ctx, mailbox, "", after) {
		if err != nil {
			t.Fatalf("replay after %d messages: %v", len(out), err)
		}
		out = append(out, m)
		if len(out) == count {
			return out
		}
	}
	t.Fatalf("replay of %s: %d messages, want %d: %v", mailbox, len(out), count, kinds(out))
	return nil
}

// finals reads everything mailbox holds now and counts each job's final messages.
func (n *node) finals(t testing.TB, mailbox string) map[string]int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	info, err := n.b.results.Info(ctx, jetstream.WithSubjectFilter(n.b.resultSubject(mailbox, "*")))
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, c := range info.State.Subjects {
		total += int(c)
	}
	out := map[string]int{}
	for _, m := range n.read(t, mailbox, 0, total) {
		if m.Final {
			out[m.EventID]++
		}
	}
	return out
}

func kinds(ms []Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Kind+":"+string(m.Body))
	}
	return out
}

func final(body string) Message {
	return Message{Kind: "process_completed", Body: []byte(body)}
}

func publish(t testing.TB, b *Broker, jobs ...Job) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, j := range jobs {
		if err := b.Publish(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
}

// waitUntil polls cond until it holds or 20 seconds pass.
func waitUntil(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
