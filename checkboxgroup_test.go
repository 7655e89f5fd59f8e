package gradio

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
)

var choicesABC = []string{"a", "b", "c"}

func TestCheckboxGroupPreprocess(t *testing.T) {
	checkDecode(t, &CheckboxGroup{Choices: choicesABC}, []decodeCase{
		{"some", `["a","c"]`, []string{"a", "c"}, ""},
		{"none", `[]`, []string{}, ""},
		{"null", `null`, []string{}, ""},
		{"all", `["c","b","a"]`, []string{"c", "b", "a"}, ""},
		{"not a choice", `["a","d"]`, nil, `"d" is not one of the choices: "a", "b", "c"`},
		{"case matters", `["A"]`, nil, `"A" is not one of the choices`},
		{"string", `"a"`, nil, "expected an array of strings, got a string"},
		{"numbers", `[1]`, nil, "expected an array of strings, got an array"},
		{"object", `{"a":true}`, nil, "expected an array of strings, got an object"},
		{"malformed", `["a"`, nil, "expected an array of strings"},
	})
	checkDecode(t, &CheckboxGroup{Choices: choicesABC, Type: "index"}, []decodeCase{
		{"indices", `["c","a"]`, []int{2, 0}, ""},
		{"null", `null`, []int{}, ""},
		{"not a choice", `["z"]`, nil, `"z" is not one of the choices`},
	})
	checkDecode(t, &CheckboxGroup{}, []decodeCase{
		{"no choices", `["a"]`, nil, `"a" is not one of the choices: (none)`},
	})
}

func TestCheckboxGroupPostprocess(t *testing.T) {
	checkEncode(t, &CheckboxGroup{Choices: choicesABC}, []encodeCase{
		{"values", []string{"a", "b"}, `["a","b"]`, ""},
		{"nil", []string(nil), `[]`, ""},
		{"untyped nil", nil, `[]`, ""},
	})
	checkEncode(t, &CheckboxGroup{Choices: choicesABC, Type: "index"}, []encodeCase{
		{"indices", []int{2, 0}, `["c","a"]`, ""},
		{"empty", []int{}, `[]`, ""},
		{"out of range", []int{3}, "", "index 3 is out of range: there are 3 choices"},
		{"negative", []int{-1}, "", "index -1 is out of range"},
	})
}

func TestCheckboxGroupProps(t *testing.T) {
	checkProps(t, &CheckboxGroup{}, map[string]any{
		"choices": []any{}, "type": "value", "show_select_all": false, "buttons": []any{}, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &CheckboxGroup{Choices: choicesABC, Value: []string{"a", "c"}, Type: "index", Label: "CheckboxGroup"}, map[string]any{
		"choices": [][]string{{"a", "a"}, {"b", "b"}, {"c", "c"}}, "value": []string{"a", "c"}, "type": "index", "label": "CheckboxGroup",
	})
	g := &CheckboxGroup{Choices: choicesABC}
	checkSchema(t, g, `{"items":{"enum":["a","b","c"],"type":"string"},"title":"Checkbox Group","type":"array"}`)
	if pt := pythonType(g.APISchema()); pt != "list[Literal['a', 'b', 'c']]" {
		t.Errorf("python type = %q", pt)
	}
	if ex := g.ExampleValue(); !slices.Equal(ex.([]string), []string{"a"}) {
		t.Errorf("ExampleValue = %#v", ex)
	}
	if ex := (&CheckboxGroup{}).ExampleValue(); len(ex.([]string)) != 0 {
		t.Errorf("ExampleValue without choices = %#v", ex)
	}
	// The schema must not alias Choices.
	g.APISchema()["items"].(map[string]any)["enum"].([]string)[0] = "x"
	if g.Choices[0] != "a" {
		t.Error("APISchema aliases Choices")
	}
}

func TestCheckboxGroupValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value":   {&CheckboxGroup{}, ""},
		"value":        {&CheckboxGroup{Choices: choicesABC, Value: []string{"b"}, Type: "index"}, ""},
		"bad value":    {&CheckboxGroup{Choices: choicesABC, Value: []string{"d"}}, `Value: "d" is not one of the choices`},
		"bad type":     {&CheckboxGroup{Type: "values"}, `Type "values" is not one of value, index`},
		"value type":   {&CheckboxGroup{Type: "value"}, ""},
		"no choices":   {&CheckboxGroup{Value: []string{"a"}}, "(none)"},
		"empty string": {&CheckboxGroup{Choices: choicesABC, Value: []string{""}}, `"" is not one of the choices`},
	})
}

func FuzzCheckboxGroupPreprocess(f *testing.F) {
	for _, s := range []string{`["a"]`, `[]`, `null`, `["d"]`, `"a"`, `[1]`, `["a","a"]`, `["\u0061"]`} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, payload string, index bool) {
		g := &CheckboxGroup{Choices: choicesABC}
		if index {
			g.Type = "index"
		}
		v, err := g.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		switch v := v.(type) {
		case []string:
			for _, s := range v {
				if !slices.Contains(choicesABC, s) {
					t.Fatalf("Preprocess(%q) accepted %q", payload, s)
				}
			}
		case []int:
			for _, i := range v {
				if i < 0 || i >= len(choicesABC) {
					t.Fatalf("Preprocess(%q) gave index %d", payload, i)
				}
			}
		default:
			t.Fatalf("Preprocess(%q) = %#v", payload, v)
		}
	})
}

func ExampleCheckboxGroup() {
	toppings := &CheckboxGroup{Label: "Toppings", Choices: []string{"cheese", "ham", "olives"}}
	order := &Textbox{Label: "Order"}
	toppings.Change(func(picked []string) string { return "You picked " + fmtChoices(picked) }, In(toppings), Out(order))
}

func fmtChoices(s []string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
