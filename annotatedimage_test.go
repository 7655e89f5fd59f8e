package gradio

import (
	"encoding/json"
	"image"
	"image/color"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media"
	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestAnnotatedImageProps(t *testing.T) {
	checkProps(t, &AnnotatedImage{}, map[string]any{
		"show_legend": true, "format": "png", "buttons": []string{"fullscreen"}, "color_map": nil, "height": nil, "width": nil, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &AnnotatedImage{ShowLegend: False, Height: 300, Width: 400, ColorMap: map[string]string{"cat": "#00ff00"}, Buttons: []string{}, Label: "Objects"},
		map[string]any{"show_legend": false, "height": 300, "width": 400, "color_map": map[string]string{"cat": "#00ff00"}, "buttons": []string{}, "label": "Objects"})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&AnnotatedImage{}, ""},
		"colors":     {&AnnotatedImage{ColorMap: map[string]string{"a": "#fff", "b": "#123456"}}, ""},
		"bad color":  {&AnnotatedImage{ColorMap: map[string]string{"a": "#fff", "b": "green"}}, `ColorMap["b"]: "green" is not a hex color`},
		"format":     {&AnnotatedImage{Format: "tiff"}, `Format "tiff"`},
		"button":     {&AnnotatedImage{Buttons: []string{"download"}}, `Buttons: "download" is not one of fullscreen`},
	})
	if (&AnnotatedImage{}).ValueType() != annotatedType {
		t.Error("ValueType")
	}
}

func TestAnnotatedImagePostprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	base := mediatest.Gradient(20, 10)
	mask := image.NewGray(base.Bounds())
	mask.SetGray(3, 4, color.Gray{200})
	a := &AnnotatedImage{ColorMap: map[string]string{"cat": "#00ff00"}}
	w, err := a.Postprocess(ctx, AnnotatedImageValue{Image: base, Annotations: []Annotation{
		{Label: "cat", Box: image.Rect(2, 1, 12, 9)},
		{Label: "dog", Mask: mask},
	}})
	if err != nil {
		t.Fatal(err)
	}
	m := asJSON(t, w).(map[string]any)
	if img, _ := decodeWireImage(t, cache, m["image"]); samePixels(img, base) != 0 {
		t.Error("base image")
	}
	anns := m["annotations"].([]any)
	if len(anns) != 2 {
		t.Fatalf("annotations = %v", anns)
	}
	box, boxMime := decodeWireImage(t, cache, anns[0].(map[string]any)["image"])
	if anns[0].(map[string]any)["label"] != "cat" || boxMime != "image/png" || box.Bounds() != base.Bounds() {
		t.Fatalf("box annotation = %v", anns[0])
	}
	at := func(img image.Image, x, y int) color.NRGBA {
		return color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
	}
	// Transparent outside, Gradio's half-opaque inside, an opaque border, in the label's color.
	for _, c := range []struct {
		x, y int
		want color.NRGBA
	}{{0, 0, color.NRGBA{}}, {15, 5, color.NRGBA{}}, {2, 1, color.NRGBA{0, 255, 0, 255}}, {11, 8, color.NRGBA{0, 255, 0, 255}}, {6, 5, color.NRGBA{0, 255, 0, 127}}} {
		if got := at(box, c.x, c.y); got != c.want {
			t.Errorf("box mask at (%d, %d) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
	dog, _ := decodeWireImage(t, cache, anns[1].(map[string]any)["image"])
	if got := at(dog, 3, 4); got != (color.NRGBA{255, 0, 0, 200}) || at(dog, 0, 0).A != 0 {
		t.Errorf("mask annotation at (3, 4) = %v (red by default)", got)
	}

	// A base file: its size comes from its header.
	pngFile := cacheFile(t, cache, "base.png", mediatest.Encode(base, "png"))
	w, err = a.Postprocess(ctx, AnnotatedImageValue{File: FileData{Path: pngFile}, Annotations: []Annotation{{Label: "x", Box: image.Rect(0, 0, 5, 5)}}})
	if err != nil {
		t.Fatal(err)
	}
	m = asJSON(t, w).(map[string]any)
	if m["image"].(map[string]any)["path"] != pngFile {
		t.Errorf("base file = %v", m["image"])
	}
	if box, _ := decodeWireImage(t, cache, m["annotations"].([]any)[0].(map[string]any)["image"]); box.Bounds() != base.Bounds() {
		t.Errorf("mask over a file: %v", box.Bounds())
	}
	// A remote base can only carry masks.
	remote := FileData{URL: "https://example.com/bus.png"}
	if _, err := a.Postprocess(ctx, AnnotatedImageValue{File: remote, Annotations: []Annotation{{Label: "m", Mask: mask}}}); err != nil {
		t.Errorf("remote with a mask: %v", err)
	}
	w, err = a.Postprocess(ctx, AnnotatedImageValue{Image: base})
	if m := asJSON(t, w).(map[string]any); err != nil || !reflect.DeepEqual(m["annotations"], []any{}) {
		t.Errorf("no annotations = %v, %v", m, err)
	}
	checkEncodeCtx(t, ctx, a, []encodeCase{
		{"zero", AnnotatedImageValue{}, `null`, ""},
		{"nil", nil, `null`, ""},
		{"both bases", AnnotatedImageValue{Image: base, File: FileData{Path: pngFile}}, "", "either an Image or a File, not both"},
		{"annotations only", AnnotatedImageValue{Annotations: []Annotation{{Label: "a", Box: image.Rect(0, 0, 1, 1)}}}, "", "needs an Image or a File"},
		{"box and mask", AnnotatedImageValue{Image: base, Annotations: []Annotation{{Label: "a", Box: image.Rect(0, 0, 1, 1), Mask: mask}}}, "", `annotation 1 ("a"): an Annotation has either a Box or a Mask, not both`},
		{"empty annotation", AnnotatedImageValue{Image: base, Annotations: []Annotation{{Label: "a"}}}, "", "an Annotation needs a Box or a Mask"},
		{"mask size", AnnotatedImageValue{Image: base, Annotations: []Annotation{{Label: "a", Mask: image.NewGray(image.Rect(0, 0, 3, 3))}}}, "", "the mask is 3×3 pixels but the image is 20×10"},
		{"remote box", AnnotatedImageValue{File: remote, Annotations: []Annotation{{Label: "a", Box: image.Rect(0, 0, 1, 1)}}}, "", "a Box needs the image's size"},
		{"text base", AnnotatedImageValue{File: FileData{Path: notes}, Annotations: []Annotation{{Label: "a", Box: image.Rect(0, 0, 1, 1)}}}, "", `image: "notes.txt": cannot decode text/plain`},
		{"wrong type", image.Image(base), "", "an AnnotatedImage shows a gradio.AnnotatedImageValue, not a *image.NRGBA"},
	})
	if _, err := (&AnnotatedImage{ColorMap: map[string]string{"a": "nope"}}).Postprocess(ctx, AnnotatedImageValue{Image: base, Annotations: []Annotation{{Label: "a", Box: image.Rect(0, 0, 1, 1)}}}); err == nil {
		t.Error("a bad color was used")
	}
}

func TestAnnotatedImagePreprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	base := mediatest.Gradient(6, 4)
	basePath := cacheFile(t, cache, "base.png", mediatest.Encode(base, "png"))
	maskImg := media.BoxMask(base.Bounds(), image.Rect(1, 1, 5, 3), color.RGBA{255, 0, 0, 255})
	maskPath := cacheFile(t, cache, "mask.png", mediatest.Encode(maskImg, "png"))
	a := &AnnotatedImage{}
	v, err := a.Preprocess(ctx, json.RawMessage(`{"image":`+fileJSON(basePath)+`,"annotations":[{"image":`+fileJSON(maskPath)+`,"label":"thing"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	val := v.(AnnotatedImageValue)
	if val.File.Path != basePath || samePixels(val.Image, base) != 0 || len(val.Annotations) != 1 || val.Annotations[0].Label != "thing" || samePixels(val.Annotations[0].Mask, maskImg) != 0 {
		t.Errorf("value = %+v", val)
	}
	// What comes in goes out the same: the mask's alpha is its coverage.
	w, err := a.Postprocess(ctx, AnnotatedImageValue{Image: val.Image, Annotations: val.Annotations})
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := decodeWireImage(t, cache, asJSON(t, w).(map[string]any)["annotations"].([]any)[0].(map[string]any)["image"]); samePixels(m, maskImg) != 0 {
		t.Error("the mask changed on its way back")
	}
	for _, c := range []decodeCase{
		{"array", `[]`, nil, "expected an annotated image, an object"},
		{"no image", `{"annotations":[]}`, nil, "image: expected a file, an object"},
		{"text image", `{"image":` + fileJSON(notes) + `,"annotations":[]}`, nil, `image: "notes.txt": cannot decode text/plain`},
		{"annotations object", `{"image":` + fileJSON(basePath) + `,"annotations":{}}`, nil, `"annotations" must be an array, got an object`},
		{"label number", `{"image":` + fileJSON(basePath) + `,"annotations":[{"image":` + fileJSON(maskPath) + `,"label":1}]}`, nil, "annotation 1: the label must be a string, got a number"},
		{"mask outside", `{"image":` + fileJSON(basePath) + `,"annotations":[{"image":` + fileJSON("/etc/passwd") + `,"label":"a"}]}`, nil, "annotation 1: file not allowed"},
		{"annotation string", `{"image":` + fileJSON(basePath) + `,"annotations":["x"]}`, nil, "annotation 1: expected an object"},
	} {
		if _, err := a.Preprocess(ctx, json.RawMessage(c.payload)); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: %v, want %q", c.name, err, c.err)
		}
	}
	if v, err := a.Preprocess(ctx, json.RawMessage(`null`)); err != nil || !reflect.DeepEqual(v, AnnotatedImageValue{}) {
		t.Errorf("null = %#v, %v", v, err)
	}
	// Gradio's own round trip sends no annotations.
	if v, err := a.Preprocess(ctx, json.RawMessage(`{"image":`+fileJSON(basePath)+`,"annotations":[]}`)); err != nil || len(v.(AnnotatedImageValue).Annotations) != 0 {
		t.Errorf("no annotations = %#v, %v", v, err)
	}
}

func TestAnnotatedImageSchema(t *testing.T) {
	checkGradioSchema(t, &AnnotatedImage{}, "annotatedimage")
}

func TestAnnotatedImageEndToEnd(t *testing.T) {
	in, out := &Image{Label: "photo"}, &AnnotatedImage{Label: "found", ColorMap: map[string]string{"centre": "#0000ff"}}
	btn := &Button{}
	btn.Click(func(img image.Image) AnnotatedImageValue {
		b := img.Bounds()
		return AnnotatedImageValue{Image: img, Annotations: []Annotation{{Label: "centre", Box: image.Rect(b.Dx()/4, b.Dy()/4, b.Dx()*3/4, b.Dy()*3/4)}}}
	}, In(in), Out(out), EventOptions{APIName: "detect"})
	c := serveMedia(t, &Blocks{Children: []Component{in, btn, out}})
	p := c.upload("photo.png", mediatest.Encode(mediatest.Gradient(40, 20), "png"))
	res := c.result("detect", fileJSON(p)).(map[string]any)
	ann := res["annotations"].([]any)[0].(map[string]any)
	mask := c.fetchImage(ann["image"])
	if ann["label"] != "centre" || mask.Bounds() != image.Rect(0, 0, 40, 20) || color.NRGBAModel.Convert(mask.At(10, 5)) != (color.NRGBA{0, 0, 255, 255}) {
		t.Errorf("annotation = %v", ann)
	}
	if c.fetchImage(res["image"]).Bounds() != image.Rect(0, 0, 40, 20) {
		t.Error("base image")
	}
}

func FuzzAnnotatedImagePreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	png := cacheFile(f, cache, "b.png", mediatest.Encode(mediatest.Gradient(3, 2), "png"))
	for _, s := range []string{`{"image":` + fileJSON(png) + `,"annotations":[{"image":` + fileJSON(png) + `,"label":"a"}]}`,
		`{"image":` + fileJSON(cached) + `,"annotations":[]}`, `null`, `{}`, `{"image":$,"annotations":[{"image":$,"label":"x"}]}`} {
		f.Add(s, mediatest.Encode(mediatest.Gradient(3, 2), "bmp"))
	}
	a := &AnnotatedImage{}
	f.Fuzz(func(t *testing.T, payload string, content []byte) {
		skipURLs(t, payload)
		if strings.Contains(payload, "$") {
			p := cacheFile(t, cache, "upload.png", content)
			defer os.Remove(p)
			payload = strings.ReplaceAll(payload, "$", fileJSON(p))
		}
		v, err := a.Preprocess(ctx, json.RawMessage(payload))
		if err != nil {
			return
		}
		val := v.(AnnotatedImageValue)
		if val.Image == nil && len(val.Annotations) > 0 {
			t.Fatalf("annotations without an image: %+v", val)
		}
		for _, ann := range val.Annotations {
			if ann.Mask == nil || ann.Mask.Bounds().Empty() {
				t.Fatalf("an empty mask from %q", payload)
			}
		}
	})
}
