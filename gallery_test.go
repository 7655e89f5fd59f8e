package gradio

import (
	"context"
	"encoding/json"
	"image"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestGalleryProps(t *testing.T) {
	checkProps(t, &Gallery{}, map[string]any{
		"columns": 2, "allow_preview": true, "preview": false, "object_fit": "cover", "format": "png",
		"buttons": []string{"download", "download_all", "fullscreen"}, "type": "filepath", "fit_columns": true, "sources": []string{"upload"},
		"height": nil, "selected_index": nil, "file_types": nil, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &Gallery{Columns: 4, Height: 400, AllowPreview: False, Preview: true, SelectedIndex: Ptr(0), ObjectFit: "contain",
		Buttons: []string{}, FileTypes: []string{"image"}, Format: "jpeg", Label: "Results"},
		map[string]any{"columns": 4, "height": 400, "allow_preview": false, "preview": true, "selected_index": 0, "object_fit": "contain",
			"buttons": []string{}, "file_types": []string{"image"}, "format": "jpeg", "label": "Results"})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&Gallery{}, ""},
		"columns":    {&Gallery{Columns: -1}, "Columns is -1"},
		"index":      {&Gallery{SelectedIndex: Ptr(-2)}, "SelectedIndex is -2"},
		"fit":        {&Gallery{ObjectFit: "stretch"}, `ObjectFit "stretch" is not one of cover, contain, fill, none, scale-down`},
		"format":     {&Gallery{Format: "gif"}, `Format "gif" is not one of png, jpeg`},
		"button":     {&Gallery{Buttons: []string{"delete"}}, `Buttons: "delete" is not one of share, download, download_all, fullscreen`},
	})
	g := &Gallery{}
	if g.ValueType() != galleryItems || !g.AcceptsType(imageSlice) || !g.AcceptsType(fileDataSlice) || g.AcceptsType(imageType) {
		t.Error("types")
	}
}

func TestGalleryPreprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	grad := mediatest.Gradient(3, 3)
	red := cacheFile(t, cache, "red.png", mediatest.Encode(grad, "png"))
	blue := cacheFile(t, cache, "blue.jpg", mediatest.Encode(grad, "jpeg"))
	clip := cacheFile(t, cache, "clip.webm", []byte("\x1aE\xdf\xa3 webm"))
	g := &Gallery{}
	payload := `[{"image":` + fileJSON(red) + `,"caption":null},{"image":` + fileJSON(blue) + `,"caption":"a blue square"},{"video":` + fileJSON(clip) + `}]`
	v, err := g.Preprocess(ctx, json.RawMessage(payload))
	if err != nil {
		t.Fatal(err)
	}
	items := v.([]GalleryItem)
	if len(items) != 3 || items[0].File.Path != red || items[0].Caption != "" || items[1].Caption != "a blue square" ||
		items[2].File.Path != clip || !isVideo(items[2].File) || items[0].Image != nil {
		t.Errorf("items = %+v", items)
	}
	// As []FileData.
	v, err = g.PreprocessTo(ctx, json.RawMessage(payload), fileDataSlice)
	if fds, ok := v.([]FileData); err != nil || !ok || len(fds) != 3 || fds[1].Path != blue {
		t.Errorf("as []FileData = %#v, %v", v, err)
	}
	// As []image.Image: decoded, and a video is an error.
	v, err = g.PreprocessTo(ctx, json.RawMessage(payload[:strings.LastIndex(payload, ",{")]+"]"), imageSlice)
	if imgs, ok := v.([]image.Image); err != nil || !ok || len(imgs) != 2 || samePixels(imgs[0], grad) != 0 || imgs[1].Bounds() != grad.Bounds() {
		t.Errorf("as []image.Image = %#v, %v", v, err)
	}
	if _, err := g.PreprocessTo(ctx, json.RawMessage(payload), imageSlice); err == nil || !strings.Contains(err.Error(), "item 3 is a video, which cannot be decoded") {
		t.Errorf("a video as an image: %v", err)
	}
	if _, err := g.PreprocessTo(ctx, json.RawMessage(`[{"image":`+fileJSON(notes)+`}]`), imageSlice); err == nil || !strings.Contains(err.Error(), `item 1: "notes.txt": cannot decode text/plain`) {
		t.Errorf("a text file as an image: %v", err)
	}
	for _, c := range []decodeCase{
		{"object", `{"image":` + fileJSON(red) + `}`, nil, "expected an array of gallery items"},
		{"bare path", `[` + jsonString(red) + `]`, nil, "item 1: expected a gallery item, an object"},
		{"bare FileData", `[` + fileJSON(red) + `]`, nil, `item 1: a gallery item needs an "image" or a "video"`},
		{"both", `[{"image":` + fileJSON(red) + `,"video":` + fileJSON(clip) + `}]`, nil, `has either an "image" or a "video", not both`},
		{"caption number", `[{"image":` + fileJSON(red) + `,"caption":5}]`, nil, "caption must be a string or null, got a number"},
		{"missing meta", `[{"image":{"path":` + jsonString(red) + `}}]`, nil, `item 1: a file must carry "meta"`},
		{"outside the cache", `[{"image":` + fileJSON(red) + `},{"image":` + fileJSON("/etc/passwd") + `}]`, nil, "item 2: file not allowed"},
	} {
		if _, err := g.Preprocess(ctx, json.RawMessage(c.payload)); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: %v, want %q", c.name, err, c.err)
		}
	}
	if v, err := g.Preprocess(ctx, json.RawMessage(`null`)); err != nil || !reflect.DeepEqual(v, []GalleryItem{}) {
		t.Errorf("null = %#v, %v", v, err)
	}
	if _, err := (&Gallery{FileTypes: []string{"video"}}).Preprocess(ctx, json.RawMessage(`[{"image":`+fileJSON(red)+`}]`)); err == nil || !strings.Contains(err.Error(), "file type not allowed") {
		t.Errorf("FileTypes: %v", err)
	}
}

func TestGalleryPostprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	grad := mediatest.Gradient(4, 2)
	clip := cacheFile(t, cache, "clip.mp4", []byte("video"))
	g := &Gallery{}
	w, err := g.Postprocess(ctx, []GalleryItem{{Image: grad, Caption: "made"}, {File: FileData{Path: notes}}, {File: FileData{Path: clip}, Caption: "clip"}})
	if err != nil {
		t.Fatal(err)
	}
	items := asJSON(t, w).([]any)
	first, second, third := items[0].(map[string]any), items[1].(map[string]any), items[2].(map[string]any)
	if img, _ := decodeWireImage(t, cache, first["image"]); first["caption"] != "made" || samePixels(img, grad) != 0 {
		t.Errorf("item 1 = %v", first)
	}
	if _, b := wireFile(t, cache, second["image"]); second["caption"] != nil || string(b) != "hello notes\n" {
		t.Errorf("item 2 = %v", second)
	}
	if _, ok := third["image"]; ok || third["video"] == nil || third["caption"] != "clip" {
		t.Errorf("item 3 = %v", third)
	}
	// []image.Image and []FileData.
	w, err = (&Gallery{Format: "jpeg"}).Postprocess(ctx, []image.Image{grad, grad})
	if items := asJSON(t, w).([]any); err != nil || len(items) != 2 {
		t.Fatalf("images = %v, %v", w, err)
	} else if _, mime := decodeWireImage(t, cache, items[0].(map[string]any)["image"]); mime != "image/jpeg" {
		t.Errorf("Format jpeg gave %s", mime)
	}
	w, err = g.Postprocess(ctx, []FileData{{Path: notes}})
	if items := asJSON(t, w).([]any); err != nil || len(items) != 1 || items[0].(map[string]any)["image"] == nil {
		t.Errorf("files = %v, %v", w, err)
	}
	checkEncodeCtx(t, ctx, g, []encodeCase{
		{"nil", nil, `null`, ""},
		{"nil items", []GalleryItem(nil), `null`, ""},
		{"nil images", []image.Image(nil), `null`, ""},
		{"empty", []GalleryItem{}, `[]`, ""},
		{"both", []GalleryItem{{Image: grad, File: FileData{Path: notes}}}, "", "item 1: a GalleryItem has either a File or an Image, not both"},
		{"neither", []GalleryItem{{Caption: "x"}}, "", "item 1: a GalleryItem needs a File or an Image"},
		{"nil image", []image.Image{grad, nil}, "", "item 2: a GalleryItem needs a File or an Image"},
		{"wrong type", []string{"a.png"}, "", "a Gallery shows a []gradio.GalleryItem, []image.Image or []gradio.FileData, not a []string"},
	})
	if _, err := g.Postprocess(context.Background(), []image.Image{grad}); err == nil || !strings.Contains(err.Error(), "a Gallery output needs a running app") {
		t.Errorf("without an app: %v", err)
	}
}

