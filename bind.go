package gradio

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"runtime"
	"strings"
)

var (
	ctxType    = reflect.TypeFor[context.Context]()
	errType    = reflect.TypeFor[error]()
	updateType = reflect.TypeFor[Update]()
	anyType    = reflect.TypeFor[any]()
)

// streamKind says how a handler delivers its results.
type streamKind int

const (
	notStreaming streamKind = iota
	streamSeq               // iter.Seq[T]
	streamSeq2              // iter.Seq2[T, error]
)

// binding is a handler whose signature has been checked against its event's
// components, ready to be called by reflection.
type binding struct {
	fn      reflect.Value
	name    string // Go name, for messages
	ctx     bool
	event   bool           // takes an EventData after the context
	params  []reflect.Type // one per input
	results []reflect.Type // one per output (the element type when streaming)
	errLast bool
	stream  streamKind
	batch   bool
}

// funcName is the Go name of fn without its package path: "greet" for main.greet,
// "Method" for a method value, "" for a function literal.
func funcName(fn reflect.Value) string {
	f := runtime.FuncForPC(fn.Pointer())
	if f == nil {
		return ""
	}
	name := f.Name()
	name = name[strings.LastIndex(name, "/")+1:]
	name = strings.TrimSuffix(name, "-fm")
	name = name[strings.LastIndex(name, ".")+1:]
	if anonFunc.MatchString(name) || name == "" {
		return ""
	}
	return name
}

var anonFunc = regexp.MustCompile(`^(func|gowrap)\d+$`)

// bind checks fn against the event's inputs and outputs.
func bind(fn any, inputs Inputs, outputs Outputs, batch bool) (*binding, error) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return nil, fmt.Errorf("handler must be a function, got %T", fn)
	}
	t := v.Type()
	b := &binding{fn: v, name: funcName(v), batch: batch}
	sig := t.String()
	if b.name != "" {
		sig = b.name + strings.TrimPrefix(sig, "func")
	}
	if t.IsVariadic() {
		return nil, fmt.Errorf("handler %s: variadic handlers are not supported", sig)
	}

	in := 0
	if t.NumIn() > 0 && t.In(0) == ctxType {
		b.ctx = true
		in = 1
	}
	if t.NumIn() > in && t.In(in) == eventDataType {
		if batch {
			return nil, fmt.Errorf("handler %s: batch handlers cannot take EventData", sig)
		}
		b.event = true
		in++
	}
	if got := t.NumIn() - in; got != len(inputs) {
		return nil, fmt.Errorf("handler %s takes %d value(s) but the event has %d input(s): %s", sig, got, len(inputs), describeAll(inputs))
	}
	for i, c := range inputs {
		p := t.In(in + i)
		b.params = append(b.params, p)
		want, ok := valueType(c, true)
		if !ok {
			return nil, fmt.Errorf("handler %s: input %s has no value to pass", sig, describe(c))
		}
		if batch {
			if p.Kind() != reflect.Slice {
				return nil, fmt.Errorf("handler %s: batch handlers take slices, but parameter %d is %s (input %s)", sig, i+1, p, describe(c))
			}
			p = p.Elem()
		}
		if err := checkParam(sig, i+1, p, want, c); err != nil {
			return nil, err
		}
	}

	out := t.NumOut()
	if out > 0 && t.Out(out-1) == errType {
		b.errLast = true
		out--
	}
	if out == 1 && !batch {
		if k, elem := seqShape(t.Out(0)); k != notStreaming {
			b.stream = k
			return b, b.bindStream(sig, elem, outputs)
		}
	}
	if out != len(outputs) {
		return nil, fmt.Errorf("handler %s returns %d value(s) but the event has %d output(s): %s", sig, out, len(outputs), describeAll(outputs))
	}
	for j, c := range outputs {
		r := t.Out(j)
		b.results = append(b.results, r)
		if batch {
			if r.Kind() != reflect.Slice {
				return nil, fmt.Errorf("handler %s: batch handlers return slices, but result %d is %s (output %s)", sig, j+1, r, describe(c))
			}
			r = r.Elem()
		}
		if err := checkResult(r, c); err != nil {
			return nil, fmt.Errorf("handler %s: result %d %w", sig, j+1, err)
		}
	}
	return b, nil
}

