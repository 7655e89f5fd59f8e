package gradio

import (
	"context"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

func TestMarkdownPreprocess(t *testing.T) {
	checkDecode(t, &Markdown{}, []decodeCase{
		{"text", `"# Hello!"`, "# Hello!", ""},
		{"null", `null`, "", ""},
		{"indented text is kept", `"  code"`, "  code", ""},
		{"number", `1`, nil, "expected a string, got a number"},
		{"object", `{}`, nil, "expected a string, got an object"},
		{"malformed", `"abc`, nil, "expected a string"},
	})
}

func TestMarkdownPostprocess(t *testing.T) {
	checkEncode(t, &Markdown{}, []encodeCase{
		{"plain", "# Hello!", `"# Hello!"`, ""},
		{"empty", "", `""`, ""},
		{"dedented", "\n\t\t# Title\n\t\tSome *text*.\n\t\t  indented\n\t", `"# Title\nSome *text*.\n  indented"`, ""},
		{"first line stripped", "   # Title\n   body", `"# Title\nbody"`, ""},
		{"blank lines kept inside", "a\n\n  b", `"a\n\nb"`, ""},
	})
}

func TestCleandoc(t *testing.T) {
	// Expected values are what Python's inspect.cleandoc gives.
	for in, want := range map[string]string{
		"":                        "",
		"   ":                     "",
		"x":                       "x",
		"  x  ":                   "x  ",
		"\n\n  a\n    b\n  c\n\n": "a\n  b\nc",
		"a\n\tb":                  "a\nb",
		"  first\n  second\n":     "first\nsecond",
		"a\n  b\n \n  c":          "a\nb\n\nc",
		"line\n    x\n  y":        "line\n  x\ny",
		"héllo\n   wörld\n   ünï": "héllo\nwörld\nünï",
	} {
		if got := cleandoc(in); got != want {
			t.Errorf("cleandoc(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownProps(t *testing.T) {
	checkProps(t, &Markdown{}, map[string]any{
		"show_label": false, "rtl": false, "sanitize_html": true, "line_breaks": false, "header_links": false,
		"container": false, "padding": false, "visible": true, "elem_classes": []any{},
		"latex_delimiters": []any{map[string]any{"left": "$$", "right": "$$", "display": true}},
		"value":            nil, "label": nil, "height": nil, "max_height": nil,
	})
	checkProps(t, &Markdown{Value: "\n\t# Showcase\n\t**bold**", Label: "Markdown", Sanitize: False, LineBreaks: true,
		HeaderLinks: true, Height: 200, MaxHeight: 400, ElemID: "md"}, map[string]any{
		"value": "# Showcase\n**bold**", "label": "Markdown", "sanitize_html": false, "line_breaks": true,
		"header_links": true, "height": 200, "max_height": 400, "elem_id": "md",
	})
	checkSchema(t, &Markdown{}, `{"type":"string"}`)
	if ex := (&Markdown{}).ExampleValue(); ex != "# Hello!" {
		t.Errorf("ExampleValue = %#v", ex)
	}
}

func FuzzMarkdownPreprocess(f *testing.F) {
	for _, s := range []string{`"# Hello!"`, `null`, `"\u00e9"`, `1`, `"\ud800"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := (&Markdown{}).Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		s, ok := v.(string)
		if !ok || !utf8.ValidString(s) {
			t.Fatalf("Preprocess(%q) = %#v", payload, v)
		}
		if out, _ := (&Markdown{}).Postprocess(context.Background(), s); !utf8.ValidString(out.(string)) {
			t.Fatalf("Postprocess(%q) = %q, not valid UTF-8", s, out)
		}
	})
}

func ExampleMarkdown() {
	_ = &Blocks{Children: []Component{
		&Markdown{Value: `
			# Welcome
			Type a name and press **Enter**.`},
	}}
}
