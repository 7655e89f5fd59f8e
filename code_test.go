package gradio

import (
	"context"
	"encoding/json"
	"testing"
)

func TestCodePreprocess(t *testing.T) {
	checkDecode(t, &Code{}, []decodeCase{
		{"code", `"print('Hello World')"`, "print('Hello World')", ""},
		{"kept as sent", `"  x = 1\n"`, "  x = 1\n", ""},
		{"null", `null`, "", ""},
		{"number", `3`, nil, "expected a string, got a number"},
	})
}

func TestCodePostprocess(t *testing.T) {
	checkEncode(t, &Code{}, []encodeCase{
		{"trimmed, as Gradio", "\n  def f():\n    return 1\n\n", `"def f():\n    return 1"`, ""},
		{"empty", "", `""`, ""},
	})
	// Gradio's example goes in and out unchanged (showcase.call-roundtrip.txt).
	c := &Code{Language: "python"}
	b, _ := json.Marshal(c.ExampleValue())
	v, err := c.Preprocess(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	if out, _ := c.Postprocess(context.Background(), v); out != "print('Hello World')" {
		t.Errorf("round trip = %v", out)
	}
}

func TestCodeProps(t *testing.T) {
	// Gradio 6.25's props of gr.Code(language="python") (showcase.config.json).
	checkProps(t, &Code{Label: "Code", Language: "python", Value: "print('hi')"}, map[string]any{
		"value": "print('hi')", "language": "python", "lines": 5, "label": "Code", "show_label": true, "container": true, "min_width": 160,
		"visible": true, "elem_classes": []any{}, "wrap_lines": false, "show_line_numbers": true, "autocomplete": false,
		"buttons": []any{"copy", "download"}, "max_lines": nil, "interactive": nil,
	})
	checkProps(t, &Code{Lines: 10, MaxLines: 4, WrapLines: true, ShowLineNumbers: False, Autocomplete: true, Buttons: []string{}, Interactive: True},
		map[string]any{"language": nil, "value": nil, "lines": 10, "max_lines": 10, "wrap_lines": true, "show_line_numbers": false,
			"autocomplete": true, "buttons": []any{}, "interactive": true})
	checkProps(t, &Code{MaxLines: 30}, map[string]any{"max_lines": 30})
	checkSchema(t, &Code{}, `{"type": "string"}`)
	if (&Code{}).ExampleValue() != "print('Hello World')" {
		t.Error("ExampleValue")
	}
	if l := CodeLanguages(); len(l) != 28 || l[0] != "python" || l[27] != "sql-esper" {
		t.Errorf("CodeLanguages = %v", l)
	}
}

func TestCodeValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero":     {&Code{}, ""},
		"language": {&Code{Language: "sql-pgSQL"}, ""},
		"latex":    {&Code{Language: "latex"}, ""},
		"unknown":  {&Code{Language: "go"}, `Language "go" is not one of python, c, cpp`},
		"case":     {&Code{Language: "Python"}, `Language "Python" is not one of`},
		"lines":    {&Code{Lines: -2}, "must not be negative"},
		"buttons":  {&Code{Buttons: []string{"share"}}, `Buttons: "share" is not one of copy, download`},
	})
}

func FuzzCodePreprocess(f *testing.F) {
	for _, s := range []string{`"x = 1"`, `null`, `""`, `1`, `"\u0000"`} {
		f.Add(s)
	}
	c := &Code{}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := c.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		if _, ok := v.(string); !ok {
			t.Fatalf("Preprocess(%q) = %#v", payload, v)
		}
	})
}

func ExampleCode() {
	src := &Code{Label: "Query", Language: "sql"}
	plan := &Code{Label: "Plan", Language: "json"}
	src.Change(func(q string) string { return `{"query": "` + q + `"}` }, In(src), Out(plan))
}
