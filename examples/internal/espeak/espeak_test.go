package espeak

import (
	"context"
	"errors"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// engine returns the installed espeak-ng; CI must have it (scripts/test.sh installs
// it), elsewhere the test is skipped without it.
func engine(t *testing.T) *Engine {
	t.Helper()
	e, err := Find()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return e
}

func TestParseVoices(t *testing.T) {
	out := `Pty Language       Age/Gender VoiceName          File                 Other Languages
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 5  en-us           --/M      us-mbrola-2        mb/mb-us2            (en 7)
 5  variant         --/M      Storm              !v/Storm             (en-us 5)
 5  fr-fr           --/M      French             roa/fr
`
	got := parseVoices([]byte(out))
	want := []Voice{{"en-gb", "English (Great Britain)"}, {"en-us", "English (America)"}, {"fr-fr", "French"}}
	if !slices.Equal(got, want) {
		t.Errorf("parseVoices = %v, want %v", got, want)
	}
}

func TestDecodeWAV(t *testing.T) {
	// espeak-ng's header as it writes it to a pipe: placeholder sizes.
	head := "RIFF\x24\xf0\xff\x7fWAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x22\x56\x00\x00\x44\xac\x00\x00\x02\x00\x10\x00data\x00\xf0\xff\x7f"
	a, err := decodeWAV([]byte(head + "\x00\x40\x00\xc0\x01"))
	if err != nil || a.SampleRate != 22050 || a.Channels != 1 || !slices.Equal(a.Samples, []float32{0.5, -0.5}) {
		t.Errorf("decodeWAV = %+v, %v; want 22050 Hz mono [0.5 -0.5]", a, err)
	}
	for _, bad := range []string{"", "RIFF0000WAVE", head[:36], strings.Replace(head, "\x01\x00\x01\x00", "\x03\x00\x01\x00", 1)} {
		if _, err := decodeWAV([]byte(bad)); err == nil {
			t.Errorf("decodeWAV(%q) succeeded", bad)
		}
	}
}

func TestMissing(t *testing.T) {
	e := &Engine{}
	if _, err := e.Speak(context.Background(), "hello", Options{}); !errors.Is(err, ErrMissing) {
		t.Errorf("Speak without espeak-ng: %v", err)
	}
	if _, err := e.Voices(context.Background()); !errors.Is(err, ErrMissing) {
		t.Errorf("Voices without espeak-ng: %v", err)
	}
	if !strings.Contains(ErrMissing.Error(), "apt-get install espeak-ng") {
		t.Errorf("the error does not say how to install it: %v", ErrMissing)
	}
}

// speak returns the seconds and the RMS level of speech.
func speak(t *testing.T, e *Engine, text string, opt Options) (float64, float64) {
	t.Helper()
	a, err := e.Speak(context.Background(), text, opt)
	if err != nil {
		t.Fatalf("Speak(%q, %+v): %v", text, opt, err)
	}
	if a.SampleRate != 22050 || a.Channels != 1 {
		t.Errorf("%d Hz in %d channels, want espeak-ng's 22050 Hz mono", a.SampleRate, a.Channels)
	}
	sum := 0.0
	for _, v := range a.Samples {
		sum += float64(v) * float64(v)
	}
	return float64(len(a.Samples)) / float64(a.SampleRate*max(a.Channels, 1)), math.Sqrt(sum / float64(max(len(a.Samples), 1)))
}

func TestSpeak(t *testing.T) {
	e := engine(t)
	secs, rms := speak(t, e, "Hello from Go, this is a test.", Options{Voice: "en-us"})
	if secs < 1 || secs > 5 || rms < 0.01 {
		t.Errorf("speech lasts %.2f s at RMS %.3f; want 1 to 5 s, audible", secs, rms)
	}
	fast, _ := speak(t, e, "Hello from Go, this is a test.", Options{Voice: "en-us", Speed: 350})
	if fast > secs*0.75 {
		t.Errorf("at 350 words a minute the speech lasts %.2f s, at the default %.2f s", fast, secs)
	}
	if s, _ := speak(t, e, "Bonjour", Options{Voice: "fr-fr", Variant: "f3", Pitch: 70}); s <= 0 {
		t.Error("no French speech")
	}
	// Text that looks like an option is spoken, not obeyed.
	if s, _ := speak(t, e, "--help", Options{}); s <= 0 {
		t.Error("--help was not spoken")
	}
}

func TestSpeakRejects(t *testing.T) {
	e := engine(t)
	ctx := context.Background()
	for _, c := range []struct {
		text string
		opt  Options
	}{
		{"   ", Options{}},
		{strings.Repeat("a", MaxText+1), Options{}},
		{"hi", Options{Voice: "-w"}},
		{"hi", Options{Voice: "zz"}},
	} {
		if _, err := e.Speak(ctx, c.text, c.opt); err == nil {
			t.Errorf("Speak(%.20q, %+v) succeeded", c.text, c.opt)
		}
	}
	vs, err := e.Voices(ctx)
	if err != nil || !slices.ContainsFunc(vs, func(v Voice) bool { return v.Code == "en-us" }) {
		t.Errorf("Voices = %d voices, %v; want en-us among them", len(vs), err)
	}
}
