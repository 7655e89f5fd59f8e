package gradio

// props is a component's /config properties under construction.
type props map[string]any

// str sets k when v is not empty.
func (p props) str(k, v string) {
	if v != "" {
		p[k] = v
	}
}

// flag sets k when b is set.
func (p props) flag(k string, b Bool) {
	if b.set() {
		p[k] = b.or(false)
	}
}

// num sets k when v is not zero.
func (p props) num(k string, v float64) {
	if v != 0 {
		p[k] = v
	}
}

// common is the group of display properties most components share. Each component
// declares these fields itself (a composite literal cannot set promoted fields), and
// builds a common from them to write the props in one place.
type common struct {
	Label       string
	Info        string
	ShowLabel   Bool
	Container   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	Interactive Bool
	ElemID      string
	ElemClasses []string
}

func (c common) into(p props) props {
	p.str("label", c.Label)
	p.str("info", c.Info)
	p["show_label"] = c.ShowLabel.or(true)
	p["container"] = c.Container.or(true)
	if c.Scale != 0 {
		p["scale"] = c.Scale
	}
	p["min_width"] = 160
	if c.MinWidth != 0 {
		p["min_width"] = c.MinWidth
	}
	p["visible"] = c.Visible.or(true)
	p.flag("interactive", c.Interactive)
	p.str("elem_id", c.ElemID)
	p["elem_classes"] = nonNil(c.ElemClasses)
	return p
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
