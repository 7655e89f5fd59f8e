package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserHubAppsOnOwnOrigins runs a hub that serves each app on its own origin
// (-apps-domain): a private app reached through the hub's login and back, run in the
// hub's page from its own origin, and its result shared across origins in a comment.
func TestBrowserHubAppsOnOwnOrigins(t *testing.T) {
	hello := appBinary(t, "hello") // built before the browser's clock starts
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	hubURL := fmt.Sprintf("http://hub.test:%d", port)
	appURL := fmt.Sprintf("http://alice--hello.apps.hub.test:%d/", port)
	p := start(t, filepath.Join(cliDir(t), "gradio"), []string{"hub", "-addr", fmt.Sprintf("127.0.0.1:%d", port), "-data", t.TempDir(),
		"-base-url", hubURL, "-apps-domain", "apps.hub.test"})
	p.waitLine(t, `^\* Hub running on`)
	// Chromium resolves the hub's names to this machine, as wildcard DNS would, and
	// puts the app's origin in a process of its own, so the test can drive the frame.
	ctx := browser(t, chromedp.Flag("host-resolver-rules", "MAP hub.test 127.0.0.1, MAP *.apps.hub.test 127.0.0.1"),
		chromedp.Flag("isolate-origins", strings.TrimSuffix(appURL, "/")))
	token := signupForToken(t, ctx, hubURL)
	// The app dials the hub by address (this machine has no DNS for hub.test).
	app := start(t, hello, nil, "GRADIO_SHARE=true", fmt.Sprintf("GRADIO_HUB_URL=http://127.0.0.1:%d", port),
		"GRADIO_HUB_TOKEN="+token, "GRADIO_SERVER_NAME=127.0.0.1", "GRADIO_SERVER_PORT=0", "GRADIO_TEMP_DIR="+t.TempDir())
	if got := app.waitLine(t, `^\* Running on the hub:\s+(\S+)$`); got != appURL {
		t.Fatalf("the app's URL = %q, want %q", got, appURL)
	}
	run(t, ctx,
		chromedp.Navigate(hubURL+"/alice/hello"),
		void(chromedp.Evaluate[bool](`(() => { document.querySelector('details.settings').open = true; return true })()`)),
		chromedp.SetValue(css(`select[name=visibility]`), "private"),
		chromedp.Click(xpath(`//form[contains(@action,"/visibility")]//button`)),
		chromedp.WaitVisible(xpath(`//span[@class="badge" and text()="private"]`)),
	)

	// The frame is the app's own origin: the page cannot reach into it, so the test
	// drives the frame's own target, as a person clicking in it.
	var frame context.Context
	deadline := time.Now().Add(30 * time.Second)
	for frame == nil {
		targets, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, tg := range targets {
			if tg.Type == "iframe" && strings.HasPrefix(tg.URL, appURL) {
				frame, _ = chromedp.NewContext(ctx, chromedp.WithTargetID(tg.TargetID))
			}
		}
		if frame == nil {
			if time.Now().After(deadline) {
				t.Fatalf("no frame of %s among the targets", appURL)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	var cookies string
	run(t, frame,
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		chromedp.SendKeys(css(`gradio-textbox input`), "Ada"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Greeting")+`?.querySelector('input').value === "Hello, Ada!"`),
		eval(`document.cookie`, &cookies),
	)
	if strings.Contains(cookies, "hub_session") {
		t.Error("the app's origin can read the hub's session cookie")
	}
	var comment string
	run(t, ctx,
		chromedp.Click(css(`#share-result`)),
		waitJS(`document.querySelector('.attachment-preview')?.textContent.includes("Hello, Ada!")`),
		chromedp.SendKeys(css(`form.new-comment textarea`), "From its own origin."),
		chromedp.Click(xpath(`//button[normalize-space()="Comment"]`)),
		chromedp.WaitVisible(css(`.comment .attachment`)),
		eval(`document.querySelector('.comment').textContent`, &comment),
	)
	if !strings.Contains(comment, "Hello, Ada!") {
		t.Errorf("the comment lacks the shared result:\n%s", comment)
	}

	// An anonymous browser is sent to the hub's login and never sees the app.
	anon := browser(t, chromedp.Flag("host-resolver-rules", "MAP hub.test 127.0.0.1, MAP *.apps.hub.test 127.0.0.1"))
	var where string
	run(t, anon, chromedp.Navigate(appURL), chromedp.WaitVisible(css(`form[action="/login"]`)), eval(`location.origin`, &where))
	if where != hubURL {
		t.Errorf("an anonymous visitor of the private app ended on %s, want the hub's login", where)
	}
}
