package e2e

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestOfficialJSClient runs the conformance suite in js/ with the official
// @gradio/client (pinned in package-lock.json) against the example apps.
func TestOfficialJSClient(t *testing.T) {
	node := officialClient(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	// --test-force-exit: a client of an app with State holds its heartbeat stream open
	// (the JS client has no way to close it), which would keep node running.
	cmd := exec.CommandContext(ctx, node, "--test", "--test-concurrency=1", "--test-timeout=60000", "--test-force-exit", "js/")
	dieWithParent(cmd)
	cmd.Env = append(os.Environ(),
		"HELLO_URL="+app(t, "hello"),
		"CALCULATOR_URL="+app(t, "calculator"),
		"STREAM_URL="+app(t, "stream"),
		"TESTAPP_URL="+app(t, "testapp"),
		"MEDIA_URL="+app(t, "media"),
		"DATA_URL="+app(t, "data"),
		"AUTH_URL="+app(t, "auth"),
		"CHAT_URL="+app(t, "chat"),
		"RENDER_URL="+app(t, "render"),
		"FIXTURES="+mediaFixtures(t),
	)
	out, err := cmd.CombinedOutput()
	t.Logf("node --test output:\n%s", out)
	if err != nil {
		t.Fatalf("the official client's conformance suite failed: %v", err)
	}
}

// officialClient returns node, with the official @gradio/client installed in
// e2e/node_modules; outside CI it skips the test when either is missing.
func officialClient(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		if inCI() {
			t.Fatal("node is not installed; the official client's tests need Node.js 20+")
		}
		t.Skip("node is not installed")
	}
	if _, err := os.Stat(filepath.Join("node_modules", "@gradio", "client", "package.json")); err != nil {
		if inCI() {
			t.Fatal("e2e/node_modules is missing: run `npm ci --prefix e2e` (the test script does)")
		}
		t.Skip("e2e/node_modules is missing: run `npm ci --prefix e2e`")
	}
	return node
}
