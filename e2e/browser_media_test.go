package e2e

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// pixelAt is JavaScript that reads the colour at the centre of the image in a block.
func pixelAt(label string) string {
	return `(() => { const img = ` + block(label) + `.querySelector('img');
		const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;
		const g = c.getContext('2d'); g.drawImage(img, 0, 0);
		return Array.from(g.getImageData(c.width >> 1, c.height >> 1, 1, 1).data) })()`
}

func imageShown(label string) string {
	return block(label) + `?.querySelector('img')?.complete && ` + block(label) + `.querySelector('img').naturalWidth > 0`
}

// Upload a real PNG into the sepia example and see the processed image.
func TestBrowserSepiaUpload(t *testing.T) {
	base := app(t, "sepia")
	sepiaRoundTrip(t, browser(t), base)
}

// sepiaRoundTrip uploads a red image to examples/sepia at base, submits it, and checks
// the result's centre pixel.
func sepiaRoundTrip(t *testing.T, ctx context.Context, base string) {
	t.Helper()
	png := filepath.Join(mediaFixtures(t), "red.png")
	var px []int
	run(t, ctx,
		chromedp.Navigate(base),
		chromedp.WaitReady(css(`gradio-image input[type=file]`)),
		chromedp.SetUploadFiles(css(`gradio-image input[type=file]`), []string{png}),
		waitJS(imageShown("Photo")),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(imageShown("Sepia")),
		eval(pixelAt("Sepia"), &px),
	)
	// Sepia of (220, 40, 30) is about (123, 109, 85).
	if len(px) != 4 || abs(px[0]-123) > 3 || abs(px[1]-109) > 3 || abs(px[2]-85) > 3 {
		t.Errorf("centre pixel %v, want about [123 109 85 255]", px)
	}
}

// Capture a frame from chromium's fake camera and run the model on it.
func TestBrowserWebcamCapture(t *testing.T) {
	ctx := browser(t)
	run(t, ctx,
		chromedp.Navigate(app(t, "sepia")),
		chromedp.Click(css(`gradio-image button[aria-label="Webcam"]`)),
		chromedp.Click(xpath(`//gradio-image//button[contains(., "access the webcam")]`)),
		waitJS(`document.querySelector('gradio-image video')?.readyState >= 2`),
		chromedp.Click(xpath(`//gradio-image//button[contains(., "Capture")]`)),
		waitJS(imageShown("Photo")),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(imageShown("Sepia")),
	)
}

// Record from chromium's fake microphone: the recording is uploaded as a WAV, the
// handler gets its samples, and the result plays back.
func TestBrowserMicrophoneRecording(t *testing.T) {
	ctx := browser(t)
	var header string
	run(t, ctx,
		chromedp.Navigate(app(t, "audio")),
		chromedp.Click(xpath(`(//gradio-audio)[1]//button[normalize-space()="Microphone"]`)),
		chromedp.Click(xpath(`(//gradio-audio)[1]//button[contains(., "Record")]`)),
		chromedp.Sleep(1200*time.Millisecond),
		chromedp.Click(xpath(`(//gradio-audio)[1]//button[contains(., "Stop")]`)),
		waitJS(`!!`+block("Recording")+`?.querySelector('audio')?.src`),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(`!!`+block("Result")+`?.querySelector('audio')?.src`),
		eval(`fetch(`+block("Result")+`.querySelector('audio').src).then(r => r.arrayBuffer()).then(b =>
			String.fromCharCode(...new Uint8Array(b, 0, 4)) + String.fromCharCode(...new Uint8Array(b, 8, 4)))`, &header),
	)
	if header != "RIFFWAVE" {
		t.Errorf("the result is not a WAV: header %q", header)
	}
}

// Selecting a gallery item fires its select event.
func TestBrowserGallerySelect(t *testing.T) {
	ctx := browser(t)
	run(t, ctx,
		chromedp.Navigate(app(t, "media")),
		waitJS(`document.querySelectorAll('gradio-gallery .gr-gallery-item').length === 3`),
		chromedp.Click(css(`gradio-gallery .gr-gallery-item:nth-child(2)`)),
		waitJS(block("Selected")+`.querySelector('input').value === "selected 1 time(s)"`),
		waitJS(`document.querySelector('gradio-gallery .gr-gallery-item:nth-child(2)').getAttribute('aria-selected') === "true"`),
	)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
