package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"image/color"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// ColorPicker lets the user pick a color. Its value is a string in lowercase hex,
// "#rrggbb" (or "#rrggbbaa" for a translucent color). A handler may also take or return
// a color.Color (it receives a color.NRGBA), or a concrete color.NRGBA, color.RGBA,
// color.NRGBA64, color.RGBA64, color.Gray or color.Gray16.
//
// Received colors may be "#rgb", "#rgba", "#rrggbb", "#rrggbbaa", "rgb(r, g, b)" or
// "rgba(r, g, b, a)" (components 0-255 or percentages, alpha 0-1 or a percentage);
// they are normalised to lowercase hex. Anything else is an error.
type ColorPicker struct {
	Events
	// Value is the initial color, in any of the accepted forms; empty means none.
	Value string

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
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

var (
	colorType   = reflect.TypeFor[color.Color]()
	colorModels = map[reflect.Type]color.Model{
		reflect.TypeFor[color.NRGBA]():   color.NRGBAModel,
		reflect.TypeFor[color.RGBA]():    color.RGBAModel,
		reflect.TypeFor[color.NRGBA64](): color.NRGBA64Model,
		reflect.TypeFor[color.RGBA64]():  color.RGBA64Model,
		reflect.TypeFor[color.Gray]():    color.GrayModel,
		reflect.TypeFor[color.Gray16]():  color.Gray16Model,
	}
)

const colorForms = `"#rrggbb", "#rgb", "#rrggbbaa", "rgb(r, g, b)" or "rgba(r, g, b, a)"`

func (c *ColorPicker) Kind() string { return "colorpicker" }

func (c *ColorPicker) Props() map[string]any {
	p := common{c.Label, c.Info, c.ShowLabel, c.Container, c.Scale, c.MinWidth, c.Visible, c.Interactive, c.ElemID, c.ElemClasses}.into(props{})
	p["_selectable"] = false
	if c.Value != "" {
		if v, err := normalizeColor(c.Value); err == nil {
			p["value"] = v
		}
	}
	return p
}

func (c *ColorPicker) Validate() error {
	if c.Value != "" {
		if _, err := normalizeColor(c.Value); err != nil {
			return fmt.Errorf("Value: %w", err)
		}
	}
	return nil
}

func (c *ColorPicker) ValueType() reflect.Type { return stringType }

// AcceptsType allows color.Color and the concrete color types (see ColorPicker), both
// ways; outputs take any color.Color.
func (c *ColorPicker) AcceptsType(t reflect.Type) bool {
	return t == colorType || colorModels[t] != nil || t.Implements(colorType)
}

// Preprocess accepts a color in one of the forms above and gives it as lowercase hex;
// null or "" gives "".
func (c *ColorPicker) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	s, err := decodeValue[string](p, "a color string")
	if err != nil || s == "" {
		return "", err
	}
	return normalizeColor(s)
}

func (c *ColorPicker) PreprocessTo(_ context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	s, err := decodeValue[string](p, "a color string")
	if err != nil {
		return nil, err
	}
	var col color.Color
	if s != "" {
		nrgba, err := parseColor(s)
		if err != nil {
			return nil, err
		}
		col = nrgba
	}
	if t == colorType {
		return col, nil
	}
	m := colorModels[t]
	if m == nil {
		return nil, fmt.Errorf("a ColorPicker cannot give a %s; take a string, a color.Color or a color.NRGBA", t)
	}
	if col == nil {
		return reflect.Zero(t).Interface(), nil
	}
	return m.Convert(col), nil
}

// Postprocess sends a color string (normalised to lowercase hex) or a color.Color; ""
// or nil clears the component.
func (c *ColorPicker) Postprocess(_ context.Context, v any) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case string:
		if v == "" {
			return nil, nil
		}
		return normalizeColor(v)
	case color.Color:
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return nil, nil
		}
		return formatColor(color.NRGBAModel.Convert(v).(color.NRGBA)), nil
	}
	return nil, fmt.Errorf("a ColorPicker shows a color string or a color.Color, not a %T", v)
}

