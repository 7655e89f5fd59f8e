package e2e

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gradio-go/gradio/internal/cutproxy"
)

// The page's event stream is cut mid-call, with messages lost in flight, as when a proxy
// restarts: the page resumes it with Last-Event-ID through the same proxy, and the
// streamed text grows to the end without a word lost or repeated, with no error shown.
func TestBrowserReconnectResumesStream(t *testing.T) {
	p := cutproxy.New(t, strings.TrimPrefix(app(t, "stream"), "http://"))
	ctx := browser(t)
	text := strings.TrimSpace(strings.Repeat("alpha beta gamma delta epsilon ", 5))
	var seen []string
	var toasts int
	var notice bool
	run(t, ctx,
		chromedp.Navigate(p.URL()),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		type_(`document.querySelector('gradio-textbox input')`, text),
		// Record, inside the page, every value the output shows, and whether a toast
		// said it was reconnecting.
		void(chromedp.Evaluate[bool](`(() => {
			const out = `+block("Streamed")+`.querySelector('input');
			window.__seen = []; window.__notice = false;
			window.__rec = setInterval(() => {
				if (window.__seen.at(-1) !== out.value) window.__seen.push(out.value);
				if (`+reconnecting+`) window.__notice = true;
			}, 5);
			return true })()`)),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Streamed")+`.querySelector('input').value.split(" ").length >= 3`),
	)
	// The app goes on sending for 300 ms into the void.
	p.Cut(300 * time.Millisecond)
	cutAt := time.Now()
	run(t, ctx,
		waitJS(block("Streamed")+`.querySelector('input').value === `+jsString(text)),
		waitJS(`!document.querySelector('.gr-progress') && !document.querySelector('.gr-spinner')`),
		eval(`(clearInterval(window.__rec), window.__seen)`, &seen),
		eval(`document.querySelectorAll('.gr-toast-error').length`, &toasts),
		eval(`window.__notice`, &notice),
	)
	t.Logf("the text was complete %v after the cut; the output showed %d values", time.Since(cutAt).Round(time.Millisecond), len(seen))
	words := strings.Fields(text)
	last := 0
	for _, v := range seen {
		n := len(strings.Fields(v))
		if v != "" && v != strings.Join(words[:n], " ") {
			t.Fatalf("the output showed %q, not a beginning of the text: a message was lost or repeated", v)
		}
		if n < last {
			t.Fatalf("the output went back from %d to %d words", last, n)
		}
		last = n
	}
	if toasts != 0 {
		t.Errorf("%d error toast(s) after the reconnect", toasts)
	}
	if notice {
		t.Errorf("a quick resume showed the Reconnecting toast; it should go unnoticed")
	}
	// The stream was resumed, not started over.
	if !regexp.MustCompile(`(?i)GET /gradio_api/queue/data\?[^\r\n]*\r\n(?:[^\r\n]+\r\n)*last-event-id: \d+\r\n`).MatchString(p.Requests()) {
		t.Errorf("the page never resumed its stream with Last-Event-ID")
	}
}

// reconnecting is true while the page shows its "Reconnecting…" toast.
const reconnecting = `[...document.querySelectorAll('.gr-toast')].some(e => e.textContent.includes("Reconnecting…"))`

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// A resume that takes more than a moment shows a "Reconnecting…" toast, which goes
// once the stream is back; the call still completes, without an error.
func TestBrowserReconnectToastWhenSlow(t *testing.T) {
	p := cutproxy.New(t, strings.TrimPrefix(app(t, "stream"), "http://"))
	ctx := browser(t)
	text := strings.TrimSpace(strings.Repeat("one two three four five ", 10))
	var toasts int
	run(t, ctx,
		chromedp.Navigate(p.URL()),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		type_(`document.querySelector('gradio-textbox input')`, text),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Streamed")+`.querySelector('input').value.split(" ").length >= 3`),
	)
	// The proxy is down for 3 s: the first resumes fail, the one after 3.5 s gets through.
	p.Refuse(3 * time.Second)
	p.Cut(0)
	run(t, ctx,
		waitJS(reconnecting),
		waitJS(block("Streamed")+`.querySelector('input').value === `+jsString(text)),
		waitJS(`!`+reconnecting),
		eval(`document.querySelectorAll('.gr-toast-error').length`, &toasts),
	)
	if toasts != 0 {
		t.Errorf("%d error toast(s) after the reconnect", toasts)
	}
}
