package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio"
)

// chromiumPath finds Debian's chromium (the test script installs it).
func chromiumPath(t testing.TB) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if inCI() {
		t.Fatal("chromium is not installed; the browser tests need Debian's chromium package")
	}
	t.Skip("chromium is not installed (apt-get install chromium); skipping browser tests")
	return ""
}

// browser starts a headless chromium for one test, with the flags this machine's closed
// network needs, and saves a screenshot if the test fails. Its camera and microphone
// are chromium's fake devices (a test pattern and a beep), allowed without a prompt.
func browser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.Flag("use-fake-device-for-media-stream", true),
		chromedp.Flag("use-fake-ui-for-media-stream", true),
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	opts = append(opts, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() {
		if t.Failed() {
			screenshot(t, ctx)
		}
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	return ctx
}

// screenshot saves the page to e2e/screenshots/<test>.png for a failed test.
func screenshot(t *testing.T, ctx context.Context) {
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	png, err := chromedp.Run(sctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("no screenshot: %v", err)
		return
	}
	dir, _ := filepath.Abs("screenshots")
	_ = os.MkdirAll(dir, 0o755)
	file := filepath.Join(dir, strings.ReplaceAll(t.Name(), "/", "_")+".png")
	if err := os.WriteFile(file, png, 0o644); err == nil {
		t.Logf("screenshot of the failure: %s", file)
	}
}

type step = chromedp.Action[chromedp.Void]

func run(t *testing.T, ctx context.Context, steps ...step) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// void drops an action's value, to use it as a step.
func void[T any](a chromedp.Action[T]) step {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, tg)
		return chromedp.Void{}, err
	}
}

// into runs an action that gives a value and stores the value.
func into[T any](a chromedp.Action[T], dst *T) step {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		v, err := a(ctx, tg)
		*dst = v
		return chromedp.Void{}, err
	}
}

// waitJS polls a JavaScript condition until it is true.
func waitJS(expr string) step {
	return void(chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond)))
}

// eval evaluates an expression and stores its value (awaiting it if it is a promise).
func eval[T any](expr string, dst *T) step {
	return into(chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise), dst)
}

type (
	css   = chromedp.CSS
	xpath = chromedp.Search
	js    = chromedp.JSPath
)

