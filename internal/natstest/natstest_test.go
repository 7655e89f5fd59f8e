package natstest_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"

	"github.com/gradio-go/gradio/internal/natstest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestStartServesJetStream: a started server takes a stream and a message, and
// reports the version of the module's tool (or of the binary it fell back to).
func TestStartServesJetStream(t *testing.T) {
	srv := natstest.Start(t)
	nc := srv.Connect(t)
	t.Logf("nats-server %s at %s", nc.ConnectedServerVersion(), srv.URL())
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "T", Subjects: []string{"t.>"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, "t.a", []byte("hello")); err != nil {
		t.Fatal(err)
	}
	m, err := s.GetLastMsgForSubject(ctx, "t.a")
	if err != nil || string(m.Data) != "hello" {
		t.Fatalf("last message = %v, %v", m, err)
	}
}

// TestKillAndRestartKeepStreams: Kill drops clients like a crash, and Restart
// brings the server back on the same URL with its stream and messages.
func TestKillAndRestartKeepStreams(t *testing.T) {
	srv := natstest.Start(t)
	disconnected := make(chan struct{}, 1)
	reconnected := make(chan struct{}, 1)
	nc, err := nats.Connect(srv.URL(), nats.MaxReconnects(-1), nats.ReconnectBufSize(-1), nats.ReconnectWait(50*time.Millisecond),
		nats.DisconnectErrHandler(func(*nats.Conn, error) { notify(disconnected) }),
		nats.ReconnectHandler(func(*nats.Conn) { notify(reconnected) }))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "T", Subjects: []string{"t.>"}})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := js.Publish(ctx, "t.a", []byte("x")); err != nil {
			t.Fatal(err)
		}
	}

	srv.Kill()
	if srv.Running() {
		t.Fatal("Running after Kill")
	}
	waitFor(t, ctx, disconnected, "disconnect")
	short, cancelShort := context.WithTimeout(ctx, 300*time.Millisecond)
	_, err = js.Publish(short, "t.a", []byte("lost"), jetstream.WithRetryAttempts(0))
	cancelShort()
	if err == nil {
		t.Fatal("publish succeeded with the server killed")
	}

	srv.Restart(t)
	waitFor(t, ctx, reconnected, "reconnect")
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 3 {
		t.Fatalf("after restart the stream has %d messages, want 3", info.State.Msgs)
	}
}

// TestStartsAreIsolated: two servers of one test are two servers.
func TestStartsAreIsolated(t *testing.T) {
	a, b := natstest.Start(t), natstest.Start(t)
	if a.URL() == b.URL() {
		t.Fatalf("both servers at %s", a.URL())
	}
	jsA, _ := jetstream.New(a.Connect(t))
	jsB, _ := jetstream.New(b.Connect(t))
	ctx := context.Background()
	if _, err := jsA.CreateStream(ctx, jetstream.StreamConfig{Name: "ONLY_A", Subjects: []string{"a"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := jsB.Stream(ctx, "ONLY_A"); !errors.Is(err, jetstream.ErrStreamNotFound) {
		t.Fatalf("stream of server a found on server b: %v", err)
	}
}

func notify(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

func waitFor(t *testing.T, ctx context.Context, c chan struct{}, what string) {
	t.Helper()
	select {
	case <-c:
	case <-ctx.Done():
		t.Fatalf("no %s", what)
	}
}
