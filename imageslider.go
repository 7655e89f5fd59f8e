package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"reflect"
	"strings"

	"github.com/gradio-go/gradio/internal/media"
)

// ImageSlider shows two images over each other with a slider between them, to compare
// them (before and after). A handler takes or returns a [2]image.Image, or a
// [2]FileData; a nil image (or zero FileData) leaves its side empty.
type ImageSlider struct {
	Events
	// SliderPosition is where the slider starts, in percent from the left; nil means 50.
	// Set it with Ptr.
	SliderPosition *float64
	// MaxHeight caps the component's height in pixels; 0 means 500.
	MaxHeight int
	// Height and Width size the component, in pixels, when positive.
	Height, Width int
	// Format encodes returned images: "png" (the default) or "jpeg".
	Format string
	// ImageMode converts received images, as Image.ImageMode.
	ImageMode string
	// Buttons are "download" and "fullscreen"; nil means both, an empty slice none.
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

var (
	imagePairType = reflect.TypeFor[[2]image.Image]()
	filePairType  = reflect.TypeFor[[2]FileData]()
)

func (s *ImageSlider) Kind() string { return "imageslider" }

func (s *ImageSlider) Props() map[string]any {
	p := common{s.Label, s.Info, s.ShowLabel, s.Container, s.Scale, s.MinWidth, s.Visible, s.Interactive, s.ElemID, s.ElemClasses}.into(props{})
	pos := 50.0
	if s.SliderPosition != nil {
		pos = *s.SliderPosition
	}
	p["slider_position"] = pos
	p["max_height"] = orInt(s.MaxHeight, 500)
	p.size(s.Height, s.Width)
	p["format"] = or(strings.ToLower(s.Format), "png")
	p["image_mode"] = or(s.ImageMode, "RGB")
	p["buttons"] = orList(s.Buttons, []string{"download", "fullscreen"})
	p["streamable"] = false
	return p
}

func (s *ImageSlider) Validate() error {
	if s.SliderPosition != nil && !(*s.SliderPosition >= 0 && *s.SliderPosition <= 100) {
		return fmt.Errorf("SliderPosition is %v; it must be between 0 and 100", *s.SliderPosition)
	}
	if s.MaxHeight < 0 {
		return fmt.Errorf("MaxHeight is %d; it must not be negative", s.MaxHeight)
	}
	for _, err := range []error{checkSize(s.Height, s.Width), checkImageFormat(s.Format), checkImageMode(s.ImageMode),
		checkOneOf("Buttons", s.Buttons, []string{"download", "fullscreen"})} {
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *ImageSlider) ValueType() reflect.Type { return imagePairType }

// AcceptsType allows [2]FileData, both ways.
func (s *ImageSlider) AcceptsType(t reflect.Type) bool { return t == filePairType }

const sliderShape = `[<a file or null>, <a file or null>]`

// files decodes the pair of files; null gives two zero FileData.
func (s *ImageSlider) files(ctx context.Context, p json.RawMessage) ([2]FileData, error) {
	var out [2]FileData
	if isNull(p) {
		return out, nil
	}
	var items []json.RawMessage
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &items) != nil || len(items) != 2 {
		what := jsonKindOf(p)
		if items != nil {
			what = fmt.Sprintf("an array of %d", len(items))
		}
		return out, fmt.Errorf("expected a pair of images, %s; got %s", sliderShape, what)
	}
	for i, it := range items {
		fd, err := decodeOptFile(ctx, it, fileRules{what: "an ImageSlider"})
		if err != nil {
			return out, fmt.Errorf("image %d: %w", i+1, err)
		}
		out[i] = fd
	}
	return out, nil
}

// Preprocess decodes both images; a missing one is nil.
func (s *ImageSlider) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	fds, err := s.files(ctx, p)
	if err != nil {
		return nil, err
	}
	var out [2]image.Image
	for i, fd := range fds {
		if fd.IsZero() {
			continue
		}
		img, err := readImage(fd)
		if err == nil {
			img, err = media.ConvertMode(img, s.ImageMode)
		}
		if err != nil {
			return nil, fmt.Errorf("image %d: %w", i+1, err)
		}
		out[i] = img
	}
	return out, nil
}

func (s *ImageSlider) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	return s.files(ctx, p)
}

// Postprocess encodes a [2]image.Image or sends a [2]FileData; both sides empty clears
// the component.
func (s *ImageSlider) Postprocess(ctx context.Context, v any) (any, error) {
	out := make([]any, 2)
	switch v := v.(type) {
	case nil:
		return nil, nil
	case [2]image.Image:
		if isNilImage(v[0]) && isNilImage(v[1]) {
			return nil, nil
		}
		for i, img := range v {
			w, err := encodeImage(ctx, img, s.Format, "an ImageSlider")
			if err != nil {
				return nil, fmt.Errorf("image %d: %w", i+1, err)
			}
			out[i] = w
		}
	case [2]FileData:
		if v[0].IsZero() && v[1].IsZero() {
			return nil, nil
		}
		for i, fd := range v {
			w, err := encodeOptFile(ctx, fd, "an ImageSlider")
			if err != nil {
				return nil, fmt.Errorf("image %d: %w", i+1, err)
			}
			out[i] = w
		}
	default:
		return nil, fmt.Errorf("an ImageSlider shows a [2]image.Image or a [2]gradio.FileData, not a %T", v)
	}
	return out, nil
}

// APISchema is Gradio's SliderData schema.
func (s *ImageSlider) APISchema() map[string]any {
	side := func() map[string]any {
		return map[string]any{"anyOf": []any{map[string]any{"$ref": "#/$defs/ImageData"}, map[string]any{"type": "null"}}}
	}
	return map[string]any{
		"$defs": map[string]any{"ImageData": imageDataDef()},
		"anyOf": []any{
			map[string]any{"maxItems": 2, "minItems": 2, "prefixItems": []any{side(), side()}, "type": "array"},
			map[string]any{"type": "null"},
		},
		"title": "SliderData", "additional_description": nil,
	}
}

func (s *ImageSlider) ExampleValue() any {
	return []any{exampleFile(exampleImageURL), exampleFile(exampleImageURL)}
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (s *ImageSlider) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user changes an image.
func (s *ImageSlider) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventInput, fn, in, out, opts)
}

// Upload registers fn to run when the user uploads an image.
func (s *ImageSlider) Upload(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventUpload, fn, in, out, opts)
}

// Clear registers fn to run when the user clears the component.
func (s *ImageSlider) Clear(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventClear, fn, in, out, opts)
}

// Select registers fn to run when the user clicks on the images.
func (s *ImageSlider) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventSelect, fn, in, out, opts)
}

var (
	_ TypedInput   = (*ImageSlider)(nil)
	_ TypedOutput  = (*ImageSlider)(nil)
	_ APIDescriber = (*ImageSlider)(nil)
	_ Exampler     = (*ImageSlider)(nil)
	_ Validator    = (*ImageSlider)(nil)
)
