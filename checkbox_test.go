package gradio

import (
	"context"
	"encoding/json"
	"testing"
)

func TestCheckboxPreprocess(t *testing.T) {
	checkDecode(t, &Checkbox{}, []decodeCase{
		{"true", `true`, true, ""},
		{"false", `false`, false, ""},
		{"null", `null`, false, ""},
		{"number", `1`, nil, "expected true or false, got a number"},
		{"string", `"true"`, nil, "expected true or false, got a string"},
		{"array", `[true]`, nil, "expected true or false, got an array"},
		{"malformed", `tru`, nil, "expected true or false"},
	})
}

func TestCheckboxPostprocess(t *testing.T) {
	checkEncode(t, &Checkbox{}, []encodeCase{
		{"true", true, `true`, ""},
		{"false", false, `false`, ""},
	})
}

func TestCheckboxProps(t *testing.T) {
	checkProps(t, &Checkbox{}, map[string]any{
		"value": false, "buttons": []any{}, "show_label": true, "container": true, "min_width": 160,
		"visible": true, "elem_classes": []any{}, "label": nil, "info": nil,
	})
	checkProps(t, &Checkbox{Value: true, Label: "Checkbox", Info: "tick me", ShowLabel: False, ElemClasses: []string{"c"}},
		map[string]any{"value": true, "label": "Checkbox", "info": "tick me", "show_label": false, "elem_classes": []any{"c"}})
	checkSchema(t, &Checkbox{}, `{"type":"boolean"}`)
	if (&Checkbox{}).ExampleValue() != true {
		t.Error("ExampleValue should be true")
	}
	if k := (&Checkbox{}).Kind(); k != "checkbox" {
		t.Errorf("Kind = %q", k)
	}
}

func FuzzCheckboxPreprocess(f *testing.F) {
	for _, s := range []string{`true`, `false`, `null`, `1`, `"true"`, ` true `, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := (&Checkbox{}).Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		b, ok := v.(bool)
		if !ok {
			t.Fatalf("Preprocess(%q) = %#v, not a bool", payload, v)
		}
		// An accepted payload is JSON true, false or null (or nothing).
		var want *bool
		if isNull(json.RawMessage(payload)) {
			want = new(bool)
		} else if json.Unmarshal([]byte(payload), &want) != nil {
			t.Fatalf("Preprocess(%q) accepted invalid JSON", payload)
		}
		if (want != nil && *want != b) || (want == nil && b) {
			t.Fatalf("Preprocess(%q) = %v", payload, b)
		}
	})
}

func ExampleCheckbox() {
	shout := &Checkbox{Label: "Shout"}
	name := &Textbox{Label: "Name"}
	out := &Textbox{Label: "Greeting"}
	name.Submit(func(name string, shout bool) string {
		if shout {
			return "HELLO, " + name + "!"
		}
		return "Hello, " + name
	}, In(name, shout), Out(out))
}
