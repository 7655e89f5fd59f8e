package gradio

// Update changes an output component's properties, and optionally its value, instead of
// just setting its value. Return it from a handler in the position of that output (the
// handler's result type must then be Update or any):
//
//	return gradio.Update{Visible: gradio.False}
//	return gradio.Update{Value: "done", Interactive: gradio.False}
type Update struct {
	// Value is the new value, in the component's Go type; nil leaves the value alone.
	Value any
	// Label, Info and Placeholder replace the texts when not empty.
	Label       string
	Info        string
	Placeholder string
	Visible     Bool
	Interactive Bool
	// Props sets any other property by its wire name, such as "choices" or "maximum".
	Props map[string]any
}

// wireProps returns the update's properties in wire form, without the value.
func (u Update) wireProps() map[string]any {
	p := props{"__type__": "update"}
	p.str("label", u.Label)
	p.str("info", u.Info)
	p.str("placeholder", u.Placeholder)
	p.flag("visible", u.Visible)
	p.flag("interactive", u.Interactive)
	for k, v := range u.Props {
		p[k] = v
	}
	return p
}

// Skip leaves an output unchanged: return it in that output's position.
var Skip = Update{}
