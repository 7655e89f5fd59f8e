package gradio

import (
	"context"
	"encoding/json"
	"math"
	"testing"
)

func TestJSONPreprocess(t *testing.T) {
	checkDecode(t, &JSON{}, []decodeCase{
		{"object", `{"foo":"bar"}`, map[string]any{"foo": "bar"}, ""},
		{"nested", `{"a":1,"b":[1,2,3],"c":{"d":null}}`, map[string]any{"a": 1.0, "b": []any{1.0, 2.0, 3.0}, "c": map[string]any{"d": nil}}, ""},
		{"array", `[true,"x"]`, []any{true, "x"}, ""},
		{"string", `"s"`, "s", ""},
		{"number", `2.5`, 2.5, ""},
		{"bool", `false`, false, ""},
		{"null", `null`, nil, ""},
		{"malformed", `{"a":`, nil, "expected a JSON value"},
		{"garbage", `nope`, nil, "expected a JSON value"},
	})
}

type jsonPoint struct {
	X int `json:"x"`
	Y int `json:"y"`
}

func TestJSONPostprocess(t *testing.T) {
	checkEncode(t, &JSON{}, []encodeCase{
		{"map", map[string]any{"foo": "bar"}, `{"foo":"bar"}`, ""},
		{"struct", jsonPoint{1, 2}, `{"x":1,"y":2}`, ""},
		{"slice of structs", []jsonPoint{{1, 2}}, `[{"x":1,"y":2}]`, ""},
		{"raw message", json.RawMessage(`{"a": [1, 2]}`), `{"a":[1,2]}`, ""},
		{"string", "text", `"text"`, ""},
		{"nil", nil, `null`, ""},
		{"int", 7, `7`, ""},
		{"channel", make(chan int), "", "the chan int value cannot be sent as JSON"},
		{"func in map", map[string]any{"f": func() {}}, "", "cannot be sent as JSON"},
		{"NaN", math.NaN(), "", "unsupported value"},
		{"NaN in generic map", map[string]any{"x": []any{1.0, math.Inf(1)}}, "", "unsupported value"},
		{"NaN in typed value", []float64{math.NaN()}, "", "cannot be sent as JSON"},
		{"bad raw message", json.RawMessage(`{`), "", "cannot be sent as JSON"},
	})
}

func TestJSONProps(t *testing.T) {
	checkProps(t, &JSON{}, map[string]any{
		"open": false, "show_indices": false, "max_height": 500, "buttons": []any{"copy"}, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &JSON{Value: jsonPoint{3, 4}, Open: true, Label: "JSON"}, map[string]any{
		"value": map[string]any{"x": 3, "y": 4}, "open": true, "label": "JSON",
	})
	// An unencodable value is reported by Validate, and kept out of the props so the
	// config still renders.
	checkProps(t, &JSON{Value: make(chan int)}, map[string]any{"value": nil})
	checkSchema(t, &JSON{}, `{"type":{},"description":"any valid json"}`)
	if b, _ := json.Marshal((&JSON{}).ExampleValue()); string(b) != `{"foo":"bar"}` {
		t.Errorf("ExampleValue = %s", b)
	}
	if pt := pythonType((&JSON{}).APISchema()); pt != "str | float | bool | list | dict" {
		t.Errorf("python type = %q", pt)
	}
}

func TestJSONValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value":   {&JSON{}, ""},
		"struct value": {&JSON{Value: jsonPoint{}}, ""},
		"channel":      {&JSON{Value: make(chan int)}, "Value: the chan int value cannot be sent as JSON"},
		"NaN":          {&JSON{Value: map[string]any{"x": math.NaN()}}, "unsupported value"},
	})
}

func FuzzJSONPreprocess(f *testing.F) {
	for _, s := range []string{`{"foo":"bar"}`, `[1,2]`, `null`, `"x"`, `{"a":`, `1e400`, `{"a":{"b":[null]}}`} {
		f.Add(s)
	}
	j := &JSON{}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := j.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		// Whatever is accepted goes back out unchanged.
		out, err := j.Postprocess(context.Background(), v)
		if err != nil {
			t.Fatalf("Preprocess(%q) = %#v, which Postprocess rejects: %v", payload, v, err)
		}
		a, _ := json.Marshal(v)
		b, _ := json.Marshal(out)
		if string(a) != string(b) {
			t.Fatalf("round trip of %q: %s != %s", payload, a, b)
		}
	})
}

func ExampleJSON() {
	in := &Textbox{Label: "Text"}
	stats := &JSON{Label: "Stats", Open: true}
	in.Change(func(s string) map[string]int { return map[string]int{"length": len(s)} }, In(in), Out(stats))
}
