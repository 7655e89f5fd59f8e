package main

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/internal/espeak"
)

// Without espeak-ng, speaking fails with a message that says what to install.
func TestSpeakWithoutEspeak(t *testing.T) {
	a := &app{tts: &espeak.Engine{}, voices: map[string]string{}}
	_, err := a.speak(context.Background(), "hello", "none: espeak-ng is missing", "default", 170, 50)
	var ge gradio.Error
	if !errors.As(err, &ge) || !strings.Contains(ge.Message, "apt-get install espeak-ng") {
		t.Errorf("speak without espeak-ng: %v", err)
	}
}

func TestSpeakUnknownVoice(t *testing.T) {
	a := &app{tts: &espeak.Engine{Path: "/bin/false"}, voices: map[string]string{"English (en)": "en"}}
	if _, err := a.speak(context.Background(), "hello", "Klingon (tlh)", "default", 170, 50); err == nil || !strings.Contains(err.Error(), "no voice") {
		t.Errorf("an unknown voice: %v", err)
	}
}

func TestEffects(t *testing.T) {
	if _, err := effects(gradio.AudioData{}, 0, 1, false, 0, 0.5, false); err == nil {
		t.Error("effects on nothing succeeded")
	}
	in := gradio.AudioData{SampleRate: 8000, Channels: 1, Samples: make([]float32, 8000)}
	for i := range in.Samples {
		in.Samples[i] = float32(0.1 * math.Sin(float64(i)/3))
	}
	out, err := effects(in, 3, 2, true, 0.25, 0.5, true)
	if err != nil {
		t.Fatal(err)
	}
	// Twice as fast: half a second, then ten echoes of a quarter of a second.
	if d := out.Duration(); math.Abs(d-3) > 0.01 {
		t.Errorf("the result lasts %.3f s, want 3", d)
	}
	peak := 0.0
	for _, v := range out.Samples {
		peak = max(peak, math.Abs(float64(v)))
	}
	if math.Abs(peak-0.9) > 1e-6 {
		t.Errorf("the result peaks at %.3f, want 0.9", peak)
	}
}
