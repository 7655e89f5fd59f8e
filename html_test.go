package gradio

import (
	"context"
	"encoding/json"
	"testing"
)

func TestHTMLPreprocess(t *testing.T) {
	checkDecode(t, &HTML{}, []decodeCase{
		{"html", `"<p>Hello</p>"`, "<p>Hello</p>", ""},
		{"escaped", `"\u003cb\u003e"`, "<b>", ""},
		{"null", `null`, "", ""},
		{"number", `3`, nil, "expected a string, got a number"},
		{"array", `["<p>"]`, nil, "expected a string, got an array"},
		{"malformed", `"<p>`, nil, "expected a string"},
	})
}

func TestHTMLPostprocess(t *testing.T) {
	checkEncode(t, &HTML{}, []encodeCase{
		{"html", "<p><b>bold</b> html</p>", `"<p><b>bold</b> html</p>"`, ""},
		{"not dedented", "  <p>x</p>", `"  <p>x</p>"`, ""},
		{"empty", "", `""`, ""},
	})
}

func TestHTMLProps(t *testing.T) {
	checkProps(t, &HTML{}, map[string]any{
		"show_label": false, "visible": true, "elem_classes": []any{}, "container": false, "padding": false,
		"html_template": "${value}", "css_template": "", "apply_default_css": true, "autoscroll": false,
		"buttons": []any{}, "props": map[string]any{}, "component_class_name": "HTML",
		"js_on_load": "element.addEventListener('click', function() { trigger('click') });",
		"value":      nil, "label": nil, "sanitize_html": true,
	})
	checkProps(t, &HTML{Sanitize: True}, map[string]any{"sanitize_html": true})
	checkProps(t, &HTML{Sanitize: False}, map[string]any{"sanitize_html": false})
	checkProps(t, &HTML{Value: "<p>hi</p>", Label: "HTML", ShowLabel: True, Visible: False, ElemClasses: []string{"x"}},
		map[string]any{"value": "<p>hi</p>", "label": "HTML", "show_label": true, "visible": false, "elem_classes": []any{"x"}})
	checkSchema(t, &HTML{}, `{"type":"string"}`)
	if ex := (&HTML{}).ExampleValue(); ex != "<p>Hello</p>" {
		t.Errorf("ExampleValue = %#v", ex)
	}
	if k := (&HTML{}).Kind(); k != "html" {
		t.Errorf("Kind = %q", k)
	}
}

func TestHTMLClickEvent(t *testing.T) {
	h := &HTML{}
	e := h.Click(func() {}, nil, nil)
	if len(h.events().list) != 1 || e.triggers[0].Event != EventClick || e.triggers[0].Source != h {
		t.Fatalf("Click registered %+v", e.triggers)
	}
}

func FuzzHTMLPreprocess(f *testing.F) {
	for _, s := range []string{`"<p>Hello</p>"`, `null`, `1`, `"\u003c"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := (&HTML{}).Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		s, ok := v.(string)
		if !ok {
			t.Fatalf("Preprocess(%q) = %#v", payload, v)
		}
		// What is accepted is exactly the JSON string sent.
		var want string
		if !isNull(json.RawMessage(payload)) && (json.Unmarshal([]byte(payload), &want) != nil || want != s) {
			t.Fatalf("Preprocess(%q) = %q", payload, s)
		}
	})
}

func ExampleHTML() {
	banner := &HTML{Value: `<p style="color: teal">Welcome!</p>`}
	clicks := &Number{Label: "Clicks"}
	banner.Click(func(n int) int { return n + 1 }, In(clicks), Out(clicks))
}
