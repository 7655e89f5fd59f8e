package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"

	"github.com/gradio-go/gradio/internal/server"
)

// CacheMode says when the outputs of examples are computed, to be shown as soon as an
// example is clicked.
type CacheMode string

// Values of CacheMode. The zero value caches nothing, unless $GRADIO_CACHE_EXAMPLES is
// "true" (then $GRADIO_CACHE_MODE, "eager" or "lazy", chooses when).
const (
	// CacheEager runs every example when the app is built, printing its progress; an
	// example whose handler fails makes Build fail.
	CacheEager CacheMode = "eager"
	// CacheLazy runs an example the first time someone clicks it, and keeps the
	// result for everyone after.
	CacheLazy CacheMode = "lazy"
	// CacheOff caches nothing, whatever the environment says.
	CacheOff CacheMode = "off"
)

// Examples is a clickable table of sample inputs: clicking a row fills the inputs with
// its values and, with a cache, shows the outputs computed for it. Place it in a Blocks
// like any component (Interface builds one from its Examples field):
//
//	ex := &gradio.Examples{
//		Rows:    [][]any{{"Ada"}, {"Grace"}},
//		Inputs:  []gradio.Component{name},
//		Outputs: []gradio.Component{greeting},
//		Fn:      greet,
//		Cache:   gradio.CacheEager,
//	}
//
// Build checks every row against the inputs: a row of the wrong length or a value an
// input cannot take is an error that names the row.
type Examples struct {
	// Rows are the examples, one value per input, each in the Go form a handler would
	// return for that input ("text" for a Textbox, 3 for a Number, a path or a
	// FileData for an Image). A nil value leaves its input empty.
	Rows [][]any
	// Inputs are filled by a click. Outputs receive the cached results; they and Fn
	// are needed for caching and RunOnClick only.
	Inputs  []Component
	Outputs []Component
	Fn      any
	// Cache computes the outputs ahead of the clicks; see CacheMode.
	Cache CacheMode
	// RunOnClick runs Fn after filling the inputs, when there is no cache.
	RunOnClick bool
	// Batch says Fn takes and returns slices (see EventOptions.Batch).
	Batch bool
	// Labels, when set, are shown instead of the rows' values, one per row.
	Labels []string
	// PerPage is how many rows show at once; 0 means 10.
	PerPage int
	// Label titles the table; "" means "Examples".
	Label string
	// APIName names the endpoint that loads an example; "" means "load_example".
	APIName string

	Visible     Bool
	ElemID      string
	ElemClasses []string
}

// dataset is the Dataset that shows the rows.
func (x *Examples) dataset() *Dataset {
	return &Dataset{
		Components: x.Inputs, Samples: x.Rows, SampleLabels: x.Labels, SamplesPerPage: x.PerPage,
		Label: or(x.Label, "Examples"), Visible: x.Visible, ElemID: x.ElemID, ElemClasses: x.ElemClasses,
		Container: False,
	}
}

func (x *Examples) Kind() string { return "dataset" }

func (x *Examples) Props() map[string]any { return x.dataset().Props() }

func (x *Examples) ValueType() reflect.Type { return intType }

// Preprocess decodes the index of the clicked example.
func (x *Examples) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeSampleIndex(p, len(x.Rows))
}

func (x *Examples) APISchema() map[string]any { return (&Dataset{}).APISchema() }
func (x *Examples) ExampleValue() any         { return 0 }

// cacheMode is the mode in effect: the field, else the environment, as in Gradio.
func (x *Examples) cacheMode() CacheMode {
	switch x.Cache {
	case CacheOff:
		return ""
	case "":
		if !strings.EqualFold(os.Getenv("GRADIO_CACHE_EXAMPLES"), "true") || x.Fn == nil || len(x.Outputs) == 0 {
			return ""
		}
		if strings.EqualFold(os.Getenv("GRADIO_CACHE_MODE"), "lazy") {
			return CacheLazy
		}
		return CacheEager
	}
	return x.Cache
}

