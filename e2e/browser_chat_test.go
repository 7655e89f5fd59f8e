package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// examples/chat, a multimodal streaming ChatInterface with SaveHistory, in a browser.

const (
	chatBox    = `gradio-multimodaltextbox textarea`
	chatSubmit = `gradio-multimodaltextbox button[aria-label="Submit"]`
	chatStop   = `gradio-multimodaltextbox button[aria-label="Stop"]`
	// chatIdle: the answer is done and the box is usable again.
	chatIdle = `!document.querySelector('gradio-multimodaltextbox button[aria-label="Stop"]') && !document.querySelector('gradio-multimodaltextbox textarea').readOnly`
)

// chatLast is the text of the chat's last row (the answer, with its thought).
const chatLast = `([...document.querySelectorAll('gradio-chatbot .gr-chat-row')].at(-1)?.textContent ?? '')`

// chatValue is the chat's conversation as the page holds it: [role, text] per message.
const chatValue = `(document.querySelector('gradio-chatbot').value || []).map(m => [m.role, m.content.filter(p => p.type === 'text').map(p => p.text).join('')])`

// chatSend types a message and submits it.
func chatSend(text string) []step {
	return []step{
		type_(`document.querySelector('`+chatBox+`')`, text),
		chromedp.Click(css(chatSubmit)),
	}
}

// watchReply records, every frame, the length of the last answer's text and whether the
// stop button shows, into window.__lens and window.__stops.
const watchReply = `(() => {
	window.__lens = []; window.__stops = 0; window.__retryAt = undefined; let stop = false;
	const tick = () => {
		const n = ` + chatLast + `.length;
		if (window.__lens.at(-1) !== n) window.__lens.push(n);
		const s = !!document.querySelector('` + chatStop + `');
		if (s && !stop) window.__stops++;
		// The answer's length when Retry first showed beside Stop: the two buttons are
		// in different elements, which may change a frame apart as the answer ends.
		if (s && window.__retryAt === undefined && document.querySelector('gradio-chatbot button[aria-label="Retry"]')) window.__retryAt = n;
		stop = s;
		window.__raf = requestAnimationFrame(tick);
	};
	tick();
	return true })()`

