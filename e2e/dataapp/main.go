// Command dataapp is the app the data-component tests drive: a table, a chat, plots,
// code, highlighted text, a colour, a date and a multimodal box. Every handler echoes
// what it received, as the Go side decoded it, into a text box (as compact JSON where it
// is structured), so that the browser tests and the official client can check that
// values and event data reached the server intact. The echo endpoints also return the
// value itself into a component of the same kind, for the client's round trips.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"image/color"
	"iter"
	"log"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gradio-go/gradio"
)

// compact is v as compact JSON.
func compact(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

// event is the event data a handler received, as the tests read it.
func event(ev gradio.EventData) map[string]any {
	m := map[string]any{"index": ev.Index, "value": ev.Value, "selected": ev.Selected}
	if ev.RowValue != nil {
		m["row_value"] = ev.RowValue
	}
	if ev.ColValue != nil {
		m["col_value"] = ev.ColValue
	}
	if ev.Liked != nil {
		m["liked"] = *ev.Liked
	}
	if ev.Feedback != "" {
		m["feedback"] = ev.Feedback
	}
	var raw struct {
		Previous any `json:"previous_value"`
	}
	if json.Unmarshal(ev.Raw, &raw) == nil && raw.Previous != nil {
		m["previous_value"] = raw.Previous
	}
	return m
}

// tableSummary describes a table: its shape, headers, the Go type of each cell of the
// first row, and the sum of the "qty" column.
func tableSummary(t gradio.Table) map[string]any {
	sum := 0.0
	q := -1
	for j, h := range t.Headers {
		if h == "qty" {
			q = j
		}
	}
	for _, row := range t.Rows {
		if q >= 0 {
			if f, ok := row[q].(float64); ok {
				sum += f
			}
		}
	}
	var kinds []string
	if len(t.Rows) > 0 {
		for _, c := range t.Rows[0] {
			kinds = append(kinds, fmt.Sprintf("%T", c))
		}
	}
	return map[string]any{"rows": len(t.Rows), "cols": len(t.Headers), "headers": t.Headers, "types": t.Types, "kinds": kinds, "qty_sum": sum}
}

// files describes received files: name and size on disk.
func files(fds []gradio.FileData) []map[string]any {
	out := []map[string]any{}
	for _, fd := range fds {
		size := int64(-1)
		if st, err := os.Stat(fd.Path); err == nil {
			size = st.Size()
		}
		out = append(out, map[string]any{"name": fd.OrigName, "size": size})
	}
	return out
}

// respond streams the reply to "stream N": N tokens "w1 w2 ... wN", a millisecond
// apart. Any other message is echoed in one piece.
func respond(ctx context.Context, text string, history []gradio.Message) iter.Seq[[]gradio.Message] {
	return func(yield func([]gradio.Message) bool) {
		history = append(history, gradio.Message{Role: "user", Content: text}, gradio.Message{Role: "assistant"})
		last := &history[len(history)-1]
		f := strings.Fields(text)
		n, err := 0, error(nil)
		if len(f) == 2 && f[0] == "stream" {
			n, err = strconv.Atoi(f[1])
		}
		if len(f) != 2 || f[0] != "stream" || err != nil || n < 0 || n > 100000 {
			last.Content = "You said: " + text
			yield(history)
			return
		}
		for i := range n {
			if i > 0 {
				last.Content += " "
			}
			last.Content += "w" + strconv.Itoa(i+1)
			if !yield(history) {
				return
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Millisecond):
			}
		}
	}
}

// The data of the plots: known points, so that the tests can count the marks.
type (
	point struct {
		X float64 `gradio:"x"`
		Y float64 `gradio:"y"`
	}
	groupPoint struct {
		X     float64 `gradio:"x"`
		Y     float64 `gradio:"y"`
		Group string  `gradio:"group"`
	}
	bar struct {
		Fruit string `gradio:"fruit"`
		Count int    `gradio:"count"`
	}
)

var (
	linePoints    = []point{{1, 2}, {2, 4}, {3, 3}, {4, 6}, {5, 5}, {6, 8}, {7, 7}}
	scatterPoints = []groupPoint{{1, 1, "a"}, {2, 3, "a"}, {3, 2, "a"}, {4, 5, "a"}, {5, 4, "b"}, {6, 7, "b"}, {7, 6, "b"}, {8, 9, "b"}, {9, 8, "b"}}
	bars          = []bar{{"apple", 3}, {"pear", 5}, {"fig", 2}, {"plum", 4}}
	vegaSpec      = gradio.VegaLite(`{"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
		"data": {"values": [{"k": "a", "v": 1}, {"k": "b", "v": 3}, {"k": "c", "v": 2}]},
		"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}`)
)

