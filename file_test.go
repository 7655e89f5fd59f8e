package gradio

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/files"
	"github.com/gradio-go/gradio/internal/wire"
)

// fileTestApp is a minimal App with a real file cache, for calling File's Preprocess
// and Postprocess directly. It returns the context they get, and a file in the cache.
func fileTestApp(t testing.TB) (ctx context.Context, cache *files.Cache, cached string) {
	t.Helper()
	cache, err := files.New(files.Options{Dir: filepath.Join(t.TempDir(), "cache")})
	if err != nil {
		t.Fatal(err)
	}
	cached, err = cache.AddBytes("notes.txt", []byte("hello notes\n"))
	if err != nil {
		t.Fatal(err)
	}
	ctx = withRequest(withApp(context.Background(), &App{files: cache}), &Request{Root: "http://host:7860"})
	return ctx, cache, cached
}

func fileJSON(path string) string {
	return `{"path":` + jsonString(path) + `,"meta":{"_type":"gradio.FileData"}}`
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestFilePreprocessShape(t *testing.T) {
	// These fail before the cache is needed, so no app is required.
	checkDecode(t, &File{}, []decodeCase{
		{"null", `null`, FileData{}, ""},
		{"empty object", `{}`, nil, `a file must carry "meta": {"_type": "gradio.FileData"}`},
		{"bare path", `"/tmp/x.txt"`, nil, "expected a file, an object {\"path\": <a path from /gradio_api/upload>"},
		{"no meta", `{"path":"/tmp/x.txt"}`, nil, `must carry "meta"`},
		{"wrong meta", `{"path":"/tmp/x.txt","meta":{"_type":"gradio.ImageData"}}`, nil, `must carry "meta"`},
		{"meta not object", `{"path":"/tmp/x.txt","meta":"gradio.FileData"}`, nil, `must carry "meta"`},
		{"path missing", `{"meta":{"_type":"gradio.FileData"}}`, nil, `a file's "path" must be the path /gradio_api/upload returned, got nothing`},
		{"path number", `{"path":3,"meta":{"_type":"gradio.FileData"}}`, nil, "got a number"},
		{"path empty", `{"path":"","meta":{"_type":"gradio.FileData"}}`, nil, `"path" must be`},
		{"orig_name number", `{"path":"/x","orig_name":1,"meta":{"_type":"gradio.FileData"}}`, nil, `a file's "orig_name" must be a string or null, got a number`},
		{"array for single", `[` + fileJSON("/x") + `]`, nil, "got an array"},
		{"malformed", `{"path":`, nil, "expected a file"},
		{"no app", fileJSON("/x"), nil, "a File input needs a running app"},
	})
	checkDecode(t, &File{FileCount: "multiple"}, []decodeCase{
		{"null", `null`, []FileData{}, ""},
		{"empty", `[]`, []FileData{}, ""},
		{"object for multiple", fileJSON("/x"), nil, "expected an array of files"},
		{"null item", `[null]`, nil, "file 1: expected a file, an object"},
		{"bad second", `[` + fileJSON("/x") + `,{}]`, nil, "file 1: a File input needs a running app"},
		{"bad second shape", `[{},` + fileJSON("/x") + `]`, nil, `file 1: a file must carry "meta"`},
	})
}

func TestFilePreprocessCache(t *testing.T) {
	ctx, cache, cached := fileTestApp(t)
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("secret"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(filepath.Dir(cached), "link.txt")
	if err := os.Symlink(outside, link); err != nil {
		t.Fatal(err)
	}
	want := FileData{Path: cached, OrigName: "notes.txt", MimeType: "text/plain", Size: 12}
	cases := []struct {
		name, payload string
		f             *File
		want          any
		err           string
	}{
		{"uploaded", fileJSON(cached), &File{}, want, ""},
		{"orig name kept", `{"path":` + jsonString(cached) + `,"orig_name":"My Notes.md","mime_type":"text/x-notes","meta":{"_type":"gradio.FileData"}}`,
			&File{}, FileData{Path: cached, OrigName: "My Notes.md", MimeType: "text/x-notes", Size: 12}, ""},
		{"unclean path", fileJSON(filepath.Dir(cached) + "/../" + filepath.Base(filepath.Dir(cached)) + "/notes.txt"), &File{}, want, ""},
		{"multiple", `[` + fileJSON(cached) + `,` + fileJSON(cached) + `]`, &File{FileCount: "multiple"}, []FileData{want, want}, ""},
		{"outside", fileJSON(outside), &File{}, nil, "file not allowed: " + jsonString(outside) + " is not a file uploaded to this app; upload it first with POST /gradio_api/upload"},
		{"passwd", fileJSON("/etc/passwd"), &File{}, nil, "file not allowed"},
		{"escaping symlink", fileJSON(link), &File{}, nil, "file not allowed"},
		{"relative", fileJSON("notes.txt"), &File{}, nil, "file not allowed"},
		{"cache dir", fileJSON(cache.Dir()), &File{}, nil, "file not allowed"},
		{"traversal", fileJSON(cache.Dir() + "/../secret.txt"), &File{}, nil, "file not allowed"},
		{"file URL", fileJSON("file://" + cached), &File{}, nil, "file not allowed"},
		{"private url", `{"path":"http://127.0.0.1:9/a.pdf","meta":{"_type":"gradio.FileData"}}`, &File{}, nil, `URL "http://127.0.0.1:9/a.pdf" resolves to a private address`},
		{"URL upper case", `{"path":"HTTP://10.0.0.1/a.pdf","meta":{"_type":"gradio.FileData"}}`, &File{}, nil, "resolves to a private address"},
		{"url only", `{"path":null,"url":"http://[::1]/a.pdf","meta":{"_type":"gradio.FileData"}}`, &File{}, nil, "resolves to a private address"},
		{"metadata url", `{"path":"http://169.254.169.254/latest/meta-data/","meta":{"_type":"gradio.FileData"}}`, &File{}, nil, "resolves to a private address"},
		{"url not http", `{"path":null,"url":"/etc/passwd","meta":{"_type":"gradio.FileData"}}`, &File{}, nil, `a file's "path" must be the path /gradio_api/upload returned, got null`},
		{"type by extension", fileJSON(cached), &File{FileTypes: []string{".pdf", ".TXT"}}, want, ""},
		{"type by kind", fileJSON(cached), &File{FileTypes: []string{"text"}}, want, ""},
		{"any file", fileJSON(cached), &File{FileTypes: []string{"file"}}, want, ""},
		{"type refused", fileJSON(cached), &File{FileTypes: []string{".pdf", "image"}}, nil, `file type not allowed: "notes.txt" is not one of .pdf, image`},
		{"type from orig name", `{"path":` + jsonString(cached) + `,"orig_name":"scan.pdf","meta":{"_type":"gradio.FileData"}}`,
			&File{FileTypes: []string{".pdf"}}, FileData{Path: cached, OrigName: "scan.pdf", MimeType: "application/pdf", Size: 12}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := c.f.Preprocess(ctx, json.RawMessage(c.payload))
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("Preprocess(%s) = %#v, %v; want an error containing %q", c.payload, got, err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Preprocess(%s): %v", c.payload, err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("Preprocess(%s) = %#v, want %#v", c.payload, got, c.want)
			}
			if reflect.TypeOf(got) != c.f.ValueType() {
				t.Fatalf("got a %T, ValueType is %s", got, c.f.ValueType())
			}
		})
	}
}

func TestFilePostprocess(t *testing.T) {
	ctx, cache, cached := fileTestApp(t)
	made := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(made, []byte("%PDF-1.4 tiny"), 0o600); err != nil {
		t.Fatal(err)
	}
	wireOf := func(t *testing.T, f *File, v any) map[string]any {
		t.Helper()
		got, err := f.Postprocess(ctx, v)
		if err != nil {
			t.Fatalf("Postprocess(%#v): %v", v, err)
		}
		b, _ := json.Marshal(got)
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("Postprocess(%#v) = %s", v, b)
		}
		return m
	}

	// A file in the cache is sent where it is, with its URL.
	m := wireOf(t, &File{}, FileData{Path: cached})
	want := map[string]any{"path": cached, "url": "http://host:7860/gradio_api/file=" + cached, "size": 12.0,
		"orig_name": "notes.txt", "mime_type": "text/plain", "is_stream": false, "meta": map[string]any{"_type": "gradio.FileData"}}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("cached file = %v, want %v", m, want)
	}

	// A file made elsewhere is copied into the cache first.
	m = wireOf(t, &File{}, FileData{Path: made, MimeType: "application/x-custom"})
	p, _ := m["path"].(string)
	if !strings.HasPrefix(p, cache.Dir()+string(filepath.Separator)) || filepath.Base(p) != "report.pdf" {
		t.Errorf("path = %q, want a copy in the cache %s", p, cache.Dir())
	}
	if b, err := os.ReadFile(p); err != nil || string(b) != "%PDF-1.4 tiny" {
		t.Errorf("cached copy = %q, %v", b, err)
	}
	if m["url"] != "http://host:7860/gradio_api/file="+p || m["orig_name"] != "report.pdf" || m["mime_type"] != "application/x-custom" || m["size"] != 13.0 {
		t.Errorf("made file = %v", m)
	}

	// A remote file is sent as it is.
	m = wireOf(t, &File{}, FileData{URL: "https://example.com/files/a.pdf?x=1"})
	if m["path"] != "https://example.com/files/a.pdf?x=1" || m["url"] != m["path"] || m["orig_name"] != "a.pdf" || m["size"] != nil || m["mime_type"] != "application/pdf" {
		t.Errorf("remote file = %v", m)
	}

	checkEncodeCtx(t, ctx, &File{}, []encodeCase{
		{"zero clears", FileData{}, `null`, ""},
		{"untyped nil", nil, `null`, ""},
		{"missing file", FileData{Path: filepath.Join(t.TempDir(), "nope.txt")}, "", "nope.txt"},
		{"directory", FileData{Path: t.TempDir()}, "", "not a regular file"},
		{"size only", FileData{Size: 3}, "", "the FileData has neither a Path nor a URL"},
	})
	checkEncodeCtx(t, ctx, &File{FileCount: "multiple"}, []encodeCase{
		{"nil slice", []FileData(nil), `null`, ""},
		{"empty slice", []FileData{}, `[]`, ""},
		{"empty item", []FileData{{Path: cached}, {}}, "", "file 2: the FileData has neither a Path nor a URL"},
	})
	got, err := (&File{FileCount: "multiple"}).Postprocess(ctx, []FileData{{Path: cached}, {Path: made}})
	if items, ok := got.([]any); err != nil || !ok || len(items) != 2 {
		t.Errorf("multiple = %#v, %v", got, err)
	}
	if _, err := (&File{}).Postprocess(context.Background(), FileData{Path: made}); err == nil || !strings.Contains(err.Error(), "needs a running app") {
		t.Errorf("Postprocess without an app: %v", err)
	}
}

