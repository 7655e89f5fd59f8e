package frontend

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// sseScript bundles src/core/sse.ts with esbuild and runs it on the inputs it reads as
// JSON: each input is decoded whole and again fed one character at a time, as stream
// chunks may split it anywhere.
const sseScript = `
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
const r = await esbuild.build({ entryPoints: ["src/core/sse.ts"], bundle: true, write: false, format: "esm", logLevel: "error" });
const m = await import("data:text/javascript;base64," + Buffer.from(r.outputFiles[0].text).toString("base64"));
const req = JSON.parse(readFileSync(0, "utf8"));
const frames = req.frames.map((s) => {
  const whole = m.cutFrames(s);
  let rest = "";
  const parts = [];
  for (const ch of s) {
    const c = m.cutFrames(rest + ch);
    rest = c.rest;
    parts.push(...c.frames);
  }
  return { frames: whole.frames, rest: whole.rest, bytewise: parts, bytewiseRest: rest };
});
const ids = req.ids.map((s) => m.eventID(s));
const later = req.later.map(([a, b]) => m.later(a, b));
process.stdout.write(JSON.stringify({ frames, ids, later }));
`

type tsFrame struct {
	ID   *string `json:"id"`
	Data string  `json:"data"`
}

type tsDecoded struct {
	Frames       []tsFrame `json:"frames"`
	Rest         string    `json:"rest"`
	Bytewise     []tsFrame `json:"bytewise"`
	BytewiseRest string    `json:"bytewiseRest"`
}

// runSSE runs the web UI's decoder on the inputs with node, skipping the test when node
// or the frontend's dependencies are not installed (outside CI).
func runSSE(t *testing.T, frames, ids []string, later [][2]string) (dec []tsDecoded, gotIDs []*string, gotLater []bool) {
	t.Helper()
	node, err := exec.LookPath("node")
	if _, err2 := os.Stat(filepath.Join("node_modules", "esbuild")); err != nil || err2 != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node and the frontend's node_modules are needed (npm ci in frontend/)")
		}
		t.Skip("node or frontend/node_modules is missing")
	}
	in, _ := json.Marshal(map[string]any{"frames": frames, "ids": ids, "later": later})
	cmd := exec.Command(node, "--input-type=module", "-e", sseScript)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var res struct {
		Frames []tsDecoded `json:"frames"`
		IDs    []*string   `json:"ids"`
		Later  []bool      `json:"later"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node's answer: %v: %s", err, out)
	}
	return res.Frames, res.IDs, res.Later
}

func showTS(fs []tsFrame) string {
	var b strings.Builder
	for _, f := range fs {
		if f.ID != nil {
			b.WriteString(*f.ID)
		} else {
			b.WriteString("-")
		}
		b.WriteString("|" + f.Data + ";")
	}
	return b.String()
}

// The web UI's decoder of event streams (src/core/sse.ts): frames, their ids, and the
// order of ids, on table cases and on random inputs, whole and split into characters.
func TestSSEDecoder(t *testing.T) {
	frameCases := []struct{ in, want, rest string }{
		{"data: {\"a\":1}\n\n", "-|{\"a\":1};", ""},
		{"id: 7\ndata: x\n\n", "7|x;", ""},
		{"id:7\ndata:x\n\n", "7|x;", ""},
		{"data:  x\n\n", "-| x;", ""},
		{"id: 8\r\ndata: y\r\n\r\n", "8|y;", ""},
		{"id: 0042\ndata: y\n\n", "42|y;", ""},
		{"id: 1x\ndata: z\n\n", "-|z;", ""},
		{"id: 123456789012345678901\ndata: z\n\n", "-|z;", ""},
		{"data: a\ndata: b\n\n", "-|a\nb;", ""},
		{": hi\n\ndata: a\n\n", "-|a;", ""},
		{"event: complete\ndata: [1]\n\n", "-|[1];", ""},
		{"id: 1\ndata: a\n\nid: 2\ndata: b", "1|a;", "id: 2\ndata: b"},
		{"id: 3\n\n", "3|;", ""},
	}
	idCases := []struct {
		in   string
		want string // "" for null
	}{
		{"0", "0"}, {"000", "0"}, {"0042", "42"}, {" 17 ", "17"}, {"18446744073709551615", "18446744073709551615"},
		{"", ""}, {"-1", ""}, {"1e3", ""}, {"4 2", ""}, {"٣", ""}, {"123456789012345678901", ""},
	}
	laterCases := []struct {
		a, b string
		want bool
	}{
		{"2", "1", true}, {"1", "2", false}, {"10", "9", true}, {"9", "10", false}, {"5", "5", false},
		{"1764312345678901", "1764312345678900", true}, {"18446744073709551615", "9007199254740993", true},
	}
	// Random inputs from the pieces of event streams, for properties only.
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"id: ", "id:", "data: ", "data:", "event: x", ": c", "\n", "\n", "\r\n", "\r", "12", "007", "0", "{}", "x", " ", "99999999999999999999999"}
	var inputs []string
	for _, c := range frameCases {
		inputs = append(inputs, c.in)
	}
	for range 400 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		inputs = append(inputs, b.String())
	}
	var ids []string
	for _, c := range idCases {
		ids = append(ids, c.in)
	}
	var pairs [][2]string
	for _, c := range laterCases {
		pairs = append(pairs, [2]string{c.a, c.b})
	}
	dec, gotIDs, gotLater := runSSE(t, inputs, ids, pairs)
	if len(dec) != len(inputs) || len(gotIDs) != len(ids) || len(gotLater) != len(pairs) {
		t.Fatalf("node answered %d, %d, %d results", len(dec), len(gotIDs), len(gotLater))
	}
	for i, c := range frameCases {
		if got := showTS(dec[i].Frames); got != c.want || dec[i].Rest != c.rest {
			t.Errorf("cutFrames(%q) = %q, rest %q; want %q, rest %q", c.in, got, dec[i].Rest, c.want, c.rest)
		}
	}
	valid := regexp.MustCompile(`^(0|[1-9][0-9]{0,19})$`)
	for i, in := range inputs {
		d := dec[i]
		if showTS(d.Frames) != showTS(d.Bytewise) {
			t.Errorf("cutFrames(%q): whole %q, one character at a time %q", in, showTS(d.Frames), showTS(d.Bytewise))
		}
		for _, f := range d.Frames {
			if f.ID != nil && !valid.MatchString(*f.ID) {
				t.Errorf("cutFrames(%q) gave the id %q", in, *f.ID)
			}
		}
	}
	for i, c := range idCases {
		got := ""
		if gotIDs[i] != nil {
			got = *gotIDs[i]
		}
		if got != c.want {
			t.Errorf("eventID(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for i, c := range laterCases {
		if gotLater[i] != c.want {
			t.Errorf("later(%s, %s) = %v", c.a, c.b, gotLater[i])
		}
	}
}
