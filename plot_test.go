package gradio

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/color"
	"log/slog"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/gradiotest"
)

const testSVG = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><!-- a dot -->
<a xlink:href="https://example.com"><circle cx="5" cy="5" r="4" fill="red"/></a></svg>`

func dotImage() *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, 2, 2))
	img.Set(0, 0, color.NRGBA{255, 0, 0, 255})
	return img
}

func TestPlotPostprocess(t *testing.T) {
	checkEncode(t, &Plot{}, []encodeCase{
		{"vega-lite", VegaLite(`{"mark": "bar",
			"data": {"values": [{"a": 1}]}}`), `{"type":"altair","plot":"{\"mark\":\"bar\",\"data\":{\"values\":[{\"a\":1}]}}"}`, ""},
		{"svg", SVG(testSVG), `{"type":"svg","plot":` + jsonString(testSVG) + `}`, ""},
		{"plot value", PlotValue{VegaLite: json.RawMessage(`{}`)}, `{"type":"altair","plot":"{}"}`, ""},
		{"nil", nil, `null`, ""},
		{"zero plot value", PlotValue{}, `null`, ""},
		{"nil image", (*image.RGBA)(nil), `null`, ""},
		{"nil pointer", (*PlotValue)(nil), `null`, ""},
		{"empty spec", VegaLite(nil), `null`, ""},
		{"spec array", VegaLite(`[1, 2]`), "", "the Vega-Lite spec must be a JSON object, got an array"},
		{"spec string", VegaLite(`"bar"`), "", "the Vega-Lite spec must be a JSON object, got a string"},
		{"spec invalid", VegaLite(`{"mark":`), "", "the Vega-Lite spec is not valid JSON"},
		{"spec blank", VegaLite("  "), "", "the Vega-Lite spec is empty"},
		{"two parts", PlotValue{VegaLite: json.RawMessage(`{}`), SVG: testSVG}, "", "a PlotValue must have only one of VegaLite, SVG and Image"},
		{"svg root", SVG(`<html><svg/></html>`), "", "the SVG's root element is <html>; it must be <svg>"},
		{"not svg", SVG(`hello`), "", "the SVG has text outside its <svg> element"},
		{"no svg", SVG(`<!-- nothing -->`), "", "the SVG has no <svg> element"},
		{"two roots", SVG(`<svg/><svg/>`), "", "more than one root element"},
		{"malformed", SVG(`<svg><g></svg>`), "", "the SVG is not well-formed XML"},
		{"script", SVG(`<svg><script>alert(1)</script></svg>`), "", "the SVG contains a <script> element, which is not allowed"},
		{"SCRIPT", SVG(`<svg><g><SCRIPT>alert(1)</SCRIPT></g></svg>`), "", "<SCRIPT> element"},
		{"foreignObject", SVG(`<svg><foreignObject><div/></foreignObject></svg>`), "", "<foreignObject> element"},
		{"event attribute", SVG(`<svg onload="alert(1)"/>`), "", `event attribute "onload" on <svg>`},
		{"javascript url", SVG(`<svg><a href=" JaVa&#x09;Script:alert(1)">x</a></svg>`), "", `javascript: URL in "href" on <a>`},
		{"other", "a string", "", "a Plot shows a VegaLite, an SVG, an image.Image or a PlotValue, not a string"},
	})
	// Images are sent as data: URLs, in the Plot's Format.
	for format, prefix := range map[string]string{"": "data:image/png;base64,", "jpeg": "data:image/jpeg;base64,"} {
		out, err := (&Plot{Format: format}).Postprocess(context.Background(), dotImage())
		if err != nil {
			t.Fatal(err)
		}
		w := out.(plotWire)
		if w.Type != "matplotlib" || !strings.HasPrefix(w.Plot, prefix) {
			t.Fatalf("image as %q = %s…", format, w.Plot[:min(40, len(w.Plot))])
		}
		// And read back.
		b, _ := json.Marshal(w)
		v, err := (&Plot{}).Preprocess(context.Background(), b)
		if err != nil || v.(PlotValue).Image.Bounds() != image.Rect(0, 0, 2, 2) {
			t.Errorf("reading the image back: %v, %v", v, err)
		}
	}
}

func TestPlotPreprocess(t *testing.T) {
	checkDecode(t, &Plot{}, []decodeCase{
		{"vega-lite", `{"type":"altair","plot":"{\"mark\": \"line\"}"}`, PlotValue{VegaLite: json.RawMessage(`{"mark":"line"}`)}, ""},
		{"svg", `{"type":"svg","plot":"<svg/>"}`, PlotValue{SVG: "<svg/>"}, ""},
		{"null", `null`, PlotValue{}, ""},
		{"spec not object", `{"type":"altair","plot":"[1]"}`, nil, "the Vega-Lite spec must be a JSON object, got an array"},
		{"spec not json", `{"type":"altair","plot":"mark: bar"}`, nil, "the Vega-Lite spec is not valid JSON"},
		{"svg without root", `{"type":"svg","plot":"<div/>"}`, nil, "the SVG's root element is <div>; it must be <svg>"},
		{"svg script", `{"type":"svg","plot":"<svg><script/></svg>"}`, nil, "<script> element"},
		{"plotly", `{"type":"plotly","plot":"{}"}`, nil, "plotly plots are not supported"},
		{"unknown type", `{"type":"d3","plot":""}`, nil, `unknown plot type "d3": expected altair, svg or matplotlib`},
		{"not a data url", `{"type":"matplotlib","plot":"https://example.com/a.png"}`, nil, "a matplotlib plot must be a data: URL"},
		{"bad base64", `{"type":"matplotlib","plot":"data:image/png;base64,%%%"}`, nil, "not valid base64"},
		{"not an image", `{"type":"matplotlib","plot":"data:image/png;base64,` + base64.StdEncoding.EncodeToString([]byte("hello")) + `"}`, nil, "the plot's image: cannot decode"},
		{"no plot", `{"type":"altair"}`, nil, `expected a plot, an object {"type": "altair"|"svg"|"matplotlib", "plot": <a string>}; got an object without string "type" and "plot"`},
		{"string", `"{}"`, nil, "expected a plot, an object"},
	})
	p := &Plot{}
	ctx := context.Background()
	if v, err := p.PreprocessTo(ctx, json.RawMessage(`{"type":"altair","plot":"{}"}`), vegaLiteType); err != nil || string(v.(VegaLite)) != "{}" {
		t.Errorf("VegaLite = %v, %v", v, err)
	}
	if v, err := p.PreprocessTo(ctx, json.RawMessage(`{"type":"svg","plot":"<svg/>"}`), svgType); err != nil || v != SVG("<svg/>") {
		t.Errorf("SVG = %v, %v", v, err)
	}
	if _, err := p.PreprocessTo(ctx, json.RawMessage(`{"type":"svg","plot":"<svg/>"}`), vegaLiteType); err == nil {
		t.Error("an SVG given as a VegaLite")
	}
	if v, err := p.PreprocessTo(ctx, json.RawMessage(`null`), imageType); err != nil || v != nil {
		t.Errorf("null image = %v, %v", v, err)
	}
	if _, err := p.PreprocessTo(ctx, json.RawMessage(`{"type":"altair","plot":"{}"}`), reflect.TypeFor[*image.RGBA]()); err == nil {
		t.Error("a chart given as an image")
	}
	for _, typ := range []reflect.Type{vegaLiteType, svgType, imageType, reflect.TypeFor[*image.NRGBA](), reflect.TypeFor[*image.Paletted]()} {
		if !p.AcceptsType(typ) {
			t.Errorf("AcceptsType(%s) = false", typ)
		}
	}
	if p.AcceptsType(stringType) {
		t.Error("AcceptsType(string)")
	}
}

func TestPlotProps(t *testing.T) {
	checkProps(t, &Plot{Label: "Plot"}, map[string]any{
		"format": "png", "label": "Plot", "show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
		"_selectable": false, "value": nil, "interactive": nil,
	})
	checkProps(t, &Plot{Format: "JPEG", Value: SVG("<svg/>")}, map[string]any{"format": "jpeg", "value": map[string]any{"type": "svg", "plot": "<svg/>"}})
	checkSchema(t, &Plot{}, `{"properties": {"type": {"enum": ["altair", "bokeh", "plotly", "matplotlib", "svg"], "title": "Type", "type": "string"}, "plot": {"title": "Plot", "type": "string"}}, "required": ["type", "plot"], "title": "PlotData", "type": "object", "additional_description": null}`)
	if (&Plot{}).ExampleValue() != nil {
		t.Error("ExampleValue")
	}
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero":   {&Plot{}, ""},
		"value":  {&Plot{Value: VegaLite(`{"mark":"bar"}`)}, ""},
		"format": {&Plot{Format: "webp"}, `Format "webp" is not one of png, jpeg`},
		"bad":    {&Plot{Value: SVG("<b/>")}, "Value: the SVG's root element is <b>"},
	})
}

// Handlers return each kind of plot.
func TestPlotEndToEnd(t *testing.T) {
	chart, svg, img := &Plot{}, &Plot{}, &Plot{}
	btn := &Button{}
	btn.Click(func() VegaLite { return VegaLite(`{"mark": "point"}`) }, nil, Out(chart), EventOptions{APIName: "chart"})
	btn.Click(func() SVG { return SVG(`<svg xmlns="http://www.w3.org/2000/svg"/>`) }, nil, Out(svg), EventOptions{APIName: "svg"})
	btn.Click(func() *image.NRGBA { return dotImage() }, nil, Out(img), EventOptions{APIName: "image"})
	btn.Click(func() SVG { return SVG(`<svg><script/></svg>`) }, nil, Out(svg), EventOptions{APIName: "unsafe"})
	app, err := (&Blocks{Children: []Component{btn, chart, svg, img}}).Build(WithTempDir(t.TempDir()), WithQuiet(), WithShowError(true), WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	c := gradiotest.New(app)
	for api, want := range map[string]string{"/chart": `{"plot":"{\"mark\":\"point\"}","type":"altair"}`, "/svg": `{"plot":"\u003csvg xmlns=\"http://www.w3.org/2000/svg\"/\u003e","type":"svg"}`} {
		got, err := c.Predict(api)
		b, _ := json.Marshal(got)
		if err != nil || string(b) != "["+want+"]" {
			t.Errorf("%s = %s, %v", api, b, err)
		}
	}
	got, err := c.Predict("/image")
	if m, _ := got[0].(map[string]any); err != nil || m["type"] != "matplotlib" || !strings.HasPrefix(m["plot"].(string), "data:image/png;base64,") {
		t.Errorf("/image = %v, %v", got, err)
	}
	if _, err := c.Predict("/unsafe"); err == nil || !strings.Contains(err.Error(), "<script> element") {
		t.Errorf("/unsafe: %v", err)
	}
}

func FuzzPlotPreprocess(f *testing.F) {
	for _, s := range []string{`{"type":"altair","plot":"{\"mark\":\"bar\"}"}`, `{"type":"svg","plot":"<svg><g/></svg>"}`,
		`{"type":"svg","plot":"<svg onclick=\"x\"/>"}`, `{"type":"matplotlib","plot":"data:image/png;base64,AAAA"}`, `null`, `{"type":"altair","plot":"[]"}`} {
		f.Add(s)
	}
	p := &Plot{}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := p.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		pv := v.(PlotValue)
		if strings.Contains(strings.ToLower(pv.SVG), "<script") {
			t.Fatalf("accepted a script: %q", pv.SVG)
		}
		// Whatever is accepted can be shown.
		if _, err := p.Postprocess(context.Background(), pv); err != nil {
			t.Fatalf("Postprocess of accepted %q: %v", payload, err)
		}
	})
}

func ExamplePlot() {
	kind := &Radio{Choices: []string{"bar", "line"}}
	chart := &Plot{Label: "Sales"}
	kind.Change(func(mark string) VegaLite {
		return VegaLite(`{"mark": "` + mark + `", "data": {"values": [{"m": "Jan", "v": 3}, {"m": "Feb", "v": 5}]},
			"encoding": {"x": {"field": "m", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}`)
	}, In(kind), Out(chart))
}