func TestFileProps(t *testing.T) {
	checkProps(t, &File{}, map[string]any{
		"file_count": "single", "type": "filepath", "allow_reordering": false, "buttons": []any{},
		"file_types": nil, "height": nil, "value": nil,
		"show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &File{FileCount: "multiple", FileTypes: []string{".pdf", "image"}, Height: 300, Label: "f", Interactive: False},
		map[string]any{"file_count": "multiple", "file_types": []string{".pdf", "image"}, "height": 300, "label": "f", "interactive": false})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&File{}, ""},
		"multiple":   {&File{FileCount: "multiple"}, ""},
		"directory":  {&File{FileCount: "directory"}, `FileCount "directory" is not one of single, multiple`},
	})
	if (&File{}).ValueType() != reflect.TypeFor[FileData]() || (&File{FileCount: "multiple"}).ValueType() != reflect.TypeFor[[]FileData]() {
		t.Error("wrong ValueType")
	}
}

func TestFileSchema(t *testing.T) {
	const props = `{"path": {"title": "Path", "type": "string"}, "url": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Url"}, "size": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": null, "title": "Size"}, "orig_name": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Orig Name"}, "mime_type": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Mime Type"}, "is_stream": {"default": false, "title": "Is Stream", "type": "boolean"}, "meta": {"$ref": "#/$defs/FileDataMeta"}}`
	const meta = `{"properties": {"_type": {"const": "gradio.FileData", "title": "Type", "type": "string"}}, "required": ["_type"], "title": "FileDataMeta", "type": "object"}`
	doc := jsonString(fileDataDoc)
	checkSchema(t, &File{}, `{"$defs": {"FileDataMeta": `+meta+`}, "properties": `+props+`, "required": ["path"], "title": "FileData", "type": "object", "additional_description": `+doc+`}`)
	checkSchema(t, &File{FileCount: "multiple"}, `{"$defs": {"FileData": {"description": `+doc+`, "properties": `+props+`, "required": ["path"], "title": "FileData", "type": "object"}, "FileDataMeta": `+meta+`}, "items": {"$ref": "#/$defs/FileData"}, "type": "array"}`)
	if !strings.HasPrefix(fileDataDoc, "The FileData class is a subclass of the GradioModel class") {
		t.Errorf("fileDataDoc = %q", fileDataDoc)
	}
	if pt := pythonType((&File{}).APISchema()); pt != "filepath" {
		t.Errorf("python type = %q", pt)
	}
	if pt := pythonType((&File{FileCount: "multiple"}).APISchema()); pt != "list[filepath]" {
		t.Errorf("python type (multiple) = %q", pt)
	}
	b, _ := json.Marshal((&File{}).ExampleValue())
	const ex = `{"path":"https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf","meta":{"_type":"gradio.FileData"},"orig_name":"sample_file.pdf","url":"https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"}`
	if !jsonEqual(t, string(b), ex) {
		t.Errorf("ExampleValue = %s", b)
	}
	b, _ = json.Marshal((&File{FileCount: "multiple"}).ExampleValue())
	if !jsonEqual(t, string(b), "["+ex+"]") {
		t.Errorf("ExampleValue (multiple) = %s", b)
	}
}

func FuzzFilePreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	for _, s := range []string{fileJSON(cached), `null`, `{}`, `"x"`, fileJSON("/etc/passwd"), fileJSON(cached + "/.."),
		fileJSON(filepath.Dir(cached)), `{"path":"http://x","meta":{"_type":"gradio.FileData"}}`, `[` + fileJSON(cached) + `]`} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, payload string, multiple bool) {
		skipURLs(t, payload)
		c := &File{}
		if multiple {
			c.FileCount = "multiple"
		}
		v, err := c.Preprocess(ctx, json.RawMessage(payload))
		if err != nil {
			return
		}
		var fds []FileData
		switch v := v.(type) {
		case FileData:
			if v == (FileData{}) {
				return
			}
			fds = []FileData{v}
		case []FileData:
			fds = v
		default:
			t.Fatalf("Preprocess(%q) = %#v", payload, v)
		}
		for _, fd := range fds {
			fi, err := os.Stat(fd.Path)
			if !strings.HasPrefix(fd.Path, cache.Dir()+string(filepath.Separator)) || err != nil || !fi.Mode().IsRegular() || fi.Size() != fd.Size {
				t.Fatalf("Preprocess(%q) accepted %+v, which is not a file in the cache", payload, fd)
			}
		}
	})
}

// TestFileEndToEnd uploads a file, sends it through a handler and downloads the
// result, as an API client does.
func TestFileEndToEnd(t *testing.T) {
	in, out := &File{Label: "in"}, &File{Label: "out"}
	many := &File{Label: "many", FileCount: "multiple"}
	made := &File{Label: "made"}
	btn := &Button{}
	btn.Click(func(f FileData) FileData { return f }, In(in), Out(out), EventOptions{APIName: "echo"})
	count := &Number{}
	btn.Click(func(fs []FileData) int { return len(fs) }, In(many), Out(count), EventOptions{APIName: "count"})
	dir := t.TempDir()
	btn.Click(func() (FileData, error) {
		p := filepath.Join(dir, "made.txt")
		return FileData{Path: p}, os.WriteFile(p, []byte("made by the handler"), 0o600)
	}, nil, Out(made), EventOptions{APIName: "make"})
	app, err := (&Blocks{Children: []Component{in, many, btn, out, made, count}}).Build(WithTempDir(t.TempDir()), WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()
	client := srv.Client()

	// Upload.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	part, _ := mw.CreateFormFile("files", "notes.txt")
	part.Write([]byte("some notes\n"))
	mw.Close()
	resp, err := client.Post(srv.URL+"/gradio_api/upload", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	fileDecodeBody(t, resp, http.StatusOK, &paths)
	if len(paths) != 1 {
		t.Fatalf("upload answered %v", paths)
	}

	run := func(api, data string, status int) map[string]any {
		t.Helper()
		resp, err := client.Post(srv.URL+"/gradio_api/run/"+api, "application/json",
			strings.NewReader(`{"data":[`+data+`],"session_hash":"x"}`))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		fileDecodeBody(t, resp, status, &m)
		return m
	}
	fetch := func(url string) string {
		t.Helper()
		resp, err := client.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %s %s", url, resp.Status, b)
		}
		return string(b)
	}

	res := run("echo", fileJSON(paths[0]), http.StatusOK)
	fd, _ := res["data"].([]any)[0].(map[string]any)
	if fd["path"] != paths[0] || fd["orig_name"] != "notes.txt" || fd["size"] != 11.0 || fd["mime_type"] != "text/plain" ||
		fd["meta"].(map[string]any)["_type"] != wire.FileDataType || fd["is_stream"] != false {
		t.Errorf("echo = %v", fd)
	}
	url, _ := fd["url"].(string)
	if !strings.HasPrefix(url, srv.URL+"/gradio_api/file=") {
		t.Errorf("url = %q, want it under %s", url, srv.URL)
	}
	if got := fetch(url); got != "some notes\n" {
		t.Errorf("the returned file serves %q", got)
	}

	res = run("count", "["+fileJSON(paths[0])+","+fileJSON(paths[0])+"]", http.StatusOK)
	if n := res["data"].([]any)[0]; n != 2.0 {
		t.Errorf("count = %v", n)
	}

	res = run("make", "", http.StatusOK)
	fd, _ = res["data"].([]any)[0].(map[string]any)
	if url, _ := fd["url"].(string); fetch(url) != "made by the handler" || fd["orig_name"] != "made.txt" {
		t.Errorf("make = %v", fd)
	}

	for _, c := range []struct{ name, data, detail string }{
		{"outside the cache", fileJSON("/etc/passwd"), `file not allowed: "/etc/passwd" is not a file uploaded to this app; upload it first with POST /gradio_api/upload`},
		{"no meta", `{"path":` + jsonString(paths[0]) + `}`, `a file must carry "meta": {"_type": "gradio.FileData"}`},
		{"bare path", jsonString(paths[0]), "expected a file, an object"},
		{"empty object", `{}`, `a file must carry "meta"`},
		{"private url", `{"path":"http://127.0.0.1:9/x.pdf","meta":{"_type":"gradio.FileData"}}`, "resolves to a private address"},
	} {
		res := run("echo", c.data, http.StatusBadRequest)
		if d, _ := res["detail"].(string); !strings.Contains(d, c.detail) {
			t.Errorf("%s: detail = %q, want it to contain %q", c.name, d, c.detail)
		}
	}
}

func fileDecodeBody(t *testing.T, resp *http.Response, status int, v any) {
	t.Helper()
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != status {
		t.Fatalf("%s %s: %s %s, want %d", resp.Request.Method, resp.Request.URL.Path, resp.Status, b, status)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v: %s", resp.Request.URL.Path, err, b)
	}
}

func ExampleFile() {
	upload := &File{Label: "Document", FileTypes: []string{".pdf", ".txt"}}
	result := &File{Label: "Copy"}
	upload.Upload(func(f FileData) FileData {
		return FileData{Path: f.Path, OrigName: "copy-of-" + f.OrigName}
	}, In(upload), Out(result))
}
