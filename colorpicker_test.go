package gradio

import (
	"context"
	"encoding/json"
	"image/color"
	"reflect"
	"testing"

	"github.com/gradio-go/gradio/gradiotest"
)

func TestColorPickerPreprocess(t *testing.T) {
	checkDecode(t, &ColorPicker{}, []decodeCase{
		{"hex", `"#FF0000"`, "#ff0000", ""},
		{"short", `"#f0a"`, "#ff00aa", ""},
		{"short alpha", `"#f0a8"`, "#ff00aa88", ""},
		{"alpha", `"#11223344"`, "#11223344", ""},
		{"opaque alpha dropped", `"#112233ff"`, "#112233", ""},
		{"rgb", `"rgb(255, 128, 0)"`, "#ff8000", ""},
		{"rgba", `"rgba(255, 0, 0, 0.5)"`, "#ff000080", ""},
		{"percentages", `"rgb(100%, 0%, 50%)"`, "#ff0080", ""},
		{"space form", `"rgb(0 0 255 / 25%)"`, "#0000ff40", ""},
		{"spaces around", `"  #ABCDEF "`, "#abcdef", ""},
		{"null", `null`, "", ""},
		{"empty", `""`, "", ""},
		{"name", `"red"`, nil, `"red" is not a color (unknown form): use "#rrggbb", "#rgb", "#rrggbbaa", "rgb(r, g, b)" or "rgba(r, g, b, a)"`},
		{"five digits", `"#12345"`, nil, "5 hex digits"},
		{"not hex", `"#gggggg"`, nil, "not hex digits"},
		{"signed hex", `"#+12345"`, nil, "not hex digits"},
		{"out of range", `"rgb(256, 0, 0)"`, nil, `component "256" is out of range`},
		{"alpha out of range", `"rgba(0, 0, 0, 2)"`, nil, `component "2" is out of range`},
		{"two components", `"rgb(1, 2)"`, nil, "2 components"},
		{"not a number", `"rgb(a, b, c)"`, nil, `component "a" is not a number`},
		{"unclosed", `"rgb(1, 2, 3"`, nil, "unknown form"},
		{"hsl", `"hsl(0, 100%, 50%)"`, nil, "unknown form"},
		{"number", `16711680`, nil, "expected a color string, got a number"},
	})
}

func TestColorPickerTypes(t *testing.T) {
	c := &ColorPicker{}
	for _, typ := range []reflect.Type{colorType, reflect.TypeFor[color.NRGBA](), reflect.TypeFor[color.RGBA](), reflect.TypeFor[color.Gray]()} {
		if !c.AcceptsType(typ) {
			t.Errorf("AcceptsType(%s) = false", typ)
		}
	}
	if c.AcceptsType(reflect.TypeFor[int]()) {
		t.Error("AcceptsType(int)")
	}
	got, err := c.PreprocessTo(context.Background(), json.RawMessage(`"#ff000080"`), reflect.TypeFor[color.NRGBA]())
	if err != nil || got != (color.NRGBA{255, 0, 0, 128}) {
		t.Errorf("NRGBA = %v, %v", got, err)
	}
	got, err = c.PreprocessTo(context.Background(), json.RawMessage(`"#ff000080"`), reflect.TypeFor[color.RGBA]())
	if err != nil || got != (color.RGBA{128, 0, 0, 128}) {
		t.Errorf("RGBA (premultiplied) = %v, %v", got, err)
	}
	got, err = c.PreprocessTo(context.Background(), json.RawMessage(`"#00ff00"`), colorType)
	if err != nil || got != (color.NRGBA{0, 255, 0, 255}) {
		t.Errorf("color.Color = %#v, %v", got, err)
	}
	if got, err := c.PreprocessTo(context.Background(), json.RawMessage(`null`), colorType); err != nil || got != nil {
		t.Errorf("null as color.Color = %#v, %v", got, err)
	}
	if got, err := c.PreprocessTo(context.Background(), json.RawMessage(`""`), reflect.TypeFor[color.NRGBA]()); err != nil || got != (color.NRGBA{}) {
		t.Errorf("empty as NRGBA = %#v, %v", got, err)
	}
	if _, err := c.PreprocessTo(context.Background(), json.RawMessage(`"blue"`), colorType); err == nil {
		t.Error("an invalid color was accepted")
	}
	if _, err := c.PreprocessTo(context.Background(), json.RawMessage(`"#fff"`), reflect.TypeFor[color.CMYK]()); err == nil {
		t.Error("an unsupported color type was accepted")
	}
}

