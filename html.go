package gradio

import (
	"context"
	"encoding/json"
	"reflect"
)

// HTML shows HTML. Its value is a string, inserted into the page after scripts and
// event handlers are removed (see Sanitize): still, escape untrusted text before putting
// it in (html.EscapeString), or it may change the page's layout or links.
type HTML struct {
	Events
	// Value is the initial HTML.
	Value string
	// Label names the component; it is shown only with ShowLabel.
	Label string
	// ShowLabel shows the label above the HTML; it defaults to False.
	ShowLabel Bool
	// Sanitize removes scripts and event handlers before the HTML is shown; it defaults
	// to True: set False only for HTML you trust.
	Sanitize Bool

	Visible     Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

func (h *HTML) Kind() string { return "html" }

func (h *HTML) Props() map[string]any {
	p := layoutProps(h.Visible, h.ElemID, h.ElemClasses)
	p.str("label", h.Label)
	p["show_label"] = h.ShowLabel.or(false)
	p["sanitize_html"] = h.Sanitize.or(true)
	p["html_template"] = "${value}"
	p["css_template"] = ""
	// Gradio's default script, which makes the element send the click event.
	p["js_on_load"] = "element.addEventListener('click', function() { trigger('click') });"
	p["apply_default_css"] = true
	p["container"] = false
	p["padding"] = false
	p["autoscroll"] = false
	p["buttons"] = []string{}
	p["props"] = map[string]any{}
	p["component_class_name"] = "HTML"
	p.str("value", h.Value)
	return p
}

func (h *HTML) ValueType() reflect.Type { return reflect.TypeFor[string]() }

func (h *HTML) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeValue[string](p, "a string")
}

func (h *HTML) Postprocess(_ context.Context, v any) (any, error) {
	s, _ := v.(string)
	return s, nil
}

func (h *HTML) APISchema() map[string]any { return map[string]any{"type": "string"} }
func (h *HTML) ExampleValue() any         { return "<p>Hello</p>" }

// Change registers fn to run when the value changes.
func (h *HTML) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(h, h, EventChange, fn, in, out, opts)
}

// Click registers fn to run when the user clicks the HTML.
func (h *HTML) Click(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(h, h, EventClick, fn, in, out, opts)
}

var (
	_ Input        = (*HTML)(nil)
	_ Output       = (*HTML)(nil)
	_ APIDescriber = (*HTML)(nil)
	_ Exampler     = (*HTML)(nil)
)
