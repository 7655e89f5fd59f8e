package media

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestSniff(t *testing.T) {
	grad := mediatest.Gradient(4, 3)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"png", mediatest.Encode(grad, "png"), "image/png"},
		{"jpeg", mediatest.Encode(grad, "jpeg"), "image/jpeg"},
		{"gif", mediatest.Encode(grad, "gif"), "image/gif"},
		{"bmp", mediatest.Encode(grad, "bmp"), "image/bmp"},
		{"tiff", mediatest.Encode(grad, "tiff"), "image/tiff"},
		{"webp", mediatest.Encode(grad, "webp"), "image/webp"},
		{"big-endian tiff", []byte("MM\x00*\x00\x00\x00\x08"), "image/tiff"},
		{"avif", []byte("\x00\x00\x00\x1cftypavif\x00\x00\x00\x00"), "image/avif"},
		{"heic", []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"), "image/heic"},
		{"mp4", []byte("\x00\x00\x00\x18ftypisom\x00\x00\x02\x00"), "video/mp4"},
		{"m4a", []byte("\x00\x00\x00\x18ftypM4A \x00\x00\x02\x00"), "audio/mp4"},
		{"wav", mediatest.WAV{Tag: 1, Bits: 16, Channels: 1, SampleRate: 8000}.Bytes(), "audio/wav"},
		{"mp3 with tag", []byte("ID3\x03\x00\x00\x00\x00\x00\x00"), "audio/mpeg"},
		{"mp3 frame", []byte{0xff, 0xfb, 0x90, 0x64, 0x00}, "audio/mpeg"},
		{"flac", []byte("fLaC\x00\x00\x00\x22"), "audio/flac"},
		{"ogg", []byte("OggS\x00\x02"), "audio/ogg"},
		{"svg", []byte("\xef\xbb\xbf  <?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "image/svg+xml"},
		{"html", []byte("<!DOCTYPE html><p>hi"), "text/html"},
		{"text", []byte("just some notes\n"), "text/plain"},
		{"empty", nil, "text/plain"},
		{"binary", []byte{0, 1, 2, 3, 4, 5, 0xfe}, "application/octet-stream"},
		{"pdf", []byte("%PDF-1.7\n"), "application/pdf"},
	}
	for _, c := range cases {
		if got := Sniff(c.data); got != c.want {
			t.Errorf("%s: Sniff = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestDecodeImage(t *testing.T) {
	grad := mediatest.Gradient(7, 5)
	pngData := mediatest.Encode(grad, "png")
	cases := []struct {
		name, mime string
		data       []byte
		tolerance  int // per channel; -1 skips the pixel comparison
		err        string
	}{
		{"png", "image/png", pngData, 0, ""},
		{"jpeg", "image/jpeg", mediatest.Encode(grad, "jpeg"), 40, ""},
		{"gif", "image/gif", mediatest.Encode(grad, "gif"), -1, ""},
		{"bmp", "image/bmp", mediatest.Encode(grad, "bmp"), 0, ""},
		{"tiff", "image/tiff", mediatest.Encode(grad, "tiff"), 0, ""},
		{"webp", "image/webp", mediatest.SolidWebP(7, 5, color.NRGBA{10, 200, 30, 255}), -1, ""},
		{"truncated png", "image/png", pngData[:len(pngData)/2], 0, "the PNG image is truncated"},
		{"png header only", "image/png", pngData[:8], 0, "the PNG image is truncated"},
		{"corrupt png", "image/png", corruptAfter(pngData, 40), 0, "the PNG image is corrupt"},
		{"truncated jpeg", "image/jpeg", mediatest.Encode(grad, "jpeg")[:30], 0, "the JPEG image"},
		{"truncated webp", "image/webp", mediatest.SolidWebP(7, 5, color.NRGBA{A: 255})[:22], 0, "the WebP image"},
		{"text", "text/plain", []byte("not an image at all"), 0, "cannot decode text/plain (supported: PNG, JPEG, GIF, WebP, BMP, TIFF)"},
		{"avif", "image/avif", []byte("\x00\x00\x00\x1cftypavif\x00\x00\x00\x00"), 0, "cannot decode image/avif (supported: PNG"},
		{"svg", "image/svg+xml", []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), 0, "cannot decode image/svg+xml"},
		{"empty", "text/plain", nil, 0, "cannot decode text/plain"},
		{"bigtiff", "image/tiff", []byte("II+\x00\x08\x00\x00\x00"), 0, "the TIFF image"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			img, mime, err := DecodeImage(c.data, 0)
			if mime != c.mime {
				t.Errorf("format = %q, want %q", mime, c.mime)
			}
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("DecodeImage = %v, want an error containing %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if img.Bounds() != grad.Bounds() {
				t.Fatalf("bounds = %v, want %v", img.Bounds(), grad.Bounds())
			}
			if c.tolerance >= 0 {
				if d := maxDiff(img, grad); d > c.tolerance {
					t.Errorf("pixels differ by up to %d", d)
				}
			}
			if c.name == "webp" {
				if got := color.NRGBAModel.Convert(img.At(3, 2)); got != (color.NRGBA{10, 200, 30, 255}) {
					t.Errorf("webp pixel = %v", got)
				}
			}
		})
	}
}

// corruptAfter flips the bytes of data from i on.
func corruptAfter(data []byte, i int) []byte {
	out := bytes.Clone(data)
	for j := i; j < len(out); j++ {
		out[j] ^= 0x5a
	}
	return out
}

func TestDecodeImageLimits(t *testing.T) {
	// A 20000×20000 PNG compresses to almost nothing; its size is refused from the
	// header, before the pixels are decoded.
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 3000, 3000)))
	if _, _, err := DecodeImage(buf.Bytes(), 1000*1000); err == nil || !strings.Contains(err.Error(), "the PNG image is 3000×3000 pixels, more than the limit of 1000000 pixels") {
		t.Errorf("big image: %v", err)
	}
	if _, _, err := DecodeImage(buf.Bytes(), 0); err != nil {
		t.Errorf("the default limit: %v", err)
	}
	// A header claiming zero pixels.
	hdr := bytes.Clone(buf.Bytes())
	copy(hdr[16:24], make([]byte, 8))
	if _, _, err := DecodeImage(hdr, 0); err == nil {
		t.Error("an empty PNG was accepted")
	}
}

