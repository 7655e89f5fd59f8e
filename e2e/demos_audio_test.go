package e2e

import (
	"context"
	"io"
	"math"
	"net/http"
	"os/exec"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio/internal/media"
)

// audioShown is JavaScript true once the Audio labelled label has a sound to play.
func audioShown(label string) string {
	return `!!` + block(label) + `?.querySelector('audio')?.src`
}

// fetchAudio downloads the sound the Audio labelled label plays and decodes it.
func fetchAudio(t *testing.T, ctx context.Context, label string) media.Audio {
	t.Helper()
	var src string
	run(t, ctx, eval(block(label)+`.querySelector('audio').src`, &src))
	resp, err := http.Get(src)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	a, err := media.DecodeWAV(data)
	if err != nil {
		t.Fatalf("%s plays %s: %v", label, src, err)
	}
	return a
}

func seconds(a media.Audio) float64 {
	return float64(len(a.Samples)) / float64(max(a.Channels, 1)) / float64(a.SampleRate)
}

func rms(a media.Audio) float64 {
	sum := 0.0
	for _, v := range a.Samples {
		sum += float64(v) * float64(v)
	}
	return math.Sqrt(sum / float64(max(len(a.Samples), 1)))
}

// Type text, hear it spoken by espeak-ng, send the speech to the effects and get it
// back higher, with an echo, backwards.
func TestDemoSpeechAndEffects(t *testing.T) {
	url := app(t, "speech") // before the browser's clock starts: the first call builds every app
	ctx := browser(t)
	run(t, ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(css(`gradio-textbox textarea`)),
	)
	var notice string
	run(t, ctx, eval(`document.querySelector('gradio-markdown').textContent`, &notice))
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		// Without the program the page says what is missing; CI must have it.
		if !strings.Contains(notice, "apt-get install espeak-ng") {
			t.Errorf("without espeak-ng the page says %q", notice)
		}
		if inCI() {
			t.Fatal("espeak-ng is not installed; scripts/test.sh installs it")
		}
		t.Skip("espeak-ng is not installed (apt-get install espeak-ng)")
	}

	run(t, ctx,
		type_(block("Text")+`.querySelector('textarea')`, "The quick brown fox jumps over the lazy dog."),
		chromedp.Click(xpath(`//button[normalize-space()="Speak"]`)),
		waitJS(audioShown("Speech")),
	)
	speech := fetchAudio(t, ctx, "Speech")
	if s := seconds(speech); s < 1.5 || s > 6 || rms(speech) < 0.01 {
		t.Fatalf("the speech lasts %.2f s at RMS %.3f; want a few audible seconds", s, rms(speech))
	}
	demoScreenshot(t, ctx, "speech")

	run(t, ctx,
		chromedp.Click(xpath(`//button[normalize-space()="Send to effects"]`)),
		waitJS(audioShown("Recording")),
		type_(block("Pitch (semitones)")+`.querySelector('input.gr-slider-range')`, "5"),
		type_(block("Echo delay (seconds; 0 for none)")+`.querySelector('input.gr-slider-range')`, "0.3"),
		chromedp.Click(xpath(`//label[contains(., "Backwards")]//input`)),
		chromedp.Click(xpath(`//button[normalize-space()="Apply effects"]`)),
		waitJS(audioShown("With effects")),
	)
	fx := fetchAudio(t, ctx, "With effects")
	// The echo at half the level adds ten repeats of 0.3 s before it falls under a
	// thousandth; the pitch change keeps the length.
	if want := seconds(speech) + 3; math.Abs(seconds(fx)-want) > 0.05 {
		t.Errorf("with effects the sound lasts %.2f s, want %.2f", seconds(fx), want)
	}
	// Backwards, the quiet echo tail comes first and the speech last.
	head := media.Audio{SampleRate: fx.SampleRate, Channels: fx.Channels, Samples: fx.Samples[:len(fx.Samples)/4]}
	tail := media.Audio{SampleRate: fx.SampleRate, Channels: fx.Channels, Samples: fx.Samples[len(fx.Samples)*3/4:]}
	if rms(head) >= rms(tail) {
		t.Errorf("the first quarter (RMS %.3f) is not quieter than the last (%.3f): not backwards", rms(head), rms(tail))
	}
	demoScreenshot(t, ctx, "speech-effects")
}
