package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/gradio-go/gradio/internal/wire"
)

// GalleryItem is one image or video of a Gallery, with an optional caption. Exactly
// one of File and Image is set.
type GalleryItem struct {
	// File is the item's file. A file whose media type (MimeType, or else the name's
	// extension) is video/* is shown as a video, any other as an image.
	File FileData
	// Image is an image to show; it is encoded as the Gallery's Format. Received items
	// never have it: a handler that wants them decoded takes []image.Image.
	Image image.Image
	// Caption is shown under the item; empty means none.
	Caption string
}

// Gallery shows a grid of images and videos, which the user can also upload. A
// handler takes or returns a []GalleryItem (files with captions), a []image.Image
// (decoded images; a video item is then an error) or a []FileData.
type Gallery struct {
	Events
	// Columns is the number of columns of the grid; 0 means 2.
	Columns int
	// Height is the component's height in pixels when positive.
	Height int
	// AllowPreview opens an item in a large preview when clicked (the default).
	AllowPreview Bool
	// Preview starts in preview mode.
	Preview bool
	// SelectedIndex, when set (with Ptr), is the item selected at first.
	SelectedIndex *int
	// ObjectFit is how images fill their cells: "cover" (the default), "contain",
	// "fill", "none" or "scale-down".
	ObjectFit string
	// Buttons are "share", "download", "download_all" and "fullscreen"; nil means
	// download, download_all and fullscreen; an empty slice, none.
	Buttons []string
	// FileTypes limits what the user may upload, as File.FileTypes; empty accepts
	// images and videos.
	FileTypes []string
	// Format encodes the image.Image items a handler returns: "png" (the default) or
	// "jpeg".
	Format string

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
	galleryItems   = reflect.TypeFor[[]GalleryItem]()
	imageSlice     = reflect.TypeFor[[]image.Image]()
	galleryButtons = []string{"share", "download", "download_all", "fullscreen"}
	objectFits     = []string{"cover", "contain", "fill", "none", "scale-down"}
)

func (g *Gallery) Kind() string { return "gallery" }

func (g *Gallery) Props() map[string]any {
	p := common{g.Label, g.Info, g.ShowLabel, g.Container, g.Scale, g.MinWidth, g.Visible, g.Interactive, g.ElemID, g.ElemClasses}.into(props{})
	p["columns"] = orInt(g.Columns, 2)
	p.size(g.Height, 0)
	p["allow_preview"] = g.AllowPreview.or(true)
	p["preview"] = g.Preview
	if g.SelectedIndex != nil {
		p["selected_index"] = *g.SelectedIndex
	}
	p["object_fit"] = or(g.ObjectFit, "cover")
	p["buttons"] = orList(g.Buttons, []string{"download", "download_all", "fullscreen"})
	if len(g.FileTypes) > 0 {
		p["file_types"] = g.FileTypes
	}
	p["format"] = or(strings.ToLower(g.Format), "png")
	p["type"] = "filepath"
	p["fit_columns"] = true
	p["sources"] = []string{"upload"}
	return p
}

func (g *Gallery) Validate() error {
	switch {
	case g.Columns < 0:
		return fmt.Errorf("Columns is %d; it must not be negative", g.Columns)
	case g.SelectedIndex != nil && *g.SelectedIndex < 0:
		return fmt.Errorf("SelectedIndex is %d; it must not be negative", *g.SelectedIndex)
	case g.ObjectFit != "" && !slices.Contains(objectFits, g.ObjectFit):
		return fmt.Errorf("ObjectFit %q is not one of %s", g.ObjectFit, strings.Join(objectFits, ", "))
	}
	for _, err := range []error{checkSize(g.Height, 0), checkImageFormat(g.Format), checkOneOf("Buttons", g.Buttons, galleryButtons)} {
		if err != nil {
			return err
		}
	}
	return nil
}

func (g *Gallery) rules() fileRules { return fileRules{what: "a Gallery", types: g.FileTypes} }

func (g *Gallery) ValueType() reflect.Type { return galleryItems }

// AcceptsType allows []image.Image and []FileData, both ways.
func (g *Gallery) AcceptsType(t reflect.Type) bool { return t == imageSlice || t == fileDataSlice }

