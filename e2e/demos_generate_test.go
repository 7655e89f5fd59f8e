package e2e

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// austenWords returns the words of the novel the generate demo's model learns from, in
// lower case.
func austenWords(t *testing.T) map[string]bool {
	t.Helper()
	text, err := os.ReadFile("../examples/internal/ngram/data/pride-and-prejudice.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{}
	for _, w := range wordRE.FindAllString(string(text), -1) {
		words[strings.ToLower(w)] = true
	}
	return words
}

var wordRE = regexp.MustCompile(`[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*`)

// Ask the generate demo (no OPENAI_BASE_URL: its local trigram model) a question: the
// reply streams in, word by word, in the novel's words.
func TestDemoGenerate(t *testing.T) {
	url := app(t, "generate")
	ctx := browser(t)
	const (
		box  = `gradio-textbox input`
		last = `([...document.querySelectorAll('gradio-chatbot .gr-chat-row')].at(-1)?.textContent.trim() ?? '')`
		idle = `!document.querySelector('gradio-textbox button.gr-stop') && !document.querySelector('gradio-textbox input').readOnly`
	)
	var description, label string
	var texts []string
	var conv [][2]string
	run(t, ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(css(box)),
		// The page says which model answers.
		eval(`document.body.innerText`, &description),
		eval(`document.querySelector('gradio-chatbot .gr-label')?.textContent.trim() ?? ''`, &label),
		// Record, every frame, each new text of the last message.
		void(chromedp.Evaluate[bool](`(() => {
			window.__texts = [];
			const tick = () => {
				const rows = document.querySelectorAll('gradio-chatbot .gr-chat-row');
				const t = rows.length > 1 ? `+last+` : '';
				if (t && window.__texts.at(-1) !== t) window.__texts.push(t);
				window.__raf = requestAnimationFrame(tick);
			};
			tick();
			return true })()`)),
		type_(`document.querySelector('`+box+`')`, "What do you think of Pemberley?"),
		chromedp.Click(xpath(`//gradio-textbox//button[normalize-space()="Submit"]`)),
		waitJS(`window.__texts.length > 0`),
		waitJS(idle),
		eval(`(cancelAnimationFrame(window.__raf), window.__texts)`, &texts),
		eval(`(document.querySelector('gradio-chatbot').value || []).map(m => [m.role, m.content.filter(p => p.type === 'text').map(p => p.text).join('')])`, &conv),
	)
	demoScreenshot(t, ctx, "generate")

	if !strings.Contains(description, "trigram model") || !strings.Contains(label, "Local trigram model") {
		t.Errorf("the page does not say the local model answers: label %q, page %q", label, description)
	}
	if len(conv) != 2 || conv[0] != [2]string{"user", "What do you think of Pemberley?"} || conv[1][0] != "assistant" {
		t.Fatalf("conversation %q", conv)
	}
	final := conv[1][1]
	if strings.TrimSpace(final) == "" {
		t.Fatal("an empty reply")
	}
	if len(texts) < 4 {
		t.Errorf("the reply showed %d texts (%q); want it to stream in", len(texts), texts)
	}
	for i := 1; i < len(texts); i++ {
		if !strings.HasPrefix(texts[i], texts[i-1][:len(texts[i-1])/2]) {
			t.Errorf("render %d %q does not carry on from %q", i, texts[i], texts[i-1])
		}
	}
	vocabulary := austenWords(t)
	words := wordRE.FindAllString(final, -1)
	for _, w := range words {
		if !vocabulary[strings.ToLower(w)] {
			t.Errorf("the reply has %q, which is not in Pride and Prejudice: %q", w, final)
		}
	}
	if len(words) < 3 {
		t.Errorf("a reply of %d words: %q", len(words), final)
	}
	t.Logf("%d renders; reply: %s", len(texts), final)
}
