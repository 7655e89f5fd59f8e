package gradio

import (
	"context"
	"encoding/json"
	"math"
	"testing"
)

func TestLabelPreprocess(t *testing.T) {
	checkDecode(t, &Label{}, []decodeCase{
		{"example", `{"label":"Cat","confidences":[{"label":"cat","confidence":0.9},{"label":"dog","confidence":0.1}]}`,
			LabelValue{"Cat", []Confidence{{"cat", 0.9}, {"dog", 0.1}}}, ""},
		{"label only", `{"label":"cat"}`, LabelValue{Label: "cat"}, ""},
		{"null confidences", `{"label":"cat","confidences":null}`, LabelValue{Label: "cat"}, ""},
		{"numeric labels", `{"label":3,"confidences":[{"label":1.5,"confidence":1}]}`, LabelValue{"3", []Confidence{{"1.5", 1}}}, ""},
		{"null parts", `{"label":null,"confidences":[{"label":null,"confidence":null}]}`, LabelValue{"", []Confidence{{"", 0}}}, ""},
		{"empty object", `{}`, LabelValue{}, ""},
		{"null", `null`, nil, ""},
		{"string", `"cat"`, nil, `expected an object {"label": ..., "confidences": [{"label": ..., "confidence": <number>}]}, got a string`},
		{"array", `[]`, nil, "got an array"},
		{"bool label", `{"label":true}`, nil, "label: expected a string or a number, got a boolean"},
		{"confidences object", `{"confidences":{"cat":0.9}}`, nil, "confidences: expected an array, got an object"},
		{"confidence item", `{"confidences":[1]}`, nil, "confidences[0]: expected an object"},
		{"confidence string", `{"confidences":[{"label":"a","confidence":"high"}]}`, nil, "confidences[0].confidence: expected a number, got a string"},
		{"item label", `{"confidences":[{"label":[1],"confidence":1}]}`, nil, "confidences[0].label: expected a string or a number, got an array"},
		{"malformed", `{"label":`, nil, "expected an object"},
	})
}

func TestLabelPostprocess(t *testing.T) {
	checkEncode(t, &Label{}, []encodeCase{
		{"string", "cat", `{"label":"cat","confidences":null}`, ""},
		{"int", 3, `{"label":"3","confidences":null}`, ""},
		{"uint8", uint8(7), `{"label":"7","confidences":null}`, ""},
		{"float", 2.5, `{"label":"2.5","confidences":null}`, ""},
		{"NaN", math.NaN(), "", "not a finite number"},
		{"nil", nil, `null`, ""},
		{"confidences", map[string]float64{"dog": 0.2, "cat": 0.7, "bird": 0.1},
			`{"label":"cat","confidences":[{"label":"cat","confidence":0.7},{"label":"dog","confidence":0.2},{"label":"bird","confidence":0.1}]}`, ""},
		{"ties sorted by name", map[string]float64{"b": 0.5, "a": 0.5},
			`{"label":"a","confidences":[{"label":"a","confidence":0.5},{"label":"b","confidence":0.5}]}`, ""},
		{"empty map", map[string]float64{}, `null`, ""},
		{"label value relabelled", LabelValue{"Cat", []Confidence{{"dog", 0.1}, {"cat", 0.9}}},
			`{"label":"cat","confidences":[{"label":"cat","confidence":0.9},{"label":"dog","confidence":0.1}]}`, ""},
		{"label value alone", &LabelValue{Label: "x"}, `{"label":"x","confidences":null}`, ""},
		{"nil pointer", (*LabelValue)(nil), `null`, ""},
		{"NaN confidence", map[string]float64{"a": math.Inf(1)}, "", `the confidence of "a" is +Inf`},
		{"unsupported", []string{"cat"}, "", "Label shows a string, a number, a map[string]float64 of confidences or a LabelValue; got []string"},
	})
	top := &Label{NumTopClasses: 2}
	checkEncode(t, top, []encodeCase{
		{"cut", map[string]float64{"a": 0.1, "b": 0.6, "c": 0.3},
			`{"label":"b","confidences":[{"label":"b","confidence":0.6},{"label":"c","confidence":0.3}]}`, ""},
		{"fewer than the cut", map[string]float64{"a": 1},
			`{"label":"a","confidences":[{"label":"a","confidence":1}]}`, ""},
	})
	// Sorting must not reorder the caller's slice.
	v := LabelValue{Confidences: []Confidence{{"a", 0.1}, {"b", 0.9}}}
	if _, err := top.Postprocess(context.Background(), v); err != nil || v.Confidences[0].Label != "a" {
		t.Errorf("Postprocess changed its argument: %+v, %v", v, err)
	}
}

