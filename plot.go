package gradio

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"io"
	"reflect"
	"strings"

	"github.com/gradio-go/gradio/internal/media"
)

// VegaLite is a Vega-Lite chart specification: the JSON text of an object, such as
// `{"mark": "bar", "data": {"values": [...]}, "encoding": {...}}`. A Plot draws it in
// the browser (Gradio calls these "altair" plots).
type VegaLite json.RawMessage

// SVG is SVG markup: an XML document whose root element is <svg>. Markup with
// scripts (<script>, <foreignObject>, on* event attributes or javascript: URLs) is
// refused.
type SVG string

// PlotValue is the value of a Plot: one of VegaLite, SVG and Image, or none for no
// plot.
type PlotValue struct {
	VegaLite json.RawMessage
	SVG      string
	Image    image.Image
}

// Plot shows a chart made on the server: a Vega-Lite specification drawn in the
// browser, SVG markup, or an image (encoded as PNG, or JPEG with Format "jpeg"). A
// handler returns a VegaLite, an SVG, an image.Image or a PlotValue; nil clears the
// plot. It is rarely an input; a handler taking it gets a PlotValue.
//
// On the wire the value is {"type": "altair", "plot": <the spec as JSON text>},
// {"type": "svg", "plot": <the markup>} or {"type": "matplotlib", "plot": <a data:
// URL of the image>}. "svg" is this package's addition to Gradio's plot types.
type Plot struct {
	Events
	// Value is the initial plot, in any of the forms a handler may return.
	Value any
	// Format encodes images: "png" (the default) or "jpeg".
	Format string

	Label       string
	ShowLabel   Bool
	Container   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

var (
	plotValueType = reflect.TypeFor[PlotValue]()
	vegaLiteType  = reflect.TypeFor[VegaLite]()
	svgType       = reflect.TypeFor[SVG]()
)

const plotShape = `{"type": "altair"|"svg"|"matplotlib", "plot": <a string>}`

func (p *Plot) Kind() string { return "plot" }

func (p *Plot) Props() map[string]any {
	pr := common{p.Label, "", p.ShowLabel, p.Container, p.Scale, p.MinWidth, p.Visible, Unset, p.ElemID, p.ElemClasses}.into(props{})
	pr["format"] = or(strings.ToLower(p.Format), "png")
	pr["_selectable"] = false
	if p.Value != nil {
		if v, err := p.encode(p.Value); err == nil && v != nil {
			pr["value"] = v
		}
	}
	return pr
}

func (p *Plot) Validate() error {
	if err := checkImageFormat(p.Format); err != nil {
		return err
	}
	if p.Value != nil {
		if _, err := p.encode(p.Value); err != nil {
			return fmt.Errorf("Value: %w", err)
		}
	}
	return nil
}

func (p *Plot) ValueType() reflect.Type { return plotValueType }

// AcceptsType allows VegaLite, SVG and images, both ways (outputs take any
// image.Image; inputs image.Image or one of the concrete types Image gives).
func (p *Plot) AcceptsType(t reflect.Type) bool {
	return t == vegaLiteType || t == svgType || t == imageType || t.Implements(imageType)
}

// Preprocess decodes {"type": ..., "plot": ...} into a PlotValue: an "altair" plot's
// spec must be a JSON object, an "svg" plot must be safe SVG, a "matplotlib" plot a
// data: URL of an image. Plotly and Bokeh plots are refused. Null gives the zero
// PlotValue.
func (p *Plot) Preprocess(_ context.Context, raw json.RawMessage) (any, error) {
	return decodePlot(raw)
}

func (p *Plot) PreprocessTo(_ context.Context, raw json.RawMessage, t reflect.Type) (any, error) {
	v, err := decodePlot(raw)
	if err != nil {
		return nil, err
	}
	switch {
	case t == vegaLiteType:
		if v.VegaLite == nil && (v.SVG != "" || v.Image != nil) {
			return nil, errors.New("the plot is not a Vega-Lite chart")
		}
		return VegaLite(v.VegaLite), nil
	case t == svgType:
		if v.SVG == "" && (v.VegaLite != nil || v.Image != nil) {
			return nil, errors.New("the plot is not SVG")
		}
		return SVG(v.SVG), nil
	case isImageType(t):
		if v.Image == nil && (v.VegaLite != nil || v.SVG != "") {
			return nil, errors.New("the plot is not an image")
		}
		return imageAs(v.Image, t), nil
	}
	return nil, fmt.Errorf("a Plot cannot give a %s; take a PlotValue, a VegaLite, an SVG or an image.Image", t)
}

func decodePlot(raw json.RawMessage) (PlotValue, error) {
	if isNull(raw) {
		return PlotValue{}, nil
	}
	var w struct {
		Type *string `json:"type"`
		Plot *string `json:"plot"`
	}
	if jsonKindOf(raw) != "an object" || json.Unmarshal(raw, &w) != nil || w.Type == nil || w.Plot == nil {
		return PlotValue{}, fmt.Errorf("expected a plot, an object %s; got %s", plotShape, describePlot(raw))
	}
	switch *w.Type {
	case "altair":
		spec, err := checkVegaLite([]byte(*w.Plot))
		return PlotValue{VegaLite: spec}, err
	case "svg":
		return PlotValue{SVG: *w.Plot}, checkSVG(*w.Plot)
	case "matplotlib":
		img, err := decodeDataURL(*w.Plot)
		return PlotValue{Image: img}, err
	case "plotly", "bokeh":
		return PlotValue{}, fmt.Errorf("%s plots are not supported; send altair (Vega-Lite), svg or matplotlib (an image)", *w.Type)
	}
	return PlotValue{}, fmt.Errorf("unknown plot type %q: expected altair, svg or matplotlib", *w.Type)
}

// describePlot says what a plot payload is, for errors.
func describePlot(raw json.RawMessage) string {
	if jsonKindOf(raw) == "an object" {
		return `an object without string "type" and "plot"`
	}
	return jsonKindOf(raw)
}

// decodeDataURL decodes the image of a data: URL with base64 content.
func decodeDataURL(u string) (image.Image, error) {
	rest, ok := strings.CutPrefix(u, "data:")
	meta, data, ok2 := strings.Cut(rest, ",")
	if !ok || !ok2 || !strings.HasSuffix(meta, ";base64") {
		return nil, errors.New(`a matplotlib plot must be a data: URL, "data:image/png;base64,..."`)
	}
	b, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		return nil, fmt.Errorf("the plot's data: URL is not valid base64: %v", err)
	}
	img, _, err := media.DecodeImage(b, 0)
	if err != nil {
		return nil, fmt.Errorf("the plot's image: %w", err)
	}
	return img, nil
}

