package gradio

import (
	"context"
	"encoding/json"
	"testing"
)

func TestHighlightedTextPreprocess(t *testing.T) {
	score := 0.75
	neg := -1.0
	checkDecode(t, &HighlightedText{}, []decodeCase{
		{"example", `[{"token": "The", "class_or_confidence": null}, {"token": "quick", "class_or_confidence": "adj"}]`,
			[]HighlightedSpan{{Text: "The"}, {Text: "quick", Label: "adj"}}, ""},
		{"confidence", `[{"token":"a","class_or_confidence":0.75},{"token":"b","class_or_confidence":-1},{"token":"c"}]`,
			[]HighlightedSpan{{Text: "a", Confidence: &score}, {Text: "b", Confidence: &neg}, {Text: "c"}}, ""},
		{"null", `null`, []HighlightedSpan(nil), ""},
		{"empty", `[]`, []HighlightedSpan{}, ""},
		{"no token", `[{"class_or_confidence":"x"}]`, nil, `span 1: expected an object {"token": <a string>, "class_or_confidence": <a string, a number or null>}, got an object without a string "token"`},
		{"token number", `[{"token":1}]`, nil, "span 1: expected an object"},
		{"bool class", `[{"token":"a"},{"token":"b","class_or_confidence":true}]`, nil, "span 2: class_or_confidence must be a string, a number or null, got a boolean"},
		{"span string", `["a"]`, nil, "span 1: expected an object {\"token\""},
		{"object", `{"text":"a","entities":[]}`, nil, "expected an array of spans"},
	})
}

func TestHighlightedTextPostprocess(t *testing.T) {
	score := 0.5
	spans := []HighlightedSpan{{Text: "The"}, {Text: " quick "}, {Text: "brown", Label: "adj"}, {Text: ""}, {Text: "fox", Label: "adj"}, {Text: "!", Confidence: &score}}
	checkEncode(t, &HighlightedText{}, []encodeCase{
		{"spans", spans, `[{"token":"The","class_or_confidence":null},{"token":" quick ","class_or_confidence":null},{"token":"brown","class_or_confidence":"adj"},
			{"token":"","class_or_confidence":null},{"token":"fox","class_or_confidence":"adj"},{"token":"!","class_or_confidence":0.5}]`, ""},
		{"nil", nil, `null`, ""},
		{"empty", []HighlightedSpan{}, `[]`, ""},
		{"both", []HighlightedSpan{{Text: "x", Label: "a", Confidence: &score}}, "", `span 1 ("x") has both a Label and a Confidence`},
	})
	// As Gradio: adjacent spans of one category merge, empty ones are dropped.
	checkEncode(t, &HighlightedText{CombineAdjacent: true, AdjacentSeparator: "_"}, []encodeCase{
		{"combined", spans, `[{"token":"The_ quick ","class_or_confidence":null},{"token":"brown_fox","class_or_confidence":"adj"},{"token":"!","class_or_confidence":0.5}]`, ""},
	})
	checkEncode(t, &HighlightedText{ShowWhitespaces: False}, []encodeCase{
		{"trimmed", []HighlightedSpan{{Text: " quick "}}, `[{"token":"quick","class_or_confidence":null}]`, ""},
	})
}

// Gradio cannot send its own API example back (showcase.call-roundtrip.txt); we can.
func TestHighlightedTextRoundTrip(t *testing.T) {
	h := &HighlightedText{}
	b, _ := json.Marshal(h.ExampleValue())
	v, err := h.Preprocess(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	out, err := h.Postprocess(context.Background(), v)
	if err != nil {
		t.Fatal(err)
	}
	ob, _ := json.Marshal(out)
	if !jsonEqual(t, string(ob), string(b)) || string(ob) != `[{"token":"The","class_or_confidence":null},{"token":"quick","class_or_confidence":"adj"}]` {
		t.Errorf("round trip: %s -> %s", b, ob)
	}
}

func TestHighlightedTextProps(t *testing.T) {
	// Gradio 6.25's props (showcase.config.json).
	h := &HighlightedText{Label: "HighlightedText", Value: []HighlightedSpan{{Text: "The"}, {Text: "quick", Label: "ADJ"}, {Text: "fox", Label: "NOUN"}}}
	checkProps(t, h, map[string]any{
		"value": []any{map[string]any{"token": "The", "class_or_confidence": nil}, map[string]any{"token": "quick", "class_or_confidence": "ADJ"},
			map[string]any{"token": "fox", "class_or_confidence": "NOUN"}},
		"show_legend": false, "show_inline_category": true, "combine_adjacent": false, "adjacent_separator": "", "show_whitespaces": true,
		"label": "HighlightedText", "show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
		"rtl": false, "buttons": []any{}, "_selectable": false, "color_map": nil, "interactive": nil,
	})
	h2 := &HighlightedText{ColorMap: map[string]string{"adj": "red"}, ShowLegend: true, ShowInlineCategory: False, Interactive: True}
	h2.Select(func(EventData) {}, nil, nil)
	checkProps(t, h2, map[string]any{"color_map": map[string]any{"adj": "red"}, "show_legend": true, "show_inline_category": false,
		"interactive": true, "_selectable": true, "value": nil})
	checkSchema(t, h, `{"$defs": {"HighlightedToken": {"properties": {"token": {"title": "Token", "type": "string"}, "class_or_confidence": {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}], "default": null, "title": "Class Or Confidence"}}, "required": ["token"], "title": "HighlightedToken", "type": "object"}}, "items": {"$ref": "#/$defs/HighlightedToken"}, "title": "HighlightedTextData", "type": "array", "additional_description": null}`)
	if pt := pythonType(h.APISchema()); pt != "list[dict(token: str, class_or_confidence: str | float | None)]" {
		t.Errorf("python type %q", pt)
	}
}

func TestHighlightedTextValidate(t *testing.T) {
	score := 1.0
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero":  {&HighlightedText{}, ""},
		"value": {&HighlightedText{Value: []HighlightedSpan{{Text: "a", Confidence: &score}}}, ""},
		"both":  {&HighlightedText{Value: []HighlightedSpan{{Text: "a", Label: "x", Confidence: &score}}}, "Value: span 1"},
	})
}

func FuzzHighlightedTextPreprocess(f *testing.F) {
	for _, s := range []string{`[{"token":"The","class_or_confidence":null},{"token":"quick","class_or_confidence":"adj"}]`,
		`[{"token":"a","class_or_confidence":1e308}]`, `null`, `[{}]`, `[{"token":"a","class_or_confidence":[1]}]`} {
		f.Add(s)
	}
	h := &HighlightedText{CombineAdjacent: true}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := h.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		// Whatever is accepted can be shown.
		if _, err := h.Postprocess(context.Background(), v); err != nil {
			t.Fatalf("Postprocess of accepted %q: %v", payload, err)
		}
	})
}

func ExampleHighlightedText() {
	text := &Textbox{Label: "Sentence"}
	tagged := &HighlightedText{Label: "Entities", ColorMap: map[string]string{"PERSON": "green"}}
	text.Submit(func(s string) []HighlightedSpan {
		return []HighlightedSpan{{Text: "Ada", Label: "PERSON"}, {Text: " wrote the first program."}}
	}, In(text), Out(tagged))
}
