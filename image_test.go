package gradio

import (
	"context"
	"encoding/json"
	"image"
	"image/color"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media"
	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestImageProps(t *testing.T) {
	checkProps(t, &Image{}, map[string]any{
		"format": "png", "image_mode": "RGB", "sources": []string{"upload", "webcam", "clipboard"},
		"buttons": []string{"download", "fullscreen"}, "webcam_options": map[string]any{"mirror": true, "constraints": nil},
		"streaming": false, "streamable": false, "height": nil, "width": nil, "placeholder": nil, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &Image{Format: "JPEG", ImageMode: "L", Height: 300, Width: 200, Sources: []string{}, Buttons: []string{"share"},
		Placeholder: "Drop a photo", Webcam: WebcamOptions{Mirror: False, Constraints: map[string]any{"video": map[string]any{"width": 640}}},
		Label: "Photo", Interactive: True},
		map[string]any{"format": "jpeg", "image_mode": "L", "height": 300, "width": 200, "sources": []string{}, "buttons": []string{"share"},
			"placeholder": "Drop a photo", "webcam_options": map[string]any{"mirror": false, "constraints": map[string]any{"video": map[string]any{"width": 640}}},
			"label": "Photo", "interactive": true})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&Image{}, ""},
		"jpeg":       {&Image{Format: "jpeg", ImageMode: "RGBA"}, ""},
		"webp":       {&Image{Format: "webp"}, `Format "webp" is not one of png, jpeg`},
		"mode":       {&Image{ImageMode: "CMYK"}, `ImageMode "CMYK" is not one of RGB, RGBA, L`},
		"source":     {&Image{Sources: []string{"upload", "camera"}}, `Sources: "camera" is not one of upload, webcam, clipboard`},
		"button":     {&Image{Buttons: []string{"print"}}, `Buttons: "print" is not one of download, share, fullscreen`},
		"height":     {&Image{Height: -1}, "must not be negative"},
	})
	i := &Image{}
	if i.ValueType() != imageType {
		t.Error("ValueType")
	}
	for typ, want := range map[reflect.Type]bool{
		fileDataType: true, imageType: true, reflect.TypeFor[*image.RGBA](): true, reflect.TypeFor[*image.Gray](): true,
		reflect.TypeFor[*image.YCbCr](): false, reflect.TypeFor[string](): false, reflect.TypeFor[[]FileData](): false,
	} {
		if i.AcceptsType(typ) != want {
			t.Errorf("AcceptsType(%s) = %v", typ, !want)
		}
	}
}

func TestImagePreprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	grad := mediatest.Gradient(6, 4)
	paths := map[string]string{}
	for _, f := range []string{"png", "jpeg", "gif", "bmp", "tiff", "webp"} {
		paths[f] = cacheFile(t, cache, "img."+f, mediatest.Encode(grad, f))
	}
	pngData := mediatest.Encode(grad, "png")
	truncated := cacheFile(t, cache, "cut.png", pngData[:len(pngData)-30])
	lying := cacheFile(t, cache, "photo.png", mediatest.Encode(grad, "jpeg")) // a JPEG named .png
	textAsPNG := cacheFile(t, cache, "fake.png", []byte("this is text, not pixels"))
	avif := cacheFile(t, cache, "x.avif", []byte("\x00\x00\x00\x1cftypavif\x00\x00\x00\x00mif1"))
	wav := cacheFile(t, cache, "beep.wav", mediatest.WAV{Tag: 1, Bits: 16, Channels: 1, SampleRate: 8000, Samples: []float64{0}}.Bytes())

	i := &Image{}
	for f, p := range paths {
		v, err := i.Preprocess(ctx, json.RawMessage(fileJSON(p)))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		img := v.(image.Image)
		if img.Bounds() != grad.Bounds() {
			t.Errorf("%s: bounds %v", f, img.Bounds())
		}
		if d := samePixels(img, grad); (f == "png" || f == "bmp" || f == "tiff") && d != 0 {
			t.Errorf("%s: pixels differ by %d", f, d)
		}
	}
	// Decoding goes by content, whatever the name and type claim.
	v, err := i.Preprocess(ctx, json.RawMessage(fileJSONAs(lying, "photo.png", "image/png")))
	if err != nil || v.(image.Image).Bounds() != grad.Bounds() {
		t.Errorf("a JPEG named .png: %v", err)
	}

	checkImageErrors := func(t *testing.T, in Input, cases []decodeCase) {
		t.Helper()
		for _, c := range cases {
			got, err := in.Preprocess(ctx, json.RawMessage(c.payload))
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: Preprocess = %v, %v; want an error containing %q", c.name, got, err, c.err)
			}
		}
	}
	checkImageErrors(t, i, []decodeCase{
		{"missing meta", `{"path":` + jsonString(paths["png"]) + `}`, nil, `a file must carry "meta": {"_type": "gradio.FileData"}`},
		{"outside the cache", fileJSON("/etc/passwd"), nil, "file not allowed"},
		{"wrong JSON type", `"` + paths["png"] + `"`, nil, "expected a file, an object"},
		{"number", `42`, nil, "expected a file, an object"},
		{"text file", fileJSON(notes), nil, `"notes.txt": cannot decode text/plain (supported: PNG, JPEG, GIF, WebP, BMP, TIFF)`},
		{"text named .png", fileJSONAs(textAsPNG, "fake.png", "image/png"), nil, `"fake.png": cannot decode text/plain (supported: PNG, JPEG, GIF, WebP, BMP, TIFF)`},
		{"avif", fileJSON(avif), nil, "cannot decode image/avif (supported: PNG, JPEG, GIF, WebP, BMP, TIFF)"},
		{"wav", fileJSON(wav), nil, "cannot decode audio/wav"},
		{"truncated png", fileJSON(truncated), nil, `"cut.png": the PNG image is truncated`},
		{"private url", `{"path":"http://127.0.0.1:9/bus.png","meta":{"_type":"gradio.FileData"}}`, nil, "resolves to a private address"},
	})

	// Null gives nil, in every form.
	if v, err := i.Preprocess(ctx, json.RawMessage(`null`)); v != nil || err != nil {
		t.Errorf("null = %v, %v", v, err)
	}
	for _, typ := range []reflect.Type{fileDataType, reflect.TypeFor[*image.RGBA]()} {
		v, err := i.PreprocessTo(ctx, json.RawMessage(`null`), typ)
		if err != nil || !reflect.ValueOf(v).IsZero() {
			t.Errorf("null as %s = %#v, %v", typ, v, err)
		}
	}
	// FileData: the file itself, not decoded (so a text file is fine).
	v, err = i.PreprocessTo(ctx, json.RawMessage(fileJSONAs(notes, "n.txt", "")), fileDataType)
	if fd, ok := v.(FileData); err != nil || !ok || fd.Path != notes || fd.OrigName != "n.txt" || fd.Size != 12 {
		t.Errorf("as FileData = %#v, %v", v, err)
	}
	// Concrete types are converted.
	v, err = i.PreprocessTo(ctx, json.RawMessage(fileJSON(paths["png"])), reflect.TypeFor[*image.Gray]())
	if g, ok := v.(*image.Gray); err != nil || !ok || g.Bounds() != grad.Bounds() {
		t.Errorf("as *image.Gray = %T, %v", v, err)
	}
	v, err = i.PreprocessTo(ctx, json.RawMessage(fileJSON(paths["png"])), reflect.TypeFor[*image.RGBA]())
	if r, ok := v.(*image.RGBA); err != nil || !ok || samePixels(r, grad) != 0 {
		t.Errorf("as *image.RGBA = %T, %v", v, err)
	}
	if _, err := i.PreprocessTo(ctx, json.RawMessage(fileJSON(notes)), reflect.TypeFor[*image.RGBA]()); err == nil {
		t.Error("a text file decoded as *image.RGBA")
	}
	// ImageMode converts.
	v, _ = (&Image{ImageMode: "L"}).Preprocess(ctx, json.RawMessage(fileJSON(paths["png"])))
	if _, ok := v.(*image.Gray); !ok {
		t.Errorf("ImageMode L gave a %T", v)
	}
	v, _ = (&Image{ImageMode: "RGBA"}).Preprocess(ctx, json.RawMessage(fileJSON(paths["jpeg"])))
	if _, ok := v.(*image.NRGBA); !ok {
		t.Errorf("ImageMode RGBA gave a %T", v)
	}
}

func TestImagePostprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	grad := mediatest.Gradient(5, 7)
	i := &Image{}

	w, err := i.Postprocess(ctx, grad)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := wireFile(t, cache, w)
	img, mime := decodeWireImage(t, cache, w)
	if mime != "image/png" || m["orig_name"] != "image.png" || m["mime_type"] != "image/png" || samePixels(img, grad) != 0 {
		t.Errorf("PNG output = %v (%s)", m, mime)
	}
	// An image whose origin is not (0, 0) keeps its pixels.
	sub := grad.SubImage(image.Rect(1, 2, 4, 6))
	w, _ = i.Postprocess(ctx, sub)
	if img, _ := decodeWireImage(t, cache, w); samePixels(img, sub) != 0 {
		t.Error("sub-image")
	}
	w, err = (&Image{Format: "jpeg"}).Postprocess(ctx, grad)
	if err != nil {
		t.Fatal(err)
	}
	m, _ = wireFile(t, cache, w)
	if img, mime := decodeWireImage(t, cache, w); mime != "image/jpeg" || m["orig_name"] != "image.jpg" || samePixels(img, grad) > 40 {
		t.Errorf("JPEG output = %v (%s)", m, mime)
	}
	// A FileData is sent as File sends it.
	w, err = i.Postprocess(ctx, FileData{Path: notes})
	if m, b := wireFile(t, cache, w); err != nil || string(b) != "hello notes\n" || m["orig_name"] != "notes.txt" {
		t.Errorf("FileData output = %v, %v", m, err)
	}
	var nilRGBA *image.RGBA
	checkEncodeCtx(t, ctx, i, []encodeCase{
		{"nil", nil, `null`, ""},
		{"nil *image.RGBA", nilRGBA, `null`, ""},
		{"zero FileData", FileData{}, `null`, ""},
		{"empty image", image.NewRGBA(image.Rect(0, 0, 0, 3)), "", "the image is empty (0×3 pixels)"},
		{"missing file", FileData{Path: "/nonexistent/x.png"}, "", "x.png"},
		{"string", "x.png", "", "an Image shows an image.Image or a FileData, not a string"},
	})
	if _, err := i.Postprocess(context.Background(), grad); err == nil || !strings.Contains(err.Error(), "an Image output needs a running app") {
		t.Errorf("without an app: %v", err)
	}
}

func TestImageSchema(t *testing.T) {
	checkGradioSchema(t, &Image{}, "image")
	if pt := pythonType((&Image{}).APISchema()); pt != "filepath" {
		t.Errorf("python type = %q", pt)
	}
}

// sepia is the classic sepia filter, as a handler would write it.
func sepia(img image.Image) image.Image {
	b := img.Bounds()
	out := image.NewNRGBA(b)
	c8 := func(v float64) uint8 { return uint8(min(v, 255)) }
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			r, g, bl := float64(c.R), float64(c.G), float64(c.B)
			out.SetNRGBA(x, y, color.NRGBA{c8(.393*r + .769*g + .189*bl), c8(.349*r + .686*g + .168*bl), c8(.272*r + .534*g + .131*bl), c.A})
		}
	}
	return out
}

// TestImageEndToEnd uploads images, runs image handlers and downloads their results,
// as an API client does.
func TestImageEndToEnd(t *testing.T) {
	in, out := &Image{Label: "in"}, &Image{Label: "out"}
	gray := &Image{Label: "gray", Format: "jpeg"}
	meta := &Textbox{}
	btn := &Button{}
	btn.Click(sepia, In(in), Out(out), EventOptions{APIName: "sepia"})
	btn.Click(func(g *image.Gray) *image.Gray { return g }, In(in), Out(gray), EventOptions{APIName: "gray"})
	btn.Click(func(fd FileData) string { return fd.OrigName + " " + fd.MimeType }, In(in), Out(meta), EventOptions{APIName: "meta"})
	btn.Click(func(fd FileData) FileData { return fd }, In(in), Out(out), EventOptions{APIName: "echo"})
	c := serveMedia(t, &Blocks{Children: []Component{in, btn, out, gray, meta}})

	grad := mediatest.Gradient(16, 9)
	for _, format := range []string{"png", "jpeg", "webp", "bmp"} {
		src := mediatest.Encode(grad, format)
		p := c.upload("photo."+format, src)
		res := c.result("sepia", fileJSON(p))
		got := c.fetchImage(res)
		// JPEG is lossy and the test's WebP is of one colour: compare with the filter of
		// what the server decoded.
		decoded, _, _ := media.DecodeImage(src, 0)
		if format == "png" || format == "bmp" {
			decoded = grad
		}
		if d := samePixels(got, sepia(decoded)); d != 0 {
			t.Errorf("%s: the sepia result differs by %d", format, d)
		}
		if m := res.(map[string]any); m["orig_name"] != "image.png" || m["mime_type"] != "image/png" {
			t.Errorf("%s: result = %v", format, m)
		}
	}

	p := c.upload("photo.png", mediatest.Encode(grad, "png"))
	g := c.result("gray", fileJSON(p))
	if img, mime, err := media.DecodeImage(c.fetch(g), 0); err != nil || mime != "image/jpeg" || img.Bounds() != grad.Bounds() {
		t.Errorf("gray = %v %s %v", g, mime, err)
	}
	if got := c.result("meta", fileJSONAs(p, "holiday.png", "image/png")); got != "holiday.png image/png" {
		t.Errorf("meta = %v", got)
	}
	if got := c.fetch(c.result("echo", fileJSON(p))); string(got) != string(mediatest.Encode(grad, "png")) {
		t.Error("echo changed the file")
	}

	text := c.upload("notes.png", []byte("plain text pretending to be a PNG"))
	pngData := mediatest.Encode(grad, "png")
	cut := c.upload("cut.png", pngData[:len(pngData)/2])
	for _, e := range []struct{ name, data, detail string }{
		{"text named .png", fileJSON(text), `input 1 (image "in"): "notes.png": cannot decode text/plain (supported: PNG, JPEG, GIF, WebP, BMP, TIFF)`},
		{"truncated", fileJSON(cut), `"cut.png": the PNG image is truncated`},
		{"outside the cache", fileJSON("/etc/passwd"), "file not allowed"},
		{"no meta", `{"path":` + jsonString(p) + `}`, `a file must carry "meta"`},
		{"bare path", jsonString(p), "expected a file, an object"},
	} {
		if d := c.failure("sepia", e.data); !strings.Contains(d, e.detail) {
			t.Errorf("%s: detail = %q, want %q", e.name, d, e.detail)
		}
	}
	// null reaches the handler as nil; the sepia of nothing is an empty output.
	res := c.run("gray", 200, "null")
	if res["data"].([]any)[0] != nil {
		t.Errorf("gray(null) = %v", res)
	}
}

