package e2e

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden pins the /config, /gradio_api/info and openapi.json documents of the
// examples: any change to what clients receive shows up as a diff to review. Run
// `go test ./e2e -run TestGolden -update` to accept a change.
func TestGolden(t *testing.T) {
	docs := map[string]string{"config": "/config", "info": "/gradio_api/info", "openapi": "/gradio_api/openapi.json"}
	for _, name := range []string{"hello", "calculator", "stream", "render"} {
		for kind, path := range docs {
			t.Run(name+"."+kind, func(t *testing.T) {
				base := app(t, name)
				status, body, h := get(t, base+path)
				if status != http.StatusOK || h.Get("Content-Type") != "application/json" {
					t.Fatalf("GET %s: %d %s", path, status, h.Get("Content-Type"))
				}
				got := normalise(t, body, base)
				file := filepath.Join("testdata", name+"."+kind+".json")
				if *update {
					if err := os.WriteFile(file, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(file)
				if err != nil {
					t.Fatalf("%v (run with -update to create it)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s (run with -update to accept):\n%s", path, file, firstDiff(string(want), string(got)))
				}
			})
		}
	}
}

// TestGoldenRenderConfig pins the render_config of a render block's run (examples/render
// with three boxes): the components, listeners and layout a page receives.
func TestGoldenRenderConfig(t *testing.T) {
	base := app(t, "render")
	msgs := queueRoundTrip(t, base, `{"data":[3],"fn_index":0,"session_hash":"golden"}`, "golden")
	var rc any
	for _, m := range msgs {
		if m["msg"] == "process_completed" {
			out, _ := m["output"].(map[string]any)
			rc = out["render_config"]
		}
	}
	if rc == nil {
		t.Fatalf("no render_config in %v", msgKinds(msgs))
	}
	b, err := json.Marshal(rc)
	if err != nil {
		t.Fatal(err)
	}
	got := normalise(t, string(b), base)
	file := filepath.Join("testdata", "render.render_config.json")
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("render_config differs from %s (run with -update to accept):\n%s", file, firstDiff(string(want), string(got)))
	}
}

// normalise replaces what varies between runs (app id, port) and indents.
func normalise(t *testing.T, body, base string) []byte {
	t.Helper()
	body = strings.ReplaceAll(body, base, "http://ROOT")
	var v any
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if m, ok := v.(map[string]any); ok {
		if _, ok := m["app_id"]; ok {
			m["app_id"] = 0
		}
		// The theme's digest changes with its CSS, which package theme's golden files cover.
		if h, ok := m["theme_hash"].(string); ok && h != "" {
			m["theme_hash"] = "HASH"
		}
	}
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}
