package gradio

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestMultimodalTextboxPreprocess(t *testing.T) {
	checkDecode(t, &MultimodalTextbox{}, []decodeCase{
		{"text only", `{"text":"hi","files":[]}`, MultimodalValue{Text: "hi", Files: []FileData{}}, ""},
		{"no files key", `{"text":"hi"}`, MultimodalValue{Text: "hi"}, ""},
		{"null text", `{"text":null,"files":null}`, MultimodalValue{}, ""},
		{"null", `null`, MultimodalValue{}, ""},
		{"text not string", `{"text":1}`, nil, `"text" must be a string, got a number`},
		{"files not array", `{"text":"","files":{}}`, nil, `"files": expected an array of files`},
		{"file without meta", `{"text":"","files":[{"path":"/x"}]}`, nil, `"files": file 1: a file must carry "meta"`},
		{"file without app", `{"text":"","files":[` + fileJSON("/x") + `]}`, nil, "a MultimodalTextbox input needs a running app"},
		{"string", `"hi"`, nil, `expected an object {"text": <a string>, "files": [<a file>, ...]}, got a string`},
	})
	ctx, cache, cached := fileTestApp(t)
	png := cacheFile(t, cache, "red.png", []byte("png"))
	m := &MultimodalTextbox{FileTypes: []string{"image"}}
	got, err := m.Preprocess(ctx, json.RawMessage(`{"text":"Describe this image","files":[`+fileJSON(png)+`]}`))
	want := MultimodalValue{Text: "Describe this image", Files: []FileData{{Path: png, OrigName: "red.png", MimeType: "image/png", Size: 3}}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Preprocess = %+v, %v; want %+v", got, err, want)
	}
	if _, err := m.Preprocess(ctx, json.RawMessage(`{"text":"","files":[`+fileJSON(cached)+`]}`)); err == nil || !strings.Contains(err.Error(), `file type not allowed: "notes.txt" is not one of image`) {
		t.Errorf("a file of the wrong type: %v", err)
	}
	if _, err := m.Preprocess(ctx, json.RawMessage(`{"text":"","files":[`+fileJSON("/etc/passwd")+`]}`)); err == nil || !strings.Contains(err.Error(), "file not allowed") {
		t.Errorf("a file outside the cache: %v", err)
	}
	if s, err := m.PreprocessTo(ctx, json.RawMessage(`{"text":"just text","files":[]}`), stringType); err != nil || s != "just text" {
		t.Errorf("PreprocessTo string = %v, %v", s, err)
	}
}

func TestMultimodalTextboxPostprocess(t *testing.T) {
	ctx, _, cached := fileTestApp(t)
	m := &MultimodalTextbox{}
	checkEncodeCtx(t, ctx, m, []encodeCase{
		{"text", MultimodalValue{Text: "hi"}, `{"text":"hi","files":[]}`, ""},
		{"string", "hi", `{"text":"hi","files":[]}`, ""},
		{"zero empties the box", MultimodalValue{}, `{"text":"","files":[]}`, ""},
		{"nil", nil, `{"text":"","files":[]}`, ""},
		{"file", &MultimodalValue{Text: "x", Files: []FileData{{Path: cached}}}, `{"text":"x","files":[{"path":` + jsonString(cached) + `,"url":` +
			jsonString("http://host:7860/gradio_api/file="+cached) + `,"size":12,"orig_name":"notes.txt","mime_type":"text/plain","is_stream":false,"meta":{"_type":"gradio.FileData"}}]}`, ""},
		{"file not allowed", MultimodalValue{Files: []FileData{{Path: "/etc/passwd"}}}, "", "file 1:"},
		{"other type", 3, "", "a MultimodalTextbox shows a MultimodalValue or a string, not a int"},
	})
	if !m.AcceptsType(stringType) || m.AcceptsType(reflect.TypeFor[[]string]()) {
		t.Error("AcceptsType")
	}
}

