package gradio

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"mime"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/gradio-go/gradio/internal/files"
	"github.com/gradio-go/gradio/internal/media"
	"github.com/gradio-go/gradio/internal/wire"
)

// The FileData wire object, shared by every component that carries files (File, Image,
// Audio, Video, Gallery, AnnotatedImage, ImageSlider, UploadButton, DownloadButton,
// ImageEditor): decoding an input file, encoding an output file, and their schemas.

// FileData is a file a handler receives from a file input (File, Image, Audio...) or
// returns to a file output.
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
	// name's extension. On received files it comes from the client: media components
	// decode by content, whatever the name and type say.
	MimeType string
	// Size is the size in bytes.
	Size int64
}

// IsZero reports whether fd is the zero FileData, which stands for "no file".
func (fd FileData) IsZero() bool { return fd == FileData{} }

var (
	fileDataType  = reflect.TypeFor[FileData]()
	fileDataSlice = reflect.TypeFor[[]FileData]()
	imageType     = reflect.TypeFor[image.Image]()
)

const fileShape = `{"path": <a path from /gradio_api/upload>, "meta": {"_type": "gradio.FileData"}}`

// fetchInput downloads an http(s) input file into the cache and returns its path
// there. It is the one place URL inputs are handled: the cache's Fetch refuses
// addresses that are not public (SSRF), bounds the time and size, and names the URL in
// its errors.
func fetchInput(ctx context.Context, c *files.Cache, url string) (string, error) {
	return c.Fetch(ctx, url)
}

// addOutput copies a file a handler returned into the cache (unless it is there
// already) and returns its path there. It is the one place output paths are admitted:
// the cache's AddOutput takes files from the cache, the working directory, the
// temporary directory and the allowed paths only.
func addOutput(c *files.Cache, src string) (string, error) {
	return c.AddOutput(src)
}

// fileRules says how one component decodes input files.
type fileRules struct {
	// what names the input in errors that mention it: "a File", "an Image".
	what string
	// types limits the files accepted, as File.FileTypes; nil accepts any.
	types []string
}

// cacheOf is the app's file cache, or an error naming the component that needs it.
func cacheOf(ctx context.Context, what, role string) (*files.Cache, error) {
	a := appFrom(ctx)
	if a == nil || a.files == nil {
		if role == "input" {
			return nil, fmt.Errorf("%s input needs a running app: files are looked up in its cache", what)
		}
		return nil, fmt.Errorf("%s output needs a running app: files are served from its cache", what)
	}
	return a.files, nil
}

// decodeFile decodes one FileData object. It must carry the meta marker, and its path
// must name a file in the app's cache (an upload or an earlier output) or be an http(s)
// URL, fetched into the cache. The FileData returned has the cache path, the size, and
// the client's name and type (or ones guessed from the path).
func decodeFile(ctx context.Context, p json.RawMessage, r fileRules) (FileData, error) {
	var raw struct {
		Path     json.RawMessage `json:"path"`
		URL      json.RawMessage `json:"url"`
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
	if isNull(raw.Path) {
		// Gradio's ImageData may have only a URL.
		if u, err := optString(raw.URL, "url"); err == nil && isHTTP(u) {
			raw.Path = raw.URL
		}
	}
	if jsonKindOf(raw.Path) != "a string" || json.Unmarshal(raw.Path, &fd.Path) != nil || fd.Path == "" {
		return FileData{}, fmt.Errorf(`a file's "path" must be the path /gradio_api/upload returned, got %s`, jsonKindOf(raw.Path))
	}
	var err error
	if fd.OrigName, err = optString(raw.OrigName, "orig_name"); err != nil {
		return FileData{}, err
	}
	if fd.MimeType, err = optString(raw.MimeType, "mime_type"); err != nil {
		return FileData{}, err
	}
	var real string
	if isHTTP(fd.Path) {
		c, err := cacheOf(ctx, r.what, "input")
		if err != nil {
			return FileData{}, err
		}
		if real, err = fetchInput(ctx, c, fd.Path); err != nil {
			return FileData{}, err
		}
		fd.URL = fd.Path
	} else {
		c, err := cacheOf(ctx, r.what, "input")
		if err != nil {
			return FileData{}, err
		}
		if real, err = c.Resolve(fd.Path); err != nil {
			return FileData{}, fmt.Errorf("file not allowed: %q is not a file uploaded to this app; upload it first with POST %s/upload", fd.Path, wire.APIPrefix)
		}
	}
	fi, err := os.Stat(real)
	if err != nil {
		return FileData{}, fmt.Errorf("file %q cannot be read", fd.Path)
	}
	fd.Path, fd.Size = real, fi.Size()
	fd.OrigName = or(fd.OrigName, filepath.Base(real))
	fd.MimeType = or(fd.MimeType, mimeByExt(fd.OrigName))
	if len(r.types) > 0 && !fileTypeOK(real, r.types) && !fileTypeOK(fd.OrigName, r.types) {
		return FileData{}, fmt.Errorf("file type not allowed: %q is not one of %s", fd.OrigName, strings.Join(r.types, ", "))
	}
	return fd, nil
}

// decodeOptFile is decodeFile that turns null into the zero FileData.
func decodeOptFile(ctx context.Context, p json.RawMessage, r fileRules) (FileData, error) {
	if isNull(p) {
		return FileData{}, nil
	}
	return decodeFile(ctx, p, r)
}

// decodeFileList decodes an array of FileData objects; null gives an empty slice.
func decodeFileList(ctx context.Context, p json.RawMessage, r fileRules) ([]FileData, error) {
	if isNull(p) {
		return []FileData{}, nil
	}
	var items []json.RawMessage
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &items) != nil {
		return nil, fmt.Errorf("expected an array of files, each %s; got %s", fileShape, jsonKindOf(p))
	}
	out := make([]FileData, len(items))
	for i, item := range items {
		fd, err := decodeFile(ctx, item, r)
		if err != nil {
			return nil, fmt.Errorf("file %d: %w", i+1, err)
		}
		out[i] = fd
	}
	return out, nil
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

// readImage decodes the image in a received file, by its content: the name and type
// the client gave are not trusted. Errors name the file.
func readImage(fd FileData) (image.Image, error) {
	data, err := os.ReadFile(fd.Path)
	if err != nil {
		return nil, fmt.Errorf("file %q cannot be read", or(fd.OrigName, filepath.Base(fd.Path)))
	}
	img, _, err := media.DecodeImage(data, 0)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", or(fd.OrigName, filepath.Base(fd.Path)), err)
	}
	return img, nil
}

