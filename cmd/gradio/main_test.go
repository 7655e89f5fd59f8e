package main

import (
	"bytes"
	"context"
	"iter"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func testApp(t *testing.T) string {
	t.Helper()
	name, out := &gradio.Textbox{Label: "Name"}, &gradio.Textbox{Label: "Out"}
	fin, fout := &gradio.File{Label: "In"}, &gradio.File{Label: "Out file"}
	btn := &gradio.Button{}
	btn.Click(func(s string) string { return "Hello, " + s + "!" }, gradio.In(name), gradio.Out(out), gradio.EventOptions{APIName: "greet"})
	btn.Click(func(ctx context.Context, s string) iter.Seq[string] {
		return func(yield func(string) bool) {
			for i := range 3 {
				gradio.ProgressFrom(ctx).Step(i, 3, "", "")
				if !yield(strings.Repeat(s, i+1)) {
					return
				}
			}
		}
	}, gradio.In(name), gradio.Out(out), gradio.EventOptions{APIName: "repeat"})
	btn.Click(func(s string) (string, error) { return "", gradio.Error{Title: "Nope", Message: "no " + s} }, gradio.In(name), gradio.Out(out), gradio.EventOptions{APIName: "fail"})
	btn.Click(func(f gradio.FileData) gradio.FileData { return f }, gradio.In(fin), gradio.Out(fout), gradio.EventOptions{APIName: "file"})
	app, err := (&gradio.Blocks{Children: []gradio.Component{name, fin, btn, out, fout}}).Build(gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	t.Cleanup(func() {
		srv.Close()
		_ = app.Close()
	})
	return srv.URL
}

func gradioCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCall(t *testing.T) {
	url := testApp(t)
	cases := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"positional", []string{"call", url, "/greet", "Ada"}, 0, "Hello, Ada!\n", ""},
		{"endpoint without slash", []string{"call", url, "greet", "Ada"}, 0, "Hello, Ada!\n", ""},
		{"named", []string{"call", "-named", url, "/greet", "name=Grace"}, 0, "Hello, Grace!\n", ""},
		{"json output", []string{"call", "-json", url, "/greet", "Ada"}, 0, "[\"Hello, Ada!\"]\n", ""},
		{"streaming: the final value", []string{"call", url, "/repeat", "ab"}, 0, "ababab\n", ""},
		{"app error", []string{"call", url, "/fail", "way"}, 1, "", "Nope: no way"},
		{"missing endpoint", []string{"call", url, "/nope"}, 1, "", `no endpoint "/nope"`},
		{"wrong number of args", []string{"call", url, "/greet", "a", "b"}, 1, "", "takes 1 value(s), got 2"},
		{"wrong type", []string{"call", url, "/greet", "42"}, 1, "", "expected a string, got a number"},
		{"bad named arg", []string{"call", "-named", url, "/greet", "Ada"}, 2, "", "name=value"},
		{"no endpoint given", []string{"call", url}, 2, "", "want a URL and an /endpoint"},
		{"unreachable", []string{"call", "http://127.0.0.1:1", "/greet", "x"}, 1, "", "gradio call:"},
		{"unknown command", []string{"frobnicate"}, 2, "", "unknown command"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := gradioCmd(c.args...)
			if code != c.code || stdout != c.stdout || !strings.Contains(stderr, c.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, stdout %q, stderr containing %q", code, stdout, stderr, c.code, c.stdout, c.stderr)
			}
		})
	}
}

func TestCallWithFiles(t *testing.T) {
	url := testApp(t)
	src := filepath.Join(t.TempDir(), "data.txt")
	os.WriteFile(src, []byte("file body"), 0o644)
	dir := t.TempDir()
	code, stdout, stderr := gradioCmd("call", "-o", dir, url, "/file", "@"+src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	saved := strings.TrimSpace(stdout)
	if filepath.Dir(saved) != dir {
		t.Fatalf("printed %q, want a path in %s", saved, dir)
	}
	if b, _ := os.ReadFile(saved); string(b) != "file body" {
		t.Errorf("saved file holds %q", b)
	}
}

func TestInfo(t *testing.T) {
	url := testApp(t)
	code, stdout, stderr := gradioCmd("info", url)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"/greet(name: str) -> (str)", "/file(in: filepath) -> (filepath)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("info lacks %q:\n%s", want, stdout)
		}
	}
	if code, _, stderr := gradioCmd("info"); code != 2 || !strings.Contains(stderr, "want one URL") {
		t.Errorf("info without URL: %d %s", code, stderr)
	}
}