func main() {
	echo := &gradio.Button{Value: "Echo"}
	out := func(label string) *gradio.Textbox { return &gradio.Textbox{Label: label, Interactive: gradio.False} }

	// A table with one column of each type.
	df := &gradio.Dataframe{
		Label:       "Table",
		Headers:     []string{"name", "qty", "ok", "when"},
		Datatype:    []string{"str", "number", "bool", "date"},
		Interactive: gradio.True,
		Value: gradio.Table{Headers: []string{"name", "qty", "ok", "when"}, Rows: [][]any{
			{"apple", 3, true, "2024-01-02"},
			{"pear", 5, false, "2024-02-03"},
			{"fig", 7, true, "2024-03-04"},
		}},
	}
	dfCopy := &gradio.Dataframe{Label: "Table copy"}
	dfSummary, dfEdited, dfSelected := out("Table summary"), out("Table edit"), out("Table select")
	df.Change(func(t gradio.Table) (gradio.Table, string) { return t, compact(tableSummary(t)) },
		gradio.In(df), gradio.Out(dfCopy, dfSummary), gradio.EventOptions{APIName: "dataframe"})
	df.Edit(func(ev gradio.EventData, t gradio.Table) string {
		m := event(ev)
		m["table"] = tableSummary(t)
		return compact(m)
	}, gradio.In(df), gradio.Out(dfEdited), gradio.EventOptions{APIName: "dataframe_edit"})
	df.Select(func(ev gradio.EventData) string { return compact(event(ev)) },
		nil, gradio.Out(dfSelected), gradio.EventOptions{APIName: "dataframe_select"})

	// A chat that streams, with feedback.
	chat := &gradio.Chatbot{Label: "Chat", FeedbackOptions: []string{"Like", "Dislike", "Inaccurate"}, Height: 300}
	msg := &gradio.Textbox{Label: "Message"}
	send := &gradio.Button{Value: "Send"}
	chatCopy, chatInfo, liked := &gradio.Chatbot{Label: "Chat copy"}, out("Chat info"), out("Chat feedback")
	send.Click(respond, gradio.In(msg, chat), gradio.Out(chat), gradio.EventOptions{APIName: "chat_stream"})
	msg.Submit(respond, gradio.In(msg, chat), gradio.Out(chat), gradio.EventOptions{APIName: "chat_submit"})
	chat.Like(func(ev gradio.EventData) string { return compact(event(ev)) },
		nil, gradio.Out(liked), gradio.EventOptions{APIName: "chat_like"})
	echo.Click(func(msgs []gradio.Message) ([]gradio.Message, string) {
		var info []map[string]any
		for _, m := range msgs {
			e := map[string]any{"role": m.Role, "content": m.Content, "files": files(m.Files)}
			if m.Metadata != nil {
				e["title"], e["status"], e["duration"] = m.Metadata.Title, m.Metadata.Status, m.Metadata.Duration
			}
			if m.Options != nil {
				e["options"] = m.Options
			}
			info = append(info, e)
		}
		return msgs, compact(info)
	}, gradio.In(chat), gradio.Out(chatCopy, chatInfo), gradio.EventOptions{APIName: "chatbot"})

	// Plots drawn from known points; the scatter plot's brush is echoed.
	line := &gradio.LinePlot{Label: "Line", X: "x", Y: "y", Height: 240}
	scatter := &gradio.ScatterPlot{Label: "Scatter", X: "x", Y: "y", Color: "group", Height: 240}
	barPlot := &gradio.BarPlot{Label: "Bars", X: "fruit", Y: "count", Height: 240}
	vega := &gradio.Plot{Label: "Vega"}
	draw := &gradio.Button{Value: "Draw"}
	brushed, plotInfo, nativeInfo := out("Range"), out("Plot info"), out("Native plot info")
	draw.Click(func() ([]point, []groupPoint, []bar, gradio.VegaLite) {
		return linePoints, scatterPoints, bars, vegaSpec
	},
		nil, gradio.Out(line, scatter, barPlot, vega), gradio.EventOptions{APIName: "draw"})
	scatter.Select(func(ev gradio.EventData) string { return compact(event(ev)) },
		nil, gradio.Out(brushed), gradio.EventOptions{APIName: "plot_select"})
	vegaCopy := &gradio.Plot{Label: "Vega copy"}
	echo.Click(func(p gradio.PlotValue) (gradio.PlotValue, string) {
		info := map[string]any{}
		switch {
		case p.VegaLite != nil:
			info["type"], info["spec"] = "altair", json.RawMessage(p.VegaLite)
		case p.SVG != "":
			info["type"], info["svg_bytes"] = "svg", len(p.SVG)
		case p.Image != nil:
			b := p.Image.Bounds()
			info["type"], info["width"], info["height"] = "matplotlib", b.Dx(), b.Dy()
		}
		return p, compact(info)
	}, gradio.In(vega), gradio.Out(vegaCopy, plotInfo), gradio.EventOptions{APIName: "plot"})
	lineCopy := &gradio.LinePlot{Label: "Line copy", X: "x", Y: "y"}
	echo.Click(func(t gradio.Table) (gradio.Table, string) {
		s := tableSummary(t)
		s["data"] = t.Rows
		return t, compact(s)
	}, gradio.In(line), gradio.Out(lineCopy, nativeInfo), gradio.EventOptions{APIName: "lineplot"})

	// Code, highlighted text, a colour, dates and a multimodal box.
	code := &gradio.Code{Label: "Code", Language: "python", Lines: 3}
	codeCopy, codeInfo := &gradio.Code{Label: "Code copy", Lines: 3}, out("Code info")
	code.Change(func(s string) (string, string) { return s, strconv.Quote(s) },
		gradio.In(code), gradio.Out(codeCopy, codeInfo), gradio.EventOptions{APIName: "code"})

	conf := 0.75
	ht := &gradio.HighlightedText{Label: "Entities", Interactive: gradio.False, Value: []gradio.HighlightedSpan{
		{Text: "Ada Lovelace", Label: "person"}, {Text: " was born in "}, {Text: "London", Label: "place"},
		{Text: " in "}, {Text: "1815", Confidence: &conf},
	}}
	htCopy, htInfo, htSelected := &gradio.HighlightedText{Label: "Entities copy"}, out("Entities info"), out("Entities select")
	ht.Select(func(ev gradio.EventData) string { return compact(event(ev)) },
		nil, gradio.Out(htSelected), gradio.EventOptions{APIName: "highlight_select"})
	echo.Click(func(spans []gradio.HighlightedSpan) ([]gradio.HighlightedSpan, string) {
		info := []map[string]any{}
		for _, s := range spans {
			e := map[string]any{"text": s.Text, "label": s.Label}
			if s.Confidence != nil {
				e["confidence"] = *s.Confidence
			}
			info = append(info, e)
		}
		return spans, compact(info)
	}, gradio.In(ht), gradio.Out(htCopy, htInfo), gradio.EventOptions{APIName: "highlightedtext"})

	picker := &gradio.ColorPicker{Label: "Colour", Value: "#336699"}
	pickerCopy, pickerInfo := &gradio.ColorPicker{Label: "Colour copy"}, out("Colour info")
	picker.Change(func(c color.NRGBA) (color.NRGBA, string) {
		return c, fmt.Sprintf("rgba(%d,%d,%d,%d)", c.R, c.G, c.B, c.A)
	}, gradio.In(picker), gradio.Out(pickerCopy, pickerInfo), gradio.EventOptions{APIName: "colorpicker"})

	when := &gradio.DateTime{Label: "When"}
	whenCopy, whenInfo := &gradio.DateTime{Label: "When copy"}, out("When info")
	when.Change(func(t time.Time) (time.Time, string) {
		if t.IsZero() {
			return t, "zero"
		}
		return t, t.Format(time.RFC3339)
	}, gradio.In(when), gradio.Out(whenCopy, whenInfo), gradio.EventOptions{APIName: "datetime"})
	day := &gradio.DateTime{Label: "Day", IncludeTime: gradio.False, Timezone: "Europe/Paris"}
	dayCopy, dayInfo := &gradio.DateTime{Label: "Day copy", IncludeTime: gradio.False, Timezone: "Europe/Paris"}, out("Day info")
	echo.Click(func(sec float64) (float64, string) { return sec, strconv.FormatFloat(sec, 'f', -1, 64) },
		gradio.In(day), gradio.Out(dayCopy, dayInfo), gradio.EventOptions{APIName: "datetime_seconds"})

	mm := &gradio.MultimodalTextbox{Label: "Prompt", FileCount: "multiple"}
	mmCopy, mmInfo := &gradio.MultimodalTextbox{Label: "Prompt copy", Interactive: gradio.False}, out("Prompt info")
	mm.Submit(func(v gradio.MultimodalValue) (gradio.MultimodalValue, string) {
		return v, compact(map[string]any{"text": v.Text, "files": files(v.Files)})
	}, gradio.In(mm), gradio.Out(mmCopy, mmInfo), gradio.EventOptions{APIName: "multimodal"})

	app := &gradio.Blocks{
		Title: "Data",
		Children: []gradio.Component{
			df, gradio.Row(dfSummary, dfEdited, dfSelected),
			gradio.Row(gradio.Column(chat, msg, send), gradio.Column(liked, chatInfo)),
			draw, gradio.Row(scatter, line), gradio.Row(barPlot, vega), gradio.Row(brushed, plotInfo, nativeInfo),
			gradio.Row(code, codeInfo), gradio.Row(ht, htSelected, htInfo),
			gradio.Row(picker, pickerInfo, when, whenInfo, day, dayInfo),
			gradio.Row(mm, mmInfo),
			echo,
			&gradio.AccordionBlock{Label: "Copies", Closed: true, Children: []gradio.Component{
				dfCopy, chatCopy, lineCopy, vegaCopy, codeCopy, htCopy, pickerCopy, whenCopy, dayCopy, mmCopy}},
		},
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
