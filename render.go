package gradio

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

// Render is a part of the layout that each session rebuilds from inputs: Gradio's
// @gr.render. Its Fn runs when the page loads and whenever one of its inputs changes (or,
// with Triggers, when one of those fires); the components it returns replace those of
// its previous run on that page, with the listeners registered on them:
//
//	count := &gradio.Slider{Label: "Boxes", Minimum: 1, Maximum: 5, Step: 1, Value: 2}
//	boxes := &gradio.Render{
//		Inputs: []gradio.Component{count},
//		Fn: func(n float64) []gradio.Component {
//			var rows []gradio.Component
//			for i := range int(n) {
//				box := &gradio.Textbox{Label: fmt.Sprintf("Box %d", i+1), Key: strconv.Itoa(i)}
//				btn := &gradio.Button{Value: "Reverse"}
//				btn.Click(reverse, gradio.In(box), gradio.Out(box))
//				rows = append(rows, gradio.Row(box, btn))
//			}
//			return rows
//		},
//	}
//	app := &gradio.Blocks{Children: []gradio.Component{count, boxes}}
//
// Fn is a plain Go function, checked when the app is built: an optional
// context.Context, then one parameter per input (typed as an event handler's), and it
// returns a Component or a []Component, with an optional error last. An error is shown
// as any handler's is; a panic fails that run for that page only.
//
// Fn must create the components it returns on every call (share nothing between calls
// or sessions) and register their listeners as usual; a listener's inputs and outputs
// may also be components outside the Render, and so may its triggers, provided that
// the listener also involves a component Fn created. The listeners of one run replace
// those of the previous run of the same Render on that page: they live in the session
// (bounded, and dropped with it), never in the app. A component with a Key keeps its id
// from run to run, so that the value a user gave it stays.
//
// The zero value is not usable: Build reports a Render without Fn.
type Render struct {
	// Inputs are the components whose values Fn receives, in parameter order.
	Inputs []Component
	// Triggers, if set, are the events that run Fn; by default it runs when the page
	// loads and when any input (other than a State) changes.
	Triggers []Trigger
	// Fn builds the components; see Render.
	Fn any
	// Options tune the listener that runs Fn. Unlike an event's, its TriggerMode is
	// "always_last" by default (a trigger during a run runs Fn once more after it) and
	// its ConcurrencyLimit Unlimited, as Gradio's; its APIName defaults to Fn's name or
	// "render", its APIVisibility to Undocumented.
	Options EventOptions
	// Row lays the components out side by side instead of in a column.
	Row bool

	Visible     Bool
	ElemID      string
	ElemClasses []string
}

// Kind is "column" (or "row"), as Gradio's render blocks are a Column or a Row.
func (r *Render) Kind() string {
	if r.Row {
		return "row"
	}
	return "column"
}

func (r *Render) Props() map[string]any {
	p := layoutProps(r.Visible, r.ElemID, r.ElemClasses)
	if r.Row {
		p["variant"] = "default"
		p["equal_height"] = false
	} else {
		p["scale"] = 1
		p["min_width"] = 320
		p["variant"] = "default"
	}
	p["show_progress"] = true
	return p
}

// Items is empty: a Render's children are what Fn returns, page by page.
func (r *Render) Items() []Component { return nil }

func (r *Render) Validate() error {
	if r.Fn == nil {
		return errors.New("Fn is nil: a Render needs a function that returns its components")
	}
	return nil
}

// builtinEvents is the listener that runs Fn.
func (r *Render) builtinEvents() []*Event {
	if r.Fn == nil {
		return nil
	}
	triggers := r.Triggers
	if len(triggers) == 0 {
		triggers = []Trigger{{nil, EventLoad}}
		for _, c := range r.Inputs {
			if _, ok := c.(stateful); !ok && c != nil {
				triggers = append(triggers, Trigger{c, EventChange})
			}
		}
	}
	opts := r.Options
	opts.TriggerMode = or(opts.TriggerMode, "always_last")
	if opts.APIVisibility == "" {
		opts.APIVisibility = Undocumented
	}
	if opts.APIName == "" {
		opts.APIName = "render"
		if v := reflect.ValueOf(r.Fn); v.Kind() == reflect.Func && !v.IsNil() {
			opts.APIName = or(funcName(v), "render")
		}
	}
	return []*Event{{triggers: triggers, fn: r.Fn, inputs: r.Inputs, outputs: Outputs{r}, opts: opts, render: r}}
}

