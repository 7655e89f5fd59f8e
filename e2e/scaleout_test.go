package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/natstest"
)

// TestOfficialJSClientScaledOut runs examples/stream as two processes sharing one
// nats-server, a web replica and a worker (docs/adr/0011-scale-out.md), and the
// official @gradio/client against the web replica: the calls run on the worker.
func TestOfficialJSClientScaledOut(t *testing.T) {
	node := officialClient(t)
	srv := natstest.Start(t)
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "stream")
	build := exec.Command("go", "build", "-o", bin, "./examples/stream")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := func(role string) string {
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		start(t, bin, nil, "GRADIO_NATS_URL="+srv.URL(), "GRADIO_ROLE="+role, "GRADIO_SERVER_NAME=127.0.0.1",
			fmt.Sprintf("GRADIO_SERVER_PORT=%d", port), "GRADIO_TEMP_DIR="+filepath.Join(t.TempDir(), role))
		return fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	web := run("web")
	run("worker")
	if err := waitReady(web); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "--test", "--test-concurrency=1", "--test-timeout=60000", "--test-force-exit", "jsscale/")
	dieWithParent(cmd)
	cmd.Env = append(os.Environ(), "WEB_URL="+web)
	out, err := cmd.CombinedOutput()
	t.Logf("node --test output:\n%s", out)
	if err != nil {
		t.Fatalf("the official client through the web replica failed: %v", err)
	}
}
