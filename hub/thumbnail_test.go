package hub

import (
	"bytes"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"testing"
)

func encoded(t testing.TB, w, h int, enc func(*bytes.Buffer, image.Image) error) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, h/2, color.RGBA{255, 0, 0, 255})
	}
	var b bytes.Buffer
	if err := enc(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestMakeThumbnail(t *testing.T) {
	pngOf := func(b *bytes.Buffer, i image.Image) error { return png.Encode(b, i) }
	jpegOf := func(b *bytes.Buffer, i image.Image) error { return jpeg.Encode(b, i, nil) }
	gifOf := func(b *bytes.Buffer, i image.Image) error { return gif.Encode(b, i, nil) }
	for _, c := range []struct {
		name       string
		data       []byte
		w, h       int
		wantErrMsg string
	}{
		{"small png kept", encoded(t, 100, 50, pngOf), 100, 50, ""},
		{"wide jpeg scaled to the width", encoded(t, 1280, 360, jpegOf), 640, 180, ""},
		{"tall gif scaled to the height", encoded(t, 300, 720, gifOf), 150, 360, ""},
		{"text", []byte("not an image"), 0, 0, "not a PNG, JPEG or GIF"},
		{"svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), 0, 0, "not a PNG, JPEG or GIF"},
		{"truncated png", encoded(t, 100, 50, pngOf)[:60], 0, 0, "not a PNG, JPEG or GIF"},
		{"bomb", pngHeader(100_000, 100_000), 0, 0, "larger than 40 megapixels"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := makeThumbnail(c.data)
			if c.wantErrMsg != "" {
				if err == nil || !bytes.Contains([]byte(err.Error()), []byte(c.wantErrMsg)) {
					t.Fatalf("err = %v, want %q", err, c.wantErrMsg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(out))
			if err != nil {
				t.Fatalf("the thumbnail is not a PNG: %v", err)
			}
			if b := img.Bounds(); b.Dx() != c.w || b.Dy() != c.h {
				t.Errorf("size %v, want %dx%d", b.Size(), c.w, c.h)
			}
		})
	}
}

// pngHeader is the start of a PNG that claims the given size (and holds nothing).
func pngHeader(w, h uint32) []byte {
	var b bytes.Buffer
	img := image.NewGray(image.Rect(0, 0, 1, 1))
	_ = png.Encode(&b, img)
	data := b.Bytes()
	// The IHDR chunk's width and height follow the 8-byte signature and 8 bytes of chunk header.
	put := func(at int, v uint32) {
		data[at], data[at+1], data[at+2], data[at+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	put(16, w)
	put(20, h)
	put(29, crc32.ChecksumIEEE(data[12:29])) // the chunk's CRC covers its type and data
	return data
}

func FuzzMakeThumbnail(f *testing.F) {
	f.Add(encoded(f, 8, 4, func(b *bytes.Buffer, i image.Image) error { return png.Encode(b, i) }))
	f.Add(encoded(f, 8, 4, func(b *bytes.Buffer, i image.Image) error { return gif.Encode(b, i, nil) }))
	f.Add(pngHeader(10, 10))
	f.Add([]byte("GIF89a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := makeThumbnail(data)
		if err != nil {
			return
		}
		img, err := png.Decode(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("accepted input gave a thumbnail that is not a PNG: %v", err)
		}
		if b := img.Bounds(); b.Dx() > thumbWidth || b.Dy() > thumbHeight || b.Dx() < 1 || b.Dy() < 1 {
			t.Errorf("thumbnail of %v", b.Size())
		}
	})
}
