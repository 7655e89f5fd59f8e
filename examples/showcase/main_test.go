package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/gradiotest"
)

func TestShowcase(t *testing.T) {
	blocks, err := newApp(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	app, err := blocks.Build()
	if err != nil {
		t.Fatal(err)
	}
	c := gradiotest.New(app)

	// Update everything carries the first tab's values to the display tab.
	out, err := c.Predict("/update", "Grace Hopper", 7, 3, false, []string{"audio"}, "large", "Python", "#123456", "2026-02-03 04:05:06")
	if err != nil {
		t.Fatal(err)
	}
	text, _ := json.Marshal(out)
	for _, want := range []string{`"Textbox":"Grace Hopper"`, `"Dropdown":"Python"`, `"DateTime":"2026-02-03T04:05:06Z"`, `"token":"Grace Hopper"`} {
		if !strings.Contains(string(text), want) {
			t.Errorf("update gave %s, want %s in it", text, want)
		}
	}

	// The page's load fills the eight media components.
	out, err = c.Predict("/load")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 8 {
		t.Fatalf("load gave %d values, want 8", len(out))
	}
	for i, v := range out {
		if v == nil {
			t.Errorf("load value %d is empty", i)
		}
	}
}

func TestArt(t *testing.T) {
	pic := landscape()
	if s := sepia(pic); s.Bounds() != pic.Bounds() {
		t.Errorf("sepia bounds %v, want %v", s.Bounds(), pic.Bounds())
	}
	if c := pic.NRGBAAt(256, 54); c.R != 255 || c.B > 100 {
		t.Errorf("the sun's centre is %v, want yellow", c)
	}
	a := chime()
	if a.Duration() != 2 || a.Channels != 1 {
		t.Errorf("chime of %v s and %d channels", a.Duration(), a.Channels)
	}
	peak := float32(0)
	for _, s := range a.Samples {
		peak = max(peak, s, -s)
	}
	if peak < 0.1 || peak > 1 {
		t.Errorf("the chime peaks at %v, want within 0.1..1", peak)
	}
}