// bindStream checks the element type of a streaming handler. With one output each
// element is that output's value; with several, each element is a []any holding one
// value per output.
func (b *binding) bindStream(sig string, elem reflect.Type, outputs Outputs) error {
	switch {
	case len(outputs) == 0:
		return fmt.Errorf("handler %s streams values but the event has no outputs", sig)
	case len(outputs) == 1:
		b.results = []reflect.Type{elem}
		if err := checkResult(elem, outputs[0]); err != nil {
			return fmt.Errorf("handler %s: streamed values: %w", sig, err)
		}
	default:
		if elem != reflect.TypeFor[[]any]() {
			return fmt.Errorf("handler %s streams %s but the event has %d outputs (%s): stream []any with one value per output", sig, elem, len(outputs), describeAll(outputs))
		}
		for range outputs {
			b.results = append(b.results, anyType)
		}
	}
	return nil
}

// checkParam checks that parameter n (counted from 1), of type p, can take the value of
// input c, which gives want.
func checkParam(sig string, n int, p, want reflect.Type, c Component) error {
	if ti, ok := c.(TypedInput); ok && ti.AcceptsType(p) {
		return nil
	}
	if !convertible(want, p) {
		return fmt.Errorf("handler %s: parameter %d is %s, but input %s gives %s", sig, n, p, describe(c), want)
	}
	return nil
}

func checkResult(r reflect.Type, c Component) error {
	want, ok := valueType(c, false)
	if !ok {
		return fmt.Errorf("goes to %s, which cannot show a value", describe(c))
	}
	if r == updateType || r.Kind() == reflect.Interface || convertible(r, want) {
		return nil
	}
	if to, ok := c.(TypedOutput); ok && to.AcceptsType(r) {
		return nil
	}
	return fmt.Errorf("is %s, but output %s takes %s", r, describe(c), want)
}

// seqShape recognises iter.Seq[T] (func(func(T) bool)) and iter.Seq2[T, error].
func seqShape(t reflect.Type) (streamKind, reflect.Type) {
	if t.Kind() != reflect.Func || t.NumIn() != 1 || t.NumOut() != 0 {
		return notStreaming, nil
	}
	y := t.In(0)
	if y.Kind() != reflect.Func || y.NumOut() != 1 || y.Out(0).Kind() != reflect.Bool {
		return notStreaming, nil
	}
	switch {
	case y.NumIn() == 1:
		return streamSeq, y.In(0)
	case y.NumIn() == 2 && y.In(1) == errType:
		return streamSeq2, y.In(0)
	}
	return notStreaming, nil
}

// valueType is the Go type an input gives or an output takes.
func valueType(c Component, input bool) (reflect.Type, bool) {
	if input {
		if in, ok := c.(Input); ok {
			return in.ValueType(), true
		}
		return nil, false
	}
	if out, ok := c.(Output); ok {
		return out.ValueType(), true
	}
	return nil, false
}

// convertible reports whether a value of type from can be passed where to is expected:
// directly, between numeric types, or between named and unnamed forms of the same kind.
func convertible(from, to reflect.Type) bool {
	switch {
	case from.AssignableTo(to):
		return true
	case to.Kind() == reflect.Interface:
		return from.Implements(to)
	case isNumber(from) && isNumber(to):
		return true
	case from.Kind() == to.Kind() && from.ConvertibleTo(to):
		switch from.Kind() {
		case reflect.String, reflect.Bool:
			return true
		case reflect.Slice:
			return convertible(from.Elem(), to.Elem())
		}
	case from.Kind() == reflect.Slice && to.Kind() == reflect.Slice:
		return convertible(from.Elem(), to.Elem())
	}
	return false
}

