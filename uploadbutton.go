package gradio

import (
	"context"
	"encoding/json"
	"reflect"
)

// UploadButton is a button that uploads files. Its value is like File's: a FileData,
// or a []FileData when FileCount is "multiple". Its Upload event fires with the files
// uploaded.
type UploadButton struct {
	Events
	// Label is the button's text; "" means "Upload a File".
	Label string
	// Variant defaults to Secondary.
	Variant Variant
	// Size is Small, Medium or Large (the default).
	Size string
	// Icon is the URL of an image shown before the text.
	Icon string
	// FileCount is "single" (the default) or "multiple".
	FileCount string
	// FileTypes limits the files accepted, as File.FileTypes.
	FileTypes []string

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

func (u *UploadButton) Kind() string { return "uploadbutton" }

func (u *UploadButton) multiple() bool { return u.FileCount == "multiple" }

func (u *UploadButton) Props() map[string]any {
	p := layoutProps(u.Visible, u.ElemID, u.ElemClasses)
	p["label"] = or(u.Label, "Upload a File")
	p["variant"] = string(u.Variant)
	if u.Variant == "" {
		p["variant"] = string(Secondary)
	}
	p["size"] = or(u.Size, Large)
	p.str("icon", u.Icon)
	p["interactive"] = u.Interactive.or(true)
	p["type"] = "filepath"
	p["file_count"] = or(u.FileCount, "single")
	if len(u.FileTypes) > 0 {
		p["file_types"] = u.FileTypes
	}
	if u.Scale != 0 {
		p["scale"] = u.Scale
	}
	if u.MinWidth != 0 {
		p["min_width"] = u.MinWidth
	}
	return p
}

func (u *UploadButton) Validate() error {
	if err := validButton(u.Variant, u.Size); err != nil {
		return err
	}
	return checkFileCount(u.FileCount)
}

func (u *UploadButton) ValueType() reflect.Type {
	if u.multiple() {
		return fileDataSlice
	}
	return fileDataType
}

func (u *UploadButton) rules() fileRules {
	return fileRules{what: "an UploadButton", types: u.FileTypes}
}

// Preprocess accepts what File's does.
func (u *UploadButton) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	if u.multiple() {
		return decodeFileList(ctx, p, u.rules())
	}
	return decodeOptFile(ctx, p, u.rules())
}

// Postprocess sends a FileData or []FileData as File does.
func (u *UploadButton) Postprocess(ctx context.Context, v any) (any, error) {
	return encodeFileValue(ctx, v, "an UploadButton")
}

// APISchema is Gradio's FileData schema (with its description where UploadButton
// puts it), or its ListFiles schema when FileCount is "multiple".
func (u *UploadButton) APISchema() map[string]any {
	if u.multiple() {
		return fileListSchema()
	}
	s := fileSchema()
	s["description"] = s["additional_description"]
	delete(s, "additional_description")
	return s
}

func (u *UploadButton) ExampleValue() any {
	if u.multiple() {
		return []any{exampleFile(exampleFileURL)}
	}
	return exampleFile(exampleFileURL)
}

// Click registers fn to run when the button is clicked, before the file dialog.
func (u *UploadButton) Click(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(u, u, EventClick, fn, in, out, opts)
}

// Upload registers fn to run when files are uploaded.
func (u *UploadButton) Upload(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(u, u, EventUpload, fn, in, out, opts)
}

// Change registers fn to run when the value changes.
func (u *UploadButton) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(u, u, EventChange, fn, in, out, opts)
}

var (
	_ Input        = (*UploadButton)(nil)
	_ Output       = (*UploadButton)(nil)
	_ APIDescriber = (*UploadButton)(nil)
	_ Exampler     = (*UploadButton)(nil)
	_ Validator    = (*UploadButton)(nil)
)
