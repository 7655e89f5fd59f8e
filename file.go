package gradio

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/gradio-go/gradio/internal/wire"
)

// FileData is a file a handler receives from a File input or returns to a File output.
type FileData struct {
	// Path is a local path on the server. A received file lives in the app's file cache;
	// a returned file may be anywhere the handler can read, and is copied into the cache.
	Path string
	// URL is set on files received from clients' URLs, or on a returned file that lives
	// elsewhere (with no Path): it is then sent as is.
	URL string
	// OrigName is the file's original name. On received files it comes from the client:
	// do not use it as a path. It defaults to Path's base name.
	OrigName string
	// MimeType is the media type, such as "image/png"; by default it is guessed from the
	// name's extension.
	MimeType string
	// Size is the size in bytes.
	Size int64
}

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

func (f *File) Validate() error {
	switch f.FileCount {
	case "", "single", "multiple":
		return nil
	}
	return fmt.Errorf("FileCount %q is not one of single, multiple", f.FileCount)
}

func (f *File) ValueType() reflect.Type {
	if f.multiple() {
		return reflect.TypeFor[[]FileData]()
	}
	return reflect.TypeFor[FileData]()
}

const fileShape = `{"path": <a path from /gradio_api/upload>, "meta": {"_type": "gradio.FileData"}}`

// Preprocess accepts a FileData object (an array of them when FileCount is "multiple")
// whose path names a file uploaded to or produced by this app. Null gives the zero
// FileData (or an empty slice).
func (f *File) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	if !f.multiple() {
		if isNull(p) {
			return FileData{}, nil
		}
		return f.decode(ctx, p)
	}
	if isNull(p) {
		return []FileData{}, nil
	}
	var items []json.RawMessage
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &items) != nil {
		return nil, fmt.Errorf("expected an array of files, each %s; got %s", fileShape, jsonKindOf(p))
	}
	out := make([]FileData, len(items))
	for i, item := range items {
		fd, err := f.decode(ctx, item)
		if err != nil {
			return nil, fmt.Errorf("file %d: %w", i+1, err)
		}
		out[i] = fd
	}
	return out, nil
}

func (f *File) decode(ctx context.Context, p json.RawMessage) (FileData, error) {
	var raw struct {
		Path     json.RawMessage `json:"path"`
		OrigName json.RawMessage `json:"orig_name"`
		MimeType json.RawMessage `json:"mime_type"`
		Meta     json.RawMessage `json:"meta"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return FileData{}, fmt.Errorf("expected a file, an object %s; got %s", fileShape, jsonKindOf(p))
	}
	var meta struct {
		Type *string `json:"_type"`
	}
	if jsonKindOf(raw.Meta) != "an object" || json.Unmarshal(raw.Meta, &meta) != nil || meta.Type == nil || *meta.Type != wire.FileDataType {
		return FileData{}, fmt.Errorf(`a file must carry "meta": {"_type": "gradio.FileData"}, as in %s`, fileShape)
	}
	var fd FileData
	if jsonKindOf(raw.Path) != "a string" || json.Unmarshal(raw.Path, &fd.Path) != nil || fd.Path == "" {
		return FileData{}, fmt.Errorf(`a file's "path" must be the path /gradio_api/upload returned, got %s`, jsonKindOf(raw.Path))
	}
	if isHTTP(fd.Path) {
		return FileData{}, errors.New("URL inputs are not supported yet; upload the file first")
	}
	var err error
	if fd.OrigName, err = optString(raw.OrigName, "orig_name"); err != nil {
		return FileData{}, err
	}
	if fd.MimeType, err = optString(raw.MimeType, "mime_type"); err != nil {
		return FileData{}, err
	}
	a := appFrom(ctx)
	if a == nil || a.files == nil {
		return FileData{}, errors.New("a File input needs a running app: files are looked up in its cache")
	}
	real, err := a.files.Resolve(fd.Path)
	if err != nil {
		return FileData{}, fmt.Errorf("file not allowed: %q is not a file uploaded to this app; upload it first with POST %s/upload", fd.Path, wire.APIPrefix)
	}
	fi, err := os.Stat(real)
	if err != nil {
		return FileData{}, fmt.Errorf("file %q cannot be read", fd.Path)
	}
	fd.Path, fd.Size = real, fi.Size()
	fd.OrigName = or(fd.OrigName, filepath.Base(real))
	fd.MimeType = or(fd.MimeType, mimeByExt(fd.OrigName))
	if len(f.FileTypes) > 0 && !fileTypeOK(real, f.FileTypes) && !fileTypeOK(fd.OrigName, f.FileTypes) {
		return FileData{}, fmt.Errorf("file type not allowed: %q is not one of %s", fd.OrigName, strings.Join(f.FileTypes, ", "))
	}
	return fd, nil
}

// optString decodes an optional string field.
func optString(p json.RawMessage, name string) (string, error) {
	var s string
	if isNull(p) {
		return "", nil
	}
	if jsonKindOf(p) != "a string" || json.Unmarshal(p, &s) != nil {
		return "", fmt.Errorf("a file's %q must be a string or null, got %s", name, jsonKindOf(p))
	}
	return s, nil
}

