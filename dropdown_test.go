package gradio

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

var choicesFruit = []string{"apple", "banana", "cherry"}

func TestDropdownPreprocess(t *testing.T) {
	checkDecode(t, &Dropdown{Choices: choicesFruit}, []decodeCase{
		{"choice", `"banana"`, "banana", ""},
		{"null", `null`, "", ""},
		{"not a choice", `"kiwi"`, nil, `"kiwi" is not one of the choices: "apple", "banana", "cherry"`},
		{"array", `["apple"]`, nil, "expected a string, got an array"},
		{"number", `1`, nil, "expected a string, got a number"},
		{"malformed", `"apple`, nil, "expected a string"},
	})
	checkDecode(t, &Dropdown{Choices: choicesFruit, AllowCustomValue: true}, []decodeCase{
		{"custom", `"kiwi"`, "kiwi", ""},
		{"choice", `"apple"`, "apple", ""},
		{"still a string", `{}`, nil, "expected a string, got an object"},
	})
	checkDecode(t, &Dropdown{Choices: choicesFruit, Type: "index"}, []decodeCase{
		{"index", `"cherry"`, 2, ""},
		{"null", `null`, -1, ""},
		{"not a choice", `"kiwi"`, nil, `"kiwi" is not one of the choices`},
	})
	checkDecode(t, &Dropdown{Choices: choicesFruit, Multiselect: true, MaxChoices: 2}, []decodeCase{
		{"two", `["apple","cherry"]`, []string{"apple", "cherry"}, ""},
		{"empty", `[]`, []string{}, ""},
		{"null", `null`, []string{}, ""},
		{"too many", `["apple","banana","cherry"]`, nil, "3 choices were selected; at most 2 may be"},
		{"not a choice", `["kiwi"]`, nil, `"kiwi" is not one of the choices`},
		{"single string", `"apple"`, nil, "expected an array of strings, got a string"},
	})
	checkDecode(t, &Dropdown{Choices: choicesFruit, Multiselect: true, AllowCustomValue: true}, []decodeCase{
		{"custom", `["kiwi","apple"]`, []string{"kiwi", "apple"}, ""},
		{"not strings", `[1]`, nil, "expected an array of strings"},
	})
	checkDecode(t, &Dropdown{Choices: choicesFruit, Multiselect: true, Type: "index", MaxChoices: 1}, []decodeCase{
		{"indices", `["banana"]`, []int{1}, ""},
		{"null", `null`, []int{}, ""},
		{"too many", `["banana","apple"]`, nil, "at most 1 may be"},
	})
}

func TestDropdownPostprocess(t *testing.T) {
	checkEncode(t, &Dropdown{Choices: choicesFruit}, []encodeCase{
		{"choice", "apple", `"apple"`, ""},
		{"empty clears", "", `null`, ""},
	})
	checkEncode(t, &Dropdown{Choices: choicesFruit, Type: "index"}, []encodeCase{
		{"index", 2, `"cherry"`, ""},
		{"none", -1, `null`, ""},
		{"out of range", 5, "", "index 5 is out of range"},
	})
	checkEncode(t, &Dropdown{Choices: choicesFruit, Multiselect: true}, []encodeCase{
		{"values", []string{"banana"}, `["banana"]`, ""},
		{"nil", []string(nil), `[]`, ""},
	})
	checkEncode(t, &Dropdown{Choices: choicesFruit, Multiselect: true, Type: "index"}, []encodeCase{
		{"indices", []int{0, 2}, `["apple","cherry"]`, ""},
		{"out of range", []int{0, 3}, "", "index 3 is out of range"},
	})
}

