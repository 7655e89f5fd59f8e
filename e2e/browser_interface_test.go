package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserInterfaceExamplesFlagAndLive pages through an interface's examples, clicks
// one (its inputs fill in and its cached output shows), flags the result and reads it
// back from the flagging CSV, then uses a live interface, which runs as the user types.
func TestBrowserInterfaceExamplesFlagAndLive(t *testing.T) {
	base := app(t, "interface") // first: building the apps must not eat the browser's time
	ctx := browser(t)
	var rows, pages int
	run(t, ctx,
		chromedp.Navigate(base),
		chromedp.WaitVisible(css(`gradio-dataset tbody tr`)),
		eval(`document.querySelectorAll('gradio-dataset tbody tr').length`, &rows),
		eval(`document.querySelectorAll('gradio-dataset .gr-dataset-pages button').length`, &pages),
	)
	if rows != 5 || pages != 3 {
		t.Fatalf("the examples show %d rows and %d page buttons, want 5 rows (ExamplesPerPage) and 3 pages for 12 examples", rows, pages)
	}
	var csv string
	run(t, ctx,
		chromedp.Click(xpath(`//gradio-dataset//nav//button[normalize-space()="3"]`)),
		waitJS(`document.querySelectorAll('gradio-dataset tbody tr').length === 2`),
		chromedp.Click(xpath(`//gradio-dataset//td[normalize-space()="smart"]`)),
		waitJS(block("Text")+`?.querySelector('input').value === "smart"`),
		waitJS(`[...`+block("Times")+`.querySelectorAll('input')].some((i) => i.value === "3")`),
		// The output comes from the cache filled at start-up.
		waitJS(block("Reversed")+`?.querySelector('input').value === "tramstramstrams"`),
		chromedp.Click(xpath(`//button[normalize-space()="Flag"]`)),
		waitJS(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === "Saved")`),
		eval(`fetch("/flagged.csv").then((r) => r.text())`, &csv),
		// The button says Flag again after a moment.
		waitJS(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === "Flag")`),
	)
	if !strings.HasPrefix(csv, "Text,Times,Reversed,flag,username,timestamp") || !strings.Contains(csv, "\nsmart,3,tramstramstrams,,,") {
		t.Errorf("flagged CSV = %q, want the header and the flagged example", csv)
	}

	var submit bool
	run(t, ctx,
		chromedp.Navigate(base+"/live/"),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		chromedp.SendKeys(css(`gradio-textbox input`), "live go"),
		waitJS(block("Upper")+`?.querySelector('input').value === "LIVE GO"`),
		eval(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === "Submit")`, &submit),
	)
	if submit {
		t.Error("a live interface shows a Submit button")
	}
}
