package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"reflect"
	"sort"
	"strings"

	"github.com/gradio-go/gradio/internal/media"
	"github.com/gradio-go/gradio/internal/wire"
)

// AnnotatedImageValue is an image with labelled regions, the value of an
// AnnotatedImage. Exactly one of Image and File is set.
type AnnotatedImageValue struct {
	// Image is the base image, encoded as the component's Format.
	Image image.Image
	// File is the base image as a file. Box annotations need its size: it must then be
	// a local file (or a URL with only Mask annotations).
	File FileData
	// Annotations are drawn over the image, each in the color the component's ColorMap
	// gives its label (red by default).
	Annotations []Annotation
}

// Annotation is one labelled region. Exactly one of Box and Mask is set.
type Annotation struct {
	Label string
	// Box is a rectangle in the image's coordinates, drawn as Gradio does: filled at
	// half opacity, with an opaque 3-pixel border.
	Box image.Rectangle
	// Mask covers the region: the image's size, its alpha channel (or, when it is fully
	// opaque, such as a grey mask, its brightness) is the coverage of each pixel.
	// Received annotations have it, decoded from the mask the client sent.
	Mask image.Image
}

// AnnotatedImage shows an image with labelled regions (boxes or masks) over it, and a
// legend of the labels. Its value is an AnnotatedImageValue; the masks are rendered as
// PNG files on the server.
type AnnotatedImage struct {
	Events
	// ShowLegend shows the labels under the image (the default).
	ShowLegend Bool
	// Height and Width size the component, in pixels, when positive.
	Height, Width int
	// ColorMap gives labels their colors, as hex strings such as "#ff0000"; others are
	// red.
	ColorMap map[string]string
	// Format encodes a base image.Image: "png" (the default) or "jpeg". Masks are
	// always PNG, for their transparency.
	Format string
	// Buttons are shown over the image: "fullscreen"; nil means it, an empty slice none.
	Buttons []string

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

var annotatedType = reflect.TypeFor[AnnotatedImageValue]()

func (a *AnnotatedImage) Kind() string { return "annotatedimage" }

func (a *AnnotatedImage) Props() map[string]any {
	p := common{a.Label, a.Info, a.ShowLabel, a.Container, a.Scale, a.MinWidth, a.Visible, a.Interactive, a.ElemID, a.ElemClasses}.into(props{})
	p["show_legend"] = a.ShowLegend.or(true)
	p.size(a.Height, a.Width)
	if len(a.ColorMap) > 0 {
		p["color_map"] = a.ColorMap
	}
	p["format"] = or(strings.ToLower(a.Format), "png")
	p["buttons"] = orList(a.Buttons, []string{"fullscreen"})
	return p
}

func (a *AnnotatedImage) Validate() error {
	labels := make([]string, 0, len(a.ColorMap))
	for l := range a.ColorMap {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		if _, err := media.ParseHexColor(a.ColorMap[l]); err != nil {
			return fmt.Errorf("ColorMap[%q]: %v", l, err)
		}
	}
	for _, err := range []error{checkSize(a.Height, a.Width), checkImageFormat(a.Format), checkOneOf("Buttons", a.Buttons, []string{"fullscreen"})} {
		if err != nil {
			return err
		}
	}
	return nil
}

func (a *AnnotatedImage) ValueType() reflect.Type { return annotatedType }

const annotatedShape = `{"image": <a file>, "annotations": [{"image": <a mask file>, "label": <a string>}, ...]}`

// Preprocess decodes the image and its masks; null gives the zero value.
func (a *AnnotatedImage) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	if isNull(p) {
		return AnnotatedImageValue{}, nil
	}
	var raw struct {
		Image       json.RawMessage `json:"image"`
		Annotations json.RawMessage `json:"annotations"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return nil, fmt.Errorf("expected an annotated image, an object %s; got %s", annotatedShape, jsonKindOf(p))
	}
	r := fileRules{what: "an AnnotatedImage"}
	fd, err := decodeFile(ctx, raw.Image, r)
	if err != nil {
		return nil, fmt.Errorf("image: %w", err)
	}
	img, err := readImage(fd)
	if err != nil {
		return nil, fmt.Errorf("image: %w", err)
	}
	var anns []json.RawMessage
	if !isNull(raw.Annotations) && (jsonKindOf(raw.Annotations) != "an array" || json.Unmarshal(raw.Annotations, &anns) != nil) {
		return nil, fmt.Errorf(`"annotations" must be an array, got %s`, jsonKindOf(raw.Annotations))
	}
	v := AnnotatedImageValue{Image: img, File: fd, Annotations: make([]Annotation, len(anns))}
	for i, ann := range anns {
		var rawAnn struct {
			Image json.RawMessage `json:"image"`
			Label json.RawMessage `json:"label"`
		}
		if jsonKindOf(ann) != "an object" || json.Unmarshal(ann, &rawAnn) != nil {
			return nil, fmt.Errorf(`annotation %d: expected an object {"image": <a mask file>, "label": <a string>}, got %s`, i+1, jsonKindOf(ann))
		}
		if jsonKindOf(rawAnn.Label) != "a string" || json.Unmarshal(rawAnn.Label, &v.Annotations[i].Label) != nil {
			return nil, fmt.Errorf("annotation %d: the label must be a string, got %s", i+1, jsonKindOf(rawAnn.Label))
		}
		mfd, err := decodeFile(ctx, rawAnn.Image, r)
		if err != nil {
			return nil, fmt.Errorf("annotation %d: %w", i+1, err)
		}
		if v.Annotations[i].Mask, err = readImage(mfd); err != nil {
			return nil, fmt.Errorf("annotation %d: %w", i+1, err)
		}
	}
	return v, nil
}

type annotationWire struct {
	Image *wire.FileData `json:"image"`
	Label string         `json:"label"`
}

// Postprocess encodes the base image and renders every annotation to a mask PNG. The
// zero value clears the component.
func (a *AnnotatedImage) Postprocess(ctx context.Context, v any) (any, error) {
	var val AnnotatedImageValue
	switch v := v.(type) {
	case nil:
		return nil, nil
	case AnnotatedImageValue:
		val = v
	default:
		return nil, fmt.Errorf("an AnnotatedImage shows a gradio.AnnotatedImageValue, not a %T", v)
	}
	hasImage, hasFile := !isNilImage(val.Image), !val.File.IsZero()
	var (
		base   any
		bounds image.Rectangle // zero when unknown
		err    error
	)
	switch {
	case hasImage && hasFile:
		return nil, fmt.Errorf("an AnnotatedImageValue has either an Image or a File, not both")
	case hasImage:
		bounds = val.Image.Bounds()
		base, err = encodeImage(ctx, val.Image, a.Format, "an AnnotatedImage")
	case hasFile:
		if val.File.Path != "" && !isHTTP(val.File.Path) {
			if bounds, err = imageSize(val.File); err != nil {
				return nil, fmt.Errorf("image: %w", err)
			}
		}
		base, err = encodeFile(ctx, val.File, "an AnnotatedImage")
	case len(val.Annotations) == 0:
		return nil, nil
	default:
		return nil, fmt.Errorf("an AnnotatedImageValue with annotations needs an Image or a File")
	}
	if err != nil {
		return nil, fmt.Errorf("image: %w", err)
	}
	anns := make([]annotationWire, len(val.Annotations))
	for i, ann := range val.Annotations {
		mask, err := a.renderMask(ann, bounds)
		if err != nil {
			return nil, fmt.Errorf("annotation %d (%q): %w", i+1, ann.Label, err)
		}
		data, err := media.EncodeImage(mask, "png")
		if err != nil {
			return nil, fmt.Errorf("annotation %d (%q): %w", i+1, ann.Label, err)
		}
		f, err := encodeBytes(ctx, "mask.png", "image/png", data, "an AnnotatedImage")
		if err != nil {
			return nil, err
		}
		anns[i] = annotationWire{Image: f, Label: ann.Label}
	}
	return map[string]any{"image": base, "annotations": anns}, nil
}

// renderMask draws one annotation over an image of the given bounds (zero when the
// base image is remote, which only masks can annotate).
func (a *AnnotatedImage) renderMask(ann Annotation, bounds image.Rectangle) (image.Image, error) {
	c := color.RGBA{255, 0, 0, 255}
	if h, ok := a.ColorMap[ann.Label]; ok {
		var err error
		if c, err = media.ParseHexColor(h); err != nil {
			return nil, err
		}
	}
	hasMask := !isNilImage(ann.Mask)
	switch {
	case hasMask && ann.Box != (image.Rectangle{}):
		return nil, fmt.Errorf("an Annotation has either a Box or a Mask, not both")
	case hasMask:
		if bounds == (image.Rectangle{}) {
			bounds = ann.Mask.Bounds()
		}
		return media.CoverageMask(bounds, ann.Mask, c)
	case ann.Box == (image.Rectangle{}):
		return nil, fmt.Errorf("an Annotation needs a Box or a Mask")
	case bounds == (image.Rectangle{}):
		return nil, fmt.Errorf("a Box needs the image's size: give the Image, or a File with a local Path")
	}
	return media.BoxMask(bounds, ann.Box, c), nil
}

// APISchema is Gradio's AnnotatedImageData schema.
func (a *AnnotatedImage) APISchema() map[string]any {
	defs := fileDefs()
	defs["Annotation"] = map[string]any{
		"properties": map[string]any{"image": map[string]any{"$ref": "#/$defs/FileData"}, "label": map[string]any{"title": "Label", "type": "string"}},
		"required":   []any{"image", "label"}, "title": "Annotation", "type": "object",
	}
	return map[string]any{"$defs": defs,
		"properties": map[string]any{"image": map[string]any{"$ref": "#/$defs/FileData"},
			"annotations": map[string]any{"items": map[string]any{"$ref": "#/$defs/Annotation"}, "title": "Annotations", "type": "array"}},
		"required": []any{"image", "annotations"}, "title": "AnnotatedImageData", "type": "object", "additional_description": nil}
}

func (a *AnnotatedImage) ExampleValue() any {
	return map[string]any{"image": exampleFile(exampleImageURL), "annotations": []any{}}
}

// Change registers fn to run when the value changes.
func (a *AnnotatedImage) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, EventChange, fn, in, out, opts)
}

// Select registers fn to run when the user clicks an annotation or its legend entry.
func (a *AnnotatedImage) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, EventSelect, fn, in, out, opts)
}

var (
	_ Input        = (*AnnotatedImage)(nil)
	_ Output       = (*AnnotatedImage)(nil)
	_ APIDescriber = (*AnnotatedImage)(nil)
	_ Exampler     = (*AnnotatedImage)(nil)
	_ Validator    = (*AnnotatedImage)(nil)
)
