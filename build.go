package gradio

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/gradio-go/gradio/internal/wire"
)

// builder turns a Blocks tree into config entries and listener runtimes, collecting
// every problem it finds so that one Build reports them all.
type builder struct {
	app  *App
	ids  map[Component]int
	errs []error

	entries []wire.ComponentConfig
	comps   []Component // by id; [0] is the root (nil)
	events  []*Event    // by dependency id
	seenEv  map[*Event]bool
	names   map[string]int // api names used, for unique suffixes

	// rr is set when the builder builds what a Render's Fn returned for one session
	// (renderbuild.go): ids then come from the session and the app's own components
	// and listeners are known but not built again.
	rr      *renderRun
	renders map[*Render]int // render ids (renderIndex)
}

// idOf returns the id of c: one given by this builder, or, in a render, one of the
// app's static components.
func (bd *builder) idOf(c Component) (int, bool) {
	if id, ok := bd.ids[c]; ok {
		return id, true
	}
	if bd.rr != nil {
		id, ok := bd.rr.static.ids[c]
		return id, ok
	}
	return 0, false
}

func (bd *builder) errorf(format string, args ...any) {
	bd.errs = append(bd.errs, fmt.Errorf(format, args...))
}

// add registers c under the next id and returns its layout node (with children for
// containers).
func (bd *builder) add(c Component, path string) *wire.LayoutNode {
	if c == nil || reflect.ValueOf(c).Kind() == reflect.Pointer && reflect.ValueOf(c).IsNil() {
		bd.errorf("%s: nil component", path)
		return nil
	}
	if !reflect.TypeOf(c).Comparable() {
		bd.errorf("%s: component %T must be a pointer (use &%T{...})", path, c, c)
		return nil
	}
	if _, dup := bd.ids[c]; dup {
		bd.errorf("%s: %s is placed in the layout twice; a component can appear only once", path, describe(c))
		return nil
	}
	if bd.rr != nil {
		if why := bd.rr.refuse(c); why != "" {
			bd.errorf("%s: %s %s", path, describe(c), why)
			return nil
		}
	}
	if v, ok := c.(Validator); ok {
		if err := v.Validate(); err != nil {
			bd.errorf("%s: %s: %v", path, describe(c), err)
		}
	}
	var id int
	if bd.rr != nil {
		var err error
		if id, err = bd.rr.alloc(c); err != nil {
			bd.errorf("%s: %s: %v", path, describe(c), err)
			return nil
		}
	} else {
		id = len(bd.comps)
	}
	bd.ids[c] = id
	bd.comps = append(bd.comps, c)
	entry := componentEntry(id, c)
	if bd.rr != nil {
		bd.rr.mark(&entry)
	}
	bd.entries = append(bd.entries, entry)
	node := &wire.LayoutNode{ID: id}
	if ct, ok := c.(Container); ok {
		for i, child := range ct.Items() {
			if n := bd.add(child, fmt.Sprintf("%s > %s[%d]", path, c.Kind(), i)); n != nil {
				node.Children = append(node.Children, n)
			}
		}
		if node.Children == nil {
			node.Children = []*wire.LayoutNode{}
		}
	}
	return node
}

// offscreen is implemented by components that need no place in the layout (State,
// Timer): used by an event but not placed, they are added at the end of the page.
type offscreen interface{ offscreen() }

// componentEntry is c's entry in config.components.
func componentEntry(id int, c Component) wire.ComponentConfig {
	kind := c.Kind()
	p := c.Props()
	if p == nil {
		p = map[string]any{}
	}
	if _, ok := p["name"]; !ok {
		p["name"] = kind
	}
	sum := sha256.Sum256([]byte("gradio-go/" + kind))
	e := wire.ComponentConfig{ID: id, Type: kind, Props: p, SkipAPI: isSkipAPI(c), ComponentClassID: hex.EncodeToString(sum[:])}
	if k := componentKey(c); k != "" {
		e.Key = &k
	}
	if !e.SkipAPI {
		in, out := apiSchema(c, true), apiSchema(c, false)
		e.APIInfo, e.APIInfoAsInput, e.APIInfoAsOutput = out, in, out
		if _, ok := c.(Input); !ok {
			e.APIInfo = out
		}
		e.ExampleInputs = exampleJSON(c)
	}
	return e
}

