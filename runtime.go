package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"runtime/debug"
	"time"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/server"
	"github.com/gradio-go/gradio/internal/session"
	"github.com/gradio-go/gradio/internal/wire"
)

// fnRT is one event listener at run time.
type fnRT struct {
	app     *App
	index   int
	ev      *Event
	inputs  []Component
	outputs []Component
	inIDs   []int
	outIDs  []int
	bind    *binding // nil for a browser-only listener
	state   bool     // some input or output is a State
	// render is set on the listener that runs a Render's Fn; renderID is its render_id.
	render   *Render
	renderID int
	dep      wire.Dependency
	q        *queue.Fn
	srv      *server.Fn
}

// on reports whether one of the listener's triggers is the named event.
func (f *fnRT) on(event string) bool {
	for _, t := range f.ev.triggers {
		if t.Event == event {
			return true
		}
	}
	return false
}

// call is an event's payload: its decoded inputs and where it came from.
type call struct {
	args  []reflect.Value // one per input; State inputs are filled in at run time
	event EventData
	req   *Request
	job   *jobPayload // the inputs as sent, for a scaled-out app's web replica (scaleout.go)
}

func (f *fnRT) serverFn() *server.Fn {
	s := &server.Fn{
		Index: f.index, APIName: f.dep.APIName, Visibility: f.dep.APIVisibility, Queued: f.dep.Queue,
		Backend: f.bind != nil, Inputs: len(f.inputs), Q: f.q, Prepare: f.prepare,
	}
	names := f.paramNames()
	for i, c := range f.inputs {
		skip := isSkipAPI(c)
		s.Skipped = append(s.Skipped, skip)
		if skip {
			continue
		}
		p := server.Param{Name: names[i]}
		if v, ok := c.Props()["value"]; ok && v != nil {
			if b, err := json.Marshal(v); err == nil {
				p.HasDefault, p.Default = true, b
			}
		}
		s.Params = append(s.Params, p)
	}
	return s
}

// paramNames names every input for keyword calls: EventOptions.ParamNames, else the
// label in snake_case, else param_<i>, made unique.
func (f *fnRT) paramNames() []string {
	names := make([]string, len(f.inputs))
	used := map[string]bool{}
	for i, c := range f.inputs {
		n := ""
		if i < len(f.ev.opts.ParamNames) {
			n = f.ev.opts.ParamNames[i]
		}
		if n == "" {
			label, _ := c.Props()["label"].(string)
			n = paramName(label)
		}
		if n == "" || used[n] {
			n = fmt.Sprintf("param_%d", i)
		}
		used[n] = true
		names[i] = n
	}
	return names
}

// prepare decodes a call's inputs before it is queued, so that bad input is answered
// at once with a 400 that says what is wrong.
func (f *fnRT) prepare(ctx context.Context, c *server.Call) (any, error) {
	if len(c.Data) != len(f.inputs) {
		return nil, fmt.Errorf("/%s takes %d input value(s) (%s), got %d", f.dep.APIName, len(f.inputs), describeAll(f.inputs), len(c.Data))
	}
	req := &Request{SessionHash: c.Session, EventID: c.EventID, Root: c.Root}
	if c.Request != nil {
		req.fill(c.Request)
	}
	ctx = withApp(withRequest(ctx, req), f.app)
	var event EventData
	if f.bind.event {
		var err error
		if event, err = decodeEventData(c.EventData); err != nil {
			return nil, err
		}
	}
	args := make([]reflect.Value, len(f.inputs))
	for i, comp := range f.inputs {
		if _, ok := comp.(stateful); ok {
			continue
		}
		want := f.bind.params[i]
		if f.bind.batch {
			want = want.Elem()
		}
		var v any
		var err error
		if ti, ok := comp.(TypedInput); ok && ti.AcceptsType(want) {
			v, err = ti.PreprocessTo(ctx, c.Data[i], want)
		} else {
			v, err = comp.(Input).Preprocess(ctx, c.Data[i])
		}
		if err != nil {
			return nil, fmt.Errorf("input %d (%s): %w", i+1, describe(comp), err)
		}
		rv, err := convert(reflect.ValueOf(v), want)
		if err != nil {
			return nil, fmt.Errorf("input %d (%s): %w", i+1, describe(comp), err)
		}
		args[i] = rv
	}
	out := &call{args: args, event: event, req: req}
	if f.app.jobs != nil {
		out.job = &jobPayload{Data: c.Data, EventData: c.EventData, Root: req.Root, Header: req.Header,
			RemoteAddr: req.RemoteAddr, Username: req.Username, Query: req.Query}
	}
	return out, nil
}

