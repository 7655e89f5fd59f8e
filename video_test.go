package gradio

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestVideoProps(t *testing.T) {
	checkProps(t, &Video{}, map[string]any{
		"sources": []string{"upload", "webcam"}, "autoplay": false, "loop": false, "include_audio": true,
		"buttons": []string{"download"}, "webcam_options": map[string]any{"mirror": true, "constraints": nil},
		"streaming": false, "playback_position": 0, "height": nil, "width": nil, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &Video{Sources: []string{"webcam"}, Autoplay: true, Loop: true, IncludeAudio: False, Buttons: []string{"download", "share"},
		Webcam: WebcamOptions{Mirror: False}, Height: 240, Width: 320, Label: "Clip"},
		map[string]any{"sources": []string{"webcam"}, "autoplay": true, "loop": true, "include_audio": false, "buttons": []string{"download", "share"},
			"webcam_options": map[string]any{"mirror": false, "constraints": nil}, "height": 240, "width": 320, "label": "Clip"})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&Video{}, ""},
		"source":     {&Video{Sources: []string{"microphone"}}, `Sources: "microphone" is not one of upload, webcam`},
		"button":     {&Video{Buttons: []string{"fullscreen"}}, `Buttons: "fullscreen" is not one of download, share`},
		"width":      {&Video{Width: -5}, "must not be negative"},
	})
	if (&Video{}).ValueType() != fileDataType {
		t.Error("ValueType")
	}
}

func TestVideoPreprocessAndPostprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	clip := cacheFile(t, cache, "clip.mp4", []byte("\x00\x00\x00\x18ftypisom not really a video"))
	v := &Video{}
	got, err := v.Preprocess(ctx, json.RawMessage(fileJSON(clip)))
	if fd, ok := got.(FileData); err != nil || !ok || fd.Path != clip || fd.MimeType != "video/mp4" || fd.OrigName != "clip.mp4" {
		t.Errorf("Preprocess = %#v, %v", got, err)
	}
	// Videos are passed through: nothing is decoded, any file goes.
	if got, err := v.Preprocess(ctx, json.RawMessage(fileJSON(notes))); err != nil || got.(FileData).Path != notes {
		t.Errorf("a text file: %v", err)
	}
	for _, c := range []decodeCase{
		{"missing meta", `{"path":` + jsonString(clip) + `}`, nil, `a file must carry "meta"`},
		{"outside the cache", fileJSON("/etc/hosts"), nil, "file not allowed"},
		{"wrong JSON type", `true`, nil, "expected a file, an object"},
	} {
		if _, err := v.Preprocess(ctx, json.RawMessage(c.payload)); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if got, err := v.Preprocess(ctx, json.RawMessage(`null`)); err != nil || got != (FileData{}) {
		t.Errorf("null = %#v, %v", got, err)
	}
	w, err := v.Postprocess(ctx, FileData{Path: clip})
	if m, b := wireFile(t, cache, w); err != nil || m["mime_type"] != "video/mp4" || !strings.HasPrefix(string(b), "\x00\x00\x00\x18ftyp") {
		t.Errorf("Postprocess = %v, %v", m, err)
	}
	checkEncodeCtx(t, ctx, v, []encodeCase{
		{"zero", FileData{}, `null`, ""},
		{"nil", nil, `null`, ""},
		{"remote", FileData{URL: "https://example.com/v.mp4"}, `{"path":"https://example.com/v.mp4","url":"https://example.com/v.mp4","size":null,"orig_name":"v.mp4","mime_type":"video/mp4","is_stream":false,"meta":{"_type":"gradio.FileData"}}`, ""},
		{"string", "clip.mp4", "", "a Video shows a FileData, not a string"},
	})
}

func TestVideoSchema(t *testing.T) {
	checkGradioSchema(t, &Video{}, "video")
}

func TestVideoEndToEnd(t *testing.T) {
	in, out := &Video{Label: "in"}, &Video{Label: "out"}
	btn := &Button{}
	btn.Click(func(fd FileData) FileData { return fd }, In(in), Out(out), EventOptions{APIName: "echo"})
	c := serveMedia(t, &Blocks{Children: []Component{in, btn, out}})
	p := c.upload("sample.mp4", []byte("24 bytes of fake video.."))
	res := c.result("echo", fileJSON(p))
	if m := res.(map[string]any); m["path"] != p || m["orig_name"] != "sample.mp4" || m["mime_type"] != "video/mp4" || string(c.fetch(res)) != "24 bytes of fake video.." {
		t.Errorf("echo = %v", res)
	}
	if d := c.failure("echo", fileJSON("/etc/passwd")); !strings.Contains(d, "file not allowed") {
		t.Errorf("detail = %q", d)
	}
}

func FuzzVideoPreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	for _, s := range []string{fileJSON(cached), `null`, `{}`, `"x"`, fileJSON("/etc/passwd"), fileJSON(cached + "/.."), `{"path":null,"url":"http://x","meta":{"_type":"gradio.FileData"}}`} {
		f.Add(s)
	}
	v := &Video{}
	f.Fuzz(func(t *testing.T, payload string) {
		skipURLs(t, payload)
		got, err := v.Preprocess(ctx, json.RawMessage(payload))
		if fd, _ := got.(FileData); err == nil && !fd.IsZero() && !strings.HasPrefix(fd.Path, cache.Dir()+"/") {
			t.Fatalf("Preprocess(%q) accepted %+v", payload, fd)
		}
	})
}
