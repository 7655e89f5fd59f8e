package mcp

import (
	"context"
	"fmt"
	"image"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/gradio-go/gradio"
)

func TestScratch(t *testing.T) {
	img := &gradio.Image{}
	f := &gradio.File{}
	fm := &gradio.File{FileCount: "multiple"}
	n := &gradio.Number{Label: "n", Value: 3}
	out := &gradio.Textbox{}
	b := &gradio.Button{}
	b.Click(func(ctx context.Context, n float64) image.Image { return image.NewRGBA(image.Rect(0, 0, 2, 2)) }, gradio.In(n), gradio.Out(img), gradio.EventOptions{APIName: "image"})
	b.Click(func(x gradio.FileData) gradio.FileData { return x }, gradio.In(f), gradio.Out(f), gradio.EventOptions{APIName: "echo_file"})
	b.Click(func(x []gradio.FileData) string { return "" }, gradio.In(fm), gradio.Out(out), gradio.EventOptions{APIName: "many"})
	b.Click(func(x image.Image) string { return "" }, gradio.In(img), gradio.Out(out), gradio.EventOptions{APIName: "inimg"})
	app, err := (&gradio.Blocks{Title: "T", Children: []gradio.Component{b, img, f, fm, n, out}}).Build()
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	for _, p := range []string{"/gradio_api/info", "/config"} {
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		os.WriteFile("/tmp/out"+fmt.Sprint(len(p))+".json", rec.Body.Bytes(), 0o644)
	}
}
