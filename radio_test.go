package gradio

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
)

var choicesXYZ = []string{"x", "y", "z"}

func TestRadioPreprocess(t *testing.T) {
	checkDecode(t, &Radio{Choices: choicesXYZ}, []decodeCase{
		{"choice", `"y"`, "y", ""},
		{"null", `null`, "", ""},
		{"not a choice", `"w"`, nil, `"w" is not one of the choices: "x", "y", "z"`},
		{"empty string", `""`, nil, `"" is not one of the choices`},
		{"number", `1`, nil, "expected a string, got a number"},
		{"array", `["x"]`, nil, "expected a string, got an array"},
		{"malformed", `"x`, nil, "expected a string"},
	})
	checkDecode(t, &Radio{Choices: choicesXYZ, Type: "index"}, []decodeCase{
		{"first", `"x"`, 0, ""},
		{"last", `"z"`, 2, ""},
		{"null is -1", `null`, -1, ""},
		{"not a choice", `"q"`, nil, `"q" is not one of the choices`},
		{"index number", `0`, nil, "expected a string, got a number"},
	})
}

func TestRadioPostprocess(t *testing.T) {
	checkEncode(t, &Radio{Choices: choicesXYZ}, []encodeCase{
		{"choice", "z", `"z"`, ""},
		{"empty clears", "", `null`, ""},
	})
	checkEncode(t, &Radio{Choices: choicesXYZ, Type: "index"}, []encodeCase{
		{"index", 1, `"y"`, ""},
		{"negative clears", -1, `null`, ""},
		{"out of range", 3, "", "index 3 is out of range: there are 3 choices"},
	})
}

func TestRadioProps(t *testing.T) {
	checkProps(t, &Radio{}, map[string]any{
		"choices": []any{}, "type": "value", "rtl": false, "buttons": []any{}, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &Radio{Choices: choicesXYZ, Value: "y", Label: "Radio", Visible: False}, map[string]any{
		"choices": [][]string{{"x", "x"}, {"y", "y"}, {"z", "z"}}, "value": "y", "label": "Radio", "visible": false,
	})
	r := &Radio{Choices: choicesXYZ}
	checkSchema(t, r, `{"enum":["x","y","z"],"title":"Radio","type":"string"}`)
	if pt := pythonType(r.APISchema()); pt != "Literal['x', 'y', 'z']" {
		t.Errorf("python type = %q", pt)
	}
	if ex := r.ExampleValue(); ex != "x" {
		t.Errorf("ExampleValue = %#v", ex)
	}
	if ex := (&Radio{}).ExampleValue(); ex != nil {
		t.Errorf("ExampleValue without choices = %#v", ex)
	}
}

func TestRadioValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&Radio{}, ""},
		"value":      {&Radio{Choices: choicesXYZ, Value: "z", Type: "index"}, ""},
		"bad value":  {&Radio{Choices: choicesXYZ, Value: "w"}, `Value: "w" is not one of the choices`},
		"bad type":   {&Radio{Type: "idx"}, `Type "idx" is not one of value, index`},
	})
}

func FuzzRadioPreprocess(f *testing.F) {
	for _, s := range []string{`"x"`, `"w"`, `null`, `""`, `1`, `"\u0078"`, `["x"]`} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, payload string, index bool) {
		r := &Radio{Choices: choicesXYZ}
		if index {
			r.Type = "index"
		}
		v, err := r.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		switch v := v.(type) {
		case string:
			if v != "" && !slices.Contains(choicesXYZ, v) || v == "" && !isNull(json.RawMessage(payload)) {
				t.Fatalf("Preprocess(%q) accepted %q", payload, v)
			}
		case int:
			if v < -1 || v >= len(choicesXYZ) || v == -1 && !isNull(json.RawMessage(payload)) {
				t.Fatalf("Preprocess(%q) gave index %d", payload, v)
			}
		default:
			t.Fatalf("Preprocess(%q) = %#v", payload, v)
		}
	})
}

func ExampleRadio() {
	op := &Radio{Label: "Operation", Choices: []string{"add", "subtract"}, Value: "add"}
	a, b, result := &Number{Label: "a"}, &Number{Label: "b"}, &Number{Label: "Result"}
	op.Change(func(x float64, op string, y float64) float64 {
		if op == "subtract" {
			return x - y
		}
		return x + y
	}, In(a, op, b), Out(result))
}
