//go:build !nofrontend

package gradio_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
)

// The page is sent gzipped to clients that accept it, and plain to others; both carry
// the same bytes, for every root path the app is reached under.
func TestPageGzip(t *testing.T) {
	app := build(t, &gradio.Interface{
		Fn: strings.ToUpper, Inputs: []gradio.Component{&gradio.Textbox{}}, Outputs: []gradio.Component{&gradio.Textbox{}},
	})
	get := func(path string, gz bool) (*httptest.ResponseRecorder, []byte) {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		if gz {
			req.Header.Set("Accept-Encoding", "gzip, br")
		}
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, req)
		return rec, rec.Body.Bytes()
	}
	for _, root := range []string{"/", "/?a=1"} {
		plain, body := get(root, false)
		if plain.Code != 200 || plain.Header().Get("Content-Encoding") != "" || !bytes.Contains(body, []byte("window.gradio_config")) {
			t.Fatalf("%s plain: %d %q %.100s", root, plain.Code, plain.Header().Get("Content-Encoding"), body)
		}
		for range 2 { // the second answer comes from the cache
			rec, zbody := get(root, true)
			if rec.Header().Get("Content-Encoding") != "gzip" {
				t.Fatalf("%s: Content-Encoding %q", root, rec.Header().Get("Content-Encoding"))
			}
			zr, err := gzip.NewReader(bytes.NewReader(zbody))
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(zr)
			if err != nil || !bytes.Equal(got, body) {
				t.Errorf("%s: gzipped page differs from the plain one (%v)", root, err)
			}
		}
	}
}
