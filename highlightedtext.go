package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// HighlightedSpan is one piece of a HighlightedText: its text and, optionally, a
// category Label or a Confidence (a score, shown as a shade). A span with neither is
// plain text.
type HighlightedSpan struct {
	Text       string
	Label      string
	Confidence *float64
}

// HighlightedText shows text with highlighted spans, labelled by category (named
// entities, parts of speech) or shaded by a score (a diff, an attribution). Its value
// is a []HighlightedSpan; with Interactive set, the user can label spans.
type HighlightedText struct {
	Events
	// Value is the initial text.
	Value []HighlightedSpan
	// ColorMap maps labels to colors, such as {"person": "red", "place": "#ffee22"}.
	ColorMap map[string]string
	// ShowLegend shows the labels in a legend rather than inline.
	ShowLegend bool
	// ShowInlineCategory shows each span's label next to it (when there is no legend);
	// it defaults to True.
	ShowInlineCategory Bool
	// CombineAdjacent merges adjacent spans of the same label (or score) into one,
	// joined by AdjacentSeparator; empty spans are dropped.
	CombineAdjacent   bool
	AdjacentSeparator string
	// ShowWhitespaces keeps the spaces around spans; set to False, returned spans are
	// trimmed. It defaults to True.
	ShowWhitespaces Bool
	RTL             bool

	Label       string
	ShowLabel   Bool
	Container   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	Interactive Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

var spansType = reflect.TypeFor[[]HighlightedSpan]()

const spanShape = `{"token": <a string>, "class_or_confidence": <a string, a number or null>}`

func (h *HighlightedText) Kind() string { return "highlightedtext" }

func (h *HighlightedText) Props() map[string]any {
	p := common{h.Label, "", h.ShowLabel, h.Container, h.Scale, h.MinWidth, h.Visible, h.Interactive, h.ElemID, h.ElemClasses}.into(props{})
	if h.ColorMap != nil {
		p["color_map"] = h.ColorMap
	}
	p["show_legend"] = h.ShowLegend
	p["show_inline_category"] = h.ShowInlineCategory.or(true)
	p["combine_adjacent"] = h.CombineAdjacent
	p["adjacent_separator"] = h.AdjacentSeparator
	p["show_whitespaces"] = h.ShowWhitespaces.or(true)
	p["rtl"] = h.RTL
	p["buttons"] = []string{}
	p["_selectable"] = hasListener(&h.Events, h, EventSelect)
	if h.Value != nil {
		if v, err := h.encode(h.Value); err == nil {
			p["value"] = v
		}
	}
	return p
}

func (h *HighlightedText) Validate() error {
	if _, err := h.encode(h.Value); err != nil {
		return fmt.Errorf("Value: %w", err)
	}
	return nil
}

func (h *HighlightedText) ValueType() reflect.Type { return spansType }

// Preprocess decodes an array of {"token": ..., "class_or_confidence": ...}: a string
// class becomes the span's Label, a number its Confidence. Null gives nil.
func (h *HighlightedText) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	if isNull(p) {
		return []HighlightedSpan(nil), nil
	}
	var items []json.RawMessage
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &items) != nil {
		return nil, fmt.Errorf("expected an array of spans, each %s; got %s", spanShape, jsonKindOf(p))
	}
	out := make([]HighlightedSpan, len(items))
	for i, item := range items {
		var raw struct {
			Token *string         `json:"token"`
			Class json.RawMessage `json:"class_or_confidence"`
		}
		if jsonKindOf(item) != "an object" || json.Unmarshal(item, &raw) != nil || raw.Token == nil {
			return nil, fmt.Errorf("span %d: expected an object %s, got %s", i+1, spanShape, describeSpan(item))
		}
		out[i].Text = *raw.Token
		switch jsonKindOf(raw.Class) {
		case "nothing", "null":
		case "a string":
			_ = json.Unmarshal(raw.Class, &out[i].Label)
		case "a number":
			f, err := decodeNumber(raw.Class)
			if err != nil {
				return nil, fmt.Errorf("span %d: class_or_confidence: %w", i+1, err)
			}
			out[i].Confidence = &f
		default:
			return nil, fmt.Errorf("span %d: class_or_confidence must be a string, a number or null, got %s", i+1, jsonKindOf(raw.Class))
		}
	}
	return out, nil
}

