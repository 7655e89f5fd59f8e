package gradio

import (
	"context"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/gradiotest"
)

// digits is a test component whose value is a decimal string on the wire and, for
// handlers, either an int or a []int of its digits.
type digits struct{ Events }

func (d *digits) Kind() string                    { return "digits" }
func (d *digits) Props() map[string]any           { return map[string]any{"label": "Digits"} }
func (d *digits) ValueType() reflect.Type         { return reflect.TypeFor[int]() }
func (d *digits) AcceptsType(t reflect.Type) bool { return t == reflect.TypeFor[[]int]() }
func (d *digits) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	s, err := decodeValue[string](p, "a string")
	if err != nil {
		return nil, err
	}
	return strconv.Atoi(s)
}
func (d *digits) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	s, err := decodeValue[string](p, "a string")
	if err != nil {
		return nil, err
	}
	var out []int
	for _, r := range s {
		out = append(out, int(r-'0'))
	}
	return out, nil
}
func (d *digits) Postprocess(ctx context.Context, v any) (any, error) {
	switch v := v.(type) {
	case int:
		return strconv.Itoa(v), nil
	case []int:
		var b strings.Builder
		for _, n := range v {
			b.WriteString(strconv.Itoa(n))
		}
		return b.String(), nil
	}
	return nil, nil
}

func TestTypedInputAndOutput(t *testing.T) {
	in, out := &digits{}, &digits{}
	btn := &Button{}
	btn.Click(func(d []int) []int {
		for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
			d[i], d[j] = d[j], d[i]
		}
		return d
	}, In(in), Out(out), EventOptions{APIName: "reverse"})
	btn.Click(func(n int) int { return n * 2 }, In(in), Out(out), EventOptions{APIName: "double"})
	app, err := (&Blocks{Children: []Component{in, btn, out}}).Build(WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	c := gradiotest.New(app)
	if got, err := c.Predict("/reverse", "123"); err != nil || got[0] != "321" {
		t.Errorf("reverse = %v, %v; want the []int form", got, err)
	}
	if got, err := c.Predict("/double", "21"); err != nil || got[0] != "42" {
		t.Errorf("double = %v, %v; want the int form", got, err)
	}
	// A type neither form accepts is refused at Build.
	btn2 := &Button{}
	btn2.Click(func(s []string) string { return "" }, In(in), Out(&Textbox{}))
	if _, err := (&Blocks{Children: []Component{in, btn2}}).Build(); err == nil || !strings.Contains(err.Error(), "parameter 1 is []string") {
		t.Errorf("Build with an unaccepted type: %v", err)
	}
}
