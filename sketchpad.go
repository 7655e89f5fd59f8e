package gradio

import (
	"context"
	"encoding/json"
	"reflect"
)

// Sketchpad is an ImageEditor with a blank canvas: no background to upload, and a
// black brush by default. Its values are those of ImageEditor (EditorValue or
// EditorFiles); the background is normally nil.
type Sketchpad struct {
	Events
	// Height and Width size the component, in pixels, when positive.
	Height, Width int
	// CanvasSize is the canvas's width and height in pixels; zero means 800×600.
	CanvasSize [2]int
	// Brush is black, with no other colors, unless set.
	Brush  Brush
	Eraser Eraser
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

// editor is the ImageEditor s stands for.
func (s *Sketchpad) editor() *ImageEditor {
	brush := s.Brush
	if brush.ColorMode == "" && brush.Colors == nil {
		brush.ColorMode = "fixed"
	}
	return &ImageEditor{
		Sources: []string{}, Height: s.Height, Width: s.Width, CanvasSize: s.CanvasSize,
		Brush: brush, Eraser: s.Eraser, Transforms: s.Transforms, Layers: s.Layers, Format: s.Format,
		ImageMode: s.ImageMode, Placeholder: s.Placeholder,
		Label: s.Label, Info: s.Info, ShowLabel: s.ShowLabel, Container: s.Container, Scale: s.Scale,
		MinWidth: s.MinWidth, Visible: s.Visible, Interactive: s.Interactive, ElemID: s.ElemID, ElemClasses: s.ElemClasses,
	}
}

func (s *Sketchpad) Kind() string { return "imageeditor" }

func (s *Sketchpad) Props() map[string]any { return s.editor().props([]string{"#000000"}) }

func (s *Sketchpad) Validate() error { return s.editor().Validate() }

func (s *Sketchpad) ValueType() reflect.Type { return editorValueType }

// AcceptsType allows EditorFiles, both ways.
func (s *Sketchpad) AcceptsType(t reflect.Type) bool { return t == editorFilesType }

// Preprocess decodes the layers and composite, as ImageEditor's.
func (s *Sketchpad) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	return s.editor().Preprocess(ctx, p)
}

func (s *Sketchpad) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	return s.editor().PreprocessTo(ctx, p, t)
}

// Postprocess encodes an EditorValue or sends EditorFiles, as ImageEditor's.
func (s *Sketchpad) Postprocess(ctx context.Context, v any) (any, error) {
	return s.editor().Postprocess(ctx, v)
}

// APISchema is Gradio's EditorData schema.
func (s *Sketchpad) APISchema() map[string]any { return s.editor().APISchema() }

func (s *Sketchpad) ExampleValue() any {
	return map[string]any{"background": nil, "layers": []any{}, "composite": exampleFile(exampleImageURL)}
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (s *Sketchpad) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user draws.
func (s *Sketchpad) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventInput, fn, in, out, opts)
}

// Clear registers fn to run when the user clears the canvas.
func (s *Sketchpad) Clear(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventClear, fn, in, out, opts)
}

// Apply registers fn to run when the user applies a transform (such as a crop).
func (s *Sketchpad) Apply(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, "apply", fn, in, out, opts)
}

var (
	_ TypedInput   = (*Sketchpad)(nil)
	_ TypedOutput  = (*Sketchpad)(nil)
	_ APIDescriber = (*Sketchpad)(nil)
	_ Exampler     = (*Sketchpad)(nil)
	_ Validator    = (*Sketchpad)(nil)
)