// Postprocess accepts a FileData (a []FileData when FileCount is "multiple"). A local
// Path is copied into the app's file cache (unless it is already there) and sent with
// the URL it is served at; a file with only a URL, or an http(s) Path, is sent as is.
// The zero FileData (or a nil slice) clears the component.
func (f *File) Postprocess(ctx context.Context, v any) (any, error) {
	switch v := v.(type) {
	case FileData:
		if v == (FileData{}) {
			return nil, nil
		}
		return encodeFile(ctx, v)
	case []FileData:
		if v == nil {
			return nil, nil
		}
		out := make([]any, len(v))
		for i, fd := range v {
			w, err := encodeFile(ctx, fd)
			if err != nil {
				return nil, fmt.Errorf("file %d: %w", i+1, err)
			}
			out[i] = w
		}
		return out, nil
	}
	return nil, nil
}

func encodeFile(ctx context.Context, fd FileData) (any, error) {
	w := wire.FileData{Meta: wire.FileMeta{Type: wire.FileDataType}}
	switch {
	case fd.Path == "" && fd.URL == "":
		return nil, errors.New("the FileData has neither a Path nor a URL")
	case fd.Path == "" || isHTTP(fd.Path):
		u := or(fd.URL, fd.Path)
		w.Path, w.URL = u, &u
		fd.OrigName = or(fd.OrigName, path.Base(strings.SplitN(u, "?", 2)[0]))
	default:
		a := appFrom(ctx)
		if a == nil || a.files == nil {
			return nil, errors.New("a File output needs a running app: files are served from its cache")
		}
		cached, err := a.files.Add(fd.Path)
		if err != nil {
			return nil, err
		}
		fi, err := os.Stat(cached)
		if err != nil {
			return nil, err
		}
		root := ""
		if r := RequestFrom(ctx); r != nil {
			root = r.Root
		}
		u := root + wire.APIPrefix + "/file=" + cached
		w.Path, w.URL, fd.Size = cached, &u, fi.Size()
		fd.OrigName = or(fd.OrigName, filepath.Base(fd.Path))
	}
	w.OrigName = &fd.OrigName
	if fd.Size > 0 {
		w.Size = &fd.Size
	}
	if m := or(fd.MimeType, mimeByExt(fd.OrigName)); m != "" {
		w.MimeType = &m
	}
	return w, nil
}

func isHTTP(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// mimeByExt guesses a media type from a file name, without parameters.
func mimeByExt(name string) string {
	t, _, _ := strings.Cut(mime.TypeByExtension(filepath.Ext(name)), ";")
	return strings.TrimSpace(t)
}

// fileTypeOK follows gradio_client's is_valid_file: "file" accepts anything, ".ext"
// matches the extension, and a kind such as "image" matches the media type.
func fileTypeOK(name string, types []string) bool {
	for _, t := range types {
		switch {
		case t == "file":
			return true
		case strings.HasPrefix(t, "."):
			if strings.EqualFold(filepath.Ext(name), t) {
				return true
			}
		case t != "" && strings.HasPrefix(mimeByExt(name), strings.ToLower(t)+"/"):
			return true
		}
	}
	return false
}

// Gradio's FileData schema, without its $defs (fileMetaJSON) and description
// (fileDataDoc), which depend on where it is used.
const (
	fileDataJSON = `{"properties": {"path": {"title": "Path", "type": "string"}, "url": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Url"}, "size": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": null, "title": "Size"}, "orig_name": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Orig Name"}, "mime_type": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Mime Type"}, "is_stream": {"default": false, "title": "Is Stream", "type": "boolean"}, "meta": {"$ref": "#/$defs/FileDataMeta"}}, "required": ["path"], "title": "FileData", "type": "object"}`
	fileMetaJSON = `{"properties": {"_type": {"const": "gradio.FileData", "title": "Type", "type": "string"}}, "required": ["_type"], "title": "FileDataMeta", "type": "object"}`
	fileDataDoc  = "The FileData class is a subclass of the GradioModel class that represents a file object within a Gradio interface. It is used to store file data and metadata when a file is uploaded.\n\nAttributes:\n    path: The server file path where the file is stored.\n    url: The normalized server URL pointing to the file.\n    size: The size of the file in bytes.\n    orig_name: The original filename before upload.\n    mime_type: The MIME type of the file.\n    is_stream: Indicates whether the file is a stream.\n    meta: Additional metadata used internally (should not be changed)."
)

// APISchema is Gradio's FileData schema, or its ListFiles schema when FileCount is
// "multiple".
func (f *File) APISchema() map[string]any {
	meta := map[string]any{"FileDataMeta": schemaJSON(fileMetaJSON)}
	s := schemaJSON(fileDataJSON)
	if !f.multiple() {
		s["$defs"], s["additional_description"] = meta, fileDataDoc
		return s
	}
	s["description"], meta["FileData"] = fileDataDoc, s
	return map[string]any{"$defs": meta, "items": map[string]any{"$ref": "#/$defs/FileData"}, "type": "array"}
}

// schemaJSON decodes a JSON schema written as a constant.
func schemaJSON(s string) map[string]any {
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		panic("gradio: bad built-in schema: " + err.Error())
	}
	return m
}

func (f *File) ExampleValue() any {
	const u = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"
	ex := map[string]any{"path": u, "meta": map[string]any{"_type": wire.FileDataType}, "orig_name": "sample_file.pdf", "url": u}
	if f.multiple() {
		return []any{ex}
	}
	return ex
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
