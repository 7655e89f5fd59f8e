package gradio

import (
	"context"
	"encoding/json"
	"math"
	"testing"
)

func TestSliderPreprocess(t *testing.T) {
	checkDecode(t, &Slider{}, []decodeCase{
		{"inside default range", `42`, 42.0, ""},
		{"minimum", `0`, 0.0, ""},
		{"maximum", `100`, 100.0, ""},
		{"fraction", `0.25`, 0.25, ""},
		{"null is zero", `null`, 0.0, ""},
		{"below", `-1`, nil, "expected a number between 0 and 100, got -1"},
		{"above", `100.5`, nil, "expected a number between 0 and 100, got 100.5"},
		{"string", `"5"`, nil, "expected a number, got a string"},
		{"object", `{}`, nil, "expected a number, got an object"},
		{"malformed", `[1,`, nil, "expected a number"},
	})
	checkDecode(t, &Slider{Minimum: 10, Maximum: 20}, []decodeCase{
		{"inside", `15`, 15.0, ""},
		{"null outside", `null`, nil, "expected a number between 10 and 20, got null"},
		{"zero outside", `0`, nil, "between 10 and 20"},
	})
	checkDecode(t, &Slider{Minimum: -5, Maximum: -1}, []decodeCase{
		{"negative range", `-3`, -3.0, ""},
		{"above negative range", `0`, nil, "between -5 and -1"},
	})
}

func TestSliderPostprocess(t *testing.T) {
	checkEncode(t, &Slider{}, []encodeCase{
		{"number", 42.0, `42`, ""},
		{"NaN", math.NaN(), "", "NaN"},
	})
}

func TestSliderProps(t *testing.T) {
	checkProps(t, &Slider{}, map[string]any{
		"minimum": 0, "maximum": 100, "value": 0, "step": 1, "buttons": []any{},
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &Slider{Minimum: 10, Maximum: 20, Step: 0.5, ShowResetButton: true, Label: "Slider", Scale: 2},
		map[string]any{"minimum": 10, "maximum": 20, "value": 10, "step": 0.5, "buttons": []any{"reset"}, "label": "Slider", "scale": 2})
	checkProps(t, &Slider{Value: 42}, map[string]any{"value": 42})
	checkProps(t, &Slider{Minimum: -10, Maximum: 10}, map[string]any{"value": 0})
	checkSchema(t, &Slider{}, `{"type":"number","description":"numeric value between 0 and 100"}`)
	checkSchema(t, &Slider{Minimum: 0.5, Maximum: 2.5}, `{"type":"number","description":"numeric value between 0.5 and 2.5"}`)
	if got := (&Slider{Minimum: 3, Maximum: 9}).ExampleValue(); got != 3.0 {
		t.Errorf("ExampleValue = %#v, want the minimum", got)
	}
	if pt := pythonType((&Slider{}).APISchema()); pt != "float" {
		t.Errorf("python type = %q, want float", pt)
	}
}

func TestSliderValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value":       {&Slider{}, ""},
		"custom range":     {&Slider{Minimum: 1, Maximum: 2, Value: 1.5}, ""},
		"max equals min":   {&Slider{Minimum: 5, Maximum: 5}, "Maximum (5) must be greater than Minimum (5)"},
		"max below min":    {&Slider{Minimum: 5, Maximum: 1}, "must be greater than Minimum"},
		"only min set":     {&Slider{Minimum: 5}, "Maximum (0) must be greater than Minimum (5)"},
		"value outside":    {&Slider{Value: 101}, "Value 101 is outside the range 0 to 100"},
		"negative step":    {&Slider{Step: -0.1}, "Step is -0.1"},
		"infinite maximum": {&Slider{Maximum: math.Inf(1)}, "Maximum is +Inf"},
	})
}

func FuzzSliderPreprocess(f *testing.F) {
	for _, s := range []string{`42`, `0`, `100`, `-1`, `101`, `null`, `"x"`, `1e400`, `-0.0`} {
		f.Add(s, 0.0, 100.0)
	}
	f.Add(`15`, 10.0, 20.0)
	f.Fuzz(func(t *testing.T, payload string, lo, hi float64) {
		s := &Slider{Minimum: lo, Maximum: hi}
		if s.Validate() != nil {
			return
		}
		v, err := s.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		min, max := s.bounds()
		if x, ok := v.(float64); !ok || !(x >= min && x <= max) {
			t.Fatalf("Slider{%v, %v}.Preprocess(%q) accepted %#v", lo, hi, payload, v)
		}
	})
}

func ExampleSlider() {
	temp := &Slider{Label: "Temperature", Minimum: 0, Maximum: 2, Step: 0.1, Value: 0.7}
	_ = &Blocks{Children: []Component{temp}}
}