// type_ replaces the text of an input as a user would, firing its input event.
func type_(elemJS, text string) step {
	return void(chromedp.Evaluate[bool](fmt.Sprintf(`(() => { const el = %s; el.focus(); el.value = %q;
		el.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, elemJS, text)))
}

// block selects the component box whose label is label.
func block(label string) string {
	return fmt.Sprintf(`[...document.querySelectorAll('.gr-block')].find(b => b.querySelector('.gr-label')?.textContent.trim() === %q)`, label)
}

func TestBrowserHello(t *testing.T) {
	ctx := browser(t)
	var out string
	run(t, ctx,
		chromedp.Navigate(app(t, "hello")),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		chromedp.SendKeys(css(`gradio-textbox input`), "Ada"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Greeting")+`?.querySelector('input').value === "Hello, Ada!"`),
		eval(block("Greeting")+`.querySelector('input').value`, &out),
	)
	if out != "Hello, Ada!" {
		t.Errorf("greeting = %q", out)
	}
	// Enter in the name box submits too.
	run(t, ctx,
		type_(`document.querySelector('gradio-textbox input')`, "Grace"),
		chromedp.SendKeys(css(`gradio-textbox input`), "\r"),
		waitJS(block("Greeting")+`?.querySelector('input').value === "Hello, Grace!"`),
	)
}

func TestBrowserCalculatorErrorToast(t *testing.T) {
	ctx := browser(t)
	var toast string
	run(t, ctx,
		chromedp.Navigate(app(t, "calculator")),
		chromedp.WaitVisible(css(`gradio-number input`)),
		type_(block("num1")+`.querySelector('input')`, "1"),
		chromedp.Click(xpath(`//input[@type="radio"][@value="divide"]`)),
		type_(block("num2")+`.querySelector('input')`, "0"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		chromedp.WaitVisible(css(`.gr-toast-error`)),
		into(chromedp.Text(css(`.gr-toast-error`)), &toast),
	)
	if !strings.Contains(toast, "Cannot divide by zero!") || !strings.Contains(toast, "Math") {
		t.Errorf("toast = %q, want the title Math and the message", toast)
	}
}

func TestBrowserStreamShowsProgressAndIntermediateText(t *testing.T) {
	ctx := browser(t)
	var seen []string
	var sawProgress bool
	run(t, ctx,
		chromedp.Navigate(app(t, "stream")),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		type_(`document.querySelector('gradio-textbox input')`, "one two three four five six"),
		// Record, inside the page, every value the output shows and whether a progress
		// bar appeared, so that a slow test machine cannot miss them between polls.
		void(chromedp.Evaluate[bool](`(() => {
			const out = `+block("Streamed")+`.querySelector('input');
			window.__seen = []; window.__progress = false;
			window.__rec = setInterval(() => {
				if (window.__seen.at(-1) !== out.value) window.__seen.push(out.value);
				if (document.querySelector('.gr-progress')) window.__progress = true;
			}, 5);
			return true })()`)),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Streamed")+`.querySelector('input').value === "one two three four five six"`),
		waitJS(`!document.querySelector('.gr-progress') && !document.querySelector('.gr-spinner')`),
		eval(`(clearInterval(window.__rec), window.__seen)`, &seen),
		eval(`window.__progress`, &sawProgress),
	)
	partial := 0
	for _, v := range seen {
		if n := len(strings.Fields(v)); n > 0 && n < 6 {
			partial++
		}
	}
	if partial < 2 {
		t.Errorf("saw %d intermediate values (%q); want the text to grow word by word", partial, seen)
	}
	if !sawProgress {
		t.Error("no progress bar while streaming")
	}
}

func TestBrowserTabsAndAccordion(t *testing.T) {
	ctx := browser(t)
	run(t, ctx,
		chromedp.Navigate(app(t, "layout")),
		chromedp.WaitVisible(css(`.gr-tab`)),
		// The first tab is open; the second's content is not even built yet.
		waitJS(block("Name")+` && `+block("Name")+`.offsetParent !== null`),
		waitJS(`!`+block("a × b")),
		chromedp.Click(xpath(`//button[@role="tab"][normalize-space()="Numbers"]`)),
		waitJS(block("a × b")+`?.offsetParent != null`),
		waitJS(block("Name")+`.offsetParent === null`),
		chromedp.Click(xpath(`//button[@role="tab"][normalize-space()="Text"]`)),
		waitJS(block("Name")+`.offsetParent !== null`),
		// The accordion starts closed, opens and closes again.
		waitJS(`document.querySelector('.gr-accordion-body').hidden === true`),
		chromedp.Click(css(`.gr-accordion-header`)),
		waitJS(`document.querySelector('.gr-accordion-body').hidden === false && document.querySelector('.gr-accordion-body').textContent.includes("Settings")`),
		chromedp.Click(css(`.gr-accordion-header`)),
		waitJS(`document.querySelector('.gr-accordion-body').hidden === true`),
	)
	// Events chain across the layout: Greet, then the length.
	run(t, ctx,
		chromedp.SendKeys(js(block("Name")+`.querySelector('input')`), "Ada"),
		chromedp.Click(xpath(`//button[normalize-space()="Greet"]`)),
		waitJS(block("Length")+`.querySelector('input').value === "11 characters"`),
	)
}

// The UI works when the app is mounted under a path prefix of another server.
func TestBrowserUnderPathPrefix(t *testing.T) {
	app, err := (&gradio.Interface{
		Fn:      func(s string) string { return "Hi " + s },
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "In"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Out"}},
	}).Build(gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	mux := http.NewServeMux()
	mux.Handle("/demo/", http.StripPrefix("/demo", app))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	ctx := browser(t)
	run(t, ctx,
		chromedp.Navigate(srv.URL+"/demo/"),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		type_(block("In")+`.querySelector('input')`, "there"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Out")+`?.querySelector('input').value === "Hi there"`),
	)
}

// The Stop button of a streaming Interface cancels the run.
func TestBrowserStopCancelsStream(t *testing.T) {
	ctx := browser(t)
	words := strings.Repeat("word ", 40)
	var before, after string
	run(t, ctx,
		chromedp.Navigate(app(t, "stream")),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		type_(`document.querySelector('gradio-textbox input')`, words),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Streamed")+`?.querySelector('input').value.split(" ").length >= 2`),
		chromedp.Click(xpath(`//button[normalize-space()="Stop"]`)),
		waitJS(`!document.querySelector('.gr-progress') && !document.querySelector('.gr-spinner')`),
		eval(block("Streamed")+`.querySelector('input').value`, &before),
		chromedp.Sleep(400*time.Millisecond),
		eval(block("Streamed")+`.querySelector('input').value`, &after),
	)
	if before != after || len(strings.Fields(after)) >= 40 {
		t.Errorf("the stream went on after Stop: %q then %q", before, after)
	}
}

// The footer's "Use via API" opens the API page, with code per language and Markdown.
func TestBrowserAPIPage(t *testing.T) {
	ctx := browser(t)
	var md, href string
	run(t, ctx,
		chromedp.Navigate(app(t, "hello")),
		eval(`[...document.querySelectorAll('.gr-footer a')].find(a => a.textContent === "Use via API").href`, &href),
	)
	if href != app(t, "hello")+"/?view=api" {
		t.Fatalf("the footer links to %q", href)
	}
	run(t, ctx,
		// Following the link is a navigation; doing it directly keeps the steps in order.
		chromedp.Navigate(href),
		waitJS(`!!document.getElementById('ep-/greet')`),
		waitJS(`document.querySelector('.gr-api-code code').textContent.includes('c.PredictNamed(ctx, "/greet"')`),
		chromedp.Click(xpath(`//button[@role="tab"][normalize-space()="JavaScript"]`)),
		waitJS(`document.querySelector('.gr-api-code code').textContent.includes('from "@gradio/client"')`),
		eval(`document.querySelector('gradio-api-page').markdown()`, &md),
		eval(`document.querySelector('.gr-api-nav a').href`, &href),
	)
	if href != app(t, "hello")+"/" {
		t.Errorf("the back link goes to %q", href)
	}
	for _, want := range []string{"# API of Hello", "## /greet", "`name` (str, Textbox): required", "```javascript"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