func TestEncodeImageRoundTrip(t *testing.T) {
	grad := mediatest.Gradient(9, 6)
	for _, c := range []struct {
		format, mime, ext string
		tolerance         int
	}{{"", "image/png", ".png", 0}, {"png", "image/png", ".png", 0}, {"jpeg", "image/jpeg", ".jpg", 40}, {"JPG", "image/jpeg", ".jpg", 40}} {
		data, err := EncodeImage(grad, c.format)
		if err != nil {
			t.Fatalf("%q: %v", c.format, err)
		}
		img, mime, err := DecodeImage(data, 0)
		if err != nil || mime != c.mime {
			t.Fatalf("%q: decoded as %q: %v", c.format, mime, err)
		}
		if d := maxDiff(img, grad); d > c.tolerance {
			t.Errorf("%q: pixels differ by up to %d", c.format, d)
		}
		if ImageMIME(c.format) != c.mime || ImageExt(c.format) != c.ext {
			t.Errorf("%q: MIME %q, ext %q", c.format, ImageMIME(c.format), ImageExt(c.format))
		}
	}
	// Transparency survives PNG.
	tr := image.NewNRGBA(image.Rect(0, 0, 2, 2))
	tr.SetNRGBA(1, 1, color.NRGBA{200, 100, 50, 60})
	data, _ := EncodeImage(tr, "png")
	img, _, _ := DecodeImage(data, 0)
	if got := color.NRGBAModel.Convert(img.At(1, 1)); got != (color.NRGBA{200, 100, 50, 60}) {
		t.Errorf("translucent pixel = %v", got)
	}
	for _, c := range []struct {
		img    image.Image
		format string
		err    string
	}{
		{nil, "png", "there is no image to encode"},
		{image.NewRGBA(image.Rect(0, 0, 0, 5)), "png", "the image is empty (0×5 pixels)"},
		{grad, "webp", `cannot encode images as "webp" (supported: png, jpeg)`},
	} {
		if _, err := EncodeImage(c.img, c.format); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("EncodeImage(%q) = %v, want %q", c.format, err, c.err)
		}
	}
}

