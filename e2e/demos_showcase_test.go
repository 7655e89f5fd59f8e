package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// consoleErrors records the page's console errors, uncaught exceptions and failed
// loads (the browser's log entries of level error).
func consoleErrors(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	var mu sync.Mutex
	var errs []string
	if err := chromedp.Listen(ctx, func(ev any) {
		var msg string
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type != runtime.ConsoleAPICalledTypeError {
				return
			}
			var args []string
			for _, a := range e.Args {
				if a.Description != "" {
					args = append(args, a.Description)
				} else {
					args = append(args, string(a.Value))
				}
			}
			msg = "console.error: " + strings.Join(args, " ")
		case *runtime.EventExceptionThrown:
			msg = "exception: " + e.ExceptionDetails.Text
			if ex := e.ExceptionDetails.Exception; ex != nil {
				msg += " " + ex.Description
			}
		case *cdplog.EventEntryAdded:
			// The browser asks for /favicon.ico by itself, whatever the page says.
			if e.Entry.Level != cdplog.EntryLevelError || strings.HasSuffix(e.Entry.URL, "/favicon.ico") {
				return
			}
			msg = fmt.Sprintf("log: %s %s", e.Entry.Text, e.Entry.URL)
		default:
			return
		}
		mu.Lock()
		errs = append(errs, msg)
		mu.Unlock()
	}); err != nil {
		t.Fatal(err)
	}
	for _, enable := range []cdp.Command[cdp.Empty, cdp.Empty]{runtime.Enable, cdplog.Enable} {
		if _, err := chromedp.Call(ctx, enable, cdp.Empty{}); err != nil {
			t.Fatal(err)
		}
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(errs)
	}
}

