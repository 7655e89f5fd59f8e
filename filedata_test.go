package gradio

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
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
	"github.com/gradio-go/gradio/internal/media"
	"github.com/gradio-go/gradio/internal/media/mediatest"
	"github.com/gradio-go/gradio/internal/wire"
)

// Helpers shared by the tests of the file components (image_test.go, audio_test.go...).

// cacheFile stores data in the cache under name and returns its path there.
func cacheFile(t testing.TB, cache *files.Cache, name string, data []byte) string {
	t.Helper()
	p, err := cache.AddBytes(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// fileJSONAs is a FileData payload with the name and type a client claims.
func fileJSONAs(path, origName, mimeType string) string {
	return `{"path":` + jsonString(path) + `,"orig_name":` + jsonString(origName) + `,"mime_type":` + jsonString(mimeType) + `,"meta":{"_type":"gradio.FileData"}}`
}

// gradioReference is the api_info and example_inputs Gradio 6.25 gives a component kind.
func gradioReference(t testing.TB, kind string) (schema, example string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "gradio-media-schemas.json"))
	if err != nil {
		t.Fatal(err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		t.Fatal(err)
	}
	var ref struct {
		APIInfo       json.RawMessage `json:"api_info"`
		ExampleInputs json.RawMessage `json:"example_inputs"`
	}
	if err := json.Unmarshal(all[kind], &ref); err != nil || ref.APIInfo == nil {
		t.Fatalf("no reference for %q: %v", kind, err)
	}
	return string(ref.APIInfo), string(ref.ExampleInputs)
}

// checkGradioSchema compares a component's schema and example with Gradio's.
func checkGradioSchema(t *testing.T, c interface {
	APIDescriber
	Exampler
}, kind string) {
	t.Helper()
	schema, example := gradioReference(t, kind)
	checkSchema(t, c, schema)
	b, _ := json.Marshal(c.ExampleValue())
	if !jsonEqual(t, string(b), example) {
		t.Errorf("ExampleValue = %s, want %s", b, example)
	}
}

// asJSON is v encoded and decoded again, as a client sees it.
func asJSON(t testing.TB, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%#v does not encode: %v", v, err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// wireFile checks that w is an output FileData in the cache, served at its URL, and
// returns it as a map with the file's content.
func wireFile(t testing.TB, cache *files.Cache, w any) (map[string]any, []byte) {
	t.Helper()
	m, ok := asJSON(t, w).(map[string]any)
	if !ok {
		t.Fatalf("%v is not a FileData", w)
	}
	p, _ := m["path"].(string)
	if !strings.HasPrefix(p, cache.Dir()+string(filepath.Separator)) {
		t.Fatalf("path %q is not in the cache", p)
	}
	if m["url"] != "http://host:7860/gradio_api/file="+p || m["meta"].(map[string]any)["_type"] != wire.FileDataType || m["is_stream"] != false {
		t.Fatalf("FileData = %v", m)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if m["size"] != nil && m["size"] != float64(len(b)) {
		t.Fatalf("size = %v, the file has %d bytes", m["size"], len(b))
	}
	return m, b
}

// decodeWireImage decodes the image a wire FileData points to.
func decodeWireImage(t testing.TB, cache *files.Cache, w any) (image.Image, string) {
	t.Helper()
	_, b := wireFile(t, cache, w)
	img, mime, err := media.DecodeImage(b, 0)
	if err != nil {
		t.Fatal(err)
	}
	return img, mime
}

// samePixels reports the largest channel difference between two images of the same
// bounds (or -1 if the bounds differ).
func samePixels(a, b image.Image) int {
	if a.Bounds().Size() != b.Bounds().Size() {
		return -1
	}
	worst := 0
	ao, bo := a.Bounds().Min, b.Bounds().Min
	for y := 0; y < a.Bounds().Dy(); y++ {
		for x := 0; x < a.Bounds().Dx(); x++ {
			ca := color.NRGBAModel.Convert(a.At(ao.X+x, ao.Y+y)).(color.NRGBA)
			cb := color.NRGBAModel.Convert(b.At(bo.X+x, bo.Y+y)).(color.NRGBA)
			for _, d := range []int{int(ca.R) - int(cb.R), int(ca.G) - int(cb.G), int(ca.B) - int(cb.B), int(ca.A) - int(cb.A)} {
				worst = max(worst, d, -d)
			}
		}
	}
	return worst
}

// mediaClient talks to a real app over HTTP, as an API client does.
type mediaClient struct {
	t   *testing.T
	srv *httptest.Server
}

// serveMedia builds and serves an app.
func serveMedia(t *testing.T, b *Blocks) *mediaClient {
	t.Helper()
	app, err := b.Build(WithTempDir(t.TempDir()), WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	t.Cleanup(func() { srv.Close(); app.Close() })
	return &mediaClient{t, srv}
}

// upload posts one file to /gradio_api/upload and returns its path.
func (c *mediaClient) upload(name string, data []byte) string {
	c.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	part, _ := mw.CreateFormFile("files", name)
	part.Write(data)
	mw.Close()
	resp, err := c.srv.Client().Post(c.srv.URL+"/gradio_api/upload", mw.FormDataContentType(), &body)
	if err != nil {
		c.t.Fatal(err)
	}
	var paths []string
	fileDecodeBody(c.t, resp, http.StatusOK, &paths)
	if len(paths) != 1 {
		c.t.Fatalf("upload answered %v", paths)
	}
	return paths[0]
}

// run calls /gradio_api/run/<api> with the given data items (JSON texts) and returns
// the response, which must have the given status.
func (c *mediaClient) run(api string, status int, data ...string) map[string]any {
	c.t.Helper()
	resp, err := c.srv.Client().Post(c.srv.URL+"/gradio_api/run/"+api, "application/json",
		strings.NewReader(`{"data":[`+strings.Join(data, ",")+`],"session_hash":"x"}`))
	if err != nil {
		c.t.Fatal(err)
	}
	var m map[string]any
	fileDecodeBody(c.t, resp, status, &m)
	return m
}

// result is the first output of a successful call.
func (c *mediaClient) result(api string, data ...string) any {
	c.t.Helper()
	return c.run(api, http.StatusOK, data...)["data"].([]any)[0]
}

// failure is the detail of a call answered 400.
func (c *mediaClient) failure(api string, data ...string) string {
	c.t.Helper()
	d, _ := c.run(api, http.StatusBadRequest, data...)["detail"].(string)
	return d
}

// fetch downloads a returned file by its URL, which must be on this server.
func (c *mediaClient) fetch(fd any) []byte {
	c.t.Helper()
	m, _ := fd.(map[string]any)
	url, _ := m["url"].(string)
	if !strings.HasPrefix(url, c.srv.URL+"/gradio_api/file=") {
		c.t.Fatalf("url %q is not a file of this server (%v)", url, fd)
	}
	resp, err := c.srv.Client().Get(url)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		c.t.Fatalf("GET %s: %s %s", url, resp.Status, b)
	}
	return b
}

// fetchImage downloads and decodes a returned image.
func (c *mediaClient) fetchImage(fd any) image.Image {
	c.t.Helper()
	img, _, err := media.DecodeImage(c.fetch(fd), 0)
	if err != nil {
		c.t.Fatal(err)
	}
	return img
}

func TestDecodeFileShared(t *testing.T) {
	ctx, _, cached := fileTestApp(t)
	r := fileRules{what: "an Image"}
	cases := []struct {
		name, payload string
		want          FileData
		err           string
	}{
		{"uploaded", fileJSON(cached), FileData{Path: cached, OrigName: "notes.txt", MimeType: "text/plain", Size: 12}, ""},
		{"client's name and type", fileJSONAs(cached, "photo.png", "image/png"), FileData{Path: cached, OrigName: "photo.png", MimeType: "image/png", Size: 12}, ""},
		{"missing meta", `{"path":` + jsonString(cached) + `}`, FileData{}, `a file must carry "meta": {"_type": "gradio.FileData"}`},
		{"outside the cache", fileJSON("/etc/passwd"), FileData{}, `file not allowed: "/etc/passwd" is not a file uploaded to this app`},
		{"wrong type", `[1]`, FileData{}, "expected a file, an object"},
		{"private url", `{"path":"http://127.0.0.1:9/x.png","meta":{"_type":"gradio.FileData"}}`, FileData{}, `URL "http://127.0.0.1:9/x.png" resolves to a private address`},
		{"image data with url only", `{"path":null,"url":"http://192.168.1.1/x.png","meta":{"_type":"gradio.FileData"}}`, FileData{}, "resolves to a private address"},
		{"not http", `{"path":"ftp://example.com/x.png","meta":{"_type":"gradio.FileData"}}`, FileData{}, "file not allowed"},
		{"bad url field", `{"path":null,"url":3,"meta":{"_type":"gradio.FileData"}}`, FileData{}, `a file's "path" must be the path /gradio_api/upload returned, got null`},
		{"mime number", `{"path":` + jsonString(cached) + `,"mime_type":7,"meta":{"_type":"gradio.FileData"}}`, FileData{}, `a file's "mime_type" must be a string or null, got a number`},
	}
	for _, c := range cases {
		got, err := decodeFile(ctx, json.RawMessage(c.payload), r)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: decodeFile = %+v, %v; want an error containing %q", c.name, got, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: decodeFile = %+v, %v; want %+v", c.name, got, err, c.want)
		}
	}
	if _, err := decodeFile(context.Background(), json.RawMessage(fileJSON(cached)), r); err == nil || err.Error() != "an Image input needs a running app: files are looked up in its cache" {
		t.Errorf("without an app: %v", err)
	}
	if _, err := encodeBytes(context.Background(), "x.png", "image/png", []byte("x"), "an Image"); err == nil || err.Error() != "an Image output needs a running app: files are served from its cache" {
		t.Errorf("encodeBytes without an app: %v", err)
	}
	if fds, err := decodeFileList(ctx, json.RawMessage(`null`), r); err != nil || fds == nil || len(fds) != 0 {
		t.Errorf("null list = %#v, %v", fds, err)
	}
	if _, err := decodeFileList(ctx, json.RawMessage(`[`+fileJSON(cached)+`,{}]`), r); err == nil || !strings.HasPrefix(err.Error(), "file 2: ") {
		t.Errorf("bad list item: %v", err)
	}
}

func TestEncodeBytesAndStatic(t *testing.T) {
	ctx, cache, _ := fileTestApp(t)
	w, err := encodeBytes(ctx, "image.png", "image/png", []byte("pixels"), "an Image")
	if err != nil {
		t.Fatal(err)
	}
	m, b := wireFile(t, cache, w)
	if string(b) != "pixels" || m["orig_name"] != "image.png" || m["mime_type"] != "image/png" || m["size"] != 6.0 {
		t.Errorf("encodeBytes = %v", m)
	}
	got := asJSON(t, staticFile(FileData{Path: "/srv/files/report.pdf"}))
	want := map[string]any{"path": "/srv/files/report.pdf", "url": nil, "size": nil, "orig_name": "report.pdf", "mime_type": "application/pdf",
		"is_stream": false, "meta": map[string]any{"_type": "gradio.FileData"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("staticFile(local) = %v", got)
	}
	got = asJSON(t, staticFile(FileData{URL: "https://example.com/a/b.zip?x=1"}))
	if m := got.(map[string]any); m["path"] != "https://example.com/a/b.zip?x=1" || m["url"] != m["path"] || m["orig_name"] != "b.zip" {
		t.Errorf("staticFile(url) = %v", got)
	}
}

func TestImageHelpers(t *testing.T) {
	var nilRGBA *image.RGBA
	if !isNilImage(nil) || !isNilImage(nilRGBA) || isNilImage(image.NewRGBA(image.Rect(0, 0, 1, 1))) {
		t.Error("isNilImage")
	}
	src := mediatest.Gradient(3, 2)
	for typ := range concreteImages {
		v := imageAs(src, typ)
		gray := strings.Contains(typ.String(), "Gray")
		if reflect.TypeOf(v) != typ || v.(image.Image).Bounds() != src.Bounds() || !gray && samePixels(v.(image.Image), src) > 1 {
			t.Errorf("imageAs(%s) = %T", typ, v)
		}
		if z := imageAs(nil, typ); !reflect.ValueOf(z).IsNil() {
			t.Errorf("imageAs(nil, %s) = %v", typ, z)
		}
	}
	if imageAs(src, imageType) != image.Image(src) || imageAs(nil, imageType) != nil {
		t.Error("imageAs(image.Image)")
	}
	if !isImageType(imageType) || !isImageType(reflect.TypeFor[*image.Gray]()) || isImageType(reflect.TypeFor[*image.YCbCr]()) {
		t.Error("isImageType")
	}
	if orList(nil, []string{"a"})[0] != "a" || len(orList([]string{}, []string{"a"})) != 0 {
		t.Error("orList")
	}
}

// TestURLInputs fetches http(s) inputs into the cache, from a local server (which the
// cache normally refuses: private addresses are allowed here).
func TestURLInputs(t *testing.T) {
	grad := mediatest.Gradient(3, 2)
	pngData := mediatest.Encode(grad, "png")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bus.png":
			w.Write(pngData)
		case "/notes.txt":
			w.Write([]byte("remote notes"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	cache, err := files.New(files.Options{Dir: t.TempDir(), AllowPrivateURLs: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx := withRequest(withApp(context.Background(), &App{files: cache}), &Request{Root: "http://host:7860"})

	// As the JS client's handle_file(url) sends it.
	u := srv.URL + "/bus.png"
	fd, err := decodeFile(ctx, json.RawMessage(`{"path":`+jsonString(u)+`,"url":`+jsonString(u)+`,"orig_name":"bus.png","meta":{"_type":"gradio.FileData"}}`), fileRules{what: "an Image"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(fd.Path, cache.Dir()+"/") || fd.URL != u || fd.OrigName != "bus.png" || fd.Size != int64(len(pngData)) {
		t.Errorf("fetched = %+v", fd)
	}
	// ImageData with only a URL; the name then comes from the download.
	v, err := (&Image{}).Preprocess(ctx, json.RawMessage(`{"path":null,"url":`+jsonString(u)+`,"meta":{"_type":"gradio.FileData"}}`))
	if img, ok := v.(image.Image); err != nil || !ok || samePixels(img, grad) != 0 {
		t.Errorf("Image from a URL = %v, %v", v, err)
	}
	v, err = (&File{}).Preprocess(ctx, json.RawMessage(`{"path":`+jsonString(srv.URL+"/notes.txt")+`,"meta":{"_type":"gradio.FileData"}}`))
	if fd, ok := v.(FileData); err != nil || !ok || fd.OrigName != "notes.txt" || fd.MimeType != "text/plain" {
		t.Errorf("File from a URL = %#v, %v", v, err)
	} else if b, _ := os.ReadFile(fd.Path); string(b) != "remote notes" {
		t.Errorf("fetched %q", b)
	}
	if _, err := (&File{}).Preprocess(ctx, json.RawMessage(`{"path":`+jsonString(srv.URL+"/missing.pdf")+`,"meta":{"_type":"gradio.FileData"}}`)); err == nil || !strings.Contains(err.Error(), "HTTP 404") {
		t.Errorf("a missing URL: %v", err)
	}
}

// skipURLs keeps fuzzing off the network: a payload with a URL would make the cache
// fetch it (URL inputs are tested against a local server in TestURLInputs).
func skipURLs(t *testing.T, payload string) {
	if strings.Contains(strings.ToLower(payload), "http") || strings.Contains(payload, "//") {
		t.Skip("URLs are not fetched while fuzzing")
	}
}