// Postprocess sends a VegaLite, an SVG, an image.Image or a PlotValue (with at most
// one part set); nil, or the zero PlotValue, clears the plot.
func (p *Plot) Postprocess(_ context.Context, v any) (any, error) {
	return p.encode(v)
}

type plotWire struct {
	Type string `json:"type"`
	Plot string `json:"plot"`
}

func (p *Plot) encode(v any) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case VegaLite:
		return p.encode(PlotValue{VegaLite: json.RawMessage(v)})
	case SVG:
		return p.encode(PlotValue{SVG: string(v)})
	case image.Image:
		return p.encode(PlotValue{Image: v})
	case *PlotValue:
		if v == nil {
			return nil, nil
		}
		return p.encode(*v)
	case PlotValue:
		if isNilImage(v.Image) {
			v.Image = nil
		}
		set := 0
		for _, ok := range []bool{v.VegaLite != nil, v.SVG != "", v.Image != nil} {
			if ok {
				set++
			}
		}
		switch {
		case set == 0:
			return nil, nil
		case set > 1:
			return nil, errors.New("a PlotValue must have only one of VegaLite, SVG and Image")
		case v.VegaLite != nil:
			spec, err := checkVegaLite(v.VegaLite)
			if err != nil {
				return nil, err
			}
			return plotWire{Type: "altair", Plot: string(spec)}, nil
		case v.SVG != "":
			if err := checkSVG(v.SVG); err != nil {
				return nil, err
			}
			return plotWire{Type: "svg", Plot: v.SVG}, nil
		}
		format := or(strings.ToLower(p.Format), "png")
		data, err := media.EncodeImage(v.Image, format)
		if err != nil {
			return nil, err
		}
		return plotWire{Type: "matplotlib", Plot: "data:" + media.ImageMIME(format) + ";base64," + base64.StdEncoding.EncodeToString(data)}, nil
	}
	return nil, fmt.Errorf("a Plot shows a VegaLite, an SVG, an image.Image or a PlotValue, not a %T", v)
}

