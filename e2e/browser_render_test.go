package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserRender drives examples/render: the slider chooses how many boxes a render
// block shows; a box's button, wired inside the render, reverses its text and writes to
// a box outside it; a keyed box keeps what was typed into it when the boxes are rebuilt.
func TestBrowserRender(t *testing.T) {
	base := app(t, "render") // first: building the apps must not eat the browser's time
	ctx := browser(t)
	boxes := `document.querySelectorAll('gradio-textbox').length - 1` // but "Last reversed"
	slide := func(v string) step {
		return void(chromedp.Evaluate[bool](`(() => { const el = document.querySelector('gradio-slider input[type=range]');
			el.value = "` + v + `"; el.dispatchEvent(new Event("input", {bubbles: true})); return true })()`))
	}
	input := func(label string) string { return block(label) + `?.querySelector('input')` }
	// click presses the button next to a box, in its row.
	click := func(label string) step {
		return void(chromedp.Evaluate[bool](block(label) + `.parentElement.querySelector('gradio-button button').click() || true`))
	}
	var n int
	var kept, last string
	run(t, ctx,
		chromedp.Navigate(base),
		// The page runs the render when it loads: two boxes, as the slider says.
		waitJS(boxes+` === 2`),
		type_(input("Box 2"), "hello"),
		slide("4"),
		waitJS(boxes+` === 4`),
		eval(input("Box 2")+`.value`, &kept),
		// The kept value is what the new run's listener reads.
		click("Box 2"),
		waitJS(input("Box 2")+`.value === "olleh"`),
		type_(input("Box 4"), "abc"),
		click("Box 4"),
		waitJS(input("Box 4")+`.value === "cba"`),
		waitJS(input("Last reversed")+`.value === "cba"`),
		eval(input("Last reversed")+`.value`, &last),
		slide("1"),
		waitJS(boxes+` === 1`),
		eval(boxes, &n),
	)
	if kept != "hello" {
		t.Errorf("Box 2 after the boxes were rebuilt = %q, want what was typed (its Key keeps it)", kept)
	}
	if last != "cba" || n != 1 {
		t.Errorf("last reversed %q, %d boxes at the end", last, n)
	}
	// The one button left works, with the listener of the latest run.
	run(t, ctx,
		type_(input("Box 1"), "xyz"),
		click("Box 1"),
		waitJS(input("Box 1")+`.value === "zyx"`),
		waitJS(input("Last reversed")+`.value === "zyx"`),
	)
}
