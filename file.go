package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
)

// File uploads or shows one file (a FileData), or several (a []FileData) when
// FileCount is "multiple". Clients send a file by uploading it first (POST
// /gradio_api/upload) and passing the path they get back; only files uploaded to or
// produced by this app are accepted.
type File struct {
	Events
	// FileCount is "single" (the default) or "multiple".
	FileCount string
	// FileTypes limits the files accepted, by extension (".pdf") or kind ("image",
	// "video", "audio", "text"); empty accepts any file.
	FileTypes []string
	// Height is the component's height in pixels when positive.
	Height int

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

func (f *File) Kind() string { return "file" }

func (f *File) multiple() bool { return f.FileCount == "multiple" }

func (f *File) Props() map[string]any {
	p := common{f.Label, f.Info, f.ShowLabel, f.Container, f.Scale, f.MinWidth, f.Visible, f.Interactive, f.ElemID, f.ElemClasses}.into(props{})
	p["file_count"] = or(f.FileCount, "single")
	p["type"] = "filepath"
	if len(f.FileTypes) > 0 {
		p["file_types"] = f.FileTypes
	}
	if f.Height > 0 {
		p["height"] = f.Height
	}
	p["allow_reordering"] = false
	p["buttons"] = []string{}
	return p
}

func (f *File) Validate() error { return checkFileCount(f.FileCount) }

// checkFileCount validates a FileCount field.
func checkFileCount(c string) error {
	switch c {
	case "", "single", "multiple":
		return nil
	}
	return fmt.Errorf("FileCount %q is not one of single, multiple", c)
}

func (f *File) ValueType() reflect.Type {
	if f.multiple() {
		return fileDataSlice
	}
	return fileDataType
}

func (f *File) rules() fileRules { return fileRules{what: "a File", types: f.FileTypes} }

// Preprocess accepts a FileData object (an array of them when FileCount is "multiple")
// whose path names a file uploaded to or produced by this app. Null gives the zero
// FileData (or an empty slice).
func (f *File) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	if f.multiple() {
		return decodeFileList(ctx, p, f.rules())
	}
	return decodeOptFile(ctx, p, f.rules())
}

// Postprocess accepts a FileData (a []FileData when FileCount is "multiple"). A local
// Path is copied into the app's file cache (unless it is already there) and sent with
// the URL it is served at; a file with only a URL, or an http(s) Path, is sent as is.
// The zero FileData (or a nil slice) clears the component.
func (f *File) Postprocess(ctx context.Context, v any) (any, error) {
	return encodeFileValue(ctx, v, "a File")
}

// encodeFileValue encodes a FileData or a []FileData.
func encodeFileValue(ctx context.Context, v any, what string) (any, error) {
	switch v := v.(type) {
	case FileData:
		return encodeOptFile(ctx, v, what)
	case []FileData:
		if v == nil {
			return nil, nil
		}
		out := make([]any, len(v))
		for i, fd := range v {
			w, err := encodeFile(ctx, fd, what)
			if err != nil {
				return nil, fmt.Errorf("file %d: %w", i+1, err)
			}
			out[i] = w
		}
		return out, nil
	}
	return nil, nil
}

// APISchema is Gradio's FileData schema, or its ListFiles schema when FileCount is
// "multiple".
func (f *File) APISchema() map[string]any {
	if !f.multiple() {
		return fileSchema()
	}
	return fileListSchema()
}

// fileListSchema is Gradio's ListFiles schema.
func fileListSchema() map[string]any {
	return map[string]any{"$defs": fileDefs(), "items": map[string]any{"$ref": "#/$defs/FileData"}, "type": "array"}
}

func (f *File) ExampleValue() any {
	if f.multiple() {
		return []any{exampleFile(exampleFileURL)}
	}
	return exampleFile(exampleFileURL)
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (f *File) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(f, f, EventChange, fn, in, out, opts)
}

// Upload registers fn to run when the user uploads a file.
func (f *File) Upload(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(f, f, EventUpload, fn, in, out, opts)
}

// Clear registers fn to run when the user clears the component.
func (f *File) Clear(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(f, f, EventClear, fn, in, out, opts)
}

var (
	_ Input        = (*File)(nil)
	_ Output       = (*File)(nil)
	_ APIDescriber = (*File)(nil)
	_ Exampler     = (*File)(nil)
	_ Validator    = (*File)(nil)
)
