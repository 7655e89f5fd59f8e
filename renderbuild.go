package gradio

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sync"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/server"
	"github.com/gradio-go/gradio/internal/session"
	"github.com/gradio-go/gradio/internal/wire"
)

// Bounds on what renders keep. A session holds the listeners of the latest run of each
// of the app's Renders, so it holds at most maxRenderedFns of them in all.
const (
	maxRenderedComponents = 2000 // created by one run
	maxRenderedFns        = 1000 // held by one session
	maxSharedGroups       = 1024 // concurrency ids named by rendered listeners
)

// staticIndex is what a render needs to know of the app it runs in: the ids of the
// app's components and listeners, and the api names taken.
type staticIndex struct {
	ids    map[Component]int
	events map[*Event]int
	names  map[string]int
	nextID int // the first component id after the app's own
}

// sessionRenders is one session's overlay on the app's listeners: what the latest run
// of each Render built for the session's page. Ids only grow, so that a listener of an
// earlier run is never mistaken for one of a later run.
type sessionRenders struct {
	mu       sync.Mutex
	nextComp int
	nextFn   int
	seq      uint64 // runs begun
	fns      map[int]*fnRT
	blocks   map[int]*renderedBlock // by render id
}

// renderedBlock is the run of one Render installed for a session.
type renderedBlock struct {
	seq    uint64
	fns    []int
	keys   map[string]int // component id by Key
	states []int          // ids of its State components, whose values go with it
}

// sessionRenders returns the session and its overlay, making them if needed.
func (a *App) sessionRenders(hash string) (*session.Session, *sessionRenders) {
	sess := a.sessions.Get(hash)
	sr := sess.Extra(func() any {
		return &sessionRenders{nextComp: a.static.nextID, nextFn: len(a.fns), fns: map[int]*fnRT{}, blocks: map[int]*renderedBlock{}}
	}).(*sessionRenders)
	return sess, sr
}

// begin numbers a run of a Render, so that a run that ends after a later one does not
// replace what the later one installed.
func (sr *sessionRenders) begin() uint64 {
	sr.mu.Lock()
	defer sr.mu.Unlock()
	sr.seq++
	return sr.seq
}

// SessionFn finds a listener by fn_index: the app's own, or one a render created for
// the session.
func (e engine) SessionFn(i int, hash string) (*server.Fn, error) {
	a := e.a
	if i >= 0 && i < len(a.fns) {
		return a.fns[i].srv, nil
	}
	if !a.hasRenders || i < 0 || hash == "" {
		return nil, nil
	}
	sess, ok := a.sessions.Use(hash)
	if !ok {
		return nil, nil
	}
	sr, _ := sess.ExtraIfAny().(*sessionRenders)
	if sr == nil {
		return nil, nil
	}
	sr.mu.Lock()
	defer sr.mu.Unlock()
	if f := sr.fns[i]; f != nil {
		return f.srv, nil
	}
	if i < sr.nextFn {
		return nil, fmt.Errorf("Function %d is no longer part of this page: a render block created it, and a later run of that block replaced it.", i)
	}
	return nil, nil
}

// renderRun is the state of one build of what a Render's Fn returned.
type renderRun struct {
	static *staticIndex
	idx    int // the render id
	sr     *sessionRenders
	prev   map[string]int // component ids by Key, from the run installed before
	keys   map[string]int
	states []int
}

// refuse says why c cannot be rendered, or "".
func (rr *renderRun) refuse(c Component) string {
	if _, ok := rr.static.ids[c]; ok {
		return "is already in the app's layout, outside the Render: Fn must create the components it returns"
	}
	switch c.(type) {
	case *Render:
		return "cannot be placed in what a Render's Fn returns: renders do not nest"
	case attacher:
		return "cannot be created by a Render's Fn: it is prepared when the app is built"
	}
	return ""
}

// alloc gives c its id: the one its Key had in the previous run, or a new one.
func (rr *renderRun) alloc(c Component) (int, error) {
	key := componentKey(c)
	if _, dup := rr.keys[key]; dup && key != "" {
		return 0, fmt.Errorf("Key %q is used twice in one run of the Render", key)
	}
	id, ok := rr.prev[key]
	if !ok || key == "" {
		rr.sr.mu.Lock()
		id = rr.sr.nextComp
		rr.sr.nextComp++
		rr.sr.mu.Unlock()
	}
	if key != "" {
		rr.keys[key] = id
	}
	if _, ok := c.(stateful); ok {
		rr.states = append(rr.states, id)
	}
	return id, nil
}

// mark tags a rendered component's entry with its render. The official JavaScript
// client finds the entries of a render's previous run by props.rendered_in, Gradio's
// frontend by rendered_in: both are set.
func (rr *renderRun) mark(e *wire.ComponentConfig) {
	e.RenderedIn, e.Renderable = &rr.idx, &rr.idx
	e.Props["rendered_in"] = rr.idx
	if e.Key != nil {
		e.Props["preserved_by_key"] = []string{"value"}
	}
}

