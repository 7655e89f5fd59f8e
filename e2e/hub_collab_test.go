package e2e

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/hub"
	"github.com/gradio-go/gradio/hub/store"
)

// TestBrowserCollabThroughHub runs the collaborative scenario with the app published
// on a hub: the rooms' paths (SSE down, POST up) pass the tunnel and the proxy as any
// other request.
func TestBrowserCollabThroughHub(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, err := hub.New(hub.Config{Store: st, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	defer h.Close()
	if _, err := hub.AddUser(ctx, st, "alice", "correct horse battery", ""); err != nil {
		t.Fatal(err)
	}
	token, err := hub.NewToken(ctx, st, "alice", "test")
	if err != nil {
		t.Fatal(err)
	}
	app, err := collabBlocks().Build(gradio.WithTempDir(t.TempDir()), gradio.WithQuiet(),
		gradio.WithCollaboration(gradio.Collaboration{PresenceTimeout: 2 * time.Second}),
		gradio.WithShare(gradio.Share{Hub: srv.URL, Token: token, Name: "collab"}))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- app.Serve(sctx, ln) }()
	defer func() {
		stop()
		if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("Serve: %v", err)
		}
	}()
	base := srv.URL + "/alice/collab"
	if err := waitReady(base); err != nil {
		t.Fatal(err)
	}

	ann := browser(t)
	link := invite(t, ann, base, "Ann")
	bob, closeBob := member(t, ann)
	defer closeBob()
	run(t, bob, append(named(base, "Bob"), chromedp.Navigate(link), members(2))...)
	run(t, ann, type_(field("Prompt"), "a fox"))
	run(t, bob, waitJS(field("Prompt")+`.value === "a fox"`))
	run(t, bob, chromedp.Click(xpath(`//button[normalize-space()="Generate"]`)))
	final := "a fox at 0.5: once upon a time there was a story"
	run(t, ann,
		waitJS(field("Output")+`.value === `+fmt.Sprintf("%q", final)),
		waitJS(`document.querySelector('.gr-room-runby')?.textContent === "run by Bob"`),
	)
	closeBob()
	run(t, ann, members(1))
}
