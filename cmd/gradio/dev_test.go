package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const devApp = `package main

import "github.com/gradio-go/gradio"

func main() {
	app := &gradio.Blocks{Title: %q, Children: []gradio.Component{&gradio.Textbox{Label: "Name"}}}
	if err := app.Launch(); err != nil {
		panic(err)
	}
}
`

// devModule writes an app in a module of its own that uses this checkout of gradio-go.
func devModule(t *testing.T, title string) string {
	t.Helper()
	root, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatal(err)
	}
	repo := filepath.Dir(strings.TrimSpace(string(root)))
	dir := t.TempDir()
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	gomod := "module devapp\n\ngo 1.26\n\nrequire github.com/gradio-go/gradio v0.0.0\n\nreplace github.com/gradio-go/gradio => " + repo + "\n"
	for name, body := range map[string]string{"go.mod": gomod, "go.sum": string(sum), "main.go": strings.Replace(devApp, "%q", `"`+title+`"`, 1)} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// syncBuffer collects a command's output from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// gradio dev serves the app, and after an edit serves the new build and tells the page
// to reload; a build that fails is reported and the last good build keeps serving.
func TestDevRebuildsOnChange(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an app several times")
	}
	dir := devModule(t, "First title")
	t.Chdir(dir)
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan int, 1)
	go func() { done <- devCmd(ctx, []string{"-addr", addr}, &out, &out) }()
	defer func() {
		cancel()
		if code := <-done; code != exitOK {
			t.Errorf("gradio dev exited with %d:\n%s", code, out.String())
		}
	}()

	base := "http://" + addr
	page := func() string {
		resp, err := http.Get(base + "/")
		if err != nil {
			return ""
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; output:\n%s", what, out.String())
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	waitFor("the first build", func() bool { return strings.Contains(page(), "<title>First title</title>") })
	if p := page(); !strings.Contains(p, devEventsPath) {
		t.Fatal("the page lacks the reload script")
	}

	// A page listening for events hears "ok", then "reload" after an edit.
	req, _ := http.NewRequestWithContext(ctx, "GET", base+devEventsPath, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	events := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				events <- name
			}
		}
		close(events)
	}()
	next := func(want string) {
		t.Helper()
		select {
		case got := <-events:
			if got != want {
				t.Fatalf("event %q, want %q", got, want)
			}
		case <-time.After(90 * time.Second):
			t.Fatalf("no %q event; output:\n%s", want, out.String())
		}
	}
	next("ok")

	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(strings.Replace(devApp, "%q", `"Second title"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	next("reload")
	if p := page(); !strings.Contains(p, "<title>Second title</title>") {
		t.Fatalf("after the edit the page is:\n%.300s", p)
	}

	// A broken edit: reported, and the last good build keeps serving.
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() { undefined() }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	next("failed")
	if p := page(); !strings.Contains(p, "<title>Second title</title>") {
		t.Fatal("the last good build stopped serving after a failed build")
	}
	if !strings.Contains(out.String(), "undefined: undefined") {
		t.Errorf("the terminal does not show the compile error:\n%s", out.String())
	}
}