// renderResult stands for a Render's result when its Fn is checked by bind.
type renderResult struct{}

func (renderResult) Kind() string                                  { return "render" }
func (renderResult) Props() map[string]any                         { return map[string]any{} }
func (renderResult) ValueType() reflect.Type                       { return reflect.TypeFor[[]Component]() }
func (renderResult) Postprocess(context.Context, any) (any, error) { return nil, nil }
func (renderResult) AcceptsType(t reflect.Type) bool               { return renderShape(t) }

// renderShape reports whether Fn may return values of type t.
func renderShape(t reflect.Type) bool {
	ct := reflect.TypeFor[Component]()
	return t.Implements(ct) || t.Kind() == reflect.Slice && t.Elem().Implements(ct)
}

// bindRender checks a Render's Fn against its inputs.
func bindRender(fn any, inputs Inputs) (*binding, error) {
	t := reflect.TypeOf(fn)
	if t == nil || t.Kind() != reflect.Func {
		return nil, fmt.Errorf("Fn must be a function, got %T", fn)
	}
	n := t.NumOut()
	if n > 0 && t.Out(n-1) == errType {
		n--
	}
	if n != 1 || !renderShape(t.Out(0)) {
		name := or(funcName(reflect.ValueOf(fn)), "func")
		return nil, fmt.Errorf("Fn must return a Component or a []Component, and optionally an error, "+
			"as func(ctx context.Context, inputs...) ([]gradio.Component, error); %s is %s", name, t)
	}
	b, err := bind(fn, inputs, Outputs{renderResult{}}, false)
	if err != nil {
		return nil, fmt.Errorf("Fn: %w", err)
	}
	return b, nil
}

// renderedComponents turns what Fn returned into the Render's children.
func renderedComponents(v reflect.Value) ([]Component, error) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil, nil
		}
		v = v.Elem()
	}
	if c, ok := v.Interface().(Component); ok {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return nil, nil
		}
		return []Component{c}, nil
	}
	out := make([]Component, 0, v.Len())
	for i := range v.Len() {
		c, _ := v.Index(i).Interface().(Component)
		if c == nil || reflect.ValueOf(c).Kind() == reflect.Pointer && reflect.ValueOf(c).IsNil() {
			return nil, fmt.Errorf("Fn returned a nil component at index %d", i)
		}
		out = append(out, c)
	}
	return out, nil
}

// runRender runs a Render's Fn for one session, installs what it built in the session
// and sends it to the page as output.render_config.
func (f *fnRT) runRender(ctx context.Context, ev *queue.Event, args []reflect.Value) {
	sess, sr := f.app.sessionRenders(ev.Session)
	seq := sr.begin()
	start := time.Now()
	o := f.invoke(ctx, args)
	if o.failed() {
		f.fail(ctx, ev, o)
		return
	}
	children, err := renderedComponents(o.results[0])
	if err == nil {
		var rc *wire.RenderConfig
		if rc, err = f.app.buildRender(f, sess, sr, seq, children); err == nil {
			done := f.completed([]any{nil}, time.Since(start))
			if rc != nil {
				done.Output.(*wire.Output).RenderConfig = rc
			}
			ev.Complete(done)
			return
		}
	}
	f.fail(ctx, ev, outcome{err: fmt.Errorf("render %s: %w", f.dep.APIName, err)})
}

var (
	_ Container = (*Render)(nil)
	_ Validator = (*Render)(nil)
	_ builtin   = (*Render)(nil)
)
