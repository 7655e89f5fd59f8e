package gradio

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDownloadButtonProps(t *testing.T) {
	checkProps(t, &DownloadButton{}, map[string]any{
		"label": "Download", "variant": "secondary", "size": "lg", "interactive": true, "visible": true, "elem_classes": []any{},
		"value": nil, "icon": nil,
	})
	checkProps(t, &DownloadButton{Label: "Get the report", Value: FileData{Path: "/srv/report.pdf"}, Variant: Primary, Icon: "https://x/d.svg"},
		map[string]any{"label": "Get the report", "variant": "primary", "icon": "https://x/d.svg",
			"value": map[string]any{"path": "/srv/report.pdf", "url": nil, "size": nil, "orig_name": "report.pdf", "mime_type": "application/pdf",
				"is_stream": false, "meta": map[string]any{"_type": "gradio.FileData"}}})
	checkProps(t, &DownloadButton{Value: FileData{URL: "https://example.com/data.csv"}},
		map[string]any{"value": map[string]any{"path": "https://example.com/data.csv", "url": "https://example.com/data.csv", "size": nil,
			"orig_name": "data.csv", "mime_type": "text/csv", "is_stream": false, "meta": map[string]any{"_type": "gradio.FileData"}}})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&DownloadButton{}, ""},
		"size":       {&DownloadButton{Size: "xl"}, `Size "xl"`},
		"no path":    {&DownloadButton{Value: FileData{OrigName: "x"}}, "Value has neither a Path nor a URL"},
	})
	d := &DownloadButton{}
	if d.ValueType() != fileDataType || !d.AcceptsType(stringType) || d.AcceptsType(fileDataSlice) {
		t.Error("types")
	}
}

func TestDownloadButtonValues(t *testing.T) {
	ctx, cache, cached := fileTestApp(t)
	made := filepath.Join(t.TempDir(), "report.csv")
	if err := os.WriteFile(made, []byte("a,b\n1,2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := &DownloadButton{}
	w, err := d.Postprocess(ctx, made)
	m, b := wireFile(t, cache, w)
	if err != nil || string(b) != "a,b\n1,2\n" || m["orig_name"] != "report.csv" {
		t.Errorf("a path = %v, %v", m, err)
	}
	w, err = d.Postprocess(ctx, FileData{Path: made, OrigName: "data.csv"})
	if m, _ := wireFile(t, cache, w); err != nil || m["orig_name"] != "data.csv" {
		t.Errorf("a FileData = %v, %v", m, err)
	}
	checkEncodeCtx(t, ctx, d, []encodeCase{
		{"empty path", "", `null`, ""},
		{"zero", FileData{}, `null`, ""},
		{"nil", nil, `null`, ""},
		{"missing", "/nonexistent/file.csv", "", "file.csv"},
		{"number", 3, "", "a DownloadButton offers a FileData or a path, not a int"},
	})
	v, err := d.Preprocess(ctx, json.RawMessage(fileJSON(cached)))
	if fd, ok := v.(FileData); err != nil || !ok || fd.Path != cached {
		t.Errorf("Preprocess = %#v, %v", v, err)
	}
	v, err = d.PreprocessTo(ctx, json.RawMessage(fileJSON(cached)), stringType)
	if err != nil || v != cached {
		t.Errorf("as a path = %#v, %v", v, err)
	}
	if _, err := d.Preprocess(ctx, json.RawMessage(fileJSON("/etc/passwd"))); err == nil || !strings.Contains(err.Error(), "file not allowed") {
		t.Errorf("outside: %v", err)
	}
}

func TestDownloadButtonSchema(t *testing.T) {
	checkGradioSchema(t, &DownloadButton{}, "downloadbutton")
}

// TestDownloadButtonEndToEnd follows Gradio's showcase: a File feeds the button.
func TestDownloadButtonEndToEnd(t *testing.T) {
	file, btn := &File{Label: "File"}, &DownloadButton{Label: "DownloadButton"}
	dir := t.TempDir()
	btn.Click(func(fd FileData) FileData { return fd }, In(file), Out(btn), EventOptions{APIName: "downloadbutton"})
	btn.Click(func() (string, error) {
		p := filepath.Join(dir, "made.txt")
		return p, os.WriteFile(p, []byte("made here"), 0o600)
	}, nil, Out(btn), EventOptions{APIName: "make"})
	c := serveMedia(t, &Blocks{Children: []Component{file, btn}})
	p := c.upload("notes.txt", []byte("downloadable"))
	if res := c.result("downloadbutton", fileJSON(p)); string(c.fetch(res)) != "downloadable" {
		t.Errorf("downloadbutton = %v", res)
	}
	if res := c.result("make"); string(c.fetch(res)) != "made here" {
		t.Errorf("make = %v", res)
	}
}

func FuzzDownloadButtonPreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	for _, s := range []string{fileJSON(cached), `null`, `"x"`, `{}`, fileJSON("/etc/passwd")} {
		f.Add(s)
	}
	d := &DownloadButton{}
	f.Fuzz(func(t *testing.T, payload string) {
		skipURLs(t, payload)
		v, err := d.PreprocessTo(ctx, json.RawMessage(payload), stringType)
		if p, _ := v.(string); err == nil && p != "" && !strings.HasPrefix(p, cache.Dir()+"/") {
			t.Fatalf("Preprocess(%q) accepted %q", payload, p)
		}
	})
}
