package gradio

import (
	"encoding/json"
	"image"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestImageSliderProps(t *testing.T) {
	checkProps(t, &ImageSlider{}, map[string]any{
		"slider_position": 50, "max_height": 500, "format": "png", "image_mode": "RGB", "buttons": []string{"download", "fullscreen"},
		"streamable": false, "height": nil, "width": nil, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &ImageSlider{SliderPosition: Ptr(0.0), MaxHeight: 300, Height: 200, Format: "jpeg", Buttons: []string{}, Label: "Before/after"},
		map[string]any{"slider_position": 0, "max_height": 300, "height": 200, "format": "jpeg", "buttons": []string{}, "label": "Before/after"})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&ImageSlider{}, ""},
		"position":   {&ImageSlider{SliderPosition: Ptr(120.0)}, "SliderPosition is 120; it must be between 0 and 100"},
		"max height": {&ImageSlider{MaxHeight: -1}, "MaxHeight is -1"},
		"button":     {&ImageSlider{Buttons: []string{"share"}}, `Buttons: "share" is not one of download, fullscreen`},
		"mode":       {&ImageSlider{ImageMode: "P"}, `ImageMode "P"`},
	})
	s := &ImageSlider{}
	if s.ValueType() != imagePairType || !s.AcceptsType(filePairType) || s.AcceptsType(imageType) {
		t.Error("types")
	}
}

func TestImageSliderPreprocessAndPostprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	grad := mediatest.Gradient(4, 4)
	a := cacheFile(t, cache, "a.png", mediatest.Encode(grad, "png"))
	b := cacheFile(t, cache, "b.gif", mediatest.Encode(grad, "gif"))
	s := &ImageSlider{}
	v, err := s.Preprocess(ctx, json.RawMessage(`[`+fileJSON(a)+`,`+fileJSON(b)+`]`))
	if pair, ok := v.([2]image.Image); err != nil || !ok || samePixels(pair[0], grad) != 0 || pair[1].Bounds() != grad.Bounds() {
		t.Errorf("Preprocess = %#v, %v", v, err)
	}
	v, err = s.Preprocess(ctx, json.RawMessage(`[null,`+fileJSON(a)+`]`))
	if pair := v.([2]image.Image); err != nil || pair[0] != nil || pair[1] == nil {
		t.Errorf("one side = %#v, %v", v, err)
	}
	v, err = (&ImageSlider{ImageMode: "L"}).Preprocess(ctx, json.RawMessage(`[`+fileJSON(a)+`,null]`))
	if _, ok := v.([2]image.Image)[0].(*image.Gray); err != nil || !ok {
		t.Errorf("ImageMode L gave %T", v.([2]image.Image)[0])
	}
	v, err = s.PreprocessTo(ctx, json.RawMessage(`[`+fileJSON(notes)+`,null]`), filePairType)
	if pair, ok := v.([2]FileData); err != nil || !ok || pair[0].Path != notes || !pair[1].IsZero() {
		t.Errorf("as [2]FileData = %#v, %v", v, err)
	}
	for _, c := range []decodeCase{
		{"one", `[` + fileJSON(a) + `]`, nil, "expected a pair of images, [<a file or null>, <a file or null>]; got an array of 1"},
		{"object", fileJSON(a), nil, "got an object"},
		{"text", `[null,` + fileJSON(notes) + `]`, nil, `image 2: "notes.txt": cannot decode text/plain`},
		{"outside", `[` + fileJSON("/etc/passwd") + `,null]`, nil, "image 1: file not allowed"},
		{"missing meta", `[{"path":` + jsonString(a) + `},null]`, nil, `image 1: a file must carry "meta"`},
	} {
		if _, err := s.Preprocess(ctx, json.RawMessage(c.payload)); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: %v, want %q", c.name, err, c.err)
		}
	}
	if v, err := s.Preprocess(ctx, json.RawMessage(`null`)); err != nil || v != ([2]image.Image{}) {
		t.Errorf("null = %#v, %v", v, err)
	}

	w, err := s.Postprocess(ctx, [2]image.Image{grad, nil})
	if err != nil {
		t.Fatal(err)
	}
	pair := asJSON(t, w).([]any)
	if img, _ := decodeWireImage(t, cache, pair[0]); len(pair) != 2 || pair[1] != nil || samePixels(img, grad) != 0 {
		t.Errorf("Postprocess = %v", pair)
	}
	w, err = s.Postprocess(ctx, [2]FileData{{Path: a}, {Path: notes}})
	if pair := asJSON(t, w).([]any); err != nil || pair[0].(map[string]any)["path"] != a {
		t.Errorf("files = %v, %v", pair, err)
	}
	checkEncodeCtx(t, ctx, s, []encodeCase{
		{"nil", nil, `null`, ""},
		{"empty", [2]image.Image{}, `null`, ""},
		{"empty files", [2]FileData{}, `null`, ""},
		{"empty image", [2]image.Image{image.NewRGBA(image.Rectangle{}), grad}, "", "image 1: the image is empty"},
		{"slice", []image.Image{grad, grad}, "", "an ImageSlider shows a [2]image.Image or a [2]gradio.FileData, not a []image.Image"},
	})
}

