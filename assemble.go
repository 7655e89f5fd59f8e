package gradio

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

var (
	triggerModes  = []string{"once", "multiple", "always_last"}
	progressModes = []string{"full", "minimal", "hidden"}
)

// assemble checks the tree and its events and fills in the app's config and functions.
func (a *App) assemble(b *Blocks) error {
	bd := &builder{app: a, ids: map[Component]int{}, seenEv: map[*Event]bool{}, names: map[string]int{}, comps: []Component{nil}}
	root := &wire.LayoutNode{ID: 0, Children: []*wire.LayoutNode{}}
	for i, c := range b.Children {
		if n := bd.add(c, fmt.Sprintf("Children[%d]", i)); n != nil {
			root.Children = append(root.Children, n)
		}
	}
	for _, e := range b.Events.list {
		bd.addEvent(e)
	}
	for _, c := range b.Children {
		if c != nil {
			bd.collect(c)
		}
	}
	bd.check(root)
	index := make(map[*Event]int, len(bd.events))
	for i, e := range bd.events {
		index[e] = i
	}
	a.groups = map[string]*queue.Group{}
	a.byName = map[string]*fnRT{}
	for i, e := range bd.events {
		f := bd.newFn(i, e, index)
		if f == nil {
			continue
		}
		a.fns = append(a.fns, f)
		a.byName[f.dep.APIName] = f
	}
	if len(bd.errs) > 0 {
		return joinErrs(bd.errs)
	}
	a.static = &staticIndex{ids: bd.ids, events: index, names: bd.names, nextID: len(bd.comps)}
	bd.seal(b)

	deps := make([]wire.Dependency, len(a.fns))
	depIDs := make([]int, len(a.fns))
	unload := false
	for i, f := range a.fns {
		deps[i] = f.dep
		depIDs[i] = i
		for _, t := range f.ev.triggers {
			unload = unload || t.Event == EventUnload
		}
	}
	compIDs := make([]int, 0, len(bd.entries))
	for _, e := range bd.entries {
		compIDs = append(compIDs, e.ID)
		if e.Type == "state" {
			a.hasState = true
		}
	}
	a.cfg = wire.Config{
		Version: wire.Version, APIPrefix: wire.APIPrefix, Mode: or(b.mode, "blocks"), AppID: a.appID,
		Components: bd.entries, CSS: optional(b.CSS), JS: optional(b.JS), Head: optional(b.Head),
		ConnectHeartbeat: a.hasState || unload,
		Title:            or(b.Title, "Gradio"), EnableQueue: true, ShowError: a.opts.showError,
		FooterLinks: []string{"api", "gradio", "settings"}, RunHistory: false,
		MaxFileSize: positive(a.opts.maxFileSize), Stylesheets: []string{}, Theme: "default", Protocol: wire.Protocol,
		BodyCSS: map[string]string{
			"body_background_fill": "white", "body_text_color": "#27272a",
			"body_background_fill_dark": "#0f0f11", "body_text_color_dark": "#f4f4f5",
		},
		FillHeight: b.FillHeight, FillWidth: b.FillWidth,
		Pages:        [][3]any{{"", "Home", true}},
		Page:         map[string]wire.Page{"": {Layout: root, Components: compIDs, Dependencies: depIDs}},
		Dependencies: deps, Layout: root,
		Description: b.description, Article: b.article,
	}
	a.info, a.infoAll = a.buildInfo(false), a.buildInfo(true)
	return a.applyStyle(b)
}

// check places what the listeners use and checks their settings. Placing an off-screen
// component collects its listeners too, so the list can grow while it is walked.
func (bd *builder) check(root *wire.LayoutNode) {
	for i := 0; i < len(bd.events); i++ {
		e := bd.events[i]
		bd.place(root, e, "input", e.inputs)
		bd.place(root, e, "output", e.outputs)
		for _, t := range e.triggers {
			if t.Source == nil {
				continue
			}
			if _, ok := bd.idOf(t.Source); !ok {
				bd.errorf("event %s: trigger %s is not in the layout", bd.eventName(e), describe(t.Source))
			}
		}
		if e.fn == nil && e.opts.JS == "" && len(e.opts.Cancels) == 0 {
			bd.errorf("event %s has no handler, no JS and cancels nothing", bd.eventName(e))
		}
		if m := e.opts.TriggerMode; m != "" && !slices.Contains(triggerModes, m) {
			bd.errorf("event %s: TriggerMode %q is not one of %s", bd.eventName(e), m, strings.Join(triggerModes, ", "))
		}
		if m := e.opts.ShowProgress; m != "" && !slices.Contains(progressModes, m) {
			bd.errorf("event %s: ShowProgress %q is not one of %s", bd.eventName(e), m, strings.Join(progressModes, ", "))
		}
	}
}

