package e2e

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// mouseDigits are digits as a person draws them with a mouse on the digits demo's
// 280×280 canvas: strokes through these points.
var mouseDigits = map[string][][][2]float64{
	"0": {{{140, 40}, {90, 60}, {70, 140}, {90, 220}, {140, 240}, {190, 220}, {210, 140}, {190, 60}, {140, 40}}},
	"3": {{{80, 60}, {140, 40}, {195, 70}, {180, 120}, {130, 140}, {190, 165}, {195, 215}, {140, 245}, {80, 225}}},
	"4": {{{160, 40}, {70, 170}, {210, 170}}, {{170, 100}, {170, 245}}},
	"7": {{{75, 50}, {205, 50}, {120, 245}}},
}

// drawWithMouse draws strokes on the sketchpad's canvas with mouse events: a press, a
// move every few pixels, a release, for each stroke. Points are in canvas pixels.
func drawWithMouse(t *testing.T, ctx context.Context, strokes [][][2]float64) {
	t.Helper()
	var r []float64
	run(t, ctx, eval(`(() => { const c = document.querySelector('gradio-imageeditor canvas.gr-editor-canvas');
		const r = c.getBoundingClientRect(); return [r.left, r.top, r.width / c.width, r.height / c.height] })()`, &r))
	at := func(p [2]float64) (float64, float64) { return r[0] + p[0]*r[2], r[1] + p[1]*r[3] }
	var steps []step
	for _, s := range strokes {
		x, y := at(s[0])
		steps = append(steps, chromedp.MouseEvent(chromedp.MousePressed, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
		for i := 1; i < len(s); i++ {
			n := max(1, int(math.Hypot(s[i][0]-s[i-1][0], s[i][1]-s[i-1][1])/8))
			for k := 1; k <= n; k++ {
				f := float64(k) / float64(n)
				x, y = at([2]float64{s[i-1][0] + f*(s[i][0]-s[i-1][0]), s[i-1][1] + f*(s[i][1]-s[i-1][1])})
				steps = append(steps, chromedp.MouseEvent(chromedp.MouseMoved, x, y, chromedp.ButtonLeft))
			}
		}
		steps = append(steps, chromedp.MouseEvent(chromedp.MouseReleased, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	}
	run(t, ctx, steps...)
}

// Draw digits with the mouse on the sketchpad: the network reads each one as it is
// drawn, and explains it with a heat map over the drawing.
func TestDemoDigitsDrawn(t *testing.T) {
	url := app(t, "digits") // before the browser's clock starts: the first call builds every app
	ctx := browser(t)
	run(t, ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(css(`gradio-imageeditor canvas.gr-editor-canvas`)),
	)
	for i, digit := range []string{"7", "3", "4", "0"} {
		if i > 0 {
			run(t, ctx,
				chromedp.Click(css(`gradio-imageeditor button[aria-label="Clear"]`)),
				waitJS(`!`+topLabel("Digit")),
			)
		}
		drawWithMouse(t, ctx, mouseDigits[digit])
		// Each stroke is read when it ends; the answer settles once the last one is.
		if got := waitTop(t, ctx, "Digit", digit); got != digit {
			demoScreenshot(t, ctx, "digits-"+digit)
			t.Errorf("drew a %s, the network read %q", digit, got)
			continue
		}
		heat := block("Why: the ink that decided it")
		run(t, ctx,
			// The heat map shows the drawing under two masks, named for the answer.
			waitJS(heat+`?.querySelectorAll('.gr-annotated-mask').length === 2`),
			waitJS(fmt.Sprintf(`[...%s.querySelectorAll('.gr-annotated-label')].map(l => l.textContent.trim()).join() === "for %s,against %s"`, heat, digit, digit)),
			waitJS(imageShown("What the network sees (28×28)")),
		)
	}
	demoScreenshot(t, ctx, "digits")
}

// waitTop waits up to ten seconds for the Label labelled label to show want on top,
// and returns what it shows.
func waitTop(t *testing.T, ctx context.Context, label, want string) string {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_ = chromedp.Do(wctx, waitJS(fmt.Sprintf(`%s === %q`, topLabel(label), want)))
	var got string
	run(t, ctx, eval(topLabel(label)+` ?? ""`, &got))
	return got
}
