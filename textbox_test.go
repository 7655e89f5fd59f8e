package gradio

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTextboxPreprocess(t *testing.T) {
	checkDecode(t, &Textbox{}, []decodeCase{
		{"text", `"Ada"`, "Ada", ""},
		{"empty", `""`, "", ""},
		{"null", `null`, "", ""},
		{"unicode", `"Zoë ☕"`, "Zoë ☕", ""},
		{"number", `42`, nil, "expected a string, got a number"},
		{"object", `{"a":1}`, nil, "expected a string, got an object"},
		{"array", `["a"]`, nil, "expected a string, got an array"},
		{"malformed", `"abc`, nil, "expected a string"},
	})
	checkDecode(t, &Textbox{MaxLength: 3}, []decodeCase{
		{"at the limit", `"abc"`, "abc", ""},
		{"runes, not bytes", `"☕☕☕"`, "☕☕☕", ""},
		{"over the limit", `"abcd"`, nil, "4 characters long; the limit is 3"},
	})
}

func TestTextboxPostprocess(t *testing.T) {
	checkEncode(t, &Textbox{}, []encodeCase{
		{"text", "hi", `"hi"`, ""},
		{"empty", "", `""`, ""},
	})
}

func TestTextboxProps(t *testing.T) {
	checkProps(t, &Textbox{}, map[string]any{
		"type": "text", "lines": 1, "max_lines": 20, "show_label": true, "container": true,
		"min_width": 160, "visible": true, "elem_classes": []string{}, "buttons": []string{}, "value": nil,
		"interactive": nil, "placeholder": nil,
	})
	checkProps(t, &Textbox{Value: "x", Lines: 3, Type: "password", Placeholder: "p", Interactive: False, Visible: False, ShowCopyButton: true}, map[string]any{
		"value": "x", "lines": 3, "type": "password", "placeholder": "p", "interactive": false, "visible": false, "buttons": []string{"copy"},
	})
}

func TestTextboxValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"default":  {&Textbox{}, ""},
		"email":    {&Textbox{Type: "email"}, ""},
		"bad type": {&Textbox{Type: "secret"}, `Type "secret" is not one of`},
	})
}

func FuzzTextboxPreprocess(f *testing.F) {
	f.Add(`"hello"`)
	f.Add(`null`)
	f.Add(`"\u00e9\ud83d\ude00"`)
	tb := &Textbox{MaxLength: 5}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := tb.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			if !strings.Contains(err.Error(), "expected a string") && !strings.Contains(err.Error(), "the limit is 5") {
				t.Fatalf("Preprocess(%q): unhelpful error %q", payload, err)
			}
			return
		}
		s := v.(string)
		if utf8.RuneCountInString(s) > 5 {
			t.Fatalf("Preprocess(%q) accepted %q, over the limit", payload, s)
		}
	})
}

func TestButtonValueAndValidate(t *testing.T) {
	checkDecode(t, &Button{}, []decodeCase{
		{"label", `"Run"`, "Run", ""},
		{"not a string", `true`, nil, "expected a string, got a boolean"},
	})
	checkProps(t, &Button{}, map[string]any{"value": "Run", "variant": "secondary", "size": "lg", "interactive": true})
	checkProps(t, &ClearButton{}, map[string]any{"value": "Clear"})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"default":     {&Button{}, ""},
		"bad variant": {&Button{Variant: "loud"}, `Variant "loud"`},
		"bad size":    {&ClearButton{Size: "xl"}, `Size "xl"`},
	})
}
