package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// The data components in a real browser, against e2e/dataapp: every handler there
// writes what the server received into a text box, so these tests check values and
// event data that reached the Go handlers, not just what the page shows.

// echoed is JavaScript that reads the text box labelled label.
func dataEchoed(label string) string {
	return block(label) + `?.querySelector('input, textarea')?.value ?? ""`
}

// waitEcho waits for the text box labelled label to show something containing want.
func dataWaitEcho(label, want string) step {
	return waitJS(fmt.Sprintf(`(%s).includes(%q)`, dataEchoed(label), want))
}

// readJSON reads the JSON text of the text box labelled label into dst.
func dataReadJSON(t *testing.T, ctx context.Context, label string, dst any) {
	t.Helper()
	var s string
	run(t, ctx, eval(dataEchoed(label), &s))
	if err := json.Unmarshal([]byte(s), dst); err != nil {
		t.Fatalf("%s shows %q: %v", label, s, err)
	}
}

// saveScreenshot writes the page to e2e/screenshots/<name>.png.
func dataScreenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	if err != nil {
		t.Logf("no screenshot: %v", err)
		return
	}
	dir, _ := filepath.Abs("screenshots")
	_ = os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Logf("no screenshot: %v", err)
	}
}

// cell selects the table cell of view row r and column c.
func dataCell(r, c int) string {
	return fmt.Sprintf(`gradio-dataframe .gr-df-body .gr-df-row[data-r="%d"] [data-c="%d"]`, r, c)
}

func openDataApp(t *testing.T) context.Context {
	t.Helper()
	ctx := browser(t)
	run(t, ctx,
		chromedp.Navigate(app(t, "data")),
		chromedp.WaitVisible(css(dataCell(2, 3))),
	)
	return ctx
}

// Selecting a cell sends its position, value, row and column; editing a cell (double
// click, type, Enter) and toggling a boolean reach the Edit and Change handlers.
func TestBrowserDataframeSelectAndEdit(t *testing.T) {
	ctx := openDataApp(t)
	run(t, ctx,
		chromedp.Click(css(dataCell(2, 0))),
		dataWaitEcho("Table select", `"index":[2,0]`),
	)
	var sel map[string]any
	dataReadJSON(t, ctx, "Table select", &sel)
	want := map[string]any{
		"index": []any{2.0, 0.0}, "value": "fig", "selected": true,
		"row_value": []any{"fig", 7.0, true, "2024-03-04"}, "col_value": []any{"apple", "pear", "fig"},
	}
	if !reflect.DeepEqual(sel, want) {
		t.Errorf("select event data = %v, want %v", sel, want)
	}

	// Edit pear's qty: 5 becomes 42.
	run(t, ctx,
		chromedp.DoubleClick(css(dataCell(1, 1))),
		chromedp.WaitVisible(css(`gradio-dataframe .gr-df-input`)),
		type_(`document.querySelector('gradio-dataframe .gr-df-input')`, "42"),
		chromedp.SendKeys(css(`gradio-dataframe .gr-df-input`), "\r"),
		dataWaitEcho("Table edit", `"index":[1,1]`),
		dataWaitEcho("Table summary", `"qty_sum":52`),
	)
	var edit struct {
		Index    []float64 `json:"index"`
		Value    any       `json:"value"`
		Previous any       `json:"previous_value"`
		Table    struct {
			Rows, Cols int
			Kinds      []string
			QtySum     float64 `json:"qty_sum"`
		} `json:"table"`
	}
	dataReadJSON(t, ctx, "Table edit", &edit)
	if !reflect.DeepEqual(edit.Index, []float64{1, 1}) || edit.Value != 42.0 || edit.Previous != 5.0 {
		t.Errorf("edit event data: index %v, value %#v, previous %#v; want [1 1], 42, 5", edit.Index, edit.Value, edit.Previous)
	}
	if edit.Table.Rows != 3 || edit.Table.Cols != 4 || edit.Table.QtySum != 52 ||
		!reflect.DeepEqual(edit.Table.Kinds, []string{"string", "float64", "bool", "string"}) {
		t.Errorf("the Edit handler's table: %+v, want 3x4 with qty summing to 52 and typed cells", edit.Table)
	}
	var cellText string
	run(t, ctx, eval(`document.querySelector('`+dataCell(1, 1)+`').textContent.trim()`, &cellText))
	if cellText != "42" {
		t.Errorf("the edited cell shows %q", cellText)
	}

	// Toggle apple's ok: true becomes false.
	run(t, ctx,
		chromedp.Click(css(dataCell(0, 2)+` .gr-df-check`)),
		dataWaitEcho("Table edit", `"index":[0,2]`),
	)
	var toggled map[string]any
	dataReadJSON(t, ctx, "Table edit", &toggled)
	if toggled["value"] != false || toggled["previous_value"] != true {
		t.Errorf("toggle event data = %v, want value false, previous_value true", toggled)
	}
	dataScreenshot(t, ctx, "data-dataframe")
}

