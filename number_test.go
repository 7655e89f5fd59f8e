package gradio

import (
	"context"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

// Helpers shared by the component tests (number_test.go, slider_test.go, ...).

// decodeCase is one Preprocess case: a payload and either the value expected or a
// piece of the error message expected.
type decodeCase struct {
	name    string
	payload string
	want    any
	err     string
}

// checkDecode runs Preprocess over the cases; values must also have the component's
// ValueType (unless that is an interface), since handlers are bound to it.
func checkDecode(t *testing.T, in Input, cases []decodeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := in.Preprocess(context.Background(), json.RawMessage(c.payload))
			if c.err != "" {
				if err == nil {
					t.Fatalf("Preprocess(%s) = %#v, want an error containing %q", c.payload, got, c.err)
				}
				if !strings.Contains(err.Error(), c.err) {
					t.Fatalf("Preprocess(%s) error = %q, want it to contain %q", c.payload, err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Preprocess(%s): %v", c.payload, err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("Preprocess(%s) = %#v, want %#v", c.payload, got, c.want)
			}
			if vt := in.ValueType(); vt.Kind() != reflect.Interface && reflect.TypeOf(got) != vt {
				t.Fatalf("Preprocess(%s) gave a %T, but ValueType is %s", c.payload, got, vt)
			}
		})
	}
}

// encodeCase is one Postprocess case: a Go value and either the JSON expected on the
// wire or a piece of the error message expected.
type encodeCase struct {
	name  string
	value any
	want  string
	err   string
}

func checkEncode(t *testing.T, out Output, cases []encodeCase) {
	t.Helper()
	checkEncodeCtx(t, context.Background(), out, cases)
}

func checkEncodeCtx(t *testing.T, ctx context.Context, out Output, cases []encodeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := out.Postprocess(ctx, c.value)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("Postprocess(%#v) = %#v, %v; want an error containing %q", c.value, got, err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Postprocess(%#v): %v", c.value, err)
			}
			b, err := json.Marshal(got)
			if err != nil {
				t.Fatalf("Postprocess(%#v) = %#v, which does not encode: %v", c.value, got, err)
			}
			if !jsonEqual(t, string(b), c.want) {
				t.Fatalf("Postprocess(%#v) = %s, want %s", c.value, b, c.want)
			}
		})
	}
}

// jsonEqual compares two JSON texts by value.
func jsonEqual(t *testing.T, a, b string) bool {
	t.Helper()
	var va, vb any
	if err := json.Unmarshal([]byte(a), &va); err != nil {
		t.Fatalf("bad JSON %s: %v", a, err)
	}
	if err := json.Unmarshal([]byte(b), &vb); err != nil {
		t.Fatalf("bad JSON %s: %v", b, err)
	}
	return reflect.DeepEqual(va, vb)
}

// checkProps compares some of a component's props, by their JSON encoding, with the
// wanted ones; a nil wanted value means the key must be absent.
func checkProps(t *testing.T, c Component, want map[string]any) {
	t.Helper()
	p := c.Props()
	if _, err := json.Marshal(p); err != nil {
		t.Fatalf("%s props do not encode: %v", c.Kind(), err)
	}
	for k, w := range want {
		got, ok := p[k]
		if w == nil {
			if ok {
				t.Errorf("%s props[%q] = %#v, want it absent", c.Kind(), k, got)
			}
			continue
		}
		gb, _ := json.Marshal(got)
		wb, _ := json.Marshal(w)
		if !ok || !jsonEqual(t, string(gb), string(wb)) {
			t.Errorf("%s props[%q] = %s (present: %v), want %s", c.Kind(), k, gb, ok, wb)
		}
	}
}

// checkSchema compares a component's API schema with Gradio's, given as JSON.
func checkSchema(t *testing.T, d APIDescriber, want string) {
	t.Helper()
	b, err := json.Marshal(d.APISchema())
	if err != nil {
		t.Fatal(err)
	}
	if !jsonEqual(t, string(b), want) {
		t.Errorf("APISchema = %s, want %s", b, want)
	}
}

// checkValidate runs Validate on each component; a non-empty want is a piece of the
// error expected.
func checkValidate(t *testing.T, cases map[string]struct {
	c    Validator
	want string
}) {
	t.Helper()
	for name, c := range cases {
		err := c.c.Validate()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: Validate: %v", name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: Validate = %v, want an error containing %q", name, err, c.want)
		}
	}
}

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