func TestBrowserChatInterface(t *testing.T) {
	url := app(t, "chat")
	ctx := browser(t)
	start := time.Now()
	phase := func(name string) { t.Logf("%s done at %v", name, time.Since(start).Round(time.Millisecond)) }
	var lens []int
	var stops int
	var conv [][2]string
	steps := []step{
		chromedp.Navigate(url),
		chromedp.WaitVisible(css(chatBox)),
		// The examples show in the empty chat; the history panel is there and empty.
		chromedp.WaitVisible(xpath(`//gradio-chatbot//button[contains(., "Hello there")]`)),
		chromedp.WaitVisible(xpath(`//gradio-chathistory//button[contains(., "New chat")]`)),
		void(chromedp.Evaluate[bool](watchReply)),
	}
	steps = append(steps, chatSend("hello big world")...)
	steps = append(steps,
		waitJS(chatLast+`.includes('Try retry')`),
		waitJS(chatIdle),
		eval(`(cancelAnimationFrame(window.__raf), window.__lens)`, &lens),
		eval(`window.__stops`, &stops),
		eval(chatValue, &conv),
	)
	run(t, ctx, steps...)
	phase("first answer")
	grew := 0
	for i := 1; i < len(lens); i++ {
		if lens[i] > lens[i-1] {
			grew++
		}
	}
	if grew < 5 {
		t.Errorf("the answer grew %d times (%v); want it to stream", grew, lens)
	}
	var retryAt int
	run(t, ctx, eval(`window.__retryAt ?? -1`, &retryAt))
	if retryAt >= 0 && len(lens) > 0 && retryAt < lens[len(lens)-1] {
		t.Errorf("the retry button showed while the answer streamed (at %d of %d characters)", retryAt, lens[len(lens)-1])
	}
	if stops != 1 {
		t.Errorf("the stop button showed %d times, want once while streaming", stops)
	}
	if len(conv) != 3 || conv[0] != [2]string{"user", "hello big world"} || !strings.Contains(conv[2][1], "the longest is **hello**") {
		t.Fatalf("conversation %q", conv)
	}

	// Retry answers the same message again, in place.
	run(t, ctx,
		void(chromedp.Evaluate[bool](watchReply)),
		chromedp.Click(css(`gradio-chatbot button[aria-label="Retry"]`)),
		waitJS(`window.__stops > 0`),
		waitJS(chatIdle),
		eval(`(cancelAnimationFrame(window.__raf), window.__lens)`, &lens),
		eval(chatValue, &conv),
	)
	phase("retry")
	if len(conv) != 3 || conv[0][1] != "hello big world" || !strings.Contains(conv[2][1], "Try *retry*") {
		t.Fatalf("after retry: %q", conv)
	}
	if len(lens) < 3 {
		t.Errorf("the retried answer did not stream: %v", lens)
	}

	// Undo takes the message back into the box and empties the chat.
	var box string
	run(t, ctx,
		chromedp.Click(css(`gradio-chatbot button[aria-label="Undo"]`)),
		waitJS(`!document.querySelector('gradio-chatbot .gr-chat-row')`),
		eval(`document.querySelector('`+chatBox+`').value`, &box),
	)
	if box != "hello big world" {
		t.Errorf("after undo the box holds %q", box)
	}

	// Stop ends a streaming answer early.
	steps = append([]step{type_(`document.querySelector('`+chatBox+`')`, "")}, chatSend(strings.Repeat("word ", 30)+"stop")...)
	steps = append(steps,
		waitJS(chatLast+`.includes('You wrote')`),
		chromedp.Click(css(chatStop)),
		waitJS(chatIdle),
		eval(chatValue, &conv),
	)
	run(t, ctx, steps...)
	phase("stop")
	if len(conv) != 3 || strings.Contains(conv[2][1], "Try") {
		t.Errorf("after stop the answer is %q; want it cut short", conv)
	}

	// The conversation is kept in the browser: after a reload the chat is new, and the
	// panel lists it; picking it shows it, and it is the history of the next message.
	var titles []string
	steps = []step{
		chromedp.Reload(),
		chromedp.WaitVisible(css(chatBox)),
		waitJS(`document.querySelectorAll('gradio-chathistory .gr-chat-history-open').length > 0`),
		eval(`[...document.querySelectorAll('gradio-chathistory .gr-chat-history-open')].map(b => b.textContent.trim())`, &titles),
	}
	run(t, ctx, steps...)
	phase("reload")
	if len(titles) != 1 || !strings.HasPrefix(titles[0], "word word") || !strings.HasSuffix(titles[0], "...") {
		t.Fatalf("the panel lists %q, want the one conversation left after undo", titles)
	}
	steps = []step{
		chromedp.Click(css(`gradio-chathistory .gr-chat-history-open`)),
		waitJS(`document.querySelectorAll('gradio-chatbot .gr-chat-row').length >= 2`),
	}
	steps = append(steps, chatSend("and now?")...)
	steps = append(steps,
		waitJS(chatLast+`.includes('Try retry')`),
		waitJS(chatIdle),
		eval(chatValue, &conv),
		eval(`[...document.querySelectorAll('gradio-chathistory .gr-chat-history-open')].map(b => b.textContent.trim())`, &titles),
	)
	run(t, ctx, steps...)
	phase("continue")
	if len(conv) != 6 || conv[3] != [2]string{"user", "and now?"} || !strings.Contains(conv[4][1], "3 earlier messages") {
		t.Errorf("after picking the saved conversation and sending: %q", conv)
	}
	if len(titles) != 1 {
		t.Errorf("the panel lists %q; the continued conversation should stay one entry", titles)
	}
	dataScreenshot(t, ctx, "chat-interface")

	// New chat empties the chat, which shows the examples again; clicking one sends it.
	run(t, ctx,
		chromedp.Click(xpath(`//gradio-chathistory//button[contains(., "New chat")]`)),
		waitJS(`!document.querySelector('gradio-chatbot .gr-chat-row')`),
		chromedp.Click(xpath(`//gradio-chatbot//button[contains(., "Hello there")]`)),
		waitJS(chatLast+`.includes('Try retry')`),
		waitJS(chatIdle),
		eval(chatValue, &conv),
		eval(`[...document.querySelectorAll('gradio-chathistory .gr-chat-history-open')].map(b => b.textContent.trim())`, &titles),
	)
	phase("example")
	if len(conv) != 3 || conv[0] != [2]string{"user", "Hello there"} || !strings.Contains(conv[2][1], "the longest is **Hello**") {
		t.Errorf("after clicking the example: %q", conv)
	}
	if len(titles) != 2 || titles[0] != "Hello there" {
		t.Errorf("the panel lists %q, want the new conversation first", titles)
	}
}

// A ChatInterface example that also sets the additional inputs (interfaceapp's /chat/):
// a click fills the slider and the text box, and the answer is made with those values.
func TestBrowserChatExampleFillsAdditionalInputs(t *testing.T) {
	url := app(t, "interface") + "/chat/"
	ctx := browser(t)
	const textbox = `gradio-textbox textarea, gradio-textbox input`
	input := func(kind, label string) string {
		return fmt.Sprintf(`[...document.querySelectorAll('gradio-%s')].find(e => e.props?.label === %q)?.value`, kind, label)
	}
	var conv [][2]string
	var temp float64
	var persona string
	run(t, ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(css(textbox)),
		chromedp.Click(xpath(`//gradio-chatbot//button[contains(., "Ahoy")]`)),
		waitJS(chatLast+`.includes('pirate says')`),
		eval(chatValue, &conv),
		chromedp.Click(xpath(`//button[contains(., "Additional Inputs")]`)),
		waitJS(input("slider", "Temperature")+` !== undefined`),
		eval(input("slider", "Temperature"), &temp),
		eval(input("textbox", "Persona"), &persona),
	)
	if len(conv) != 2 || conv[0] != [2]string{"user", "Ahoy"} || conv[1][1] != `pirate says "Ahoy" at temperature 0.2` {
		t.Errorf("after clicking the example: %q", conv)
	}
	if temp != 0.2 || persona != "pirate" {
		t.Errorf("the additional inputs show %v and %q, want 0.2 and pirate", temp, persona)
	}
}
