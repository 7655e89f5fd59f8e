package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"reflect"
	"strings"
)

// Image uploads or shows an image. A handler takes or returns it as an image.Image
// (decoded from PNG, JPEG, GIF, WebP, BMP or TIFF, by content: the file's name and
// type are not trusted), or as a FileData to handle the file itself. A handler may
// also take a concrete *image.RGBA, *image.NRGBA, *image.RGBA64, *image.NRGBA64,
// *image.Gray or *image.Gray16, to which the image is converted.
//
// Returned images are encoded as PNG, or JPEG with Format "jpeg", into the app's file
// cache. An empty input (null) gives a nil image; returning nil clears the component.
type Image struct {
	Events
	// Format encodes the images a handler returns: "png" (the default) or "jpeg".
	// Returned FileData are sent as they are.
	Format string
	// ImageMode converts received images: "RGB" (opaque *image.RGBA), "RGBA"
	// (*image.NRGBA) or "L" (*image.Gray). Empty keeps them as decoded.
	ImageMode string
	// Height and Width size the component, in pixels, when positive.
	Height, Width int
	// Sources are where the user may take an image from: "upload", "webcam",
	// "clipboard". Nil means all three; an empty slice, none.
	Sources []string
	// Buttons are shown over the image: "download", "share", "fullscreen". Nil means
	// download and fullscreen; an empty slice, none.
	Buttons []string
	// Placeholder is shown (as Markdown) while there is no image.
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
	imageSources = []string{"upload", "webcam", "clipboard"}
	imageButtons = []string{"download", "share", "fullscreen"}
)

func (i *Image) Kind() string { return "image" }

func (i *Image) Props() map[string]any {
	p := common{i.Label, i.Info, i.ShowLabel, i.Container, i.Scale, i.MinWidth, i.Visible, i.Interactive, i.ElemID, i.ElemClasses}.into(props{})
	p["format"] = or(strings.ToLower(i.Format), "png")
	p["image_mode"] = or(i.ImageMode, "RGB")
	p["sources"] = orList(i.Sources, imageSources)
	p["buttons"] = orList(i.Buttons, []string{"download", "fullscreen"})
	p["webcam_options"] = i.Webcam.wire()
	p["streaming"] = false
	p["streamable"] = false
	p.size(i.Height, i.Width)
	p.str("placeholder", i.Placeholder)
	return p
}

func (i *Image) Validate() error {
	for _, err := range []error{
		checkImageFormat(i.Format), checkImageMode(i.ImageMode), checkSize(i.Height, i.Width),
		checkOneOf("Sources", i.Sources, imageSources), checkOneOf("Buttons", i.Buttons, imageButtons),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

func (i *Image) rules() fileRules { return fileRules{what: "an Image"} }

func (i *Image) ValueType() reflect.Type { return imageType }

// AcceptsType allows FileData (both ways) and the concrete image types (as inputs;
// outputs take any image.Image).
func (i *Image) AcceptsType(t reflect.Type) bool {
	return t == fileDataType || isImageType(t)
}

// Preprocess decodes the image the client sent; null gives nil.
func (i *Image) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	return decodeImageInput(ctx, p, i.rules(), i.ImageMode)
}

func (i *Image) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	if t == fileDataType {
		return decodeOptFile(ctx, p, i.rules())
	}
	img, err := decodeImageInput(ctx, p, i.rules(), i.ImageMode)
	if err != nil {
		return nil, err
	}
	return imageAs(img, t), nil
}

// Postprocess encodes an image.Image into the cache, or sends a FileData as File does.
// nil (or the zero FileData) clears the component.
func (i *Image) Postprocess(ctx context.Context, v any) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case FileData:
		return encodeOptFile(ctx, v, "an Image")
	case image.Image:
		return encodeImage(ctx, v, i.Format, "an Image")
	}
	return nil, fmt.Errorf("an Image shows an image.Image or a FileData, not a %T", v)
}

// APISchema is Gradio's ImageData schema.
func (i *Image) APISchema() map[string]any {
	s := schemaJSON(imageDataJSON)
	s["additional_description"] = imageDataDoc
	return s
}

func (i *Image) ExampleValue() any { return exampleFile(exampleImageURL) }

// Change registers fn to run when the value changes, by the user or by a handler.
func (i *Image) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(i, i, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user changes the image.
func (i *Image) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(i, i, EventInput, fn, in, out, opts)
}

// Upload registers fn to run when the user uploads an image.
func (i *Image) Upload(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(i, i, EventUpload, fn, in, out, opts)
}

// Clear registers fn to run when the user clears the image.
func (i *Image) Clear(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(i, i, EventClear, fn, in, out, opts)
}

// Select registers fn to run when the user clicks on the image.
func (i *Image) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(i, i, EventSelect, fn, in, out, opts)
}

var (
	_ TypedInput   = (*Image)(nil)
	_ TypedOutput  = (*Image)(nil)
	_ APIDescriber = (*Image)(nil)
	_ Exampler     = (*Image)(nil)
	_ Validator    = (*Image)(nil)
)
