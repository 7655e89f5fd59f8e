package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserAuthLoginUseLogout logs in through the login page of e2e/authapp, uses the
// app as the logged-in user, and logs out.
func TestBrowserAuthLoginUseLogout(t *testing.T) {
	ctx := browser(t)
	base := app(t, "auth")
	var msg, alert, out, where string
	run(t, ctx,
		chromedp.Navigate(base),
		// Not logged in: the page sends the browser to the login form.
		chromedp.WaitVisible(css(`form input#username`)),
		eval(`document.querySelector('.message').textContent`, &msg),
		// A wrong password first: the form says so, in an alert region.
		chromedp.SendKeys(css(`#username`), "ada"),
		chromedp.SendKeys(css(`#password`), "wrong"),
		chromedp.Click(css(`button[type=submit]`)),
		// Waited for as a node, not polled as a script: the form's answer is a navigation.
		chromedp.WaitVisible(css(`[role=alert] #login-error`)),
		eval(`document.querySelector('#login-error').textContent`, &alert),
		type_(`document.querySelector('#username')`, "ada"),
		type_(`document.querySelector('#password')`, "lovelace"),
		chromedp.Click(css(`button[type=submit]`)),
		// Logged in: the app itself.
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		chromedp.SendKeys(css(`gradio-textbox input`), "Bob"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Greeting")+`?.querySelector('input').value === "Hello, Bob! (from ada)"`),
		eval(block("Greeting")+`.querySelector('input').value`, &out),
		// Logging out ends the login: the page is the login form again.
		chromedp.Navigate(base+"/logout"),
		chromedp.WaitVisible(css(`form input#username`)),
		eval(`location.pathname`, &where),
	)
	if !strings.Contains(msg, "ada / lovelace") {
		t.Errorf("the login page shows %q, want the auth message", msg)
	}
	if !strings.Contains(alert, "Incorrect user name or password") {
		t.Errorf("after a wrong password the alert says %q", alert)
	}
	if out != "Hello, Bob! (from ada)" {
		t.Errorf("greeting = %q", out)
	}
	if where != "/login" {
		t.Errorf("after logout the browser is at %q, want /login", where)
	}
	var status float64
	run(t, ctx, eval(`fetch('config').then(r => r.status)`, &status))
	if status != 401 {
		t.Errorf("GET /config after logout: %v, want 401", status)
	}
}