func TestImageSliderSchema(t *testing.T) {
	checkGradioSchema(t, &ImageSlider{}, "imageslider")
}

func TestImageSliderEndToEnd(t *testing.T) {
	in, out := &Image{Label: "in"}, &ImageSlider{Label: "compare"}
	btn := &Button{}
	btn.Click(func(img image.Image) [2]image.Image { return [2]image.Image{img, sepia(img)} }, In(in), Out(out), EventOptions{APIName: "compare"})
	echo := &ImageSlider{Label: "echo"}
	btn.Click(func(p [2]FileData) [2]FileData { return [2]FileData{p[1], p[0]} }, In(echo), Out(echo), EventOptions{APIName: "swap"})
	c := serveMedia(t, &Blocks{Children: []Component{in, btn, out, echo}})
	grad := mediatest.Gradient(8, 8)
	p := c.upload("g.png", mediatest.Encode(grad, "png"))
	res := c.result("compare", fileJSON(p)).([]any)
	if samePixels(c.fetchImage(res[0]), grad) != 0 || samePixels(c.fetchImage(res[1]), sepia(grad)) != 0 {
		t.Error("compare")
	}
	res = c.result("swap", `[null,`+fileJSON(p)+`]`).([]any)
	if res[1] != nil || res[0].(map[string]any)["path"] != p {
		t.Errorf("swap = %v", res)
	}
}

func FuzzImageSliderPreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	png := cacheFile(f, cache, "a.png", mediatest.Encode(mediatest.Gradient(2, 2), "png"))
	for _, s := range []string{`[` + fileJSON(png) + `,null]`, `[null,null]`, `null`, `[]`, `[` + fileJSON(cached) + `,` + fileJSON(png) + `]`, `[1,2,3]`} {
		f.Add(s)
	}
	s := &ImageSlider{}
	f.Fuzz(func(t *testing.T, payload string) {
		skipURLs(t, payload)
		if v, err := s.Preprocess(ctx, json.RawMessage(payload)); err == nil {
			for _, img := range v.([2]image.Image) {
				if img != nil && img.Bounds().Empty() {
					t.Fatalf("an empty image from %q", payload)
				}
			}
		}
		if v, err := s.PreprocessTo(ctx, json.RawMessage(payload), filePairType); err == nil {
			for _, fd := range v.([2]FileData) {
				if !fd.IsZero() && !strings.HasPrefix(fd.Path, cache.Dir()+"/") {
					t.Fatalf("Preprocess(%q) accepted %+v", payload, fd)
				}
			}
		}
	})
}