func isNumber(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// convert turns v into a value of type to, under the rules of convertible. Numbers that
// do not fit (2.5 for an int, -1 for a uint, 300 for an int8) are errors, not silent
// truncations.
func convert(v reflect.Value, to reflect.Type) (reflect.Value, error) {
	if !v.IsValid() {
		return reflect.Zero(to), nil
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Zero(to), nil
		}
		v = v.Elem()
	}
	from := v.Type()
	switch {
	case from == to:
		return v, nil
	case from.AssignableTo(to):
		out := reflect.New(to).Elem()
		out.Set(v)
		return out, nil
	case isNumber(from) && isNumber(to):
		return convertNumber(v, to)
	case from.Kind() == reflect.Slice && to.Kind() == reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(to), nil
		}
		out := reflect.MakeSlice(to, v.Len(), v.Len())
		for i := range v.Len() {
			e, err := convert(v.Index(i), to.Elem())
			if err != nil {
				return reflect.Value{}, fmt.Errorf("element %d: %w", i, err)
			}
			out.Index(i).Set(e)
		}
		return out, nil
	case from.Kind() == to.Kind() && from.ConvertibleTo(to):
		return v.Convert(to), nil
	}
	return reflect.Value{}, fmt.Errorf("cannot use %s as %s", from, to)
}

func convertNumber(v reflect.Value, to reflect.Type) (reflect.Value, error) {
	var f float64
	switch {
	case v.CanFloat():
		f = v.Float()
	case v.CanInt():
		f = float64(v.Int())
		if to.Kind() != reflect.Float32 && to.Kind() != reflect.Float64 {
			// Integer to integer: convert exactly, checking the range.
			n := v.Int()
			out := reflect.New(to).Elem()
			if out.CanInt() && !out.OverflowInt(n) {
				out.SetInt(n)
				return out, nil
			}
			if out.CanUint() && n >= 0 && !out.OverflowUint(uint64(n)) {
				out.SetUint(uint64(n))
				return out, nil
			}
			return reflect.Value{}, fmt.Errorf("%d is out of range for %s", n, to)
		}
	case v.CanUint():
		f = float64(v.Uint())
	}
	out := reflect.New(to).Elem()
	switch {
	case out.CanFloat():
		if out.OverflowFloat(f) {
			return reflect.Value{}, fmt.Errorf("%v is out of range for %s", f, to)
		}
		out.SetFloat(f)
	case out.CanInt():
		if f != math.Trunc(f) || math.IsInf(f, 0) || math.IsNaN(f) {
			return reflect.Value{}, fmt.Errorf("%v is not a whole number", f)
		}
		if f < -(1<<63) || f >= 1<<63 || out.OverflowInt(int64(f)) {
			return reflect.Value{}, fmt.Errorf("%v is out of range for %s", f, to)
		}
		out.SetInt(int64(f))
	case out.CanUint():
		if f != math.Trunc(f) || math.IsInf(f, 0) || math.IsNaN(f) {
			return reflect.Value{}, fmt.Errorf("%v is not a whole number", f)
		}
		if f < 0 || f >= 1<<64 || out.OverflowUint(uint64(f)) {
			return reflect.Value{}, fmt.Errorf("%v is out of range for %s", f, to)
		}
		out.SetUint(uint64(f))
	}
	return out, nil
}

// describe names a component for error messages: its kind and label.
func describe(c Component) string {
	if c == nil {
		return "<nil>"
	}
	kind := c.Kind()
	if _, ok := c.(*Render); ok {
		kind = "render"
	}
	p := c.Props()
	if l, ok := p["label"].(string); ok && l != "" {
		return fmt.Sprintf("%s %q", kind, l)
	}
	if v, ok := p["value"].(string); ok && v != "" && kind == "button" {
		return fmt.Sprintf("%s %q", kind, v)
	}
	return kind
}

func describeAll(cs []Component) string {
	if len(cs) == 0 {
		return "none"
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = describe(c)
	}
	return strings.Join(names, ", ")
}