// configKinds returns the kinds of the components of an app's /config, each once,
// layouts and components that render nothing (state, timer) left out.
func configKinds(t *testing.T, url string) []string {
	t.Helper()
	resp, err := http.Get(url + "/config")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var cfg struct {
		Components []struct {
			Type string `json:"type"`
		} `json:"components"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&cfg); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, c := range cfg.Components {
		switch c.Type {
		case "row", "column", "group", "tabs", "tabitem", "accordion", "form", "state", "timer":
			continue
		}
		if !slices.Contains(kinds, c.Type) {
			kinds = append(kinds, c.Type)
		}
	}
	slices.Sort(kinds)
	return kinds
}

// blockKinds is JavaScript for the blocks shown in the page: for each, its kind (from
// its gr-block-<kind> class), its element's tag, and whether the element has rendered
// something.
const blockKinds = `[...document.querySelectorAll('.gr-block')].filter(b => b.offsetParent !== null).map(b => {
	const kind = [...b.classList].find(c => c.startsWith('gr-block-'))?.slice(9) ?? '';
	const el = [...b.children].find(c => c.tagName.startsWith('GRADIO-'));
	return {kind, tag: el?.tagName.toLowerCase() ?? '', rendered: !!el && customElements.get(el.tagName.toLowerCase()) !== undefined && (el.childElementCount > 0 || (el.shadowRoot?.childElementCount ?? 0) > 0)};
})`

type shownBlock struct {
	Kind     string `json:"kind"`
	Tag      string `json:"tag"`
	Rendered bool   `json:"rendered"`
}

// Open each tab of the showcase: every component of the app renders with an element
// of its own (none as gradio-fallback), with the values the app made in Go, and the
// page logs no error. With DEMO_SCREENSHOTS=1, each tab is saved as
// e2e/screenshots/demo-showcase-<n>.png.
func TestDemoShowcase(t *testing.T) {
	url := app(t, "showcase")
	want := configKinds(t, url)
	ctx := browser(t)
	errs := consoleErrors(t, ctx)

	var tabs []string
	run(t, ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(css(`.gr-tablist`)),
		eval(`[...document.querySelectorAll('.gr-tab')].map(b => b.textContent.trim())`, &tabs),
	)
	if len(tabs) != 6 {
		t.Fatalf("tabs %q, want 6", tabs)
	}
	seen := map[string]bool{}
	for i, tab := range tabs {
		var blocks []shownBlock
		steps := []step{
			chromedp.Click(xpath(fmt.Sprintf(`//button[@role="tab"][normalize-space()=%q]`, tab))),
			waitJS(fmt.Sprintf(`document.querySelectorAll('.gr-tabpanel:not([hidden])').length === 1 &&
				document.querySelector('.gr-tabpanel:not([hidden])').id === document.querySelectorAll('.gr-tab')[%d].getAttribute('aria-controls')`, i)),
			// Every block shown has rendered its element (the lazy ones included).
			waitJS(`(` + blockKinds + `).every(b => b.rendered)`),
		}
		// The values the app made when the page loaded have arrived.
		switch tab {
		case "Images":
			steps = append(steps, waitJS(`[...document.querySelectorAll('.gr-tabpanel:not([hidden]) img')].filter(i => i.complete && i.naturalWidth > 0).length >= 8`))
		case "Media & files":
			steps = append(steps, waitJS(`!!document.querySelector('gradio-audio audio[src]') && document.querySelector('gradio-file')?.textContent.includes('planets.csv')`))
		case "Data":
			steps = append(steps, waitJS(`document.querySelectorAll('.gr-tabpanel:not([hidden]) svg, .gr-tabpanel:not([hidden]) canvas').length >= 4`))
		case "Chat":
			steps = append(steps, waitJS(`document.querySelectorAll('gradio-chatbot .gr-chat-row').length >= 2 && !!document.querySelector('gradio-chatbot .katex')`))
		}
		steps = append(steps,
			eval(blockKinds, &blocks),
			waitJS(`new Promise(r => setTimeout(() => r(true), 300))`), // let the charts finish drawing
		)
		run(t, ctx, steps...)
		demoScreenshot(t, ctx, fmt.Sprintf("showcase-%d", i+1))
		var fallback int
		run(t, ctx, eval(`document.querySelectorAll('gradio-fallback').length`, &fallback))
		if fallback != 0 {
			t.Errorf("tab %q: %d gradio-fallback elements", tab, fallback)
		}
		var kinds []string
		for _, b := range blocks {
			if b.Tag == "" || b.Tag == "gradio-fallback" || !b.Rendered {
				t.Errorf("tab %q: a %s block shows %+v", tab, b.Kind, b)
			}
			seen[b.Kind] = true
			kinds = append(kinds, b.Kind)
		}
		t.Logf("tab %q: %s", tab, strings.Join(kinds, ", "))
	}
	// The Markdown's LaTeX is typeset by KaTeX, loaded on demand, as in the chat.
	run(t, ctx, waitJS(`!!document.querySelector('gradio-markdown .katex')`))
	for _, k := range want {
		if !seen[k] {
			t.Errorf("no tab showed the %s component", k)
		}
	}
	if len(want) < 30 {
		t.Errorf("the app has %d kinds of component (%q); want every built-in one", len(want), want)
	}

	// Update everything: the display tab shows the first tab's values.
	var value string
	run(t, ctx,
		chromedp.Click(xpath(`//button[@role="tab"][normalize-space()="Text"]`)),
		type_(block("Textbox")+`.querySelector('input')`, "Grace Hopper"),
		chromedp.Click(xpath(`//button[normalize-space()="Update everything"]`)),
		chromedp.Click(xpath(`//button[@role="tab"][normalize-space()="Display"]`)),
		waitJS(block("HighlightedText")+`?.textContent.includes('Grace Hopper')`),
		eval(block("JSON")+`.textContent`, &value),
	)
	if !strings.Contains(value, "Grace Hopper") || !strings.Contains(value, "medium") {
		t.Errorf("the JSON shows %q, want the first tab's values", value)
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("the page logged errors:\n%s", strings.Join(e, "\n"))
	}
}