// attach checks the examples and wires their listeners: a click fills the inputs
// (load_example), then shows the cached outputs or runs Fn.
func (x *Examples) attach(bd *builder) []*Event {
	probs := x.check()
	mode := x.cacheMode()
	r := &exampleRun{x: x, app: bd.app, mode: mode, id: bd.ids[x]}
	if mode != "" && x.Fn != nil {
		b, err := bind(x.Fn, x.Inputs, x.Outputs, x.Batch)
		if err != nil {
			probs = append(probs, fmt.Sprintf("Fn: %v", err))
		} else {
			r.f = &fnRT{app: bd.app, ev: &Event{fn: x.Fn}, inputs: x.Inputs, outputs: x.Outputs, bind: b}
			r.f.dep.APIName = or(x.APIName, "load_example")
		}
	}
	for _, p := range probs {
		bd.errorf("%s: %s", describe(x), p)
	}
	if len(probs) > 0 {
		return nil
	}
	r.rows = make([]cachedRow, len(x.Rows))
	bd.app.startup = append(bd.app.startup, r.start)

	name := or(x.APIName, "load_example")
	fill := &Event{
		triggers: []Trigger{{x, EventClick}}, fn: r.fillFn(), inputs: Inputs{x}, outputs: x.Inputs,
		opts: EventOptions{APIName: name, APIVisibility: Undocumented, Queue: False, ShowProgress: "hidden"},
	}
	switch {
	case mode != "":
		fill.opts.APIName = name + "_input"
		fill.Then(r.outputFn(), Inputs{x}, x.Outputs, EventOptions{APIName: name, APIVisibility: Undocumented})
	case x.RunOnClick:
		fill.Then(x.Fn, x.Inputs, x.Outputs, EventOptions{APIVisibility: Undocumented, Batch: x.Batch})
	}
	return []*Event{fill}
}

// check lists what is wrong with the examples before anything is run.
func (x *Examples) check() []string {
	var probs []string
	if len(x.Inputs) == 0 {
		probs = append(probs, "Inputs is empty: examples fill inputs")
	}
	for i, c := range x.Inputs {
		if c == nil {
			probs = append(probs, fmt.Sprintf("input %d is nil", i+1))
			continue
		}
		if _, ok := c.(Output); !ok {
			probs = append(probs, fmt.Sprintf("input %d (%s) cannot be filled with a value", i+1, describe(c)))
		}
		if _, ok := c.(stateful); ok && x.cacheMode() != "" {
			probs = append(probs, fmt.Sprintf("input %d (%s) is a State, which cached examples cannot fill", i+1, describe(c)))
		}
	}
	for i, c := range x.Outputs {
		if _, ok := c.(stateful); ok && x.cacheMode() != "" {
			probs = append(probs, fmt.Sprintf("output %d (%s) is a State, which cached examples cannot fill", i+1, describe(c)))
		}
	}
	for i, row := range x.Rows {
		if len(row) != len(x.Inputs) {
			probs = append(probs, fmt.Sprintf("example %d has %d value(s) for %d input(s) (%s)", i+1, len(row), len(x.Inputs), describeAll(x.Inputs)))
		}
	}
	if x.Labels != nil && len(x.Labels) != len(x.Rows) {
		probs = append(probs, fmt.Sprintf("%d label(s) for %d example(s)", len(x.Labels), len(x.Rows)))
	}
	if x.PerPage < 0 {
		probs = append(probs, fmt.Sprintf("PerPage %d is negative", x.PerPage))
	}
	switch x.Cache {
	case "", CacheEager, CacheLazy, CacheOff:
	default:
		probs = append(probs, fmt.Sprintf("Cache %q is not %q, %q or %q", x.Cache, CacheEager, CacheLazy, CacheOff))
	}
	if x.cacheMode() != "" && (x.Fn == nil || len(x.Outputs) == 0) {
		probs = append(probs, "caching examples needs Fn and Outputs")
	}
	if x.RunOnClick && x.Fn == nil {
		probs = append(probs, "RunOnClick needs Fn")
	}
	return probs
}

