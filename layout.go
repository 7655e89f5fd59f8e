package gradio

// Layout blocks arrange components. Build trees with the constructor functions, which
// take the children as variadic arguments:
//
//	gradio.Row(gradio.Column(name, shout), out)
//
// Each returns a pointer to a struct whose fields set the block's options, so a block
// with options is written as a literal (&gradio.ColumnBlock{Scale: 2, Children: ...}) or
// adjusted after construction.

// RowBlock lays its children out side by side, wrapping on narrow screens.
type RowBlock struct {
	// Variant is "default", "panel" or "compact".
	Variant string
	// EqualHeight makes every child as tall as the tallest.
	EqualHeight bool
	Visible     Bool
	ElemID      string
	ElemClasses []string
	Children    []Component
}

// Row returns a row of children.
func Row(children ...Component) *RowBlock { return &RowBlock{Children: children} }

func (r *RowBlock) Kind() string       { return "row" }
func (r *RowBlock) Items() []Component { return r.Children }
func (r *RowBlock) Props() map[string]any {
	p := layoutProps(r.Visible, r.ElemID, r.ElemClasses)
	p["variant"] = or(r.Variant, "default")
	p["equal_height"] = r.EqualHeight
	return p
}

// ColumnBlock stacks its children vertically.
type ColumnBlock struct {
	// Scale is the column's width relative to its siblings in a row; 0 means 1.
	Scale int
	// MinWidth is the narrowest the column gets before the row wraps, in pixels; 0 means 320.
	MinWidth    int
	Variant     string
	Visible     Bool
	ElemID      string
	ElemClasses []string
	Children    []Component
}

// Column returns a column of children.
func Column(children ...Component) *ColumnBlock { return &ColumnBlock{Children: children} }

func (c *ColumnBlock) Kind() string       { return "column" }
func (c *ColumnBlock) Items() []Component { return c.Children }
func (c *ColumnBlock) Props() map[string]any {
	p := layoutProps(c.Visible, c.ElemID, c.ElemClasses)
	p["scale"] = orInt(c.Scale, 1)
	p["min_width"] = orInt(c.MinWidth, 320)
	p["variant"] = or(c.Variant, "default")
	return p
}

// GroupBlock shows its children as one visual unit, without gaps.
type GroupBlock struct {
	Visible     Bool
	ElemID      string
	ElemClasses []string
	Children    []Component
}

// Group returns a group of children.
func Group(children ...Component) *GroupBlock { return &GroupBlock{Children: children} }

func (g *GroupBlock) Kind() string       { return "group" }
func (g *GroupBlock) Items() []Component { return g.Children }
func (g *GroupBlock) Props() map[string]any {
	return layoutProps(g.Visible, g.ElemID, g.ElemClasses)
}

// TabsBlock shows one of its tabs at a time.
type TabsBlock struct {
	Events
	// Selected is the ID (or, without IDs, the label) of the tab shown first; "" means the first.
	Selected    string
	Visible     Bool
	ElemID      string
	ElemClasses []string
	Tabs        []*TabBlock
}

// Tabs returns a tab set.
func Tabs(tabs ...*TabBlock) *TabsBlock { return &TabsBlock{Tabs: tabs} }

func (t *TabsBlock) Kind() string { return "tabs" }
func (t *TabsBlock) Items() []Component {
	items := make([]Component, len(t.Tabs))
	for i, tab := range t.Tabs {
		items[i] = tab
	}
	return items
}
func (t *TabsBlock) Props() map[string]any {
	p := layoutProps(t.Visible, t.ElemID, t.ElemClasses)
	p.str("selected", t.Selected)
	return p
}

// Change registers fn to run when another tab is selected.
func (t *TabsBlock) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventChange, fn, in, out, opts)
}

// Select registers fn to run when the user selects a tab.
func (t *TabsBlock) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventSelect, fn, in, out, opts)
}

// TabBlock is one tab of a TabsBlock. Its contents are rendered when first opened.
type TabBlock struct {
	Events
	Label string
	// ID identifies the tab for TabsBlock.Selected and updates; optional.
	ID          string
	Interactive Bool
	Visible     Bool
	ElemID      string
	ElemClasses []string
	Children    []Component
}

// Tab returns a tab with a label.
func Tab(label string, children ...Component) *TabBlock {
	return &TabBlock{Label: label, Children: children}
}

func (t *TabBlock) Kind() string       { return "tabitem" }
func (t *TabBlock) Items() []Component { return t.Children }
func (t *TabBlock) Props() map[string]any {
	p := layoutProps(t.Visible, t.ElemID, t.ElemClasses)
	p["label"] = t.Label
	p.str("id", t.ID)
	p["interactive"] = t.Interactive.or(true)
	p["name"] = "tab"
	return p
}

// Select registers fn to run when the user opens this tab.
func (t *TabBlock) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(t, t, EventSelect, fn, in, out, opts)
}

// AccordionBlock is a collapsible section with a title.
type AccordionBlock struct {
	Events
	Label string
	// Closed starts the accordion collapsed (Gradio's open=False).
	Closed      bool
	Visible     Bool
	ElemID      string
	ElemClasses []string
	Children    []Component
}

// Accordion returns an open accordion.
func Accordion(label string, children ...Component) *AccordionBlock {
	return &AccordionBlock{Label: label, Children: children}
}

func (a *AccordionBlock) Kind() string       { return "accordion" }
func (a *AccordionBlock) Items() []Component { return a.Children }
func (a *AccordionBlock) Props() map[string]any {
	p := layoutProps(a.Visible, a.ElemID, a.ElemClasses)
	p["label"] = a.Label
	p["open"] = !a.Closed
	return p
}

// Expand registers fn to run when the accordion is opened.
func (a *AccordionBlock) Expand(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, "expand", fn, in, out, opts)
}

// Collapse registers fn to run when the accordion is closed.
func (a *AccordionBlock) Collapse(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, "collapse", fn, in, out, opts)
}

func layoutProps(visible Bool, elemID string, classes []string) props {
	p := props{"visible": visible.or(true), "elem_classes": nonNil(classes)}
	p.str("elem_id", elemID)
	return p
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func orInt(n, def int) int {
	if n == 0 {
		return def
	}
	return n
}

// Interface guards.
var (
	_ Container = (*RowBlock)(nil)
	_ Container = (*ColumnBlock)(nil)
	_ Container = (*GroupBlock)(nil)
	_ Container = (*TabsBlock)(nil)
	_ Container = (*TabBlock)(nil)
	_ Container = (*AccordionBlock)(nil)
)