func TestMultimodalTextboxProps(t *testing.T) {
	// Gradio 6.25's props of a default MultimodalTextbox (showcase.config.json), minus "value".
	checkProps(t, &MultimodalTextbox{Label: "MultimodalTextbox"}, map[string]any{
		"sources": []any{"upload"}, "file_count": "single", "lines": 1, "max_lines": 20, "label": "MultimodalTextbox", "show_label": true,
		"container": true, "min_width": 160, "visible": true, "autofocus": false, "autoscroll": true, "elem_classes": []any{}, "rtl": false,
		"submit_btn": true, "stop_btn": false, "max_plain_text_length": 1000, "_selectable": false, "value": nil, "file_types": nil, "placeholder": nil,
	})
	m := &MultimodalTextbox{Value: MultimodalValue{Text: "hi there", Files: []FileData{{URL: "https://example.com/red.png"}}}, Sources: []string{"upload", "microphone"},
		FileCount: "multiple", FileTypes: []string{"image"}, Lines: 3, MaxLines: 2, SubmitButton: False, StopButton: true, MaxPlainTextLength: 50}
	checkProps(t, m, map[string]any{
		"sources": []any{"upload", "microphone"}, "file_count": "multiple", "file_types": []any{"image"}, "lines": 3, "max_lines": 3,
		"submit_btn": false, "stop_btn": true, "max_plain_text_length": 50,
		"value": map[string]any{"text": "hi there", "files": []any{map[string]any{"path": "https://example.com/red.png", "url": "https://example.com/red.png",
			"size": nil, "orig_name": "red.png", "mime_type": "image/png", "is_stream": false, "meta": map[string]any{"_type": "gradio.FileData"}}}},
	})
	checkSchema(t, m, multimodalSchemaGradio)
	b, _ := json.Marshal(m.ExampleValue())
	if !jsonEqual(t, string(b), `{"text": "Describe this image", "files": [{"path": "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png", "meta": {"_type": "gradio.FileData"}, "orig_name": "bus.png", "url": "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"}]}`) {
		t.Errorf("ExampleValue = %s", b)
	}
}

// multimodalSchemaGradio is Gradio 6.25's MultimodalTextbox schema (showcase.config.json).
const multimodalSchemaGradio = `{"$defs": {"FileData": {"description": "The FileData class is a subclass of the GradioModel class that represents a file object within a Gradio interface. It is used to store file data and metadata when a file is uploaded.\n\nAttributes:\n    path: The server file path where the file is stored.\n    url: The normalized server URL pointing to the file.\n    size: The size of the file in bytes.\n    orig_name: The original filename before upload.\n    mime_type: The MIME type of the file.\n    is_stream: Indicates whether the file is a stream.\n    meta: Additional metadata used internally (should not be changed).", "properties": {"path": {"title": "Path", "type": "string"}, "url": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Url"}, "size": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": null, "title": "Size"}, "orig_name": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Orig Name"}, "mime_type": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Mime Type"}, "is_stream": {"default": false, "title": "Is Stream", "type": "boolean"}, "meta": {"$ref": "#/$defs/FileDataMeta"}}, "required": ["path"], "title": "FileData", "type": "object"}, "FileDataMeta": {"properties": {"_type": {"const": "gradio.FileData", "title": "Type", "type": "string"}}, "required": ["_type"], "title": "FileDataMeta", "type": "object"}}, "properties": {"text": {"title": "Text", "type": "string"}, "files": {"items": {"$ref": "#/$defs/FileData"}, "title": "Files", "type": "array"}}, "required": ["text"], "title": "MultimodalData", "type": "object", "additional_description": null}`

func TestMultimodalTextboxValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero":       {&MultimodalTextbox{}, ""},
		"sources":    {&MultimodalTextbox{Sources: []string{"webcam"}}, `Sources: "webcam" is not one of upload, microphone`},
		"file count": {&MultimodalTextbox{FileCount: "many"}, `FileCount "many" is not one of single, multiple, directory`},
		"lines":      {&MultimodalTextbox{Lines: -1}, "must not be negative"},
		"value file": {&MultimodalTextbox{Value: MultimodalValue{Files: []FileData{{OrigName: "x"}}}}, "Value.Files[0] has neither a Path nor a URL"},
	})
}

func FuzzMultimodalTextboxPreprocess(f *testing.F) {
	ctx, _, cached := fileTestApp(f)
	for _, s := range []string{`{"text":"hi","files":[` + fileJSON(cached) + `]}`, `null`, `{"text":"x"}`, `{"files":[{}]}`, `"x"`} {
		f.Add(s)
	}
	m := &MultimodalTextbox{}
	f.Fuzz(func(t *testing.T, payload string) {
		skipURLs(t, payload)
		v, err := m.Preprocess(ctx, json.RawMessage(payload))
		if err != nil {
			return
		}
		if _, err := m.Postprocess(ctx, v); err != nil {
			t.Fatalf("Postprocess of accepted %q: %v", payload, err)
		}
	})
}

func ExampleMultimodalTextbox() {
	box := &MultimodalTextbox{Label: "Message", FileTypes: []string{"image"}, FileCount: "multiple"}
	reply := &Textbox{Label: "Reply"}
	box.Submit(func(m MultimodalValue) string {
		return fmt.Sprintf("%s (%d files)", m.Text, len(m.Files))
	}, In(box), Out(reply))
}
