package gradio

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// Helpers shared by the component tests (textbox_test.go, number_test.go, ...).

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
