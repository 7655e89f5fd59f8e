package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAPISnippets runs the code the API page shows, as a user would paste it: the Go
// snippet with package client, the JavaScript one with @gradio/client, the curl one in
// bash, and the gradio command.
func TestAPISnippets(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	type endpoint struct {
		CodeSnippets map[string]string `json:"code_snippets"`
	}
	cases := []struct{ app, api, want string }{
		{"hello", "/greet", "Hello, Hello!!!"},
		{"calculator", "/calculate", "6"}, // 3 add 3
		{"stream", "/stream", "the quick brown fox jumps over the lazy dog"},
	}
	for _, c := range cases {
		t.Run(c.app, func(t *testing.T) {
			_, body, _ := get(t, app(t, c.app)+"/gradio_api/info")
			var info struct {
				NamedEndpoints map[string]endpoint `json:"named_endpoints"`
			}
			if err := json.Unmarshal([]byte(body), &info); err != nil {
				t.Fatal(err)
			}
			snips := info.NamedEndpoints[c.api].CodeSnippets
			for _, lang := range []string{"go", "javascript", "bash", "cli", "python"} {
				if snips[lang] == "" {
					t.Errorf("no %s snippet", lang)
				}
			}
			t.Run("go", func(t *testing.T) {
				dir, err := os.MkdirTemp(".", "_snippet_go_")
				if err != nil {
					t.Fatal(err)
				}
				defer os.RemoveAll(dir)
				os.WriteFile(filepath.Join(dir, "main.go"), []byte(snips["go"]), 0o644)
				cmd := exec.Command("go", "run", "./e2e/"+filepath.Base(dir))
				cmd.Dir = root
				expectOutput(t, cmd, c.want)
			})
			t.Run("javascript", func(t *testing.T) {
				if _, err := os.Stat("node_modules/@gradio/client"); err != nil {
					if inCI() {
						t.Fatal("e2e/node_modules is missing")
					}
					t.Skip("e2e/node_modules is missing")
				}
				f, err := os.CreateTemp(".", "_snippet_*.mjs")
				if err != nil {
					t.Fatal(err)
				}
				defer os.Remove(f.Name())
				f.WriteString(snips["javascript"] + "\nprocess.exit(0);\n")
				f.Close()
				expectOutput(t, exec.Command("node", f.Name()), c.want)
			})
			t.Run("curl", func(t *testing.T) {
				expectOutput(t, exec.Command("bash", "-c", snips["bash"]), c.want)
			})
			t.Run("cli", func(t *testing.T) {
				cmd := exec.Command("bash", "-c", snips["cli"])
				cmd.Env = append(os.Environ(), "PATH="+cliDir(t)+string(os.PathListSeparator)+os.Getenv("PATH"))
				expectOutput(t, cmd, c.want)
			})
		})
	}
}

func expectOutput(t *testing.T, cmd *exec.Cmd, want string) {
	t.Helper()
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), want) {
		t.Errorf("%s: %v\n%s\nwant output containing %q", strings.Join(cmd.Args, " "), err, out, want)
	}
}

// cliDir builds the gradio command once and returns its directory.
func cliDir(t *testing.T) string {
	t.Helper()
	cliOnce.Do(func() {
		root, err := moduleRoot()
		if err != nil {
			cliErr = err
			return
		}
		cliBin, cliErr = os.MkdirTemp("", "gradio-cli-*")
		if cliErr != nil {
			return
		}
		cmd := exec.Command("go", "build", "-o", cliBin, "./cmd/gradio")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			cliErr = err
			t.Logf("%s", out)
		}
	})
	if cliErr != nil {
		t.Fatal(cliErr)
	}
	return cliBin
}