func TestLabelProps(t *testing.T) {
	checkProps(t, &Label{}, map[string]any{
		"show_heading": true, "buttons": []any{}, "value": nil, "num_top_classes": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &Label{Value: map[string]float64{"cat": 0.7, "dog": 0.3}, NumTopClasses: 1, ShowHeading: False, Label: "Label"},
		map[string]any{
			"value":        map[string]any{"label": "cat", "confidences": []any{map[string]any{"label": "cat", "confidence": 0.7}}},
			"show_heading": false, "num_top_classes": 1, "label": "Label",
		})
	l := &Label{}
	checkSchema(t, l, `{"$defs": {"LabelConfidence": {"properties": {"label": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}], "default": null, "title": "Label"}, "confidence": {"anyOf": [{"type": "number"}, {"type": "null"}], "default": null, "title": "Confidence"}}, "title": "LabelConfidence", "type": "object"}}, "properties": {"label": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}], "default": null, "title": "Label"}, "confidences": {"anyOf": [{"items": {"$ref": "#/$defs/LabelConfidence"}, "type": "array"}, {"type": "null"}], "default": null, "title": "Confidences"}}, "title": "LabelData", "type": "object", "additional_description": null}`)
	b, _ := json.Marshal(l.ExampleValue())
	if !jsonEqual(t, string(b), `{"label":"Cat","confidences":[{"label":"cat","confidence":0.9},{"label":"dog","confidence":0.1}]}`) {
		t.Errorf("ExampleValue = %s", b)
	}
	// The example goes in and comes back out as Gradio's does.
	in, err := l.Preprocess(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	checkEncode(t, l, []encodeCase{{"example round trip", in,
		`{"label":"cat","confidences":[{"label":"cat","confidence":0.9},{"label":"dog","confidence":0.1}]}`, ""}})
}

func TestLabelValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value":     {&Label{}, ""},
		"string value":   {&Label{Value: "cat"}, ""},
		"negative top":   {&Label{NumTopClasses: -1}, "NumTopClasses is -1"},
		"bad value type": {&Label{Value: struct{}{}}, "Value: Label shows a string"},
	})
}

func FuzzLabelPreprocess(f *testing.F) {
	for _, s := range []string{`{"label":"Cat","confidences":[{"label":"cat","confidence":0.9}]}`, `null`, `{}`, `{"label":1e5}`,
		`{"confidences":[{"confidence":1e400}]}`, `"x"`, `{"confidences":[null]}`} {
		f.Add(s)
	}
	l := &Label{NumTopClasses: 3}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := l.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil || v == nil {
			return
		}
		lv, ok := v.(LabelValue)
		if !ok {
			t.Fatalf("Preprocess(%q) = %#v", payload, v)
		}
		for _, c := range lv.Confidences {
			if !isFinite(c.Confidence) {
				t.Fatalf("Preprocess(%q) accepted confidence %v", payload, c.Confidence)
			}
		}
		// Whatever is accepted can be shown.
		if _, err := l.Postprocess(context.Background(), lv); err != nil {
			t.Fatalf("Postprocess of accepted %q: %v", payload, err)
		}
	})
}

func ExampleLabel() {
	img := &Textbox{Label: "Description"}
	pred := &Label{Label: "Prediction", NumTopClasses: 3}
	img.Submit(func(string) map[string]float64 {
		return map[string]float64{"cat": 0.8, "dog": 0.15, "bird": 0.05}
	}, In(img), Out(pred))
}
