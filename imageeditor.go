package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"reflect"
	"strings"

	"github.com/gradio-go/gradio/internal/media"
	"github.com/gradio-go/gradio/internal/wire"
)

// EditorValue is the content of an ImageEditor, decoded: the background image, the
// layers drawn over it, and the composite of all of them (what the user sees). Any
// image may be nil.
type EditorValue struct {
	Background image.Image
	Layers     []image.Image
	Composite  image.Image
}

// EditorFiles is the content of an ImageEditor as files; nil means none.
type EditorFiles struct {
	Background *FileData
	Layers     []FileData
	Composite  *FileData
}

// Brush configures an ImageEditor's brush.
type Brush struct {
	// DefaultSize is the brush size in pixels; 0 means "auto" (from the canvas size).
	DefaultSize int
	// Colors are the colors offered, as CSS colors; nil means black and a palette.
	Colors []string
	// DefaultColor is the color selected at first; "" means "auto" (the first).
	DefaultColor string
	// ColorMode is "defaults" (Colors plus a color picker; the default) or "fixed"
	// (only Colors).
	ColorMode string
}

var defaultBrushColors = []string{"#000000", "#cc3232", "#adcc32", "#32cc70", "#3270cc", "#ad32cc"}

func (b Brush) wire(colors []string) map[string]any {
	var size any = "auto"
	if b.DefaultSize > 0 {
		size = b.DefaultSize
	}
	return map[string]any{"default_size": size, "colors": orList(b.Colors, colors),
		"default_color": or(b.DefaultColor, "auto"), "color_mode": or(b.ColorMode, "defaults")}
}

func (b Brush) validate() error {
	switch {
	case b.DefaultSize < 0:
		return fmt.Errorf("Brush.DefaultSize is %d; it must not be negative", b.DefaultSize)
	case b.ColorMode != "" && b.ColorMode != "defaults" && b.ColorMode != "fixed":
		return fmt.Errorf("Brush.ColorMode %q is not one of defaults, fixed", b.ColorMode)
	}
	return nil
}

// Eraser configures an ImageEditor's eraser.
type Eraser struct {
	// DefaultSize is the eraser size in pixels; 0 means "auto".
	DefaultSize int
}

func (e Eraser) wire() map[string]any {
	var size any = "auto"
	if e.DefaultSize > 0 {
		size = e.DefaultSize
	}
	return map[string]any{"default_size": size}
}

// ImageEditor lets the user edit an image: draw on layers over a background, erase,
// crop. A handler takes or returns an EditorValue (decoded images) or EditorFiles
// (files). Returned images are encoded as Format. See Sketchpad for a blank canvas.
type ImageEditor struct {
	Events
	// Sources are where the user may take a background from: "upload", "webcam",
	// "clipboard". Nil means all three; an empty slice, none.
	Sources []string
	// Height and Width size the component, in pixels, when positive.
	Height, Width int
	// CanvasSize is the canvas's width and height in pixels; zero means 800×600.
	CanvasSize [2]int
	// FixedCanvas keeps the canvas at CanvasSize, scaling backgrounds to fit.
	FixedCanvas bool
	Brush       Brush
	Eraser      Eraser
	// Transforms are the tools offered: "crop", "resize". Nil means crop; an empty
	// slice, none.
	Transforms []string
	// Layers lets the user add layers (the default).
	Layers Bool
	// Format encodes returned images: "png" (the default) or "jpeg".
	Format string
	// ImageMode converts received images, as Image.ImageMode.
	ImageMode string
	// Placeholder is shown (as Markdown) while the canvas is empty.
	Placeholder string
	// Webcam configures the webcam source.
	Webcam WebcamOptions

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
	editorValueType = reflect.TypeFor[EditorValue]()
	editorFilesType = reflect.TypeFor[EditorFiles]()
	editorTools     = []string{"crop", "resize"}
)

func (e *ImageEditor) Kind() string { return "imageeditor" }

func (e *ImageEditor) Props() map[string]any { return e.props(defaultBrushColors) }

