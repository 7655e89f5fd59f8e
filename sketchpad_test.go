package gradio

import (
	"encoding/json"
	"image"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestSketchpadProps(t *testing.T) {
	s := &Sketchpad{}
	if s.Kind() != "imageeditor" {
		t.Errorf("Kind = %q", s.Kind())
	}
	checkProps(t, s, map[string]any{
		"sources": []string{}, "canvas_size": []int{800, 600},
		"brush":      map[string]any{"default_size": "auto", "colors": []string{"#000000"}, "default_color": "auto", "color_mode": "fixed"},
		"transforms": []string{"crop"}, "layers": true, "format": "png", "value": nil, "show_label": true,
	})
	checkProps(t, &Sketchpad{Brush: Brush{Colors: []string{"#ff0000", "#00ff00"}}, CanvasSize: [2]int{256, 256}, Label: "Draw a digit"},
		map[string]any{"brush": map[string]any{"default_size": "auto", "colors": []string{"#ff0000", "#00ff00"}, "default_color": "auto", "color_mode": "defaults"},
			"canvas_size": []int{256, 256}, "label": "Draw a digit", "sources": []string{}})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&Sketchpad{}, ""},
		"brush":      {&Sketchpad{Brush: Brush{ColorMode: "x"}}, `Brush.ColorMode "x"`},
	})
	if s.ValueType() != editorValueType || !s.AcceptsType(editorFilesType) {
		t.Error("types")
	}
	checkSchema(t, s, string(mustJSON(t, (&ImageEditor{}).APISchema())))
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSketchpadEndToEnd(t *testing.T) {
	pad, out := &Sketchpad{Label: "pad"}, &Number{}
	btn := &Button{}
	// Count the inked pixels of the drawing.
	btn.Click(func(v EditorValue) int {
		if v.Composite == nil {
			return -1
		}
		n := 0
		b := v.Composite.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if _, _, _, a := v.Composite.At(x, y).RGBA(); a > 0 {
					n++
				}
			}
		}
		return n
	}, In(pad), Out(out), EventOptions{APIName: "ink"})
	btn.Click(func(v EditorValue) EditorValue { return v }, In(pad), Out(pad), EventOptions{APIName: "echo"})
	c := serveMedia(t, &Blocks{Children: []Component{pad, btn, out}})
	drawing := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	for i := range 8 {
		drawing.Pix[(i*8+i)*4+3] = 255
	}
	p := c.upload("sketch.png", mediatest.Encode(drawing, "png"))
	sketch := `{"background":null,"layers":[` + fileJSON(p) + `],"composite":` + fileJSON(p) + `}`
	if got := c.result("ink", sketch); got != 8.0 {
		t.Errorf("ink = %v", got)
	}
	m := c.result("echo", sketch).(map[string]any)
	if m["background"] != nil || samePixels(c.fetchImage(m["composite"]), drawing) != 0 {
		t.Errorf("echo = %v", m)
	}
	if d := c.failure("ink", `{"composite":`+jsonString(p)+`}`); !strings.Contains(d, "composite: expected a file, an object") {
		t.Errorf("detail = %q", d)
	}
}

func FuzzSketchpadPreprocess(f *testing.F) {
	ctx, cache, _ := fileTestApp(f)
	png := cacheFile(f, cache, "a.png", mediatest.Encode(mediatest.Gradient(2, 2), "png"))
	for _, s := range []string{`{"background":null,"layers":[` + fileJSON(png) + `],"composite":` + fileJSON(png) + `}`, `null`, `{"layers":null}`} {
		f.Add(s)
	}
	s := &Sketchpad{}
	f.Fuzz(func(t *testing.T, payload string) {
		skipURLs(t, payload)
		if v, err := s.PreprocessTo(ctx, json.RawMessage(payload), editorFilesType); err == nil {
			ef := v.(EditorFiles)
			for _, fd := range append(ef.Layers, derefFiles(ef.Background, ef.Composite)...) {
				if !strings.HasPrefix(fd.Path, cache.Dir()+"/") {
					t.Fatalf("Preprocess(%q) accepted %+v", payload, fd)
				}
			}
		}
		s.Preprocess(ctx, json.RawMessage(payload))
	})
}

func derefFiles(fds ...*FileData) []FileData {
	var out []FileData
	for _, fd := range fds {
		if fd != nil {
			out = append(out, *fd)
		}
	}
	return out
}
