package e2e

import (
	"bufio"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
)

// peakRSS reads an app process's peak resident memory (VmHWM), in KiB; 0 where /proc
// is not available.
func peakRSS(t *testing.T, name string) int64 {
	t.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", running[name].cmd.Process.Pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	return 0
}

// TestHostileProcess attacks a real app process with its default limits (32 MiB bodies,
// 64 KiB headers): bodies just within the limit must not blow its memory up, over-long
// headers and session hashes are refused, and it still answers afterwards. The
// in-process tables of every route are in internal/server/hostile*_test.go.
func TestHostileProcess(t *testing.T) {
	hello := app(t, "hello")
	before := peakRSS(t, "hello")
	within := (32 << 20) - 1024
	bodies := []struct{ name, path, body string }{
		{"16 million values", "/gradio_api/call/greet", `{"data":[` + strings.Repeat("0,", within/2) + `0]}`},
		{"16 million values", "/gradio_api/queue/join", `{"fn_index":0,"session_hash":"s","data":[` + strings.Repeat("0,", within/2) + `0]}`},
		{"10 million empty arrays", "/gradio_api/run/greet", `{"data":[` + strings.Repeat("[],", within/3) + `0]}`},
		{"30 MiB session hash", "/gradio_api/call/greet", `{"data":["x"],"session_hash":"` + strings.Repeat("s", within-64) + `"}`},
	}
	for _, b := range bodies {
		status, out := post(t, hello+b.path, b.body)
		if status != http.StatusBadRequest {
			t.Errorf("%s to %s: %d %.200s, want 400", b.name, b.path, status, out)
		}
	}
	if after := peakRSS(t, "hello"); before > 0 {
		t.Logf("peak RSS of the app: %d MiB before, %d MiB after %d bodies of 32 MiB", before>>10, after>>10, len(bodies))
		// Reading a body takes up to twice its size; decoding 16 million values used to
		// take some 2 GiB.
		if after-before > 400<<10 {
			t.Errorf("the app's peak memory grew by %d MiB", (after-before)>>10)
		}
	}
	req, _ := http.NewRequest("GET", hello+"/config", nil)
	req.Header.Set("X-Big", strings.Repeat("h", 100<<10))
	if resp, err := client.Do(req); err != nil {
		t.Error(err)
	} else {
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("100 KiB of headers: %d, want 431", resp.StatusCode)
		}
	}
	status, body := post(t, hello+"/gradio_api/call/greet", `{"data":["after"]}`)
	if status != http.StatusOK {
		t.Fatalf("after the attacks: %d %s", status, body)
	}
	if _, stream, _ := get(t, hello+"/gradio_api/call/greet/"+eventID(t, body)); !strings.Contains(stream, "Hello, after!") {
		t.Errorf("after the attacks: %q", stream)
	}
}
