package gradio

import (
	"encoding/json"
	"image"
	"image/color"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestImageEditorProps(t *testing.T) {
	checkProps(t, &ImageEditor{}, map[string]any{
		"sources": []string{"upload", "webcam", "clipboard"}, "canvas_size": []int{800, 600}, "fixed_canvas": false,
		"brush":  map[string]any{"default_size": "auto", "colors": []string{"#000000", "#cc3232", "#adcc32", "#32cc70", "#3270cc", "#ad32cc"}, "default_color": "auto", "color_mode": "defaults"},
		"eraser": map[string]any{"default_size": "auto"}, "transforms": []string{"crop"}, "layers": true, "format": "png", "image_mode": "RGBA",
		"webcam_options": map[string]any{"mirror": true, "constraints": nil}, "height": nil, "width": nil, "placeholder": nil, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &ImageEditor{Sources: []string{"upload"}, CanvasSize: [2]int{512, 512}, FixedCanvas: true,
		Brush:  Brush{DefaultSize: 8, Colors: []string{"#ff0000"}, DefaultColor: "#ff0000", ColorMode: "fixed"},
		Eraser: Eraser{DefaultSize: 20}, Transforms: []string{}, Layers: False, Format: "jpeg", Height: 500, Label: "Edit"},
		map[string]any{"sources": []string{"upload"}, "canvas_size": []int{512, 512}, "fixed_canvas": true,
			"brush":  map[string]any{"default_size": 8, "colors": []string{"#ff0000"}, "default_color": "#ff0000", "color_mode": "fixed"},
			"eraser": map[string]any{"default_size": 20}, "transforms": []string{}, "layers": false, "format": "jpeg", "height": 500, "label": "Edit"})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&ImageEditor{}, ""},
		"canvas":     {&ImageEditor{CanvasSize: [2]int{-1, 5}}, "CanvasSize [-1 5] must not be negative"},
		"brush":      {&ImageEditor{Brush: Brush{ColorMode: "rainbow"}}, `Brush.ColorMode "rainbow" is not one of defaults, fixed`},
		"brush size": {&ImageEditor{Brush: Brush{DefaultSize: -3}}, "Brush.DefaultSize is -3"},
		"eraser":     {&ImageEditor{Eraser: Eraser{DefaultSize: -1}}, "Eraser.DefaultSize is -1"},
		"transform":  {&ImageEditor{Transforms: []string{"rotate"}}, `Transforms: "rotate" is not one of crop, resize`},
		"source":     {&ImageEditor{Sources: []string{"microphone"}}, `Sources: "microphone"`},
		"format":     {&ImageEditor{Format: "webp"}, `Format "webp"`},
	})
	e := &ImageEditor{}
	if e.ValueType() != editorValueType || !e.AcceptsType(editorFilesType) || e.AcceptsType(imageType) {
		t.Error("types")
	}
}

func TestImageEditorPreprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	grad := mediatest.Gradient(6, 5)
	bg := cacheFile(t, cache, "bg.png", mediatest.Encode(grad, "png"))
	layer := image.NewNRGBA(grad.Bounds())
	layer.SetNRGBA(2, 2, color.NRGBA{0, 0, 0, 255})
	l1 := cacheFile(t, cache, "layer.png", mediatest.Encode(layer, "png"))
	comp := cacheFile(t, cache, "composite.png", mediatest.Encode(grad, "png"))
	e := &ImageEditor{}
	payload := `{"background":` + fileJSON(bg) + `,"layers":[` + fileJSON(l1) + `],"composite":` + fileJSON(comp) + `,"id":"abc"}`
	v, err := e.Preprocess(ctx, json.RawMessage(payload))
	if err != nil {
		t.Fatal(err)
	}
	ev := v.(EditorValue)
	if samePixels(ev.Background, grad) != 0 || len(ev.Layers) != 1 || samePixels(ev.Layers[0], layer) != 0 || samePixels(ev.Composite, grad) != 0 {
		t.Errorf("EditorValue = %+v", ev)
	}
	v, err = e.PreprocessTo(ctx, json.RawMessage(payload), editorFilesType)
	if ef, ok := v.(EditorFiles); err != nil || !ok || ef.Background.Path != bg || len(ef.Layers) != 1 || ef.Layers[0].Path != l1 || ef.Composite.Path != comp {
		t.Errorf("EditorFiles = %#v, %v", v, err)
	}
	// A sketch: no background.
	v, err = e.Preprocess(ctx, json.RawMessage(`{"background":null,"layers":[],"composite":`+fileJSON(comp)+`}`))
	if ev := v.(EditorValue); err != nil || ev.Background != nil || len(ev.Layers) != 0 || ev.Composite == nil {
		t.Errorf("sketch = %+v, %v", v, err)
	}
	v, err = e.Preprocess(ctx, json.RawMessage(`null`))
	if ev := v.(EditorValue); err != nil || ev.Background != nil || ev.Composite != nil || len(ev.Layers) != 0 {
		t.Errorf("null = %+v, %v", v, err)
	}
	v, err = e.PreprocessTo(ctx, json.RawMessage(`null`), editorFilesType)
	if !reflect.DeepEqual(v, EditorFiles{Layers: []FileData{}}) || err != nil {
		t.Errorf("null files = %#v, %v", v, err)
	}
	for _, c := range []decodeCase{
		{"array", `[]`, nil, "expected the editor's images, an object"},
		{"background text", `{"background":` + fileJSON(notes) + `}`, nil, `background: "notes.txt": cannot decode text/plain`},
		{"layer outside", `{"layers":[` + fileJSON(l1) + `,` + fileJSON("/etc/passwd") + `]}`, nil, "layers: file 2: file not allowed"},
		{"layers object", `{"layers":{}}`, nil, "layers: expected an array of files"},
		{"composite no meta", `{"composite":{"path":` + jsonString(comp) + `}}`, nil, `composite: a file must carry "meta"`},
	} {
		if _, err := e.Preprocess(ctx, json.RawMessage(c.payload)); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: %v, want %q", c.name, err, c.err)
		}
	}
}

func TestImageEditorPostprocess(t *testing.T) {
	ctx, cache, _ := fileTestApp(t)
	grad := mediatest.Gradient(4, 3)
	e := &ImageEditor{}
	w, err := e.Postprocess(ctx, EditorValue{Background: grad, Layers: []image.Image{grad}, Composite: grad})
	if err != nil {
		t.Fatal(err)
	}
	m := asJSON(t, w).(map[string]any)
	if img, _ := decodeWireImage(t, cache, m["background"]); samePixels(img, grad) != 0 {
		t.Error("background")
	}
	if len(m["layers"].([]any)) != 1 || m["composite"] == nil || m["id"] != nil {
		t.Errorf("value = %v", m)
	}
	w, err = e.Postprocess(ctx, EditorValue{Composite: grad})
	if m := asJSON(t, w).(map[string]any); err != nil || m["background"] != nil || !reflect.DeepEqual(m["layers"], []any{}) {
		t.Errorf("composite only = %v, %v", m, err)
	}
	bg := cacheFile(t, cache, "bg.png", mediatest.Encode(grad, "png"))
	w, err = e.Postprocess(ctx, EditorFiles{Background: &FileData{Path: bg}, Layers: []FileData{{Path: bg}}})
	if m := asJSON(t, w).(map[string]any); err != nil || m["background"].(map[string]any)["path"] != bg || m["composite"] != nil {
		t.Errorf("files = %v, %v", m, err)
	}
	checkEncodeCtx(t, ctx, e, []encodeCase{
		{"nil", nil, `null`, ""},
		{"zero", EditorValue{}, `null`, ""},
		{"zero files", EditorFiles{}, `null`, ""},
		{"nil layer", EditorValue{Layers: []image.Image{grad, nil}}, "", "layer 2: the layer is nil"},
		{"empty file layer", EditorFiles{Layers: []FileData{{}}}, "", "layer 1: the FileData has neither a Path nor a URL"},
		{"wrong type", grad, "", "an ImageEditor shows a gradio.EditorValue or gradio.EditorFiles, not a *image.NRGBA"},
	})
}

