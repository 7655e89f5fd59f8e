package room

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func post(t *testing.T, url, tok, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if tok != "" {
		req.Header.Set(TokenHeader, tok)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var m map[string]any
	b, _ := io.ReadAll(res.Body)
	_ = json.Unmarshal(b, &m)
	return res.StatusCode, m
}

// readFrames reads data frames from an SSE body until want frames (heartbeats skipped).
func readFrames(t *testing.T, br *bufio.Reader, want int) []map[string]any {
	t.Helper()
	var out []map[string]any
	for len(out) < want {
		line, err := br.ReadString('\n')
		if err != nil {
			t.Fatalf("stream ended after %d frames: %v", len(out), err)
		}
		if d, ok := strings.CutPrefix(strings.TrimSpace(line), "data: "); ok {
			var m map[string]any
			if json.Unmarshal([]byte(d), &m) != nil || m["type"] == "heartbeat" {
				continue
			}
			out = append(out, m)
		}
	}
	return out
}

func TestHTTPRoutes(t *testing.T) {
	h := NewHub(Options{Components: map[int]bool{1: true}, JoinAs: Viewer, Heartbeat: 50 * time.Millisecond}, true)
	defer h.Close()
	srv := httptest.NewServer(h)
	defer srv.Close()
	base := srv.URL + "/gradio_api/room/"

	code, created := post(t, base+"create", "", `{"name":"Ann"}`)
	if code != 200 || created["role"] != "owner" || created["token"] == "" {
		t.Fatalf("create: %d %v", code, created)
	}
	id, otok := created["room"].(string), created["token"].(string)
	code, joined := post(t, base+id+"/join", "", `{"name":"Val\u0007"}`)
	if code != 200 || joined["role"] != "viewer" || joined["name"] != "Val" {
		t.Fatalf("join: %d %v", code, joined)
	}
	vtok := joined["token"].(string)

	req, _ := http.NewRequest("GET", base+id+"/events", nil)
	req.Header.Set(TokenHeader, vtok)
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("events: %v %v", err, res.Status)
	}
	defer res.Body.Close()
	br := bufio.NewReader(res.Body)
	if f := readFrames(t, br, 1); f[0]["type"] != "snapshot" || f[0]["you"].(map[string]any)["role"] != "viewer" {
		t.Fatalf("first frame: %v", f[0])
	}
	if code, m := post(t, base+id+"/intent", otok, `{"kind":"value","component":1,"value":"hi"}`); code != 200 {
		t.Fatalf("owner's intent: %d %v", code, m)
	}
	if f := readFrames(t, br, 1); f[0]["type"] != "value" || f[0]["value"] != "hi" {
		t.Fatalf("delta: %v", f[0])
	}
	code, m := post(t, base+id+"/intent", vtok, `{"kind":"value","component":1,"value":"no"}`)
	if code != 403 || !strings.Contains(m["detail"].(string), "viewer") {
		t.Fatalf("viewer's intent: %d %v", code, m)
	}
	if code, _ := post(t, base+id+"/intent", vtok, `{"kind":"value"`); code != 400 {
		t.Fatalf("bad JSON: %d", code)
	}
	if code, _ := post(t, base+id+"/intent", "nope", `{"kind":"lock","locked":true}`); code != 401 {
		t.Fatalf("forged token: %d", code)
	}
	if code, _ := post(t, base+"nope/join", "", `{}`); code != 404 {
		t.Fatalf("missing room: %d", code)
	}
	big := `{"kind":"value","component":1,"value":"` + strings.Repeat("x", 300<<10) + `"}`
	if code, _ := post(t, base+id+"/intent", otok, big); code != 413 {
		t.Fatalf("large value: %d", code)
	}
	if code, _ := post(t, base+id+"/leave", vtok, ``); code != 200 {
		t.Fatalf("leave: %d", code)
	}
	// The viewer's own stream ends once it left.
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			break
		}
		if strings.Contains(line, `"ended"`) {
			break
		}
	}
}