func (e *ImageEditor) props(colors []string) props {
	p := common{e.Label, e.Info, e.ShowLabel, e.Container, e.Scale, e.MinWidth, e.Visible, e.Interactive, e.ElemID, e.ElemClasses}.into(props{})
	p["sources"] = orList(e.Sources, imageSources)
	p.size(e.Height, e.Width)
	p["canvas_size"] = [2]int{orInt(e.CanvasSize[0], 800), orInt(e.CanvasSize[1], 600)}
	p["fixed_canvas"] = e.FixedCanvas
	p["brush"] = e.Brush.wire(colors)
	p["eraser"] = e.Eraser.wire()
	p["transforms"] = orList(e.Transforms, []string{"crop"})
	p["layers"] = e.Layers.or(true)
	p["format"] = or(strings.ToLower(e.Format), "png")
	p["image_mode"] = or(e.ImageMode, "RGBA")
	p.str("placeholder", e.Placeholder)
	p["webcam_options"] = e.Webcam.wire()
	return p
}

func (e *ImageEditor) Validate() error {
	if e.CanvasSize[0] < 0 || e.CanvasSize[1] < 0 {
		return fmt.Errorf("CanvasSize %v must not be negative", e.CanvasSize)
	}
	if e.Eraser.DefaultSize < 0 {
		return fmt.Errorf("Eraser.DefaultSize is %d; it must not be negative", e.Eraser.DefaultSize)
	}
	for _, err := range []error{e.Brush.validate(), checkSize(e.Height, e.Width), checkImageFormat(e.Format), checkImageMode(e.ImageMode),
		checkOneOf("Sources", e.Sources, imageSources), checkOneOf("Transforms", e.Transforms, editorTools)} {
		if err != nil {
			return err
		}
	}
	return nil
}

func (e *ImageEditor) ValueType() reflect.Type { return editorValueType }

// AcceptsType allows EditorFiles, both ways.
func (e *ImageEditor) AcceptsType(t reflect.Type) bool { return t == editorFilesType }

const editorShape = `{"background": <a file or null>, "layers": [<a file>, ...], "composite": <a file or null>}`

func (e *ImageEditor) rules() fileRules { return fileRules{what: "an ImageEditor"} }

