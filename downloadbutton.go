package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
)

// DownloadButton is a button that downloads a file. Set the file with Value, or by
// returning it from a handler: a FileData, or a path (a string; "" clears it). A
// local file is copied into the app's file cache, as for File.
type DownloadButton struct {
	Events
	// Label is the button's text; "" means "Download".
	Label string
	// Value is the file offered before any handler sets one. A local Path is not copied
	// into the cache (there is no app yet when the config is written): it must be in
	// the cache or in an allowed path (WithAllowedPaths) to be served. A URL is sent
	// as is.
	Value FileData
	// Variant defaults to Secondary.
	Variant Variant
	// Size is Small, Medium or Large (the default).
	Size string
	// Icon is the URL of an image shown before the text.
	Icon string

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

var stringType = reflect.TypeFor[string]()

func (d *DownloadButton) Kind() string { return "downloadbutton" }

func (d *DownloadButton) Props() map[string]any {
	p := layoutProps(d.Visible, d.ElemID, d.ElemClasses)
	p["label"] = or(d.Label, "Download")
	if !d.Value.IsZero() {
		p["value"] = staticFile(d.Value)
	}
	p["variant"] = string(d.Variant)
	if d.Variant == "" {
		p["variant"] = string(Secondary)
	}
	p["size"] = or(d.Size, Large)
	p.str("icon", d.Icon)
	p["interactive"] = d.Interactive.or(true)
	if d.Scale != 0 {
		p["scale"] = d.Scale
	}
	if d.MinWidth != 0 {
		p["min_width"] = d.MinWidth
	}
	return p
}

func (d *DownloadButton) Validate() error {
	if d.Value != (FileData{}) && d.Value.Path == "" && d.Value.URL == "" {
		return fmt.Errorf("Value has neither a Path nor a URL")
	}
	return validButton(d.Variant, d.Size)
}

func (d *DownloadButton) ValueType() reflect.Type { return fileDataType }

// AcceptsType allows a path string, both ways.
func (d *DownloadButton) AcceptsType(t reflect.Type) bool { return t == stringType }

func (d *DownloadButton) rules() fileRules { return fileRules{what: "a DownloadButton"} }

// Preprocess accepts the FileData of a file in the cache, as File; null gives the
// zero FileData.
func (d *DownloadButton) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	return decodeOptFile(ctx, p, d.rules())
}

func (d *DownloadButton) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	fd, err := decodeOptFile(ctx, p, d.rules())
	return fd.Path, err
}

// Postprocess sends a FileData, or the file at a path, as File does.
func (d *DownloadButton) Postprocess(ctx context.Context, v any) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case FileData:
		return encodeOptFile(ctx, v, "a DownloadButton")
	case string:
		if v == "" {
			return nil, nil
		}
		return encodeFile(ctx, FileData{Path: v}, "a DownloadButton")
	}
	return nil, fmt.Errorf("a DownloadButton offers a FileData or a path, not a %T", v)
}

// APISchema is Gradio's FileData schema.
func (d *DownloadButton) APISchema() map[string]any { return fileSchema() }

func (d *DownloadButton) ExampleValue() any { return exampleFile(exampleFileURL) }

// Click registers fn to run when the button is clicked (the download starts too).
func (d *DownloadButton) Click(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventClick, fn, in, out, opts)
}

var (
	_ TypedInput   = (*DownloadButton)(nil)
	_ TypedOutput  = (*DownloadButton)(nil)
	_ APIDescriber = (*DownloadButton)(nil)
	_ Exampler     = (*DownloadButton)(nil)
	_ Validator    = (*DownloadButton)(nil)
)
