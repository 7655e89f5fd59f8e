package gradio

import (
	"context"
	"encoding/json"
	"math"
	"testing"
)

func TestNumberPreprocess(t *testing.T) {
	checkDecode(t, &Number{}, []decodeCase{
		{"integer", `3`, 3.0, ""},
		{"float", `-2.5`, -2.5, ""},
		{"exponent", `1e3`, 1000.0, ""},
		{"null", `null`, 0.0, ""},
		{"empty", ``, 0.0, ""},
		{"string", `"3"`, nil, "expected a number, got a string"},
		{"bool", `true`, nil, "expected a number, got a boolean"},
		{"array", `[1]`, nil, "expected a number, got an array"},
		{"object", `{"x":1}`, nil, "expected a number, got an object"},
		{"malformed", `3x`, nil, "expected a number"},
		{"overflow", `1e999`, nil, "expected a number"},
	})
	bounded := &Number{Minimum: Ptr(-1.0), Maximum: Ptr(10.0)}
	checkDecode(t, bounded, []decodeCase{
		{"at minimum", `-1`, -1.0, ""},
		{"at maximum", `10`, 10.0, ""},
		{"inside", `0.5`, 0.5, ""},
		{"below", `-1.5`, nil, "must be at least -1"},
		{"above", `10.25`, nil, "must be at most 10"},
		{"null is zero", `null`, 0.0, ""},
	})
	checkDecode(t, &Number{Minimum: Ptr(5.0)}, []decodeCase{
		{"null out of bounds", `null`, nil, "a number is required: 0 is too small: the number must be at least 5"},
		{"above, unbounded", `1e300`, 1e300, ""},
	})
}

func TestNumberPostprocess(t *testing.T) {
	checkEncode(t, &Number{}, []encodeCase{
		{"number", 3.5, `3.5`, ""},
		{"zero", 0.0, `0`, ""},
		{"NaN", math.NaN(), "", "JSON has no infinities or NaN"},
		{"infinity", math.Inf(-1), "", "JSON has no infinities or NaN"},
	})
}

func TestNumberProps(t *testing.T) {
	checkProps(t, &Number{}, map[string]any{
		"step": 1, "buttons": []any{}, "show_label": true, "container": true, "min_width": 160,
		"visible": true, "elem_classes": []any{}, "value": nil, "minimum": nil, "maximum": nil,
		"placeholder": nil, "label": nil, "interactive": nil,
	})
	checkProps(t, &Number{Value: 3.14, Minimum: Ptr(0.0), Maximum: Ptr(5.0), Step: 0.5, Placeholder: "pi",
		Label: "Number", Interactive: False, ElemID: "n"}, map[string]any{
		"value": 3.14, "minimum": 0, "maximum": 5, "step": 0.5, "placeholder": "pi", "label": "Number",
		"interactive": false, "elem_id": "n",
	})
	if k := (&Number{}).Kind(); k != "number" {
		t.Errorf("Kind = %q", k)
	}
	checkSchema(t, &Number{}, `{"type":"number"}`)
	if b, _ := json.Marshal((&Number{}).ExampleValue()); string(b) != "3" {
		t.Errorf("ExampleValue = %s, want 3", b)
	}
}

func TestNumberValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value":         {&Number{}, ""},
		"bounds":             {&Number{Value: 2, Minimum: Ptr(1.0), Maximum: Ptr(2.0)}, ""},
		"zero value ignored": {&Number{Minimum: Ptr(1.0)}, ""},
		"min above max":      {&Number{Minimum: Ptr(3.0), Maximum: Ptr(2.0)}, "Minimum (3) is greater than Maximum (2)"},
		"value too small":    {&Number{Value: 0.5, Minimum: Ptr(1.0)}, "Value: 0.5 is too small"},
		"value too large":    {&Number{Value: 7, Maximum: Ptr(1.0)}, "must be at most 1"},
		"negative step":      {&Number{Step: -1}, "Step is -1"},
		"NaN bound":          {&Number{Minimum: Ptr(math.NaN())}, "Minimum is NaN"},
		"infinite value":     {&Number{Value: math.Inf(1)}, "Value is +Inf"},
	})
}

func TestFmtNum(t *testing.T) {
	for f, want := range map[float64]string{0: "0", 100: "100", -2.5: "-2.5", 0.1: "0.1", 1234567: "1234567", 1e21: "1e+21"} {
		if got := fmtNum(f); got != want {
			t.Errorf("fmtNum(%v) = %q, want %q", f, got, want)
		}
	}
}

func FuzzNumberPreprocess(f *testing.F) {
	for _, s := range []string{`3`, `-1`, `10`, `null`, `"3"`, `1e999`, `[1]`, `{}`, `0.5`, ``, `-0`} {
		f.Add(s)
	}
	n := &Number{Minimum: Ptr(-1.0), Maximum: Ptr(10.0)}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := n.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		x, ok := v.(float64)
		if !ok || math.IsNaN(x) || x < -1 || x > 10 {
			t.Fatalf("Preprocess(%q) accepted %#v, outside [-1, 10]", payload, v)
		}
	})
}

func ExampleNumber() {
	age := &Number{Label: "Age", Minimum: Ptr(0.0), Maximum: Ptr(150.0)}
	out := &Textbox{Label: "Result"}
	btn := &Button{Value: "Check"}
	btn.Click(func(age int) string { return "OK" }, In(age), Out(out))
	_ = &Blocks{Children: []Component{age, btn, out}}
}