func isSkipAPI(c Component) bool {
	if s, ok := c.(skipAPI); ok {
		return s.skipAPI()
	}
	_, in := c.(Input)
	_, out := c.(Output)
	return !in && !out
}

// collect gathers the listeners of c and of its descendants, in tree order.
func (bd *builder) collect(c Component) {
	if bi, ok := c.(builtin); ok {
		for _, e := range bi.builtinEvents() {
			bd.addEvent(e)
		}
	}
	if at, ok := c.(attacher); ok && bd.rr == nil {
		for _, e := range at.attach(bd) {
			bd.addEvent(e)
		}
	}
	if src, ok := c.(eventSource); ok {
		for _, e := range src.events().list {
			bd.addEvent(e)
		}
	}
	if ct, ok := c.(Container); ok {
		for _, child := range ct.Items() {
			if child != nil {
				bd.collect(child)
			}
		}
	}
}

// addEvent numbers e and, depth first, the listeners chained to it.
func (bd *builder) addEvent(e *Event) {
	if bd.seenEv[e] {
		return
	}
	bd.seenEv[e] = true
	bd.events = append(bd.events, e)
	for _, n := range e.next {
		bd.addEvent(n)
	}
}

// place makes sure every component an event uses has an id: off-screen components are
// appended to the root; anything else missing from the layout is an error.
func (bd *builder) place(root *wire.LayoutNode, e *Event, role string, cs []Component) {
	for i, c := range cs {
		if c == nil {
			bd.errorf("event %s: %s %d is nil", bd.eventName(e), role, i+1)
			continue
		}
		if _, ok := bd.idOf(c); ok {
			continue
		}
		if _, ok := c.(offscreen); ok {
			if n := bd.add(c, "offscreen"); n != nil {
				root.Children = append(root.Children, n)
				bd.collect(c)
			}
			continue
		}
		bd.errorf("event %s: %s %s is not in the layout; add it to the Blocks' Children", bd.eventName(e), role, describe(c))
	}
}

// eventName names an event in error messages, before api names are settled.
func (bd *builder) eventName(e *Event) string {
	if e.opts.APIName != "" {
		return strconv.Quote(e.opts.APIName)
	}
	if e.fn != nil {
		if n := funcName(reflect.ValueOf(e.fn)); n != "" {
			return n
		}
	}
	var ts []string
	for _, t := range e.triggers {
		if t.Source == nil {
			ts = append(ts, t.Event)
		} else {
			ts = append(ts, describe(t.Source)+"."+t.Event)
		}
	}
	if len(ts) == 0 {
		return "(chained)"
	}
	return strings.Join(ts, "+")
}

// apiName picks the event's unique api name: the option, else the Go function's name,
// else "lambda" (as Gradio names a Python lambda), with _1, _2 suffixes for repeats.
func (bd *builder) apiName(e *Event) string {
	base := e.opts.APIName
	if base == "" {
		switch {
		case e.fn == nil && e.opts.JS != "":
			base = "js_fn"
		case e.fn == nil:
			base = "unnamed"
		default:
			base = or(funcName(reflect.ValueOf(e.fn)), "lambda")
		}
	}
	base = strings.TrimPrefix(base, "/")
	n := bd.names[base]
	bd.names[base] = n + 1
	if n == 0 {
		return base
	}
	return fmt.Sprintf("%s_%d", base, n)
}

// paramName turns a label into a keyword-argument name: "First name" -> "first_name".
func paramName(label string) string {
	var b strings.Builder
	underscore := false
	for _, r := range strings.TrimSpace(label) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if underscore && b.Len() > 0 {
				b.WriteByte('_')
			}
			underscore = false
			b.WriteRune(unicode.ToLower(r))
		default:
			underscore = true
		}
	}
	s := b.String()
	if s == "" || unicode.IsDigit(rune(s[0])) {
		return ""
	}
	return s
}

// buildError lists every problem Build found, one per line.
type buildError struct{ errs []error }

func (e *buildError) Error() string {
	var b strings.Builder
	b.WriteString("gradio: the app is not valid:")
	for _, err := range e.errs {
		b.WriteString("\n  - ")
		b.WriteString(err.Error())
	}
	return b.String()
}

func (e *buildError) Unwrap() []error { return e.errs }

func joinErrs(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return &buildError{errs}
}