// imageSize reads the dimensions of the image in a local file without decoding it.
func imageSize(fd FileData) (image.Rectangle, error) {
	data, err := os.ReadFile(fd.Path)
	if err != nil {
		return image.Rectangle{}, fmt.Errorf("file %q cannot be read", or(fd.OrigName, filepath.Base(fd.Path)))
	}
	cfg, _, err := media.ImageConfig(data)
	if err != nil {
		return image.Rectangle{}, fmt.Errorf("%q: %w", or(fd.OrigName, filepath.Base(fd.Path)), err)
	}
	return image.Rect(0, 0, cfg.Width, cfg.Height), nil
}

// encodeFile turns a FileData a handler returned into its wire form. A local Path is
// copied into the app's file cache (unless it is already there) and sent with the URL
// it is served at; a file with only a URL, or an http(s) Path, is sent as is.
func encodeFile(ctx context.Context, fd FileData, what string) (*wire.FileData, error) {
	w := &wire.FileData{Meta: wire.FileMeta{Type: wire.FileDataType}}
	switch {
	case fd.Path == "" && fd.URL == "":
		return nil, errors.New("the FileData has neither a Path nor a URL")
	case fd.Path == "" || isHTTP(fd.Path):
		u := or(fd.URL, fd.Path)
		w.Path, w.URL = u, &u
		fd.OrigName = or(fd.OrigName, path.Base(strings.SplitN(u, "?", 2)[0]))
	default:
		c, err := cacheOf(ctx, what, "output")
		if err != nil {
			return nil, err
		}
		cached, err := addOutput(c, fd.Path)
		if err != nil {
			return nil, err
		}
		fi, err := os.Stat(cached)
		if err != nil {
			return nil, err
		}
		u := fileURL(ctx, cached)
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

// encodeOptFile is encodeFile that sends the zero FileData as null.
func encodeOptFile(ctx context.Context, fd FileData, what string) (any, error) {
	if fd.IsZero() {
		return nil, nil
	}
	return encodeFile(ctx, fd, what)
}

// encodeBytes stores data produced on the server (an encoded image, a WAV) in the
// cache under name, and returns its wire form.
func encodeBytes(ctx context.Context, name, mimeType string, data []byte, what string) (*wire.FileData, error) {
	c, err := cacheOf(ctx, what, "output")
	if err != nil {
		return nil, err
	}
	cached, err := c.AddBytes(name, data)
	if err != nil {
		return nil, err
	}
	u := fileURL(ctx, cached)
	size := int64(len(data))
	return &wire.FileData{Path: cached, URL: &u, Size: &size, OrigName: &name, MimeType: &mimeType,
		Meta: wire.FileMeta{Type: wire.FileDataType}}, nil
}

// encodeImage encodes img as format ("png" or "jpeg") into the cache. A nil image
// (including a nil *image.RGBA) is sent as null.
func encodeImage(ctx context.Context, img image.Image, format, what string) (any, error) {
	if isNilImage(img) {
		return nil, nil
	}
	data, err := media.EncodeImage(img, format)
	if err != nil {
		return nil, err
	}
	return encodeBytes(ctx, "image"+media.ImageExt(format), media.ImageMIME(format), data, what)
}

// isNilImage reports whether img is nil or a nil pointer in an interface.
func isNilImage(img image.Image) bool {
	if img == nil {
		return true
	}
	v := reflect.ValueOf(img)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// fileURL is the URL a cached file is served at, under the request's root.
func fileURL(ctx context.Context, cached string) string {
	root := ""
	if r := RequestFrom(ctx); r != nil {
		root = r.Root
	}
	return root + wire.APIPrefix + "/file=" + cached
}

// staticFile is the wire form of a FileData given as a component's initial value, in
// /config, where there is no request and no cache: a URL is sent as is, and a local
// path without a URL (the client serves it from /gradio_api/file=, so it must be in the
// cache or an allowed path).
func staticFile(fd FileData) *wire.FileData {
	w := &wire.FileData{Meta: wire.FileMeta{Type: wire.FileDataType}}
	switch {
	case fd.Path == "" || isHTTP(fd.Path):
		u := or(fd.URL, fd.Path)
		w.Path, w.URL = u, &u
		fd.OrigName = or(fd.OrigName, path.Base(strings.SplitN(u, "?", 2)[0]))
	default:
		w.Path = fd.Path
		if fd.URL != "" {
			w.URL = &fd.URL
		}
		fd.OrigName = or(fd.OrigName, filepath.Base(fd.Path))
	}
	w.OrigName = &fd.OrigName
	if fd.Size > 0 {
		w.Size = &fd.Size
	}
	if m := or(fd.MimeType, mimeByExt(fd.OrigName)); m != "" {
		w.MimeType = &m
	}
	return w
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

// Gradio's FileData and ImageData schemas, without their $defs (fileMetaJSON) and
// descriptions (fileDataDoc, imageDataDoc), which depend on where they are used.
const (
	fileDataJSON  = `{"properties": {"path": {"title": "Path", "type": "string"}, "url": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Url"}, "size": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": null, "title": "Size"}, "orig_name": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Orig Name"}, "mime_type": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Mime Type"}, "is_stream": {"default": false, "title": "Is Stream", "type": "boolean"}, "meta": {"$ref": "#/$defs/FileDataMeta"}}, "required": ["path"], "title": "FileData", "type": "object"}`
	fileMetaJSON  = `{"properties": {"_type": {"const": "gradio.FileData", "title": "Type", "type": "string"}}, "required": ["_type"], "title": "FileDataMeta", "type": "object"}`
	fileDataDoc   = "The FileData class is a subclass of the GradioModel class that represents a file object within a Gradio interface. It is used to store file data and metadata when a file is uploaded.\n\nAttributes:\n    path: The server file path where the file is stored.\n    url: The normalized server URL pointing to the file.\n    size: The size of the file in bytes.\n    orig_name: The original filename before upload.\n    mime_type: The MIME type of the file.\n    is_stream: Indicates whether the file is a stream.\n    meta: Additional metadata used internally (should not be changed)."
	imageDataJSON = `{"properties": {"path": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "description": "Path to a local file", "title": "Path"}, "url": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "description": "Publicly available url or base64 encoded image", "title": "Url"}, "size": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": null, "description": "Size of image in bytes", "title": "Size"}, "orig_name": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "description": "Original filename", "title": "Orig Name"}, "mime_type": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "description": "mime type of image", "title": "Mime Type"}, "is_stream": {"default": false, "description": "Can always be set to False", "title": "Is Stream", "type": "boolean"}, "meta": {"default": {"_type": "gradio.FileData"}, "title": "Meta", "type": "object"}}, "title": "ImageData", "type": "object"}`
	imageDataDoc  = "A local filepath or publicly available URL."
)

// fileSchema is Gradio's schema of one FileData value at the top level (File, Audio,
// Video, DownloadButton).
func fileSchema() map[string]any {
	s := schemaJSON(fileDataJSON)
	s["$defs"] = map[string]any{"FileDataMeta": schemaJSON(fileMetaJSON)}
	s["additional_description"] = fileDataDoc
	return s
}

// fileDefs are the $defs of a schema that refers to FileData as "#/$defs/FileData".
func fileDefs() map[string]any {
	fd := schemaJSON(fileDataJSON)
	fd["description"] = fileDataDoc
	return map[string]any{"FileData": fd, "FileDataMeta": schemaJSON(fileMetaJSON)}
}

// imageDataDef is ImageData as a $defs entry.
func imageDataDef() map[string]any {
	s := schemaJSON(imageDataJSON)
	s["description"] = imageDataDoc
	return s
}

// schemaJSON decodes a JSON schema written as a constant.
func schemaJSON(s string) map[string]any {
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		panic("gradio: bad built-in schema: " + err.Error())
	}
	return m
}

// exampleFile is the example FileData of API docs: a file at a public URL, as the
// clients' handle_file() sends it.
func exampleFile(url string) map[string]any {
	return map[string]any{"path": url, "meta": map[string]any{"_type": wire.FileDataType}, "orig_name": path.Base(url), "url": url}
}

// Example files Gradio's docs use.
const (
	exampleImageURL = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
	exampleFileURL  = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"
	exampleAudioURL = "https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav"
	exampleVideoURL = "https://github.com/gradio-app/gradio/raw/main/gradio/media_assets/videos/world.mp4"
)

// checkOneOf reports an error unless every value is one of allowed.
func checkOneOf(field string, values, allowed []string) error {
	for _, v := range values {
		if !slices.Contains(allowed, v) {
			return fmt.Errorf("%s: %q is not one of %s", field, v, strings.Join(allowed, ", "))
		}
	}
	return nil
}

// orList returns s, or def when s is nil (an empty, non-nil s is kept: it means none).
func orList(s, def []string) []string {
	if s == nil {
		return def
	}
	return s
}

// checkImageFormat validates an image encoding format field.
func checkImageFormat(f string) error {
	switch strings.ToLower(f) {
	case "", "png", "jpeg", "jpg":
		return nil
	}
	return fmt.Errorf("Format %q is not one of png, jpeg", f)
}

// The concrete image types a handler may take instead of image.Image: a received image
// is converted to them.
var concreteImages = map[reflect.Type]image.Image{
	reflect.TypeFor[*image.RGBA]():    &image.RGBA{},
	reflect.TypeFor[*image.NRGBA]():   &image.NRGBA{},
	reflect.TypeFor[*image.RGBA64]():  &image.RGBA64{},
	reflect.TypeFor[*image.NRGBA64](): &image.NRGBA64{},
	reflect.TypeFor[*image.Gray]():    &image.Gray{},
	reflect.TypeFor[*image.Gray16]():  &image.Gray16{},
}

// isImageType reports whether t is image.Image or one of concreteImages.
func isImageType(t reflect.Type) bool {
	_, ok := concreteImages[t]
	return ok || t == imageType
}

// imageAs returns img as a value of t (image.Image or one of concreteImages); a nil
// img gives t's zero value.
func imageAs(img image.Image, t reflect.Type) any {
	if img == nil {
		return reflect.Zero(t).Interface()
	}
	if like, ok := concreteImages[t]; ok {
		out, _ := media.ConvertTo(img, like)
		return out
	}
	return img
}

// decodeImageInput decodes one image payload (an ImageData object or null) and
// converts it to mode (see Image.ImageMode). Null gives nil.
func decodeImageInput(ctx context.Context, p json.RawMessage, r fileRules, mode string) (image.Image, error) {
	fd, err := decodeOptFile(ctx, p, r)
	if err != nil || fd.IsZero() {
		return nil, err
	}
	img, err := readImage(fd)
	if err != nil {
		return nil, err
	}
	return media.ConvertMode(img, mode)
}

// checkImageMode validates an ImageMode field.
func checkImageMode(m string) error {
	switch m {
	case "", "RGB", "RGBA", "L":
		return nil
	}
	return fmt.Errorf("ImageMode %q is not one of RGB, RGBA, L", m)
}

// WebcamOptions configure the webcam source of Image, Video and ImageEditor.
type WebcamOptions struct {
	// Mirror flips the webcam preview horizontally (the default).
	Mirror Bool
	// Constraints are the browser's MediaTrackConstraints, such as
	// {"video": {"width": 1280}}.
	Constraints map[string]any
}

func (w WebcamOptions) wire() map[string]any {
	return map[string]any{"mirror": w.Mirror.or(true), "constraints": w.Constraints}
}

// checkSize validates Height and Width fields.
func checkSize(height, width int) error {
	if height < 0 || width < 0 {
		return fmt.Errorf("Height (%d) and Width (%d) must not be negative", height, width)
	}
	return nil
}

// size sets height and width when positive.
func (p props) size(height, width int) {
	if height > 0 {
		p["height"] = height
	}
	if width > 0 {
		p["width"] = width
	}
}