const galleryItemShape = `{"image": <a file>, "caption": <a string or null>} or {"video": <a file>, "caption": ...}`

// Preprocess decodes the items the client sent: files with captions, not decoded. Null
// gives an empty slice.
func (g *Gallery) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	if isNull(p) {
		return []GalleryItem{}, nil
	}
	var raws []json.RawMessage
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &raws) != nil {
		return nil, fmt.Errorf("expected an array of gallery items, each %s; got %s", galleryItemShape, jsonKindOf(p))
	}
	out := make([]GalleryItem, len(raws))
	for i, raw := range raws {
		it, err := g.decodeItem(ctx, raw)
		if err != nil {
			return nil, fmt.Errorf("item %d: %w", i+1, err)
		}
		out[i] = it
	}
	return out, nil
}

func (g *Gallery) decodeItem(ctx context.Context, p json.RawMessage) (GalleryItem, error) {
	var raw struct {
		Image   json.RawMessage `json:"image"`
		Video   json.RawMessage `json:"video"`
		Caption json.RawMessage `json:"caption"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return GalleryItem{}, fmt.Errorf("expected a gallery item, an object %s; got %s", galleryItemShape, jsonKindOf(p))
	}
	file, video := raw.Image, false
	switch {
	case !isNull(raw.Image) && !isNull(raw.Video):
		return GalleryItem{}, fmt.Errorf(`a gallery item has either an "image" or a "video", not both`)
	case isNull(raw.Image) && isNull(raw.Video):
		return GalleryItem{}, fmt.Errorf("a gallery item needs an \"image\" or a \"video\": %s", galleryItemShape)
	case isNull(raw.Image):
		file, video = raw.Video, true
	}
	var it GalleryItem
	if !isNull(raw.Caption) {
		if jsonKindOf(raw.Caption) != "a string" || json.Unmarshal(raw.Caption, &it.Caption) != nil {
			return GalleryItem{}, fmt.Errorf("a gallery item's caption must be a string or null, got %s", jsonKindOf(raw.Caption))
		}
	}
	fd, err := decodeFile(ctx, file, g.rules())
	if err != nil {
		return GalleryItem{}, err
	}
	if video && !isVideo(fd) {
		// Keep what the client said, that this item is a video, so that it goes back
		// as one.
		fd.MimeType = "video/mp4"
		if ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(fd.OrigName)), "."); ext != "" {
			fd.MimeType = "video/" + ext
		}
	}
	it.File = fd
	return it, nil
}

func (g *Gallery) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	v, err := g.Preprocess(ctx, p)
	if err != nil {
		return nil, err
	}
	items := v.([]GalleryItem)
	if t == fileDataSlice {
		out := make([]FileData, len(items))
		for i, it := range items {
			out[i] = it.File
		}
		return out, nil
	}
	out := make([]image.Image, len(items))
	for i, it := range items {
		if isVideo(it.File) {
			return nil, fmt.Errorf("item %d is a video, which cannot be decoded: take []gradio.GalleryItem or []gradio.FileData to receive videos", i+1)
		}
		img, err := readImage(it.File)
		if err != nil {
			return nil, fmt.Errorf("item %d: %w", i+1, err)
		}
		out[i] = img
	}
	return out, nil
}

// videoExts are the extensions of video files, which the system's MIME table may not
// know (or, for .webm, call audio).
var videoExts = []string{".mp4", ".m4v", ".webm", ".mov", ".ogv", ".avi", ".mkv", ".mpeg", ".mpg", ".wmv", ".flv", ".3gp"}

// isVideo reports whether a file is shown as a video: by its MimeType, or else by its
// name's extension.
func isVideo(fd FileData) bool {
	if fd.MimeType != "" {
		return strings.HasPrefix(fd.MimeType, "video/")
	}
	name := or(fd.OrigName, fd.Path)
	return slices.Contains(videoExts, strings.ToLower(filepath.Ext(name))) || strings.HasPrefix(mimeByExt(name), "video/")
}

// galleryWire is one item on the wire.
type galleryWire struct {
	Image   *wire.FileData `json:"image,omitempty"`
	Video   *wire.FileData `json:"video,omitempty"`
	Caption *string        `json:"caption"`
}

// Postprocess encodes a []GalleryItem, []image.Image or []FileData. A nil slice clears
// the gallery.
func (g *Gallery) Postprocess(ctx context.Context, v any) (any, error) {
	var items []GalleryItem
	switch v := v.(type) {
	case nil:
		return nil, nil
	case []GalleryItem:
		if v == nil {
			return nil, nil
		}
		items = v
	case []image.Image:
		if v == nil {
			return nil, nil
		}
		items = make([]GalleryItem, len(v))
		for i, img := range v {
			items[i].Image = img
		}
	case []FileData:
		if v == nil {
			return nil, nil
		}
		items = make([]GalleryItem, len(v))
		for i, fd := range v {
			items[i].File = fd
		}
	default:
		return nil, fmt.Errorf("a Gallery shows a []gradio.GalleryItem, []image.Image or []gradio.FileData, not a %T", v)
	}
	out := make([]galleryWire, len(items))
	for i, it := range items {
		w, err := g.encodeItem(ctx, it)
		if err != nil {
			return nil, fmt.Errorf("item %d: %w", i+1, err)
		}
		out[i] = w
	}
	return out, nil
}

func (g *Gallery) encodeItem(ctx context.Context, it GalleryItem) (galleryWire, error) {
	var w galleryWire
	if it.Caption != "" {
		w.Caption = &it.Caption
	}
	hasImage, hasFile := !isNilImage(it.Image), !it.File.IsZero()
	switch {
	case hasImage && hasFile:
		return w, fmt.Errorf("a GalleryItem has either a File or an Image, not both")
	case hasImage:
		f, err := encodeImage(ctx, it.Image, g.Format, "a Gallery")
		if err != nil {
			return w, err
		}
		w.Image = f.(*wire.FileData)
	case hasFile:
		f, err := encodeFile(ctx, it.File, "a Gallery")
		if err != nil {
			return w, err
		}
		if isVideo(it.File) {
			w.Video = f
		} else {
			w.Image = f
		}
	default:
		return w, fmt.Errorf("a GalleryItem needs a File or an Image")
	}
	return w, nil
}

// APISchema is Gradio's GalleryData schema.
func (g *Gallery) APISchema() map[string]any {
	defs := fileDefs()
	caption := func() map[string]any {
		return map[string]any{"anyOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "null"}}, "default": nil, "title": "Caption"}
	}
	defs["GalleryImage"] = map[string]any{"properties": map[string]any{"image": map[string]any{"$ref": "#/$defs/ImageData"}, "caption": caption()},
		"required": []any{"image"}, "title": "GalleryImage", "type": "object"}
	defs["GalleryVideo"] = map[string]any{"properties": map[string]any{"video": map[string]any{"$ref": "#/$defs/FileData"}, "caption": caption()},
		"required": []any{"video"}, "title": "GalleryVideo", "type": "object"}
	defs["ImageData"] = imageDataDef()
	return map[string]any{"$defs": defs,
		"items": map[string]any{"anyOf": []any{map[string]any{"$ref": "#/$defs/GalleryImage"}, map[string]any{"$ref": "#/$defs/GalleryVideo"}}},
		"title": "GalleryData", "type": "array", "additional_description": nil}
}

func (g *Gallery) ExampleValue() any {
	return []any{map[string]any{"image": exampleFile(exampleImageURL)}}
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (g *Gallery) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(g, g, EventChange, fn, in, out, opts)
}

// Upload registers fn to run when the user uploads images or videos.
func (g *Gallery) Upload(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(g, g, EventUpload, fn, in, out, opts)
}

// Select registers fn to run when the user selects an item.
func (g *Gallery) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(g, g, EventSelect, fn, in, out, opts)
}

var (
	_ TypedInput   = (*Gallery)(nil)
	_ TypedOutput  = (*Gallery)(nil)
	_ APIDescriber = (*Gallery)(nil)
	_ Exampler     = (*Gallery)(nil)
	_ Validator    = (*Gallery)(nil)
)