// describeSpan says what is wrong with a span that is not an object with a token.
func describeSpan(p json.RawMessage) string {
	if jsonKindOf(p) == "an object" {
		return `an object without a string "token"`
	}
	return jsonKindOf(p)
}

// Postprocess sends the spans, combined and trimmed as CombineAdjacent and
// ShowWhitespaces say. A span may not have both a Label and a Confidence. nil clears
// the component.
func (h *HighlightedText) Postprocess(_ context.Context, v any) (any, error) {
	spans, _ := v.([]HighlightedSpan)
	return h.encode(spans)
}

type spanWire struct {
	Token string `json:"token"`
	Class any    `json:"class_or_confidence"`
}

func (h *HighlightedText) encode(spans []HighlightedSpan) (any, error) {
	if spans == nil {
		return nil, nil
	}
	for i, s := range spans {
		if s.Label != "" && s.Confidence != nil {
			return nil, fmt.Errorf("span %d (%q) has both a Label and a Confidence", i+1, s.Text)
		}
		if s.Confidence != nil && !isFinite(*s.Confidence) {
			return nil, fmt.Errorf("span %d (%q) has the confidence %v; it must be a finite number", i+1, s.Text, *s.Confidence)
		}
	}
	if h.CombineAdjacent {
		var merged []HighlightedSpan
		for _, s := range spans {
			if s.Text == "" {
				continue
			}
			if n := len(merged); n > 0 && sameCategory(merged[n-1], s) {
				merged[n-1].Text += h.AdjacentSeparator + s.Text
				continue
			}
			merged = append(merged, s)
		}
		spans = merged
	}
	out := make([]spanWire, len(spans))
	for i, s := range spans {
		out[i].Token = s.Text
		if !h.ShowWhitespaces.or(true) {
			out[i].Token = strings.TrimSpace(s.Text)
		}
		switch {
		case s.Confidence != nil:
			out[i].Class = *s.Confidence
		case s.Label != "":
			out[i].Class = s.Label
		}
	}
	return out, nil
}

// sameCategory reports whether two spans have the same label or score (or neither).
func sameCategory(a, b HighlightedSpan) bool {
	if (a.Confidence == nil) != (b.Confidence == nil) {
		return false
	}
	return a.Label == b.Label && (a.Confidence == nil || *a.Confidence == *b.Confidence)
}

// APISchema is Gradio's HighlightedTextData schema.
func (h *HighlightedText) APISchema() map[string]any {
	return schemaJSON(`{"$defs": {"HighlightedToken": {"properties": {"token": {"title": "Token", "type": "string"}, "class_or_confidence": {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}], "default": null, "title": "Class Or Confidence"}}, "required": ["token"], "title": "HighlightedToken", "type": "object"}}, "items": {"$ref": "#/$defs/HighlightedToken"}, "title": "HighlightedTextData", "type": "array", "additional_description": null}`)
}

func (h *HighlightedText) ExampleValue() any {
	return []any{
		map[string]any{"token": "The", "class_or_confidence": nil},
		map[string]any{"token": "quick", "class_or_confidence": "adj"},
	}
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (h *HighlightedText) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(h, h, EventChange, fn, in, out, opts)
}

// Select registers fn to run when the user clicks a span. The handler's EventData has
// the span's Index and Value.
func (h *HighlightedText) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(h, h, EventSelect, fn, in, out, opts)
}

var (
	_ Input        = (*HighlightedText)(nil)
	_ Output       = (*HighlightedText)(nil)
	_ APIDescriber = (*HighlightedText)(nil)
	_ Exampler     = (*HighlightedText)(nil)
	_ Validator    = (*HighlightedText)(nil)
)