// files decodes the editor's files; null gives empty EditorFiles.
func (e *ImageEditor) files(ctx context.Context, p json.RawMessage) (EditorFiles, error) {
	out := EditorFiles{Layers: []FileData{}}
	if isNull(p) {
		return out, nil
	}
	var raw struct {
		Background json.RawMessage `json:"background"`
		Layers     json.RawMessage `json:"layers"`
		Composite  json.RawMessage `json:"composite"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return out, fmt.Errorf("expected the editor's images, an object %s; got %s", editorShape, jsonKindOf(p))
	}
	for _, f := range []struct {
		name string
		raw  json.RawMessage
		dst  **FileData
	}{{"background", raw.Background, &out.Background}, {"composite", raw.Composite, &out.Composite}} {
		fd, err := decodeOptFile(ctx, f.raw, e.rules())
		if err != nil {
			return out, fmt.Errorf("%s: %w", f.name, err)
		}
		if !fd.IsZero() {
			*f.dst = &fd
		}
	}
	layers, err := decodeFileList(ctx, raw.Layers, e.rules())
	if err != nil {
		return out, fmt.Errorf("layers: %w", err)
	}
	out.Layers = layers
	return out, nil
}

// Preprocess decodes the background, layers and composite.
func (e *ImageEditor) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	fs, err := e.files(ctx, p)
	if err != nil {
		return nil, err
	}
	read := func(fd *FileData) (image.Image, error) {
		if fd == nil {
			return nil, nil
		}
		img, err := readImage(*fd)
		if err != nil {
			return nil, err
		}
		return media.ConvertMode(img, e.ImageMode)
	}
	var v EditorValue
	if v.Background, err = read(fs.Background); err != nil {
		return nil, fmt.Errorf("background: %w", err)
	}
	if v.Composite, err = read(fs.Composite); err != nil {
		return nil, fmt.Errorf("composite: %w", err)
	}
	v.Layers = make([]image.Image, len(fs.Layers))
	for i := range fs.Layers {
		if v.Layers[i], err = read(&fs.Layers[i]); err != nil {
			return nil, fmt.Errorf("layer %d: %w", i+1, err)
		}
	}
	return v, nil
}

func (e *ImageEditor) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	return e.files(ctx, p)
}

// editorWire is the editor's value on the wire.
type editorWire struct {
	Background *wire.FileData   `json:"background"`
	Layers     []*wire.FileData `json:"layers"`
	Composite  *wire.FileData   `json:"composite"`
	ID         *string          `json:"id"`
}

// Postprocess encodes an EditorValue or sends EditorFiles; an empty value clears the
// editor.
func (e *ImageEditor) Postprocess(ctx context.Context, v any) (any, error) {
	const what = "an ImageEditor"
	out := editorWire{Layers: []*wire.FileData{}}
	img := func(i image.Image) (*wire.FileData, error) {
		w, err := encodeImage(ctx, i, e.Format, what)
		if w == nil || err != nil {
			return nil, err
		}
		return w.(*wire.FileData), nil
	}
	file := func(fd *FileData) (*wire.FileData, error) {
		if fd == nil || fd.IsZero() {
			return nil, nil
		}
		return encodeFile(ctx, *fd, what)
	}
	var err error
	switch v := v.(type) {
	case nil:
		return nil, nil
	case EditorValue:
		if isNilImage(v.Background) && isNilImage(v.Composite) && len(v.Layers) == 0 {
			return nil, nil
		}
		if out.Background, err = img(v.Background); err != nil {
			return nil, fmt.Errorf("background: %w", err)
		}
		if out.Composite, err = img(v.Composite); err != nil {
			return nil, fmt.Errorf("composite: %w", err)
		}
		for i, l := range v.Layers {
			w, err := img(l)
			if err == nil && w == nil {
				err = fmt.Errorf("the layer is nil")
			}
			if err != nil {
				return nil, fmt.Errorf("layer %d: %w", i+1, err)
			}
			out.Layers = append(out.Layers, w)
		}
	case EditorFiles:
		if v.Background == nil && v.Composite == nil && len(v.Layers) == 0 {
			return nil, nil
		}
		if out.Background, err = file(v.Background); err != nil {
			return nil, fmt.Errorf("background: %w", err)
		}
		if out.Composite, err = file(v.Composite); err != nil {
			return nil, fmt.Errorf("composite: %w", err)
		}
		for i := range v.Layers {
			w, err := encodeFile(ctx, v.Layers[i], what)
			if err != nil {
				return nil, fmt.Errorf("layer %d: %w", i+1, err)
			}
			out.Layers = append(out.Layers, w)
		}
	default:
		return nil, fmt.Errorf("an ImageEditor shows a gradio.EditorValue or gradio.EditorFiles, not a %T", v)
	}
	return out, nil
}

// APISchema is Gradio's EditorData schema.
func (e *ImageEditor) APISchema() map[string]any {
	opt := func() map[string]any {
		return map[string]any{"anyOf": []any{map[string]any{"$ref": "#/$defs/FileData"}, map[string]any{"type": "null"}}, "default": nil}
	}
	return map[string]any{
		"$defs": fileDefs(),
		"properties": map[string]any{
			"background": opt(),
			"layers":     map[string]any{"default": []any{}, "items": map[string]any{"$ref": "#/$defs/FileData"}, "title": "Layers", "type": "array"},
			"composite":  opt(),
			"id":         map[string]any{"anyOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "null"}}, "default": nil, "title": "Id"},
		},
		"title": "EditorData", "type": "object", "additional_description": nil,
	}
}

func (e *ImageEditor) ExampleValue() any {
	return map[string]any{"background": exampleFile(exampleImageURL), "layers": []any{}, "composite": nil}
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (e *ImageEditor) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(e, e, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user edits the image.
func (e *ImageEditor) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(e, e, EventInput, fn, in, out, opts)
}

// Upload registers fn to run when the user uploads a background.
func (e *ImageEditor) Upload(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(e, e, EventUpload, fn, in, out, opts)
}

// Clear registers fn to run when the user clears the editor.
func (e *ImageEditor) Clear(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(e, e, EventClear, fn, in, out, opts)
}

// Select registers fn to run when the user clicks on the image.
func (e *ImageEditor) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(e, e, EventSelect, fn, in, out, opts)
}

// Apply registers fn to run when the user applies a transform (such as a crop).
func (e *ImageEditor) Apply(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(e, e, "apply", fn, in, out, opts)
}

var (
	_ TypedInput   = (*ImageEditor)(nil)
	_ TypedOutput  = (*ImageEditor)(nil)
	_ APIDescriber = (*ImageEditor)(nil)
	_ Exampler     = (*ImageEditor)(nil)
	_ Validator    = (*ImageEditor)(nil)
)