func (c *ColorPicker) APISchema() map[string]any { return map[string]any{"type": "string"} }
func (c *ColorPicker) ExampleValue() any         { return "#000000" }

// normalizeColor parses s and formats it as lowercase hex.
func normalizeColor(s string) (string, error) {
	c, err := parseColor(s)
	if err != nil {
		return "", err
	}
	return formatColor(c), nil
}

// formatColor writes "#rrggbb", or "#rrggbbaa" when the color is not opaque.
func formatColor(c color.NRGBA) string {
	if c.A == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A)
}

// parseColor reads a CSS hex or rgb()/rgba() color.
func parseColor(s string) (color.NRGBA, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	bad := func(why string) (color.NRGBA, error) {
		return color.NRGBA{}, fmt.Errorf("%q is not a color (%s): use %s", s, why, colorForms)
	}
	if hex, ok := strings.CutPrefix(in, "#"); ok {
		switch len(hex) {
		case 3, 4:
			hex = expandHex(hex)
		case 6, 8:
		default:
			return bad(fmt.Sprintf("%d hex digits", len(hex)))
		}
		if len(hex) == 6 {
			hex += "ff"
		}
		n, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			return bad("not hex digits")
		}
		return color.NRGBA{uint8(n >> 24), uint8(n >> 16), uint8(n >> 8), uint8(n)}, nil
	}
	name, args, ok := strings.Cut(in, "(")
	if !ok || (name != "rgb" && name != "rgba") || !strings.HasSuffix(args, ")") {
		return bad("unknown form")
	}
	args = strings.TrimSuffix(args, ")")
	// Both the comma form and the modern space form "r g b / a".
	args = strings.NewReplacer(",", " ", "/", " ").Replace(args)
	parts := strings.Fields(args)
	if len(parts) != 3 && len(parts) != 4 {
		return bad(fmt.Sprintf("%d components", len(parts)))
	}
	var out [4]uint8
	out[3] = 0xff
	for i, part := range parts {
		scale := 255.0
		if i == 3 {
			scale = 1 // alpha is 0-1
		}
		f, err := strconv.ParseFloat(strings.TrimSuffix(part, "%"), 64)
		if err != nil || !isFinite(f) {
			return bad(fmt.Sprintf("component %q is not a number", part))
		}
		if strings.HasSuffix(part, "%") {
			f = f / 100 * scale
		}
		if f < 0 || f > scale {
			return bad(fmt.Sprintf("component %q is out of range", part))
		}
		out[i] = uint8(math.Round(f / scale * 255))
	}
	return color.NRGBA{out[0], out[1], out[2], out[3]}, nil
}

// expandHex doubles each digit of a short hex color: "f0a" -> "ff00aa".
func expandHex(h string) string {
	var b strings.Builder
	for _, r := range h {
		b.WriteRune(r)
		b.WriteRune(r)
	}
	return b.String()
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (c *ColorPicker) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user picks a color.
func (c *ColorPicker) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventInput, fn, in, out, opts)
}

// Submit registers fn to run when the user confirms a color.
func (c *ColorPicker) Submit(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventSubmit, fn, in, out, opts)
}

// Focus registers fn to run when the picker gains focus.
func (c *ColorPicker) Focus(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventFocus, fn, in, out, opts)
}

// Blur registers fn to run when the picker loses focus.
func (c *ColorPicker) Blur(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventBlur, fn, in, out, opts)
}

var (
	_ TypedInput   = (*ColorPicker)(nil)
	_ TypedOutput  = (*ColorPicker)(nil)
	_ APIDescriber = (*ColorPicker)(nil)
	_ Exampler     = (*ColorPicker)(nil)
	_ Validator    = (*ColorPicker)(nil)
)
