package gradio

import (
	"context"
	"iter"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestBindAcceptsSupportedSignatures(t *testing.T) {
	tb := &Textbox{Label: "Name"}
	st := &State[int]{}
	cases := []struct {
		name    string
		fn      any
		in, out []Component
		stream  streamKind
	}{
		{"plain", func(string) string { return "" }, In(tb), Out(tb), notStreaming},
		{"context and error", func(context.Context, string) (string, error) { return "", nil }, In(tb), Out(tb), notStreaming},
		{"no inputs, no outputs", func() {}, nil, nil, notStreaming},
		{"error only", func(string) error { return nil }, In(tb), nil, notStreaming},
		{"two outputs", func(int) (int, string) { return 0, "" }, In(st), Out(st, tb), notStreaming},
		{"named string type", func(s myString) myString { return s }, In(tb), Out(tb), notStreaming},
		{"update result", func(string) Update { return Update{} }, In(tb), Out(tb), notStreaming},
		{"any result", func(string) any { return "" }, In(tb), Out(tb), notStreaming},
		{"seq", func(string) iter.Seq[string] { return nil }, In(tb), Out(tb), streamSeq},
		{"seq2", func(context.Context, string) iter.Seq2[string, error] { return nil }, In(tb), Out(tb), streamSeq2},
		{"seq with early error", func(string) (iter.Seq[string], error) { return nil, nil }, In(tb), Out(tb), streamSeq},
		{"seq of []any", func(string) iter.Seq[[]any] { return nil }, In(tb), Out(tb, st), streamSeq},
	}
	for _, c := range cases {
		b, err := bind(c.fn, c.in, c.out, false)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if b.stream != c.stream {
			t.Errorf("%s: stream kind %v, want %v", c.name, b.stream, c.stream)
		}
	}
}

type myString string

func TestBindRejectsMismatches(t *testing.T) {
	tb := &Textbox{Label: "Name"}
	btn := &Button{}
	st := &State[int]{}
	cases := []struct {
		name    string
		fn      any
		in, out []Component
		want    []string // fragments the message must contain
	}{
		{"not a function", "greet", In(tb), Out(tb), []string{"must be a function", "string"}},
		{"nil function", (func(string) string)(nil), In(tb), Out(tb), []string{"must be a function"}},
		{"too few params", func() string { return "" }, In(tb), Out(tb), []string{"takes 0 value(s)", "1 input(s)", `textbox "Name"`}},
		{"too many params", func(a, b string) string { return "" }, In(tb), Out(tb), []string{"takes 2 value(s)"}},
		{"wrong param type", func(int) string { return "" }, In(tb), Out(tb), []string{"parameter 1 is int", `textbox "Name"`, "gives string"}},
		{"wrong state type", func(string) int { return 0 }, In(st), Out(st), []string{"parameter 1 is string", "gives int"}},
		{"too many results", func(string) (string, string) { return "", "" }, In(tb), Out(tb), []string{"returns 2 value(s)", "1 output(s)"}},
		{"wrong result type", func(string) []int { return nil }, In(tb), Out(tb), []string{"result 1 is []int", "takes string"}},
		{"stream to no output", func(string) iter.Seq[string] { return nil }, In(tb), nil, []string{"no outputs"}},
		{"stream of one value to two outputs", func(string) iter.Seq[string] { return nil }, In(tb), Out(tb, st), []string{"[]any"}},
		{"variadic", func(...string) string { return "" }, In(tb), Out(tb), []string{"variadic"}},
		{"output that shows nothing", func(string) string { return "" }, In(tb), Out(Row()), []string{"cannot show a value"}},
	}
	for _, c := range cases {
		_, err := bind(c.fn, c.in, c.out, false)
		if err == nil {
			t.Errorf("%s: bind succeeded, want an error", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not mention %q", c.name, err, w)
			}
		}
	}
	if _, err := bind(func(string) string { return "" }, In(btn), Out(tb), true); err == nil || !strings.Contains(err.Error(), "batch handlers take slices") {
		t.Errorf("batch with a scalar parameter: %v", err)
	}
}

func TestFuncName(t *testing.T) {
	if got := funcName(reflect.ValueOf(TestFuncName)); got != "TestFuncName" {
		t.Errorf("funcName(top-level) = %q", got)
	}
	if got := funcName(reflect.ValueOf(func() {})); got != "" {
		t.Errorf("funcName(literal) = %q, want \"\"", got)
	}
	var tb Textbox
	if got := funcName(reflect.ValueOf(tb.Kind)); got != "Kind" {
		t.Errorf("funcName(method value) = %q, want Kind", got)
	}
}

func TestConvertNumbers(t *testing.T) {
	cases := []struct {
		in   any
		to   reflect.Type
		want any
		err  string
	}{
		{2.0, reflect.TypeFor[int](), 2, ""},
		{2.5, reflect.TypeFor[int](), nil, "not a whole number"},
		{-1.0, reflect.TypeFor[uint](), nil, "out of range"},
		{300.0, reflect.TypeFor[int8](), nil, "out of range"},
		{math.MaxFloat64, reflect.TypeFor[float32](), nil, "out of range"},
		{7, reflect.TypeFor[float64](), 7.0, ""},
		{int64(-5), reflect.TypeFor[int32](), int32(-5), ""},
		{int64(-5), reflect.TypeFor[uint8](), nil, "out of range"},
		{1e300, reflect.TypeFor[int64](), nil, "out of range"},
		{"x", reflect.TypeFor[myString](), myString("x"), ""},
		{[]any{"a", "b"}, reflect.TypeFor[[]string](), []string{"a", "b"}, ""},
	}
	for _, c := range cases {
		got, err := convert(reflect.ValueOf(c.in), c.to)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("convert(%v, %s) error = %v, want %q", c.in, c.to, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("convert(%v, %s): %v", c.in, c.to, err)
			continue
		}
		if !reflect.DeepEqual(got.Interface(), c.want) {
			t.Errorf("convert(%v, %s) = %#v, want %#v", c.in, c.to, got.Interface(), c.want)
		}
	}
}

func TestParamName(t *testing.T) {
	cases := map[string]string{"Name": "name", "First name": "first_name", "num1": "num1", "  Max. Tokens ": "max_tokens", "1st": "", "": "", "Größe": "gr_e"}
	for in, want := range cases {
		if got := paramName(in); got != want {
			t.Errorf("paramName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPythonType(t *testing.T) {
	cases := []struct {
		schema map[string]any
		want   string
	}{
		{map[string]any{"type": "string"}, "str"},
		{map[string]any{"type": "number"}, "float"},
		{map[string]any{"type": "boolean"}, "bool"},
		{map[string]any{"type": "array", "items": map[string]any{"type": "string", "enum": []any{"a", "b"}}}, "list[Literal['a', 'b']]"},
		{map[string]any{"enum": []string{"x"}, "type": "string"}, "Literal['x']"},
		{map[string]any{"type": map[string]any{}, "description": "any valid json"}, "str | float | bool | list | dict"},
		{map[string]any{"title": "FileData", "type": "object"}, "filepath"},
	}
	for _, c := range cases {
		if got := pythonType(c.schema); got != c.want {
			t.Errorf("pythonType(%v) = %q, want %q", c.schema, got, c.want)
		}
	}
}
