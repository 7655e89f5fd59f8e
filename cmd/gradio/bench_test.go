package main

import (
	"runtime"
	"strings"
	"testing"
)

func TestBenchLists(t *testing.T) {
	code, out, _ := gradioCmd("bench")
	if code != exitOK || !strings.Contains(out, "gradio bench startup") {
		t.Errorf("gradio bench: %d %q", code, out)
	}
	if code, _, errOut := gradioCmd("bench", "nope"); code != exitUsage || !strings.Contains(errOut, `unknown benchmark "nope"`) {
		t.Errorf("gradio bench nope: %d %q", code, errOut)
	}
	if code, _, _ := gradioCmd("bench", "startup", "-n", "0"); code != exitUsage {
		t.Errorf("gradio bench startup -n 0: %d", code)
	}
}

// The startup benchmark builds and starts its three programs (this also keeps them
// compiling).
func TestBenchStartup(t *testing.T) {
	if testing.Short() || runtime.GOOS != "linux" {
		t.Skip("builds three programs; reads /proc")
	}
	code, out, errOut := gradioCmd("bench", "startup", "-n", "1", "-settle", "0")
	if code != exitOK {
		t.Fatalf("gradio bench startup: %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"hello ", "echo ", "blocks50 ", "goals"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
