package hub_test

import (
	"bytes"
	"image"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/hub"
)

// upload posts an image file to the thumbnail form, as a browser does.
func (h *testHub) upload(c *http.Client, path string, data []byte) (int, string) {
	h.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("image", "thumb.png")
	_, _ = fw.Write(data)
	_ = mw.Close()
	req, _ := http.NewRequest("POST", h.url+path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", h.url)
	return h.do(c, req)
}

func TestThumbnails(t *testing.T) {
	h := newHub(t, hub.Config{})
	alice := h.signup("alice")
	bob := h.signup("bob")
	h.publish(h.token("alice"), "hello", gradio.Share{})
	h.waitOnline(alice, "/alice/hello")
	anon := h.browser()

	var img bytes.Buffer
	_ = png.Encode(&img, image.NewRGBA(image.Rect(0, 0, 1280, 720)))
	if code, _ := h.upload(bob, "/-/apps/alice/hello/thumbnail", img.Bytes()); code != http.StatusNotFound {
		t.Errorf("bob uploading alice's thumbnail: %d", code)
	}
	if code, body := h.upload(alice, "/-/apps/alice/hello/thumbnail", []byte("<svg/>")); code != http.StatusBadRequest || !strings.Contains(body, "not a PNG, JPEG or GIF") {
		t.Errorf("an SVG: %d", code)
	}
	if code, _ := h.upload(alice, "/-/apps/alice/hello/thumbnail", img.Bytes()); code != 200 {
		t.Fatalf("upload: %d", code)
	}
	if _, body := h.get(anon, "/"); !strings.Contains(body, `src="/-/thumbs/alice/hello"`) {
		t.Error("the card shows no thumbnail")
	}
	resp, err := anon.Get(h.url + "/-/thumbs/alice/hello")
	if err != nil {
		t.Fatal(err)
	}
	got, err := png.Decode(resp.Body)
	resp.Body.Close()
	if err != nil || got.Bounds().Dx() != 640 || got.Bounds().Dy() != 360 || resp.Header.Get("Content-Type") != "image/png" {
		t.Errorf("thumbnail: %v %v %s", err, got, resp.Header.Get("Content-Type"))
	}

	// A private app's thumbnail is as hidden as the app.
	h.post(alice, "/-/apps/alice/hello/visibility", url.Values{"visibility": {"private"}})
	if code, _ := h.get(anon, "/-/thumbs/alice/hello"); code != http.StatusNotFound {
		t.Errorf("a private app's thumbnail to an anonymous visitor: %d", code)
	}
	h.post(alice, "/-/apps/alice/hello/thumbnail-remove", nil)
	if code, _ := h.get(alice, "/-/thumbs/alice/hello"); code != http.StatusNotFound {
		t.Errorf("a removed thumbnail: %d", code)
	}
}