// buildRender builds what one run of f's Render returned for a session and installs
// it in the session. It returns the render_config for the page, or nil when a later
// run has been installed meanwhile.
func (a *App) buildRender(f *fnRT, sess *session.Session, sr *sessionRenders, seq uint64, children []Component) (*wire.RenderConfig, error) {
	if n := countComponents(children, maxRenderedComponents+1); n > maxRenderedComponents {
		return nil, fmt.Errorf("Fn returned more than %d components", maxRenderedComponents)
	}
	sr.mu.Lock()
	var prev map[string]int
	if b := sr.blocks[f.renderID]; b != nil {
		prev = b.keys
	}
	sr.mu.Unlock()
	rr := &renderRun{static: a.static, idx: f.renderID, sr: sr, prev: prev, keys: map[string]int{}}
	bd := &builder{app: a, ids: map[Component]int{}, seenEv: map[*Event]bool{}, names: maps.Clone(a.static.names), rr: rr}
	containerID := f.outIDs[0]
	root := &wire.LayoutNode{ID: containerID, Children: []*wire.LayoutNode{}}
	for i, c := range children {
		if n := bd.add(c, fmt.Sprintf("Fn's result[%d]", i)); n != nil {
			root.Children = append(root.Children, n)
		}
	}
	for _, c := range children {
		bd.collect(c)
	}
	bd.check(root)
	if len(bd.events) > maxRenderedFns {
		return nil, fmt.Errorf("Fn registered %d listeners; a page holds at most %d", len(bd.events), maxRenderedFns)
	}
	if len(bd.errs) > 0 {
		return nil, joinErrs(bd.errs)
	}

	sr.mu.Lock()
	base := sr.nextFn
	sr.nextFn += len(bd.events)
	sr.mu.Unlock()
	index := make(map[*Event]int, len(bd.events))
	for i, e := range bd.events {
		index[e] = base + i
	}
	fns := make([]*fnRT, 0, len(bd.events))
	for i, e := range bd.events {
		if nf := bd.newFn(base+i, e, index); nf != nil {
			fns = append(fns, nf)
		}
	}
	if len(bd.errs) > 0 {
		return nil, joinErrs(bd.errs)
	}

	// The block itself comes first, as in Gradio. Its props.rendered_in lets the
	// official JavaScript client replace it rather than add a copy per run.
	container := componentEntry(containerID, f.render)
	container.Renderable = &rr.idx
	container.Props["rendered_in"] = rr.idx
	rc := &wire.RenderConfig{
		Components:   append([]wire.ComponentConfig{container}, bd.entries...),
		Dependencies: make([]wire.Dependency, len(fns)),
		Layout:       root,
		RenderID:     rr.idx,
	}
	page := wire.Page{Layout: &wire.LayoutNode{ID: 0, Children: root.Children}, Dependencies: make([]int, len(fns))}
	for _, e := range rc.Components {
		page.Components = append(page.Components, e.ID)
	}
	ids := make([]int, len(fns))
	for i, nf := range fns {
		rc.Dependencies[i] = nf.dep
		ids[i] = nf.index
	}
	copy(page.Dependencies, ids)
	rc.Page = map[string]wire.Page{"": page}

	sr.mu.Lock()
	old := sr.blocks[f.renderID]
	if old != nil && old.seq > seq {
		sr.mu.Unlock()
		return nil, nil
	}
	var oldFns, oldStates []int
	if old != nil {
		oldFns, oldStates = old.fns, old.states
	}
	if len(sr.fns)-len(oldFns)+len(fns) > maxRenderedFns {
		sr.mu.Unlock()
		return nil, fmt.Errorf("the page would hold more than %d rendered listeners", maxRenderedFns)
	}
	for _, id := range oldFns {
		delete(sr.fns, id)
	}
	for _, nf := range fns {
		sr.fns[nf.index] = nf
	}
	sr.blocks[f.renderID] = &renderedBlock{seq: seq, fns: ids, keys: rr.keys, states: rr.states}
	sr.mu.Unlock()
	// The values of the previous run's State components go with them, but for those a
	// Key kept.
	var drop []int
	for _, id := range oldStates {
		if !slices.Contains(rr.states, id) {
			drop = append(drop, id)
		}
	}
	sess.Delete(drop...)
	return rc, nil
}

// countComponents counts cs and their descendants, stopping past limit.
func countComponents(cs []Component, limit int) int {
	n := 0
	for _, c := range cs {
		if n >= limit {
			break
		}
		n++
		if ct, ok := c.(Container); ok && c != nil {
			n += countComponents(ct.Items(), limit-n)
		}
	}
	return n
}

// componentKey is c's Key field, if it has one: every built-in component does, and a
// custom component gets the same behaviour by declaring an exported string field Key.
func componentKey(c Component) string {
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return ""
	}
	if f := v.FieldByName("Key"); f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}

// seal marks the built app's components and listeners: listeners registered on them
// later (inside a Render's Fn) are held by a component the Fn created (see holder).
func (bd *builder) seal(b *Blocks) {
	b.Events.sealed = true
	for c := range bd.ids {
		if src, ok := c.(eventSource); ok {
			src.events().sealed = true
		}
	}
	for _, e := range bd.events {
		e.sealed = true
	}
}

// renderIndex numbers the app's Renders in the order their listeners are built: the
// render_id of Gradio's config.
func (bd *builder) renderIndex(r *Render) int {
	if bd.renders == nil {
		bd.renders = map[*Render]int{}
	}
	i, ok := bd.renders[r]
	if !ok {
		i = len(bd.renders)
		bd.renders[r] = i
		bd.app.hasRenders = true
	}
	return i
}

// group returns a listener's concurrency group: the app's group of that ConcurrencyID,
// or a group of its own. A render adds at most maxSharedGroups named groups to the app.
func (bd *builder) group(id string, limit int) *queue.Group {
	if id == "" {
		return queue.NewGroup(max(limit, 0))
	}
	a := bd.app
	a.groupsMu.Lock()
	defer a.groupsMu.Unlock()
	if g, ok := a.groups[id]; ok {
		return g
	}
	g := queue.NewGroup(max(limit, 0))
	if bd.rr == nil || len(a.groups) < maxSharedGroups {
		a.groups[id] = g
	}
	return g
}
