package gradio

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestUploadButtonProps(t *testing.T) {
	checkProps(t, &UploadButton{}, map[string]any{
		"label": "Upload a File", "variant": "secondary", "size": "lg", "interactive": true, "visible": true, "elem_classes": []any{},
		"type": "filepath", "file_count": "single", "file_types": nil, "icon": nil, "value": nil, "show_label": nil,
	})
	checkProps(t, &UploadButton{Label: "Add photos", Variant: Primary, Size: Small, Icon: "https://x/i.svg", FileCount: "multiple",
		FileTypes: []string{"image"}, Scale: 2, MinWidth: 100, Interactive: False},
		map[string]any{"label": "Add photos", "variant": "primary", "size": "sm", "icon": "https://x/i.svg", "file_count": "multiple",
			"file_types": []string{"image"}, "scale": 2, "min_width": 100, "interactive": false})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&UploadButton{}, ""},
		"variant":    {&UploadButton{Variant: "loud"}, `Variant "loud"`},
		"count":      {&UploadButton{FileCount: "directory"}, `FileCount "directory" is not one of single, multiple`},
	})
	if (&UploadButton{}).ValueType() != fileDataType || (&UploadButton{FileCount: "multiple"}).ValueType() != fileDataSlice {
		t.Error("ValueType")
	}
}

func TestUploadButtonValues(t *testing.T) {
	ctx, cache, cached := fileTestApp(t)
	u := &UploadButton{FileTypes: []string{".txt"}}
	v, err := u.Preprocess(ctx, json.RawMessage(fileJSON(cached)))
	if fd, ok := v.(FileData); err != nil || !ok || fd.Path != cached {
		t.Errorf("Preprocess = %#v, %v", v, err)
	}
	many := &UploadButton{FileCount: "multiple"}
	v, err = many.Preprocess(ctx, json.RawMessage(`[`+fileJSON(cached)+`,`+fileJSON(cached)+`]`))
	if fds, ok := v.([]FileData); err != nil || !ok || len(fds) != 2 {
		t.Errorf("multiple = %#v, %v", v, err)
	}
	for _, c := range []struct {
		u       *UploadButton
		payload string
		err     string
	}{
		{u, `{"path":` + jsonString(cached) + `}`, `a file must carry "meta"`},
		{u, fileJSON("/etc/passwd"), "file not allowed"},
		{u, `[` + fileJSON(cached) + `]`, "expected a file, an object"},
		{&UploadButton{FileTypes: []string{".pdf"}}, fileJSON(cached), `file type not allowed: "notes.txt" is not one of .pdf`},
		{many, fileJSON(cached), "expected an array of files"},
	} {
		if _, err := c.u.Preprocess(ctx, json.RawMessage(c.payload)); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("Preprocess(%s) = %v, want %q", c.payload, err, c.err)
		}
	}
	w, err := u.Postprocess(ctx, FileData{Path: cached})
	if _, b := wireFile(t, cache, w); err != nil || string(b) != "hello notes\n" {
		t.Errorf("Postprocess: %v", err)
	}
	w, err = many.Postprocess(ctx, []FileData{{Path: cached}})
	if items := asJSON(t, w).([]any); err != nil || len(items) != 1 {
		t.Errorf("Postprocess multiple = %v, %v", w, err)
	}
	checkEncodeCtx(t, ctx, u, []encodeCase{{"zero", FileData{}, `null`, ""}, {"nil", nil, `null`, ""}})
}

func TestUploadButtonSchema(t *testing.T) {
	// Gradio puts the FileData description under "description" here.
	checkGradioSchema(t, &UploadButton{}, "uploadbutton")
	m := &UploadButton{FileCount: "multiple"}
	if !reflect.DeepEqual(m.APISchema(), (&File{FileCount: "multiple"}).APISchema()) {
		t.Error("multiple schema differs from File's")
	}
	if b, _ := json.Marshal(m.ExampleValue()); !strings.HasPrefix(string(b), "[{") {
		t.Errorf("multiple example = %s", b)
	}
}

// TestUploadButtonEndToEnd follows Gradio's showcase: the upload copies the file into
// a File.
func TestUploadButtonEndToEnd(t *testing.T) {
	btn, file := &UploadButton{Label: "UploadButton"}, &File{Label: "File"}
	btn.Upload(func(fd FileData) FileData { return fd }, In(btn), Out(file), EventOptions{APIName: "uploadbutton"})
	c := serveMedia(t, &Blocks{Children: []Component{btn, file}})
	p := c.upload("notes.txt", []byte("some notes"))
	res := c.result("uploadbutton", fileJSONAs(p, "notes.txt", "text/plain"))
	if string(c.fetch(res)) != "some notes" || res.(map[string]any)["orig_name"] != "notes.txt" {
		t.Errorf("uploadbutton = %v", res)
	}
}

func FuzzUploadButtonPreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	for _, s := range []string{fileJSON(cached), `null`, `[` + fileJSON(cached) + `]`, `{}`, fileJSON("/etc/passwd")} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, payload string, multiple bool) {
		skipURLs(t, payload)
		u := &UploadButton{}
		if multiple {
			u.FileCount = "multiple"
		}
		v, err := u.Preprocess(ctx, json.RawMessage(payload))
		if err != nil {
			return
		}
		fds, ok := v.([]FileData)
		if !ok {
			fds = []FileData{v.(FileData)}
		}
		for _, fd := range fds {
			if !fd.IsZero() && !strings.HasPrefix(fd.Path, cache.Dir()+"/") {
				t.Fatalf("Preprocess(%q) accepted %+v", payload, fd)
			}
		}
	})
}