func TestGallerySchema(t *testing.T) {
	checkGradioSchema(t, &Gallery{}, "gallery")
}

func TestGalleryEndToEnd(t *testing.T) {
	in, out := &Gallery{Label: "in"}, &Gallery{Label: "out"}
	btn := &Button{}
	// Mirror every image, and caption it with its size.
	btn.Click(func(imgs []image.Image) []GalleryItem {
		var items []GalleryItem
		for _, img := range imgs {
			b := img.Bounds()
			m := image.NewNRGBA(b)
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					m.Set(b.Max.X-1-(x-b.Min.X), y, img.At(x, y))
				}
			}
			items = append(items, GalleryItem{Image: m, Caption: itoa(b.Dx()) + "x" + itoa(b.Dy())})
		}
		return items
	}, In(in), Out(out), EventOptions{APIName: "mirror"})
	btn.Click(func(items []GalleryItem) []GalleryItem { return items }, In(in), Out(out), EventOptions{APIName: "echo"})
	c := serveMedia(t, &Blocks{Children: []Component{in, btn, out}})
	grad := mediatest.Gradient(5, 3)
	p := c.upload("g.png", mediatest.Encode(grad, "png"))
	res := c.result("mirror", `[{"image":`+fileJSON(p)+`,"caption":null},{"image":`+fileJSON(p)+`}]`).([]any)
	if len(res) != 2 {
		t.Fatalf("mirror = %v", res)
	}
	item := res[0].(map[string]any)
	img := c.fetchImage(item["image"])
	mirrored := image.NewNRGBA(grad.Bounds())
	for y := range 3 {
		for x := range 5 {
			mirrored.Set(4-x, y, grad.At(x, y))
		}
	}
	if item["caption"] != "5x3" || samePixels(img, mirrored) != 0 {
		t.Errorf("mirror = %v", item)
	}
	res = c.result("echo", `[{"image":`+fileJSON(p)+`,"caption":"kept"}]`).([]any)
	if item := res[0].(map[string]any); item["caption"] != "kept" || string(c.fetch(item["image"])) != string(mediatest.Encode(grad, "png")) {
		t.Errorf("echo = %v", item)
	}
	if d := c.failure("echo", `[{"image":`+fileJSON("/etc/passwd")+`}]`); !strings.Contains(d, "item 1: file not allowed") {
		t.Errorf("detail = %q", d)
	}
}

func FuzzGalleryPreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	png := cacheFile(f, cache, "g.png", mediatest.Encode(mediatest.Gradient(2, 2), "png"))
	for _, s := range []string{`[{"image":` + fileJSON(png) + `,"caption":"c"}]`, `[{"video":` + fileJSON(cached) + `}]`, `null`, `[]`, `[{}]`,
		`[{"image":` + fileJSON("/etc/passwd") + `}]`, `[` + fileJSON(png) + `]`} {
		f.Add(s, []byte(nil))
	}
	f.Add(`[{"image":$}]`, mediatest.Encode(mediatest.Gradient(2, 2), "gif"))
	g := &Gallery{}
	f.Fuzz(func(t *testing.T, payload string, content []byte) {
		skipURLs(t, payload)
		// "$" stands for a file holding content.
		if strings.Contains(payload, "$") {
			p := cacheFile(t, cache, "upload.png", content)
			defer os.Remove(p)
			payload = strings.ReplaceAll(payload, "$", fileJSON(p))
		}
		v, err := g.Preprocess(ctx, json.RawMessage(payload))
		if err == nil {
			for _, it := range v.([]GalleryItem) {
				if !strings.HasPrefix(it.File.Path, cache.Dir()+"/") || it.Image != nil {
					t.Fatalf("Preprocess(%q) accepted %+v", payload, it)
				}
			}
		}
		if v, err := g.PreprocessTo(ctx, json.RawMessage(payload), imageSlice); err == nil {
			for _, img := range v.([]image.Image) {
				if img == nil || img.Bounds().Empty() {
					t.Fatalf("Preprocess(%q) decoded an empty image", payload)
				}
			}
		}
	})
}