// run is the queue's entry point for this function.
func (f *fnRT) run(events []*queue.Event) {
	if f.bind.batch {
		f.runBatch(events)
		return
	}
	ev := events[0]
	c := ev.Payload.(*call)
	ctx := f.context(ev.Context(), ev, c.req)
	// Only functions with State touch the session store, so stateless calls leave
	// nothing behind.
	var sess *session.Session
	if f.state {
		sess = f.app.sessions.Get(ev.Session)
		if j := f.app.jobs; j != nil {
			// Scaled out: the values live in NATS, and another process may have set
			// them since this one last ran the session.
			if err := j.loadState(ctx, ev.Session, sess, f); err != nil {
				f.fail(ctx, ev, outcome{err: err})
				return
			}
			defer j.saveState(ev.Session, sess, f, time.Now())
		}
	}
	args, err := f.stateArgs(c.args, sess)
	if err == nil && f.bind.event {
		args = append([]reflect.Value{reflect.ValueOf(c.event)}, args...)
	}
	if err != nil {
		f.fail(ctx, ev, outcome{err: err})
		return
	}
	if f.render != nil {
		f.runRender(ctx, ev, args)
		return
	}
	if f.bind.stream != notStreaming {
		f.runStream(ctx, ev, sess, args)
		return
	}
	start := time.Now()
	o := f.invoke(ctx, args)
	if o.failed() {
		f.fail(ctx, ev, o)
		return
	}
	data, err := f.encodeOutputs(ctx, sess, o.results)
	if err != nil {
		f.fail(ctx, ev, outcome{err: err})
		return
	}
	ev.Complete(f.completed(data, time.Since(start)))
}

// context is what a handler's ctx carries: cancellation, the request, progress
// reporting and the app.
func (f *fnRT) context(base context.Context, ev *queue.Event, req *Request) context.Context {
	ctx := withApp(withRequest(base, req), f.app)
	p := &Progress{emit: ev.Emit, id: ev.ID}
	return context.WithValue(ctx, progressKey{}, p)
}

// stateArgs fills the State inputs with the session's values.
func (f *fnRT) stateArgs(args []reflect.Value, sess *session.Session) ([]reflect.Value, error) {
	out := make([]reflect.Value, len(args))
	copy(out, args)
	for i, comp := range f.inputs {
		st, ok := comp.(stateful)
		if !ok {
			continue
		}
		v := sess.Value(f.inIDs[i], st.initial, st.ttl())
		rv, err := convert(reflect.ValueOf(v), f.bind.params[i])
		if err != nil {
			return nil, fmt.Errorf("state %d: %w", i+1, err)
		}
		out[i] = rv
	}
	return out, nil
}

// outcome is what a handler call produced: its results, or the error it returned, or
// the panic it raised (with the stack, for the log).
type outcome struct {
	results  []reflect.Value
	err      error
	panicked any
	stack    []byte
}

func (o outcome) failed() bool { return o.err != nil || o.panicked != nil }

// invoke calls the handler, turning a panic into a value.
func (f *fnRT) invoke(ctx context.Context, args []reflect.Value) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{panicked: r, stack: debug.Stack()}
		}
	}()
	in := args
	if f.bind.ctx {
		in = append([]reflect.Value{reflect.ValueOf(ctx)}, args...)
	}
	out := f.bind.fn.Call(in)
	if f.bind.errLast {
		if e := out[len(out)-1]; !e.IsNil() {
			o.err = e.Interface().(error)
		}
		out = out[:len(out)-1]
	}
	o.results = out
	return o
}

