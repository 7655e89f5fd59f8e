package gradio

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
)

// Markdown shows Markdown text (with LaTeX between $$ signs). Its value is a string.
// As in Gradio, the text is dedented first, so an indented Go raw string renders as
// intended:
//
//	&gradio.Markdown{Value: `
//		# Title
//		Some *text*.`}
type Markdown struct {
	Events
	// Value is the initial text.
	Value string
	// Label names the component in the API docs; it is not shown.
	Label string
	// Sanitize removes unsafe HTML from the rendered text; it defaults to True.
	Sanitize Bool
	// LineBreaks turns single newlines into line breaks.
	LineBreaks bool
	// HeaderLinks adds an anchor link to every heading.
	HeaderLinks bool
	// Height and MaxHeight, in pixels, bound the displayed height when positive.
	Height, MaxHeight int

	Visible     Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

func (m *Markdown) Kind() string { return "markdown" }

func (m *Markdown) Props() map[string]any {
	p := layoutProps(m.Visible, m.ElemID, m.ElemClasses)
	p.str("label", m.Label)
	p["show_label"] = false
	p["rtl"] = false
	p["latex_delimiters"] = []map[string]any{{"left": "$$", "right": "$$", "display": true}}
	p["sanitize_html"] = m.Sanitize.or(true)
	p["line_breaks"] = m.LineBreaks
	p["header_links"] = m.HeaderLinks
	p["container"] = false
	p["padding"] = false
	if m.Height > 0 {
		p["height"] = m.Height
	}
	if m.MaxHeight > 0 {
		p["max_height"] = m.MaxHeight
	}
	p.str("value", cleandoc(m.Value))
	return p
}

func (m *Markdown) ValueType() reflect.Type { return reflect.TypeFor[string]() }

func (m *Markdown) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeValue[string](p, "a string")
}

// Postprocess dedents the text, as Gradio does (Python's inspect.cleandoc).
func (m *Markdown) Postprocess(_ context.Context, v any) (any, error) {
	s, _ := v.(string)
	return cleandoc(s), nil
}

func (m *Markdown) APISchema() map[string]any { return map[string]any{"type": "string"} }
func (m *Markdown) ExampleValue() any         { return "# Hello!" }

// Change registers fn to run when the value changes.
func (m *Markdown) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(m, m, EventChange, fn, in, out, opts)
}

// cleandoc follows Python's inspect.cleandoc: tabs are expanded, the first line loses its
// leading blanks, the other lines lose their common indentation, and blank lines at the
// start and end are dropped.
func cleandoc(s string) string {
	// Two IndexByte scans (vectorised) are several times faster than ContainsAny, and
	// streamed chats clean every message on every token.
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\t') < 0 {
		return strings.TrimLeft(s, " ")
	}
	lines := strings.Split(expandTabs(s), "\n")
	margin := -1
	for _, l := range lines[1:] {
		content := strings.TrimLeft(l, " ")
		if content == "" {
			continue
		}
		if indent := len(l) - len(content); margin < 0 || indent < margin {
			margin = indent
		}
	}
	lines[0] = strings.TrimLeft(lines[0], " ")
	if margin > 0 {
		for i := 1; i < len(lines); i++ {
			lines[i] = lines[i][min(margin, len(lines[i])-len(strings.TrimLeft(lines[i], " "))):]
		}
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}

// expandTabs replaces tabs with spaces up to the next multiple of 8 columns.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

var (
	_ Input        = (*Markdown)(nil)
	_ Output       = (*Markdown)(nil)
	_ APIDescriber = (*Markdown)(nil)
	_ Exampler     = (*Markdown)(nil)
)
