package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// demoScreenshot saves the page as e2e/screenshots/demo-<name>.png when
// DEMO_SCREENSHOTS is set, to look at a demo as its users see it.
func demoScreenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if os.Getenv("DEMO_SCREENSHOTS") == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("no screenshot: %v", err)
		return
	}
	dir, _ := filepath.Abs("screenshots")
	_ = os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, "demo-"+name+".png"), png, 0o644); err != nil {
		t.Logf("no screenshot: %v", err)
	}
}

// topLabel is JavaScript for the class a Label shows on top.
func topLabel(label string) string {
	return block(label) + `?.querySelector('.gr-classification-top')?.textContent.trim()`
}

// Type a review into the sentiment demo: the trained model labels it, and the
// explanation shades the words that decided it.
func TestDemoSentiment(t *testing.T) {
	url := app(t, "sentiment") // before the browser's clock starts: the first call builds every app
	ctx := browser(t)
	type scored struct {
		Token string  `json:"token"`
		Score float64 `json:"score"`
	}
	var confidences []string
	var words []scored
	run(t, ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(css(`gradio-textbox textarea`)),
		type_(block("Text")+`.querySelector('textarea')`, "The soup was cold and the waiter was rude."),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(topLabel("Sentiment")+` === "negative"`),
		eval(`[...`+block("Sentiment")+`.querySelectorAll('.gr-confidence-name')].map(e => e.textContent.trim())`, &confidences),
		waitJS(block("Why: each word left out in turn")+`?.querySelectorAll('mark.gr-ht-token').length > 0`),
		eval(`[...`+block("Why: each word left out in turn")+`.querySelectorAll('mark.gr-ht-token')].map(m =>
			({token: m.textContent.trim(), score: Number(m.getAttribute('aria-label').match(/confidence (-?[\d.e-]+)/)[1])}))`, &words),
	)
	demoScreenshot(t, ctx, "sentiment")
	if strings.Join(confidences, ",") != "negative,neutral,positive" && strings.Join(confidences, ",") != "negative,positive,neutral" {
		t.Errorf("confidences %q, want negative first then the two others", confidences)
	}
	best := scored{Score: -2}
	for _, w := range words {
		if w.Score > best.Score {
			best = w
		}
	}
	if best.Token != "rude" && best.Token != "cold" || best.Score != 1 {
		t.Errorf("the strongest word is %+v, want rude or cold at 1 (all: %+v)", best, words)
	}

	// A positive review flips the label; the clear button empties everything.
	run(t, ctx,
		type_(block("Text")+`.querySelector('textarea')`, "What a wonderful film, I loved every minute of it!"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(topLabel("Sentiment")+` === "positive"`),
		waitJS(`[...`+block("Why: each word left out in turn")+`.querySelectorAll('mark.gr-ht-token')].some(m => m.textContent === "wonderful")`),
	)
}