func TestImageEditorSchema(t *testing.T) {
	e := &ImageEditor{}
	s := e.APISchema()
	if s["title"] != "EditorData" || s["type"] != "object" {
		t.Errorf("schema = %v", s)
	}
	if pt := pythonType(s); pt != "dict(background: filepath | None, layers: list[filepath], composite: filepath | None, id: str | None)" {
		t.Errorf("python type = %q", pt)
	}
	b, _ := json.Marshal(e.ExampleValue())
	if !jsonEqual(t, string(b), `{"background":{"path":"`+exampleImageURL+`","meta":{"_type":"gradio.FileData"},"orig_name":"bus.png","url":"`+exampleImageURL+`"},"layers":[],"composite":null}`) {
		t.Errorf("example = %s", b)
	}
}

func TestImageEditorEndToEnd(t *testing.T) {
	ed := &ImageEditor{Label: "editor"}
	out := &Image{Label: "result"}
	btn := &Button{}
	btn.Click(func(v EditorValue) image.Image { return v.Composite }, In(ed), Out(out), EventOptions{APIName: "composite"})
	btn.Click(func(v EditorFiles) EditorFiles { return EditorFiles{Background: v.Composite, Layers: v.Layers} }, In(ed), Out(ed), EventOptions{APIName: "flatten"})
	c := serveMedia(t, &Blocks{Children: []Component{ed, btn, out}})
	grad := mediatest.Gradient(10, 10)
	p := c.upload("composite.png", mediatest.Encode(grad, "png"))
	l := c.upload("layer.webp", mediatest.SolidWebP(10, 10, color.NRGBA{255, 0, 0, 128}))
	res := c.result("composite", `{"background":null,"layers":[`+fileJSON(l)+`],"composite":`+fileJSON(p)+`}`)
	if samePixels(c.fetchImage(res), grad) != 0 {
		t.Error("composite")
	}
	m := c.result("flatten", `{"background":null,"layers":[`+fileJSON(l)+`],"composite":`+fileJSON(p)+`}`).(map[string]any)
	if m["background"].(map[string]any)["path"] != p || m["composite"] != nil || len(m["layers"].([]any)) != 1 {
		t.Errorf("flatten = %v", m)
	}
	if d := c.failure("composite", `{"composite":`+fileJSON("/etc/passwd")+`}`); !strings.Contains(d, "composite: file not allowed") {
		t.Errorf("detail = %q", d)
	}
}

func FuzzImageEditorPreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	png := cacheFile(f, cache, "a.png", mediatest.Encode(mediatest.Gradient(2, 2), "png"))
	for _, s := range []string{`{"background":` + fileJSON(png) + `,"layers":[` + fileJSON(png) + `],"composite":null}`, `null`, `{}`,
		`{"layers":[` + fileJSON(cached) + `]}`, `{"background":$,"layers":[$],"composite":$}`} {
		f.Add(s, mediatest.Encode(mediatest.Gradient(2, 2), "tiff"))
	}
	e := &ImageEditor{}
	f.Fuzz(func(t *testing.T, payload string, content []byte) {
		skipURLs(t, payload)
		if strings.Contains(payload, "$") {
			p := cacheFile(t, cache, "upload.png", content)
			defer os.Remove(p)
			payload = strings.ReplaceAll(payload, "$", fileJSON(p))
		}
		if v, err := e.Preprocess(ctx, json.RawMessage(payload)); err == nil {
			for _, img := range append(v.(EditorValue).Layers, v.(EditorValue).Background, v.(EditorValue).Composite) {
				if img != nil && img.Bounds().Empty() {
					t.Fatalf("an empty image from %q", payload)
				}
			}
		}
		if v, err := e.PreprocessTo(ctx, json.RawMessage(payload), editorFilesType); err == nil {
			ef := v.(EditorFiles)
			for _, fd := range ef.Layers {
				if !strings.HasPrefix(fd.Path, cache.Dir()+"/") {
					t.Fatalf("Preprocess(%q) accepted %+v", payload, fd)
				}
			}
		}
	})
}
