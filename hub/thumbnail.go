package hub

import (
	"bytes"
	"errors"
	"image"
	_ "image/gif" // Thumbnails may be uploaded as GIF, JPEG or PNG.
	_ "image/jpeg"
	"image/png"
	"io"
	"net/http"

	"golang.org/x/image/draw"
)

const (
	maxThumbnailUpload = 2 << 20
	maxThumbnailPixels = 40_000_000 // refuse decompression bombs before decoding
	thumbWidth         = 640
	thumbHeight        = 360
)

var errNotAnImage = errors.New("the file is not a PNG, JPEG or GIF image")

// makeThumbnail decodes an uploaded image and returns it as a PNG that fits in
// 640×360, so what the hub serves is always an image it made itself.
func makeThumbnail(data []byte) ([]byte, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, errNotAnImage
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxThumbnailPixels {
		return nil, errors.New("the image is larger than 40 megapixels")
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, errNotAnImage
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	if w > thumbWidth || h > thumbHeight {
		scale := min(float64(thumbWidth)/float64(w), float64(thumbHeight)/float64(h))
		w, h = max(int(float64(w)*scale), 1), max(int(float64(h)*scale), 1)
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
	var out bytes.Buffer
	if err := png.Encode(&out, dst); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// readThumbnail takes the image of the thumbnail form; it returns a message for a
// refused upload.
func readThumbnail(w http.ResponseWriter, r *http.Request) ([]byte, string) {
	r.Body = http.MaxBytesReader(w, r.Body, maxThumbnailUpload+64<<10)
	f, _, err := r.FormFile("image")
	if err != nil {
		return nil, "Choose a PNG, JPEG or GIF image of at most 2 MB."
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxThumbnailUpload+1))
	if err != nil || len(data) > maxThumbnailUpload {
		return nil, "Choose a PNG, JPEG or GIF image of at most 2 MB."
	}
	png, err := makeThumbnail(data)
	if err != nil {
		return nil, "The thumbnail was refused: " + err.Error() + "."
	}
	return png, ""
}

// thumbnail serves an app's thumbnail to those who may see the app.
func (s *Server) thumbnail(w http.ResponseWriter, r *http.Request) {
	a, ok := s.visible(w, r)
	if !ok {
		return
	}
	if len(a.Thumbnail) == 0 {
		s.notFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "private, no-cache")
	_, _ = w.Write(a.Thumbnail)
}