// A chat handler streams 1,000 tokens: the page renders the message as it grows and
// ends with every token; then Like, Dislike and a custom feedback reach the server.
func TestBrowserChatbotStreamsAndFeedback(t *testing.T) {
	const n = 1000
	ctx := openDataApp(t)
	var counts []int
	var final string
	run(t, ctx,
		chromedp.WaitVisible(css(`gradio-chatbot`)),
		type_(block("Message")+`.querySelector('input, textarea')`, fmt.Sprintf("stream %d", n)),
		// Record, every frame, how many tokens the answer shows.
		void(chromedp.Evaluate[bool](`(() => {
			window.__counts = [];
			const tick = () => {
				const el = document.querySelector('gradio-chatbot .gr-chat-row.gr-chat-assistant .gr-chat-msg');
				const k = el ? (el.textContent.match(/\bw\d+\b/g) || []).length : 0;
				if (window.__counts.at(-1) !== k) window.__counts.push(k);
				window.__raf = requestAnimationFrame(tick);
			};
			tick();
			return true })()`)),
		chromedp.Click(xpath(`//button[normalize-space()="Send"]`)),
		waitJS(fmt.Sprintf(`window.__counts.at(-1) === %d && !document.querySelector('gradio-chatbot .gr-chat-pending, .gr-progress')`, n)),
		eval(`(cancelAnimationFrame(window.__raf), window.__counts)`, &counts),
		eval(`document.querySelector('gradio-chatbot .gr-chat-row.gr-chat-assistant .gr-chat-msg').textContent.trim()`, &final),
	)
	words := strings.Fields(final)
	if len(words) != n {
		t.Fatalf("the final message has %d words, want %d", len(words), n)
	}
	for i, w := range words {
		if w != fmt.Sprintf("w%d", i+1) {
			t.Fatalf("word %d is %q", i+1, w)
		}
	}
	intermediate := 0
	for i, k := range counts {
		if i > 0 && k < counts[i-1] {
			t.Errorf("the message shrank while streaming: %v", counts)
			break
		}
		if k > 0 && k < n {
			intermediate++
		}
	}
	if intermediate < 3 {
		t.Errorf("saw %d intermediate renders (token counts %v); want the message to grow while streaming", intermediate, counts)
	}
	t.Logf("%d renders while streaming %d tokens", len(counts), n)
	dataScreenshot(t, ctx, "data-chatbot")

	var like map[string]any
	assistant := `gradio-chatbot .gr-chat-row.gr-chat-assistant`
	run(t, ctx,
		chromedp.Click(css(assistant+` button[aria-label="Like"]`)),
		dataWaitEcho("Chat feedback", `"liked":true`),
	)
	dataReadJSON(t, ctx, "Chat feedback", &like)
	if like["index"] != 1.0 || like["liked"] != true {
		t.Errorf("like event data = %v, want index 1, liked true", like)
	}
	if v, _ := json.Marshal(like["value"]); !strings.Contains(string(v), "w1 w2 w3") || !strings.Contains(string(v), fmt.Sprintf("w%d", n)) {
		t.Errorf("the liked message's value is %.200s…", v)
	}
	run(t, ctx,
		chromedp.Click(css(assistant+` button[aria-label="Dislike"]`)),
		dataWaitEcho("Chat feedback", `"liked":false`),
		chromedp.Click(css(assistant+` summary[aria-label="More feedback"]`)),
		chromedp.Click(xpath(`//gradio-chatbot//button[normalize-space()="Inaccurate"]`)),
		dataWaitEcho("Chat feedback", `"feedback":"Inaccurate"`),
	)
}