func TestDropdownProps(t *testing.T) {
	checkProps(t, &Dropdown{}, map[string]any{
		"choices": []any{}, "type": "value", "allow_custom_value": false, "filterable": true, "buttons": []any{},
		"multiselect": nil, "max_choices": nil, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &Dropdown{Choices: choicesFruit, Value: "banana", Label: "Dropdown"}, map[string]any{
		"choices": [][]string{{"apple", "apple"}, {"banana", "banana"}, {"cherry", "cherry"}}, "value": "banana", "label": "Dropdown",
	})
	checkProps(t, &Dropdown{Choices: choicesFruit, Multiselect: true, Values: []string{"apple", "cherry"}, MaxChoices: 2,
		AllowCustomValue: true, Filterable: False}, map[string]any{
		"multiselect": true, "value": []string{"apple", "cherry"}, "max_choices": 2, "allow_custom_value": true, "filterable": false,
	})
}

func TestDropdownSchema(t *testing.T) {
	single := &Dropdown{Choices: choicesFruit}
	checkSchema(t, single, `{"type":"string","enum":["apple","banana","cherry"]}`)
	multi := &Dropdown{Choices: choicesFruit, Multiselect: true}
	checkSchema(t, multi, `{"type":"array","items":{"type":"string","enum":["apple","banana","cherry"]}}`)
	checkSchema(t, &Dropdown{Choices: choicesFruit, AllowCustomValue: true}, `{"type":"string"}`)
	checkSchema(t, &Dropdown{Choices: choicesFruit, AllowCustomValue: true, Multiselect: true}, `{"type":"array","items":{"type":"string"}}`)
	if pt := pythonType(multi.APISchema()); pt != "list[Literal['apple', 'banana', 'cherry']]" {
		t.Errorf("python type = %q", pt)
	}
	for _, c := range []struct {
		d    *Dropdown
		want any
	}{
		{single, "apple"}, {multi, []string{"apple"}}, {&Dropdown{}, nil}, {&Dropdown{Multiselect: true}, []string{}},
	} {
		if got := c.d.ExampleValue(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("ExampleValue = %#v, want %#v", got, c.want)
		}
	}
	for _, c := range []struct {
		d    *Dropdown
		want reflect.Type
	}{
		{single, reflect.TypeFor[string]()}, {multi, reflect.TypeFor[[]string]()},
		{&Dropdown{Type: "index"}, reflect.TypeFor[int]()}, {&Dropdown{Type: "index", Multiselect: true}, reflect.TypeFor[[]int]()},
	} {
		if got := c.d.ValueType(); got != c.want {
			t.Errorf("ValueType = %s, want %s", got, c.want)
		}
	}
}

func TestDropdownValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value":        {&Dropdown{}, ""},
		"value":             {&Dropdown{Choices: choicesFruit, Value: "apple"}, ""},
		"values":            {&Dropdown{Choices: choicesFruit, Multiselect: true, Values: []string{"apple", "banana"}, MaxChoices: 2}, ""},
		"custom value":      {&Dropdown{Choices: choicesFruit, Value: "kiwi", AllowCustomValue: true}, ""},
		"bad value":         {&Dropdown{Choices: choicesFruit, Value: "kiwi"}, `initial value: "kiwi" is not one of the choices`},
		"bad values":        {&Dropdown{Choices: choicesFruit, Multiselect: true, Values: []string{"kiwi"}}, `"kiwi" is not one of the choices`},
		"values not multi":  {&Dropdown{Choices: choicesFruit, Values: []string{"apple"}}, "Values is for a Multiselect dropdown"},
		"value for multi":   {&Dropdown{Choices: choicesFruit, Multiselect: true, Value: "apple"}, "a Multiselect dropdown takes Values"},
		"too many values":   {&Dropdown{Choices: choicesFruit, Multiselect: true, Values: choicesFruit, MaxChoices: 2}, "Values has 3 choices but MaxChoices is 2"},
		"negative max":      {&Dropdown{MaxChoices: -1}, "MaxChoices is -1"},
		"bad type":          {&Dropdown{Type: "key"}, `Type "key" is not one of value, index`},
		"index with custom": {&Dropdown{Type: "index", AllowCustomValue: true}, "a custom value has no index"},
	})
}

func FuzzDropdownPreprocess(f *testing.F) {
	for _, s := range []string{`"apple"`, `"kiwi"`, `null`, `["apple","banana"]`, `["apple","banana","cherry"]`, `["kiwi"]`, `[]`, `3`} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
		f.Add(s, uint8(6))
	}
	f.Fuzz(func(t *testing.T, payload string, mode uint8) {
		d := &Dropdown{Choices: choicesFruit, Multiselect: mode&1 != 0, AllowCustomValue: mode&2 != 0, MaxChoices: 2}
		if mode&4 != 0 && !d.AllowCustomValue {
			d.Type = "index"
		}
		v, err := d.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		ok := func(s string) bool { return d.AllowCustomValue || slices.Contains(choicesFruit, s) }
		switch v := v.(type) {
		case string:
			if d.Multiselect || !ok(v) && !(v == "" && isNull(json.RawMessage(payload))) {
				t.Fatalf("%+v: Preprocess(%q) accepted %q", d, payload, v)
			}
		case []string:
			if !d.Multiselect || len(v) > d.MaxChoices || slices.ContainsFunc(v, func(s string) bool { return !ok(s) }) {
				t.Fatalf("%+v: Preprocess(%q) accepted %q", d, payload, v)
			}
		case int:
			if d.Multiselect || v < -1 || v >= len(choicesFruit) {
				t.Fatalf("%+v: Preprocess(%q) gave %d", d, payload, v)
			}
		case []int:
			if !d.Multiselect || len(v) > d.MaxChoices || slices.ContainsFunc(v, func(i int) bool { return i < 0 || i >= len(choicesFruit) }) {
				t.Fatalf("%+v: Preprocess(%q) gave %v", d, payload, v)
			}
		default:
			t.Fatalf("Preprocess(%q) = %#v", payload, v)
		}
		if reflect.TypeOf(v) != d.ValueType() {
			t.Fatalf("Preprocess gave a %T, ValueType is %s", v, d.ValueType())
		}
	})
}

func ExampleDropdown() {
	model := &Dropdown{Label: "Model", Choices: []string{"small", "large"}, Value: "small"}
	tags := &Dropdown{Label: "Tags", Choices: []string{"fast", "cheap", "good"}, Multiselect: true, MaxChoices: 2}
	out := &Textbox{Label: "Summary"}
	btn := &Button{Value: "Go"}
	btn.Click(func(model string, tags []string) string { return model + " " + fmtChoices(tags) }, In(model, tags), Out(out))
}
