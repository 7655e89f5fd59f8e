// Package e2e tests gradio-go from the outside: it builds the example apps, runs them as
// their own processes, and drives them over HTTP with Go, with the official Gradio
// JavaScript client, and (from later issues) with a real browser.
package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/pgtest"
)

// inCI reports whether missing tools must fail the tests rather than skip them.
func inCI() bool { return os.Getenv("CI") == "true" }

// apps are the programs under test, by name, with the package that builds them.
var apps = map[string]string{
	"hello":      "./examples/hello",
	"calculator": "./examples/calculator",
	"stream":     "./examples/stream",
	"testapp":    "./e2e/testapp",
	"layout":     "./examples/layout",
	"sepia":      "./examples/sepia",
	"audio":      "./examples/audio",
	"media":      "./e2e/mediaapp",
	"data":       "./e2e/dataapp",
	"auth":       "./e2e/authapp",
	"theme":      "./e2e/themeapp",
	"interface":  "./e2e/interfaceapp",
	"chat":       "./examples/chat",
	"sentiment":  "./examples/sentiment",
	"digits":     "./examples/digits",
	"speech":     "./examples/speech",
	"generate":   "./examples/generate",
	"showcase":   "./examples/showcase",
	"render":     "./examples/render",
}

var (
	cliOnce   sync.Once
	cliBin    string
	cliErr    error
	startOnce sync.Once
	startErr  error
	running   = map[string]*appProc{}
	binDir    string // where startApps built the apps
)

type appProc struct {
	url string
	cmd *exec.Cmd
	log *strings.Builder
}

// app returns the base URL of a running app, building and starting every app the first
// time it is called.
func app(t *testing.T, name string) string {
	t.Helper()
	startOnce.Do(func() { startErr = startApps() })
	if startErr != nil {
		t.Fatalf("starting the apps: %v", startErr)
	}
	p, ok := running[name]
	if !ok {
		t.Fatalf("no app %q", name)
	}
	return p.url
}

// appBinary returns the path of an app's built program, to run another copy of it.
func appBinary(t *testing.T, name string) string {
	t.Helper()
	app(t, name)
	return filepath.Join(binDir, filepath.Base(apps[name]))
}

func TestMain(m *testing.M) {
	// pgtest's runner stops the PostgreSQL server the hub tests start.
	code := pgtest.Wrap(m).Run()
	stopApps()
	os.Exit(code)
}

func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	return filepath.Dir(strings.TrimSpace(string(out))), nil
}

func startApps() error {
	root, err := moduleRoot()
	if err != nil {
		return fmt.Errorf("finding the module: %w", err)
	}
	bin, err := os.MkdirTemp("", "gradio-go-e2e-*")
	if err != nil {
		return err
	}
	binDir = bin
	args := []string{"build", "-o", bin + string(os.PathSeparator)}
	for _, pkg := range apps {
		args = append(args, pkg)
	}
	build := exec.Command("go", args...)
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	for name, pkg := range apps {
		port, err := freePort()
		if err != nil {
			return err
		}
		log := &strings.Builder{}
		cmd := exec.Command(filepath.Join(bin, filepath.Base(pkg)))
		cmd.Env = append(os.Environ(), "GRADIO_SERVER_NAME=127.0.0.1", fmt.Sprintf("GRADIO_SERVER_PORT=%d", port), "GRADIO_TEMP_DIR="+filepath.Join(bin, name+"-files"))
		cmd.Stdout, cmd.Stderr = log, log
		dieWithParent(cmd)
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("starting %s: %w", name, err)
		}
		p := &appProc{url: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, log: log}
		running[name] = p
		if err := waitReady(p.url); err != nil {
			return fmt.Errorf("%s did not come up: %v\n%s", name, err, log)
		}
	}
	return nil
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func waitReady(url string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		resp, err := http.Get(url + "/config")
		if err == nil {
			resp.Body.Close()
			// 401: the app is up and asks for a login (authapp).
			if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusUnauthorized {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("no 200 from %s/config: %v", url, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// stopApps ends every app with SIGTERM, as a user's Ctrl-C would, and checks they exit.
func stopApps() {
	for name, p := range running {
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- p.cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				fmt.Fprintf(os.Stderr, "e2e: %s exited with %v after SIGTERM\n%s", name, err, p.log)
			}
		case <-time.After(15 * time.Second):
			_ = p.cmd.Process.Kill()
			fmt.Fprintf(os.Stderr, "e2e: %s did not stop within 15s of SIGTERM\n", name)
		}
	}
}