// The Draw button fills the plots: the native plots draw one mark per data point, the
// Vega-Lite plot renders, and brushing the scatter plot sends the x range.
func TestBrowserPlotsDrawAndBrush(t *testing.T) {
	ctx := openDataApp(t)
	var lineVertices, bars, vegaBars int
	run(t, ctx,
		chromedp.Click(xpath(`//button[normalize-space()="Draw"]`)),
		waitJS(block("Scatter")+`?.querySelectorAll('circle.gr-nplot-point').length === 9`),
		waitJS(block("Bars")+`?.querySelectorAll('rect.gr-nplot-bar').length === 4`),
		waitJS(block("Line")+`?.querySelectorAll('path.gr-nplot-line').length === 1`),
		eval(`(`+block("Line")+`.querySelector('path.gr-nplot-line').getAttribute('d').match(/[ML]/g) || []).length`, &lineVertices),
		eval(block("Bars")+`.querySelectorAll('rect.gr-nplot-bar').length`, &bars),
		// Vega draws SVG; its bars are paths in the rect marks' group.
		waitJS(block("Vega")+`?.querySelector('.gr-plot-vega svg g.mark-rect') != null`),
		eval(block("Vega")+`.querySelectorAll('.gr-plot-vega svg g.mark-rect path').length`, &vegaBars),
	)
	if lineVertices != 7 {
		t.Errorf("the line goes through %d points, want 7", lineVertices)
	}
	if vegaBars != 3 {
		t.Errorf("the Vega-Lite chart has %d bars, want 3", vegaBars)
	}
	var errs string
	run(t, ctx, eval(`[...document.querySelectorAll('.gr-plot-error')].map(e => e.textContent).join("; ")`, &errs))
	if errs != "" {
		t.Errorf("plot errors shown: %s", errs)
	}
	dataScreenshot(t, ctx, "data-plots")

	// Drag across the middle half of the scatter plot's area.
	var box []float64
	hit := block("Scatter") + `.querySelector('rect.gr-nplot-hit')`
	run(t, ctx,
		void(chromedp.Evaluate[bool](`(() => { `+hit+`.scrollIntoView({block: "center"}); return true })()`)),
		eval(`(() => { const r = `+hit+`.getBoundingClientRect(); return [r.left, r.top, r.width, r.height] })()`, &box),
	)
	x0, x1, y := box[0]+box[2]*0.25, box[0]+box[2]*0.75, box[1]+box[3]/2
	run(t, ctx,
		void(chromedp.MouseEvent(chromedp.MousePressed, x0, y, chromedp.ButtonLeft, chromedp.ClickCount(1))),
		void(chromedp.MouseEvent(chromedp.MouseMoved, (x0+x1)/2, y, chromedp.ButtonLeft)),
		void(chromedp.MouseEvent(chromedp.MouseMoved, x1, y, chromedp.ButtonLeft)),
		void(chromedp.MouseEvent(chromedp.MouseReleased, x1, y, chromedp.ButtonLeft, chromedp.ClickCount(1))),
		dataWaitEcho("Range", `"index":[`),
	)
	var sel struct {
		Index, Value []float64
	}
	dataReadJSON(t, ctx, "Range", &sel)
	// The x axis spans about 1 to 9; the middle half is about 3 to 7.
	if len(sel.Index) != 2 || !reflect.DeepEqual(sel.Index, sel.Value) || sel.Index[0] < 1.5 || sel.Index[0] > 4 || sel.Index[1] < 6 || sel.Index[1] > 8.5 {
		t.Errorf("brushed range = %+v, want about [3, 7]", sel)
	}
}