// newFn checks event i and builds its runtime and its config entry.
func (bd *builder) newFn(i int, e *Event, index map[*Event]int) *fnRT {
	a := bd.app
	f := &fnRT{app: a, index: i, ev: e}
	name := bd.eventName(e)
	for _, c := range e.inputs {
		id, _ := bd.idOf(c)
		f.inputs = append(f.inputs, c)
		f.inIDs = append(f.inIDs, id)
	}
	for _, c := range e.outputs {
		id, _ := bd.idOf(c)
		f.outputs = append(f.outputs, c)
		f.outIDs = append(f.outIDs, id)
	}
	for _, c := range append(slices.Clone(f.inputs), f.outputs...) {
		if _, ok := c.(stateful); ok {
			f.state = true
		}
	}
	if e.render != nil {
		b, err := bindRender(e.fn, e.inputs)
		if err != nil {
			bd.errorf("Render %s: %v", bd.eventName(e), err)
			return nil
		}
		f.bind, f.render = b, e.render
	} else if e.fn != nil {
		b, err := bind(e.fn, e.inputs, e.outputs, e.opts.Batch)
		if err != nil {
			bd.errorf("event %s: %v", name, err)
			return nil
		}
		f.bind = b
		if e.opts.Batch {
			for _, c := range append(slices.Clone(e.inputs), e.outputs...) {
				if _, ok := c.(stateful); ok {
					bd.errorf("event %s: batch handlers cannot use State (%s)", name, describe(c))
					return nil
				}
			}
		}
	}
	var cancels []int
	for _, c := range e.opts.Cancels {
		j, ok := index[c]
		if !ok && bd.rr != nil {
			j, ok = bd.rr.static.events[c]
		}
		if !ok {
			bd.errorf("event %s cancels an event that is not part of this app", name)
			return nil
		}
		cancels = append(cancels, j)
	}

	var targets [][2]any
	if e.after != nil {
		targets = [][2]any{{nil, "then"}}
	}
	for _, t := range e.triggers {
		id := 0
		if t.Source != nil {
			id, _ = bd.idOf(t.Source)
		}
		targets = append(targets, [2]any{id, t.Event})
	}
	vis := e.opts.APIVisibility
	if vis == "" {
		vis = Public
	}
	if e.fn == nil {
		vis = Private
	}
	f.dep = wire.Dependency{
		ID: i, Targets: nonNil(targets), Inputs: nonNil(f.inIDs), Outputs: nonNil(f.outIDs),
		BackendFn: e.fn != nil, JS: optional(e.opts.JS), Queue: e.fn != nil && e.opts.Queue.or(true),
		APIName: bd.apiName(e), APIDescription: optional(e.opts.APIDescription),
		ScrollToOutput: e.opts.ScrollToOutput, ShowProgress: or(e.opts.ShowProgress, "full"),
		Batch: e.opts.Batch, MaxBatchSize: orInt(e.opts.MaxBatchSize, 4), Cancels: nonNil(cancels),
		Types:       wire.DepTypes{Generator: f.bind != nil && f.bind.stream != notStreaming, Cancel: e.fn == nil && len(cancels) > 0},
		TriggerMode: or(e.opts.TriggerMode, "once"), APIVisibility: string(vis), Connection: "sse", StreamEvery: 0.5,
		TriggerOnlyOnSuccess: e.chain == "success", TriggerOnlyOnFailure: e.chain == "failure",
		ComponentPropInputs: []int{},
		CollectsEventData:   f.bind != nil && f.bind.event,
	}
	if e.after != nil {
		after := index[e.after]
		f.dep.TriggerAfter = &after
	}
	if f.render != nil {
		f.renderID = bd.renderIndex(f.render)
		f.dep.RenderID = &f.renderID
	}
	if bd.rr != nil {
		f.dep.RenderedIn = &bd.rr.idx
	}
	if e.opts.TimeLimit > 0 {
		s := e.opts.TimeLimit.Seconds()
		f.dep.TimeLimit = &s
	}

	limit := e.opts.ConcurrencyLimit
	if limit == 0 {
		limit = a.opts.concurrency
		if f.render != nil {
			// As Gradio's @gr.render: its runs are not limited unless asked.
			limit = Unlimited
		}
	}
	g := bd.group(e.opts.ConcurrencyID, limit)
	f.q = &queue.Fn{Index: i, Group: g, Batch: e.opts.Batch, MaxBatch: f.dep.MaxBatchSize, Run: f.run}
	f.srv = f.serverFn()
	return f
}

// defaultTriggerMode is "always_last" for listeners of value changes, which fire on every
// keystroke or slider step: the latest value must win, rather than the first. Others run
// "once" at a time, as in Gradio.
func defaultTriggerMode(e *Event) string {
	if len(e.triggers) == 0 {
		return "once"
	}
	for _, t := range e.triggers {
		switch t.Event {
		case EventChange, EventInput, EventRelease:
		default:
			return "once"
		}
	}
	return "always_last"
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func positive(n int64) *int64 {
	if n <= 0 {
		return nil
	}
	return &n
}