func TestColorPickerPostprocess(t *testing.T) {
	checkEncode(t, &ColorPicker{}, []encodeCase{
		{"hex", "#000000", `"#000000"`, ""},
		{"normalised", "RGB(0, 0, 255)", `"#0000ff"`, ""},
		{"empty", "", `null`, ""},
		{"nil", nil, `null`, ""},
		{"NRGBA", color.NRGBA{1, 2, 3, 255}, `"#010203"`, ""},
		{"translucent", color.NRGBA{255, 0, 0, 128}, `"#ff000080"`, ""},
		{"premultiplied", color.RGBA{128, 0, 0, 128}, `"#ff000080"`, ""},
		{"gray", color.Gray{0x80}, `"#808080"`, ""},
		{"invalid", "#12", "", `"#12" is not a color`},
		{"other", 3, "", "a ColorPicker shows a color string or a color.Color, not a int"},
	})
}

func TestColorPickerProps(t *testing.T) {
	// Gradio 6.25's props (showcase.config.json).
	checkProps(t, &ColorPicker{Label: "ColorPicker", Value: "#FF0000"}, map[string]any{
		"value": "#ff0000", "label": "ColorPicker", "show_label": true, "container": true, "min_width": 160, "visible": true,
		"elem_classes": []any{}, "_selectable": false, "interactive": nil, "info": nil,
	})
	checkProps(t, &ColorPicker{}, map[string]any{"value": nil})
	checkSchema(t, &ColorPicker{}, `{"type": "string"}`)
	if (&ColorPicker{}).ExampleValue() != "#000000" {
		t.Error("ExampleValue")
	}
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero":    {&ColorPicker{}, ""},
		"rgb":     {&ColorPicker{Value: "rgb(1,2,3)"}, ""},
		"invalid": {&ColorPicker{Value: "teal"}, `Value: "teal" is not a color`},
	})
}

// A handler takes and returns a color.Color.
func TestColorPickerEndToEnd(t *testing.T) {
	in, out := &ColorPicker{}, &ColorPicker{}
	in.Change(func(c color.Color) color.Color {
		n := c.(color.NRGBA)
		return color.NRGBA{255 - n.R, 255 - n.G, 255 - n.B, n.A}
	}, In(in), Out(out), EventOptions{APIName: "invert"})
	app, err := (&Blocks{Children: []Component{in, out}}).Build(WithTempDir(t.TempDir()), WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	c := gradiotest.New(app)
	if got, err := c.Predict("/invert", "rgb(255, 0, 0)"); err != nil || got[0] != "#00ffff" {
		t.Errorf("invert = %v, %v", got, err)
	}
	if _, err := c.Predict("/invert", "purple"); err == nil {
		t.Error("an invalid color was accepted")
	}
}

func FuzzColorPickerPreprocess(f *testing.F) {
	for _, s := range []string{`"#ff0000"`, `"#abc"`, `"rgba(1, 2, 3, 0.5)"`, `"rgb(10% 20% 30% / 40%)"`, `null`, `"#"`, `"rgb()"`} {
		f.Add(s)
	}
	c := &ColorPicker{}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := c.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil || v == "" {
			return
		}
		s := v.(string)
		// Accepted colors are normalised, and normalising again changes nothing.
		if n, err := normalizeColor(s); err != nil || n != s || (len(s) != 7 && len(s) != 9) {
			t.Fatalf("Preprocess(%q) = %q, which normalises to %q, %v", payload, s, n, err)
		}
	})
}

func ExampleColorPicker() {
	picker := &ColorPicker{Label: "Background", Value: "#3366ff"}
	swatch := &HTML{}
	picker.Change(func(c string) string {
		return `<div style="background:` + c + `;height:40px"></div>`
	}, In(picker), Out(swatch))
}