func TestConvert(t *testing.T) {
	src := image.NewNRGBA(image.Rect(2, 3, 4, 5))
	src.SetNRGBA(2, 3, color.NRGBA{200, 100, 50, 0})
	src.SetNRGBA(3, 4, color.NRGBA{10, 20, 30, 255})
	rgb, _ := ConvertMode(src, "RGB")
	if got := rgb.At(2, 3); got != (color.RGBA{200, 100, 50, 255}) {
		t.Errorf("RGB drops alpha and keeps the colour, as Pillow: %v", got)
	}
	l, _ := ConvertMode(src, "L")
	if _, ok := l.(*image.Gray); !ok || l.Bounds() != src.Bounds() {
		t.Errorf("L = %T %v", l, l.Bounds())
	}
	if same, _ := ConvertMode(src, ""); same != image.Image(src) {
		t.Error(`"" converts`)
	}
	if rgba, _ := ConvertMode(src, "RGBA"); rgba != image.Image(src) {
		t.Error("RGBA of an NRGBA copies")
	}
	if _, err := ConvertMode(src, "CMYK"); err == nil {
		t.Error("CMYK accepted")
	}
	for _, like := range []image.Image{&image.RGBA{}, &image.NRGBA{}, &image.RGBA64{}, &image.NRGBA64{}, &image.Gray{}, &image.Gray16{}} {
		got, ok := ConvertTo(src, like)
		if !ok || got.Bounds() != src.Bounds() {
			t.Errorf("ConvertTo(%T) = %T, %v", like, got, ok)
			continue
		}
		if gotT, wantT := typeName(got), typeName(like); gotT != wantT {
			t.Errorf("ConvertTo(%s) = %s", wantT, gotT)
		}
		if again, _ := ConvertTo(got, like); again != got {
			t.Errorf("ConvertTo(%T) of its own type copies", like)
		}
	}
	if _, ok := ConvertTo(src, &image.YCbCr{}); ok {
		t.Error("ConvertTo(*image.YCbCr) succeeded")
	}
}

func typeName(v any) string {
	switch v.(type) {
	case *image.RGBA:
		return "RGBA"
	case *image.NRGBA:
		return "NRGBA"
	case *image.RGBA64:
		return "RGBA64"
	case *image.NRGBA64:
		return "NRGBA64"
	case *image.Gray:
		return "Gray"
	case *image.Gray16:
		return "Gray16"
	}
	return "?"
}

// maxDiff is the largest difference of one 8-bit channel between a and b.
func maxDiff(a, b image.Image) int {
	worst := 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			ca := color.NRGBAModel.Convert(a.At(x, y)).(color.NRGBA)
			cb := color.NRGBAModel.Convert(b.At(x, y)).(color.NRGBA)
			for _, d := range []int{int(ca.R) - int(cb.R), int(ca.G) - int(cb.G), int(ca.B) - int(cb.B), int(ca.A) - int(cb.A)} {
				worst = max(worst, d, -d)
			}
		}
	}
	return worst
}

func FuzzDecodeImage(f *testing.F) {
	grad := mediatest.Gradient(5, 4)
	for _, format := range []string{"png", "jpeg", "gif", "bmp", "tiff", "webp"} {
		f.Add(mediatest.Encode(grad, format))
	}
	f.Add([]byte("II+\x00\x08\x00\x00\x00"))
	f.Add([]byte("text"))
	const limit = 1 << 16
	f.Fuzz(func(t *testing.T, data []byte) {
		img, mime, err := DecodeImage(data, limit)
		if mime == "" {
			t.Fatal("no format named")
		}
		if err != nil {
			if img != nil {
				t.Fatal("an image and an error")
			}
			return
		}
		b := img.Bounds()
		if b.Empty() || b.Dx()*b.Dy() > limit {
			t.Fatalf("decoded a %v image", b)
		}
		cfg, _, err := ImageConfig(data)
		if err != nil || cfg.Width != b.Dx() || cfg.Height != b.Dy() {
			t.Fatalf("config %dx%d (%v) disagrees with the image %v", cfg.Width, cfg.Height, err, b)
		}
		// Whatever decodes can be encoded again.
		if _, err := EncodeImage(img, "png"); err != nil {
			t.Fatalf("re-encoding: %v", err)
		}
	})
}