// exampleRun is one built app's view of an Examples: the rows in wire form and the
// cached outputs.
type exampleRun struct {
	x    *Examples
	app  *App
	mode CacheMode
	id   int
	f    *fnRT // the handler, when caching
	wire [][]any
	rows []cachedRow
}

type cachedRow struct {
	mu   sync.Mutex
	done bool
	out  []any // wire values, one per output
}

// start encodes the rows, checks that each input can decode its value, and with
// CacheEager computes every example's outputs.
func (r *exampleRun) start(ctx context.Context) error {
	x := r.x
	w, errs := encodeSamples(ctx, x.Inputs, x.Rows)
	r.wire = w
	setProp(r.app, r.id, "samples", w)
	for i, row := range w {
		for j, v := range row {
			if x.Rows[i][j] == nil || v == nil {
				continue
			}
			if _, err := r.decode(ctx, j, v); err != nil {
				errs = append(errs, fmt.Errorf("sample %d, value %d (%s): %w", i+1, j+1, describe(x.Inputs[j]), err))
			}
		}
	}
	if len(errs) > 0 {
		for i := range errs {
			errs[i] = fmt.Errorf("%s: %w", describe(x), errs[i])
		}
		return joinErrs(errs)
	}
	if r.mode != CacheEager || r.f == nil {
		return nil
	}
	quiet := r.app.opts.quiet
	if !quiet {
		fmt.Printf("* Caching %d example(s) of /%s\n", len(x.Rows), r.f.dep.APIName)
	}
	for i := range x.Rows {
		if _, err := r.output(ctx, i); err != nil {
			return fmt.Errorf("%s: caching example %d %s: %w", describe(x), i+1, summarize(x.Rows[i]), err)
		}
		if !quiet {
			fmt.Printf("  example %d/%d cached\n", i+1, len(x.Rows))
		}
	}
	return nil
}

// decode checks that input j can decode wire value v, as when a user submits it.
func (r *exampleRun) decode(ctx context.Context, j int, v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	in, ok := r.x.Inputs[j].(Input)
	if !ok {
		return nil, fmt.Errorf("%s is not an input", describe(r.x.Inputs[j]))
	}
	return in.Preprocess(ctx, b)
}