// Typing code, picking a colour, entering a date, submitting text with a file and
// clicking a highlighted span all reach the server.
func TestBrowserDataInputsReachServer(t *testing.T) {
	ctx := openDataApp(t)
	notes := filepath.Join(mediaFixtures(t), "notes.txt")

	// Code: CodeMirror loads on first use; the value follows once typing pauses.
	run(t, ctx,
		chromedp.WaitVisible(css(`gradio-code .cm-content`)),
		chromedp.Click(css(`gradio-code .cm-content`)),
		chromedp.SendKeys(css(`gradio-code .cm-content`), "x = 42"),
		// Enter without the separate "char" event chromedp also sends, which a
		// contenteditable would take as a second new line (a browser sends none once
		// the keydown is handled).
		chromedp.KeyEvent("\r", func(p *input.DispatchKeyEventParams) {
			if p.Type == input.DispatchKeyEventTypeChar {
				p.Type, p.Text, p.UnmodifiedText = input.DispatchKeyEventTypeKeyUp, "", ""
			}
		}),
		chromedp.KeyEvent("y = x"),
		dataWaitEcho("Code info", `"x = 42\ny = x"`),
	)

	// Colour: the browser's picker, then the hex field.
	run(t, ctx,
		type_(block("Colour")+`.querySelector('input[type=color]')`, "#12ab34"),
		dataWaitEcho("Colour info", "rgba(18,171,52,255)"),
		type_(block("Colour")+`.querySelector('.gr-color-hex')`, "#ff8800"),
		dataWaitEcho("Colour info", "rgba(255,136,0,255)"),
	)

	// DateTime: typed, committed with Enter.
	run(t, ctx,
		type_(block("When")+`.querySelector('.gr-datetime-text')`, "2024-05-06 07:08:09"),
		chromedp.SendKeys(js(block("When")+`.querySelector('.gr-datetime-text')`), "\r"),
		dataWaitEcho("When info", "2024-05-06T07:08:09Z"),
	)

	// MultimodalTextbox: attach a file, type, submit.
	run(t, ctx,
		chromedp.SetUploadFiles(js(block("Prompt")+`.querySelector('input[type=file]')`), []string{notes}),
		waitJS(block("Prompt")+`.querySelectorAll('.gr-mm-file:not(.gr-mm-uploading)').length === 1`),
		type_(block("Prompt")+`.querySelector('textarea')`, "Describe this"),
		chromedp.Click(js(block("Prompt")+`.querySelector('.gr-mm-btn.gr-primary')`)),
		dataWaitEcho("Prompt info", `"text":"Describe this"`),
	)
	var mm struct {
		Text  string
		Files []struct {
			Name string
			Size int
		}
	}
	dataReadJSON(t, ctx, "Prompt info", &mm)
	if len(mm.Files) != 1 || mm.Files[0].Name != "notes.txt" || mm.Files[0].Size != len("some notes\n") {
		t.Errorf("the handler got %+v, want notes.txt (11 bytes)", mm)
	}

	// HighlightedText: clicking a labelled span selects it.
	run(t, ctx,
		chromedp.Click(xpath(`//gradio-highlightedtext//mark[.//span[@class="gr-ht-t"][normalize-space()="London"]]`)),
		dataWaitEcho("Entities select", `"index":2`),
	)
	var span map[string]any
	dataReadJSON(t, ctx, "Entities select", &span)
	if want := map[string]any{"index": 2.0, "value": []any{"London", "place"}, "selected": true}; !reflect.DeepEqual(span, want) {
		t.Errorf("span select event data = %v, want %v", span, want)
	}
	dataScreenshot(t, ctx, "data-inputs")
}
