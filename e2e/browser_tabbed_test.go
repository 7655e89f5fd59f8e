package e2e

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio"
)

func tabbedGreet(name string) string { return "Hello, " + name + "!" }

// A TabbedInterface of an Interface and a ChatInterface, served in process: each tab
// works, the chat included once its tab is opened.
func TestBrowserTabbedInterface(t *testing.T) {
	greet := &gradio.Interface{Fn: tabbedGreet, Title: "Greeter",
		Inputs: []gradio.Component{&gradio.Textbox{Label: "Name"}}, Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}}}
	chat := &gradio.ChatInterface{Fn: func(message string, history []gradio.Message) string {
		return "Echo: " + strings.ToUpper(message)
	}}
	app, err := (&gradio.TabbedInterface{Interfaces: []gradio.Blockser{greet, chat}, TabNames: []string{"Greet", "Chat"}, Title: "Tools"}).
		Build(gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()

	ctx := browser(t)
	var greeting, conv string
	run(t, ctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(css(`[role="tab"]`)),
		type_(block("Name")+`.querySelector('input')`, "Ada"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Greeting")+`?.querySelector('input, textarea')?.value === "Hello, Ada!"`),
		eval(block("Greeting")+`.querySelector('input, textarea').value`, &greeting),
		chromedp.Click(xpath(`//*[@role="tab"][normalize-space()="Chat"]`)),
		chromedp.WaitVisible(css(`gradio-chatbot`)),
		type_(`document.querySelector('gradio-textbox input[placeholder="Type a message..."]')`, "hi"),
		chromedp.Click(xpath(`//gradio-textbox//button[normalize-space()="Submit"]`)),
		waitJS(`(document.querySelector('gradio-chatbot')?.textContent ?? '').includes('Echo: HI')`),
		eval(`document.querySelector('gradio-chatbot').textContent`, &conv),
	)
	if greeting != "Hello, Ada!" || !strings.Contains(conv, "hi") {
		t.Errorf("greeting %q, chat %q", greeting, conv)
	}
}