// TestImageFromURL sends an image by URL, as handle_file("https://...") does: the app
// downloads it (here from a local server, which WithPrivateURLs allows).
func TestImageFromURL(t *testing.T) {
	grad := mediatest.Gradient(7, 3)
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(mediatest.Encode(grad, "png")) }))
	defer remote.Close()
	in, out := &Image{}, &Image{}
	btn := &Button{}
	btn.Click(sepia, In(in), Out(out), EventOptions{APIName: "sepia"})
	app, err := (&Blocks{Children: []Component{in, btn, out}}).Build(WithTempDir(t.TempDir()), WithQuiet(), WithPrivateURLs(true))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	defer func() { srv.Close(); app.Close() }()
	c := &mediaClient{t, srv}
	u := remote.URL + "/bus.png"
	res := c.result("sepia", `{"path":`+jsonString(u)+`,"url":`+jsonString(u)+`,"orig_name":"bus.png","meta":{"_type":"gradio.FileData"}}`)
	if samePixels(c.fetchImage(res), sepia(grad)) != 0 {
		t.Error("sepia of a URL")
	}
	// Without the option, private addresses are refused.
	c2 := serveMedia(t, &Blocks{Children: []Component{in, btn, out}})
	if d := c2.failure("sepia", `{"path":`+jsonString(u)+`,"meta":{"_type":"gradio.FileData"}}`); !strings.Contains(d, "resolves to a private address") {
		t.Errorf("detail = %q", d)
	}
}

func FuzzImagePreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	grad := mediatest.Gradient(4, 3)
	for _, format := range []string{"png", "jpeg", "gif", "bmp", "tiff", "webp"} {
		f.Add(mediatest.Encode(grad, format), "")
	}
	f.Add([]byte("text"), fileJSON(cached))
	f.Add([]byte{}, `null`)
	i := &Image{}
	f.Fuzz(func(t *testing.T, content []byte, payload string) {
		skipURLs(t, payload)
		// The content as an uploaded file.
		p := cacheFile(t, cache, "upload.png", content)
		v, err := i.Preprocess(ctx, json.RawMessage(fileJSON(p)))
		if err == nil && (v == nil || v.(image.Image).Bounds().Empty()) {
			t.Fatalf("decoded %q to %v", content, v)
		}
		for _, typ := range []reflect.Type{fileDataType, reflect.TypeFor[*image.NRGBA]()} {
			i.PreprocessTo(ctx, json.RawMessage(fileJSON(p)), typ)
		}
		// Any payload: a file must come from the cache.
		v, err = i.PreprocessTo(ctx, json.RawMessage(payload), fileDataType)
		if fd, _ := v.(FileData); err == nil && !fd.IsZero() && !strings.HasPrefix(fd.Path, cache.Dir()+"/") {
			t.Fatalf("Preprocess(%q) accepted %+v", payload, fd)
		}
		i.Preprocess(ctx, json.RawMessage(payload))
		os.Remove(p)
	})
}
