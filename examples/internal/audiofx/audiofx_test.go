package audiofx

import (
	"math"
	"testing"

	"github.com/gradio-go/gradio"
)

const rate = 16000

func tone(hz, seconds float64, channels int) gradio.AudioData {
	n := int(seconds * rate)
	a := gradio.AudioData{SampleRate: rate, Channels: channels, Samples: make([]float32, n*channels)}
	for i := range n {
		for c := range channels {
			a.Samples[i*channels+c] = float32(0.5 * math.Sin(2*math.Pi*hz*float64(i)/rate))
		}
	}
	return a
}

// frequency estimates the pitch of a tone's first channel from its zero crossings,
// away from the edges.
func frequency(a gradio.AudioData) float64 {
	s := split(a)[0]
	s = s[len(s)/10 : len(s)*9/10]
	crossings := 0
	for i := 1; i < len(s); i++ {
		if (s[i-1] < 0) != (s[i] < 0) {
			crossings++
		}
	}
	return float64(crossings) / 2 / (float64(len(s)) / rate)
}

func seconds(a gradio.AudioData) float64 { return a.Duration() }

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol*want }

func TestPitchKeepsLength(t *testing.T) {
	in := tone(440, 1, 2)
	for _, c := range []struct{ semitones, hz float64 }{{12, 880}, {-12, 220}, {7, 440 * math.Pow(2, 7.0/12)}} {
		out := Pitch(in, c.semitones)
		if got := frequency(out); !near(got, c.hz, 0.03) {
			t.Errorf("%+g semitones: %.1f Hz, want %.1f", c.semitones, got, c.hz)
		}
		if !near(seconds(out), 1, 0.02) || out.Channels != 2 {
			t.Errorf("%+g semitones: %.3f s in %d channels, want 1 s in 2", c.semitones, seconds(out), out.Channels)
		}
	}
	if in.Samples[100] != tone(440, 1, 2).Samples[100] {
		t.Error("the input changed")
	}
}

func TestStretchKeepsPitch(t *testing.T) {
	out := Stretch(tone(300, 1, 1), 1.5)
	if !near(seconds(out), 1.5, 0.01) || !near(frequency(out), 300, 0.03) {
		t.Errorf("stretched 1.5×: %.3f s at %.1f Hz, want 1.5 s at 300 Hz", seconds(out), frequency(out))
	}
}

func TestSpeedMovesPitch(t *testing.T) {
	out := Speed(tone(300, 1, 1), 2)
	if !near(seconds(out), 0.5, 0.01) || !near(frequency(out), 600, 0.02) {
		t.Errorf("twice as fast: %.3f s at %.1f Hz, want 0.5 s at 600 Hz", seconds(out), frequency(out))
	}
}

func TestEcho(t *testing.T) {
	// A click echoes 0.1 s later at half the level, then at a quarter...
	in := gradio.AudioData{SampleRate: rate, Channels: 1, Samples: make([]float32, rate/2)}
	in.Samples[0] = 1
	out := Echo(in, 0.1, 0.5)
	d := rate / 10
	for k, want := range []float32{1, 0.5, 0.25, 0.125} {
		if got := out.Samples[k*d]; math.Abs(float64(got-want)) > 1e-6 {
			t.Errorf("repeat %d: %v, want %v", k, got, want)
		}
	}
	// It lasts until the repeats fall under a thousandth: ten more delays.
	if want := len(in.Samples) + 10*d; len(out.Samples) != want {
		t.Errorf("%d samples, want %d", len(out.Samples), want)
	}
	if got := Echo(in, 0, 0.5); len(got.Samples) != len(in.Samples) {
		t.Error("no delay changed the length")
	}
}

func TestReverseAndNormalize(t *testing.T) {
	in := gradio.AudioData{SampleRate: rate, Channels: 2, Samples: []float32{0.1, -0.1, 0.2, -0.2, 0.3, -0.3}}
	got := Reverse(in).Samples
	want := []float32{0.3, -0.3, 0.2, -0.2, 0.1, -0.1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Reverse = %v, want %v", got, want)
		}
	}
	if n := Normalize(in, 0.9); math.Abs(float64(n.Samples[4])-0.9) > 1e-6 {
		t.Errorf("Normalize: loudest sample %v, want 0.9", n.Samples[4])
	}
	silent := gradio.AudioData{SampleRate: rate, Channels: 1, Samples: make([]float32, 10)}
	if n := Normalize(silent, 0.9); n.Samples[0] != 0 {
		t.Error("silence was amplified")
	}
}

func TestRobot(t *testing.T) {
	out := Robot(tone(440, 0.5, 1), 50)
	// Ring modulation moves 440 Hz to 390 and 490 Hz: the crossings average about 440
	// but the level beats at 100 Hz, so some 1 ms windows are nearly silent.
	quiet := 0
	for i := 0; i+16 <= len(out.Samples); i += 16 {
		peak := float32(0)
		for _, v := range out.Samples[i : i+16] {
			peak = max(peak, float32(math.Abs(float64(v))))
		}
		if peak < 0.2 {
			quiet++
		}
	}
	if quiet == 0 {
		t.Error("no beating: the sound was not modulated")
	}
}