// summarize shows an example's values for error messages, shortened.
func summarize(row []any) string {
	parts := make([]string, len(row))
	for i, v := range row {
		s := fmt.Sprintf("%#v", v)
		if str, ok := v.(string); ok {
			s = fmt.Sprintf("%q", str)
		}
		if len(s) > 40 {
			s = s[:37] + "..."
		}
		parts[i] = s
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// output returns example i's outputs in wire form, computing them on first use. A
// failure is not cached: the next click tries again.
func (r *exampleRun) output(ctx context.Context, i int) ([]any, error) {
	row := &r.rows[i]
	row.mu.Lock()
	defer row.mu.Unlock()
	if row.done {
		return row.out, nil
	}
	out, err := r.compute(ctx, i)
	if err != nil {
		return nil, err
	}
	row.out, row.done = out, true
	return out, nil
}

// compute runs the handler on example i as a user's call would: inputs decoded from
// their wire values, outputs encoded. A stream's last values are its outputs.
func (r *exampleRun) compute(ctx context.Context, i int) ([]any, error) {
	f := r.f
	data := make([]json.RawMessage, len(r.x.Inputs))
	for j, v := range r.wire[i] {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		data[j] = b
	}
	c, err := f.prepare(ctx, &server.Call{Data: data})
	if err != nil {
		return nil, err
	}
	cl := c.(*call)
	ctx = withApp(withRequest(ctx, cl.req), r.app)
	args := cl.args
	if f.bind.batch {
		for j, a := range args {
			s := reflect.MakeSlice(f.bind.params[j], 1, 1)
			s.Index(0).Set(a)
			args[j] = s
		}
	}
	if f.bind.event {
		args = append([]reflect.Value{reflect.ValueOf(EventData{})}, args...)
	}
	o := f.invoke(ctx, args)
	if o.failed() {
		return nil, o.error()
	}
	if f.bind.stream != notStreaming {
		return r.drain(ctx, o.results[0])
	}
	results := o.results
	if f.bind.batch {
		for j, res := range results {
			if res.Len() != 1 {
				return nil, fmt.Errorf("batch handler returned %d value(s) for output %d but was given 1 call", res.Len(), j+1)
			}
			results[j] = res.Index(0)
		}
	}
	return f.encodeOutputs(ctx, nil, results)
}

// drain runs a streaming handler to its end and keeps its last values.
func (r *exampleRun) drain(ctx context.Context, seq reflect.Value) ([]any, error) {
	f := r.f
	if seq.IsNil() {
		return nil, errNilStream
	}
	var last []any
	var failure error
	emit := func(v reflect.Value) bool {
		vals := []reflect.Value{v}
		if len(f.outputs) > 1 {
			parts, _ := v.Interface().([]any)
			if len(parts) != len(f.outputs) {
				failure = streamArityError{got: len(parts), want: len(f.outputs)}
				return false
			}
			vals = make([]reflect.Value, len(parts))
			for k := range parts {
				vals[k] = reflect.ValueOf(&parts[k]).Elem()
			}
		}
		data, err := f.encodeOutputs(ctx, nil, vals)
		if err != nil {
			failure = err
			return false
		}
		last = data
		return ctx.Err() == nil
	}
	o := f.iterate(seq, emit, &failure)
	o.err = failure
	if o.failed() {
		return nil, o.error()
	}
	if last == nil {
		last = make([]any, len(f.outputs))
	}
	return last, nil
}

// error is the outcome's failure as an error.
func (o outcome) error() error {
	if o.panicked != nil {
		return fmt.Errorf("the handler panicked: %v", o.panicked)
	}
	return o.err
}

// fillFn is the load_example handler: the example's values, as updates of the inputs.
func (r *exampleRun) fillFn() any {
	n := len(r.x.Inputs)
	outs := make([]reflect.Type, n)
	for j := range outs {
		outs[j] = updateType
	}
	t := reflect.FuncOf([]reflect.Type{intType}, outs, false)
	return reflect.MakeFunc(t, func(in []reflect.Value) []reflect.Value {
		i := int(in[0].Int())
		res := make([]reflect.Value, n)
		for j := range res {
			var v any
			if i < len(r.wire) && j < len(r.wire[i]) {
				v = r.wire[i][j]
			}
			res[j] = reflect.ValueOf(rawUpdate(v))
		}
		return res
	}).Interface()
}

// outputFn is the handler that shows an example's cached outputs.
func (r *exampleRun) outputFn() any {
	n := len(r.x.Outputs)
	outs := make([]reflect.Type, n, n+1)
	for j := range outs {
		outs[j] = updateType
	}
	outs = append(outs, errType)
	t := reflect.FuncOf([]reflect.Type{ctxType, intType}, outs, false)
	return reflect.MakeFunc(t, func(in []reflect.Value) []reflect.Value {
		ctx := in[0].Interface().(context.Context)
		i := int(in[1].Int())
		res := make([]reflect.Value, n+1)
		out, err := r.output(ctx, i)
		for j := range n {
			u := Skip
			if err == nil {
				u = rawUpdate(out[j])
			}
			res[j] = reflect.ValueOf(u)
		}
		res[n] = reflect.Zero(errType)
		if err != nil {
			res[n] = reflect.ValueOf(&err).Elem()
		}
		return res
	}).Interface()
}

// rawUpdate sets a component's value to v, already in wire form.
func rawUpdate(v any) Update { return Update{Props: map[string]any{"value": v}} }

// Interface guards.
var (
	_ Input        = (*Examples)(nil)
	_ attacher     = (*Examples)(nil)
	_ APIDescriber = (*Examples)(nil)
	_ Exampler     = (*Examples)(nil)
)