// checkVegaLite checks that spec is the JSON text of an object, and compacts it.
func checkVegaLite(spec []byte) ([]byte, error) {
	spec = bytes.TrimSpace(spec)
	switch {
	case len(spec) == 0:
		return nil, errors.New("the Vega-Lite spec is empty; it must be a JSON object")
	case !json.Valid(spec):
		return nil, errors.New("the Vega-Lite spec is not valid JSON")
	case spec[0] != '{':
		return nil, fmt.Errorf("the Vega-Lite spec must be a JSON object, got %s", jsonKindOf(spec))
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, spec); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// checkSVG checks that s is well-formed XML with one <svg> root element, and has no
// script: no <script> or <foreignObject> element, no on* event attribute, no
// javascript: URL.
func checkSVG(s string) error {
	dec := xml.NewDecoder(strings.NewReader(s))
	dec.Strict = true
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("the SVG is not well-formed XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if depth == 0 {
				if roots++; roots > 1 {
					return errors.New("the SVG has more than one root element")
				}
				if name != "svg" {
					return fmt.Errorf("the SVG's root element is <%s>; it must be <svg>", t.Name.Local)
				}
			}
			if name == "script" || name == "foreignobject" {
				return fmt.Errorf("the SVG contains a <%s> element, which is not allowed", t.Name.Local)
			}
			for _, a := range t.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					return fmt.Errorf("the SVG has an event attribute %q on <%s>, which is not allowed", a.Name.Local, t.Name.Local)
				}
				if strings.Contains(squeezeURL(a.Value), "javascript:") {
					return fmt.Errorf("the SVG has a javascript: URL in %q on <%s>, which is not allowed", a.Name.Local, t.Name.Local)
				}
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(t)) > 0 {
				return errors.New("the SVG has text outside its <svg> element")
			}
		}
	}
	if roots == 0 {
		return errors.New("the SVG has no <svg> element")
	}
	return nil
}

// squeezeURL lowercases v and drops the whitespace and control characters browsers
// ignore in URLs ("java\tscript:").
func squeezeURL(v string) string {
	return strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, v)
}

// APISchema is Gradio's PlotData schema, with "svg" among the types.
func (p *Plot) APISchema() map[string]any {
	return schemaJSON(`{"properties": {"type": {"enum": ["altair", "bokeh", "plotly", "matplotlib", "svg"], "title": "Type", "type": "string"}, "plot": {"title": "Plot", "type": "string"}}, "required": ["type", "plot"], "title": "PlotData", "type": "object", "additional_description": null}`)
}

// ExampleValue is nil, as in Gradio: a plot is not an input in practice.
func (p *Plot) ExampleValue() any { return nil }

// Change registers fn to run when the plot changes.
func (p *Plot) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(p, p, EventChange, fn, in, out, opts)
}

var (
	_ TypedInput   = (*Plot)(nil)
	_ TypedOutput  = (*Plot)(nil)
	_ APIDescriber = (*Plot)(nil)
	_ Exampler     = (*Plot)(nil)
	_ Validator    = (*Plot)(nil)
)