func (f *fnRT) fail(ctx context.Context, ev *queue.Event, o outcome) {
	out := f.app.failure(ctx, f.dep.APIName, o)
	ev.Complete(&wire.ProcessCompleted{Output: out, Success: false, Title: out.Title})
}

func (f *fnRT) completed(data []any, d time.Duration) *wire.ProcessCompleted {
	secs := d.Seconds()
	avg := f.q.AvgDuration().Seconds()
	if avg == 0 {
		avg = secs
	}
	return &wire.ProcessCompleted{
		Output:  &wire.Output{Data: data, Duration: secs, AverageDuration: avg, ChangedStateIDs: []int{}},
		Success: true, CacheDuration: &secs, AvgTime: &avg,
	}
}

// encodeOutputs turns handler results into wire values, storing State outputs in the
// session (they travel as null).
func (f *fnRT) encodeOutputs(ctx context.Context, sess *session.Session, results []reflect.Value) ([]any, error) {
	data := make([]any, len(f.outputs))
	for j, comp := range f.outputs {
		rv := results[j]
		if _, ok := comp.(stateful); ok {
			sess.Set(f.outIDs[j], rv.Interface())
			continue
		}
		v, err := encodeOutput(ctx, comp.(Output), rv)
		if err != nil {
			return nil, fmt.Errorf("output %d (%s): %w", j+1, describe(comp), err)
		}
		data[j] = v
	}
	return data, nil
}

// encodeOutput postprocesses one result, which may be an Update.
func encodeOutput(ctx context.Context, out Output, rv reflect.Value) (any, error) {
	if rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return out.Postprocess(ctx, nil)
		}
		rv = rv.Elem()
	}
	var u *Update
	switch v := rv.Interface().(type) {
	case Update:
		u = &v
	case *Update:
		u = v
	}
	if u == nil {
		if to, ok := out.(TypedOutput); ok && to.AcceptsType(rv.Type()) {
			return out.Postprocess(ctx, rv.Interface())
		}
		cv, err := convert(rv, out.ValueType())
		if err != nil {
			return nil, err
		}
		return out.Postprocess(ctx, cv.Interface())
	}
	m := u.wireProps()
	if u.Value != nil {
		v, err := encodeOutput(ctx, out, reflect.ValueOf(u.Value))
		if err != nil {
			return nil, err
		}
		m["value"] = v
	}
	return m, nil
}

// runBatch runs a batch handler once for several events, each parameter a slice with
// one element per event.
func (f *fnRT) runBatch(events []*queue.Event) {
	first := events[0].Payload.(*call)
	ctx := f.context(f.app.ctx, events[0], first.req)
	args := make([]reflect.Value, len(f.inputs))
	for i := range f.inputs {
		s := reflect.MakeSlice(f.bind.params[i], len(events), len(events))
		for k, ev := range events {
			s.Index(k).Set(ev.Payload.(*call).args[i])
		}
		args[i] = s
	}
	start := time.Now()
	o := f.invoke(ctx, args)
	if !o.failed() {
		for j, r := range o.results {
			if r.Len() != len(events) {
				o.err = fmt.Errorf("batch handler returned %d value(s) for output %d but was given %d call(s)", r.Len(), j+1, len(events))
				break
			}
		}
	}
	for k, ev := range events {
		evCtx := f.context(ev.Context(), ev, ev.Payload.(*call).req)
		if o.failed() {
			f.fail(evCtx, ev, o)
			continue
		}
		row := make([]reflect.Value, len(o.results))
		for j, r := range o.results {
			row[j] = r.Index(k)
		}
		data, err := f.encodeOutputs(evCtx, nil, row)
		if err != nil {
			f.fail(evCtx, ev, outcome{err: err})
			continue
		}
		ev.Complete(f.completed(data, time.Since(start)))
	}
}
