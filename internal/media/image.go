package media

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"strings"

	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"
	"golang.org/x/image/webp"
)

// DefaultMaxPixels bounds the size of a decoded image, as Pillow's decompression-bomb
// limit does: a small compressed file may claim a huge canvas.
const DefaultMaxPixels = 89_478_485

// ImageFormats lists the formats DecodeImage reads, for error messages.
const ImageFormats = "PNG, JPEG, GIF, WebP, BMP, TIFF"

// codec is one readable image format.
type codec struct {
	name   string
	decode func(io.Reader) (image.Image, error)
	config func(io.Reader) (image.Config, error)
}

var codecs = map[string]codec{
	"image/png":  {"PNG", png.Decode, png.DecodeConfig},
	"image/jpeg": {"JPEG", jpeg.Decode, jpeg.DecodeConfig},
	"image/gif":  {"GIF", gif.Decode, gif.DecodeConfig},
	"image/webp": {"WebP", webp.Decode, webp.DecodeConfig},
	"image/bmp":  {"BMP", bmp.Decode, bmp.DecodeConfig},
	"image/tiff": {"TIFF", tiff.Decode, tiff.DecodeConfig},
}

// UnsupportedError reports data that is not in a supported format.
type UnsupportedError struct {
	// MIME is what the data was sniffed as, such as "image/avif" or "text/plain".
	MIME string
	// Supported lists the formats that are.
	Supported string
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("cannot decode %s (supported: %s)", e.MIME, e.Supported)
}

// ImageConfig reads the format and dimensions of an image without decoding its pixels.
// The format is a MIME type such as "image/png".
func ImageConfig(data []byte) (image.Config, string, error) {
	mime := Sniff(data)
	c, ok := codecs[mime]
	if !ok {
		return image.Config{}, mime, &UnsupportedError{MIME: mime, Supported: ImageFormats}
	}
	cfg, err := safely(func() (image.Config, error) { return c.config(bytes.NewReader(data)) })
	if err != nil {
		return image.Config{}, mime, corrupt(c.name, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return image.Config{}, mime, fmt.Errorf("the %s image is empty (%d×%d pixels)", c.name, cfg.Width, cfg.Height)
	}
	return cfg, mime, nil
}

// DecodeImage decodes a PNG, JPEG, GIF (its first frame), WebP, BMP or TIFF image,
// recognised by its content. Images of more than maxPixels pixels are refused before
// their pixels are decoded (maxPixels <= 0 means DefaultMaxPixels). The format is
// returned as a MIME type.
func DecodeImage(data []byte, maxPixels int) (image.Image, string, error) {
	if maxPixels <= 0 {
		maxPixels = DefaultMaxPixels
	}
	cfg, mime, err := ImageConfig(data)
	if err != nil {
		return nil, mime, err
	}
	c := codecs[mime]
	if int64(cfg.Width)*int64(cfg.Height) > int64(maxPixels) {
		return nil, mime, fmt.Errorf("the %s image is %d×%d pixels, more than the limit of %d pixels", c.name, cfg.Width, cfg.Height, maxPixels)
	}
	img, err := safely(func() (image.Image, error) { return c.decode(bytes.NewReader(data)) })
	if err != nil {
		return nil, mime, corrupt(c.name, err)
	}
	if img == nil || img.Bounds().Empty() {
		return nil, mime, fmt.Errorf("the %s image is empty", c.name)
	}
	return img, mime, nil
}

// corrupt words a decoder's error.
func corrupt(name string, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || strings.Contains(err.Error(), "not enough pixel data") {
		return fmt.Errorf("the %s image is truncated", name)
	}
	msg := err.Error()
	// The decoders prefix their messages with their package name ("png: invalid format").
	if i := strings.Index(msg, ": "); i > 0 && i < 6 {
		msg = msg[i+2:]
	}
	return fmt.Errorf("the %s image is corrupt: %s", name, msg)
}

// safely runs a third-party decoder, turning a panic on malformed data into an error.
func safely[T any](f func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			var zero T
			v, err = zero, fmt.Errorf("malformed data (%v)", r)
		}
	}()
	return f()
}

// EncodeImage encodes img as "png" (the default for "") or "jpeg" ("jpg"), at quality 90.
// JPEG has no transparency: transparent pixels become black.
func EncodeImage(img image.Image, format string) ([]byte, error) {
	if img == nil {
		return nil, errors.New("there is no image to encode")
	}
	b := img.Bounds()
	if b.Empty() {
		return nil, fmt.Errorf("the image is empty (%d×%d pixels)", b.Dx(), b.Dy())
	}
	var buf bytes.Buffer
	var err error
	switch strings.ToLower(format) {
	case "", "png":
		err = (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, img)
	case "jpeg", "jpg":
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
	default:
		return nil, fmt.Errorf("cannot encode images as %q (supported: png, jpeg)", format)
	}
	if err != nil {
		return nil, fmt.Errorf("encoding the image: %w", err)
	}
	return buf.Bytes(), nil
}

// ImageExt is the file extension of an encoding format EncodeImage accepts.
func ImageExt(format string) string {
	switch strings.ToLower(format) {
	case "jpeg", "jpg":
		return ".jpg"
	}
	return ".png"
}

// ImageMIME is the media type of an encoding format EncodeImage accepts.
func ImageMIME(format string) string {
	switch strings.ToLower(format) {
	case "jpeg", "jpg":
		return "image/jpeg"
	}
	return "image/png"
}

// ConvertMode converts img to one of Pillow's modes: "RGB" (opaque *image.RGBA; the
// alpha channel is dropped, as Pillow does), "RGBA" (*image.NRGBA) or "L"
// (*image.Gray). "" returns img unchanged.
func ConvertMode(img image.Image, mode string) (image.Image, error) {
	switch mode {
	case "":
		return img, nil
	case "RGBA":
		return ToNRGBA(img), nil
	case "L":
		return convertTo(image.NewGray(img.Bounds()), img), nil
	case "RGB":
		b := img.Bounds()
		out := image.NewRGBA(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
				c.A = 255
				out.SetRGBA(x, y, color.RGBA(c))
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("image mode %q is not one of RGB, RGBA, L", mode)
}

// ToNRGBA returns img as an *image.NRGBA, converting it if needed.
func ToNRGBA(img image.Image) *image.NRGBA {
	if n, ok := img.(*image.NRGBA); ok {
		return n
	}
	return convertTo(image.NewNRGBA(img.Bounds()), img)
}

// convertTo draws src into dst, which has the same bounds, and returns dst.
func convertTo[T draw.Image](dst T, src image.Image) T {
	draw.Draw(dst, dst.Bounds(), src, src.Bounds().Min, draw.Src)
	return dst
}

// ConvertTo returns img in the concrete type of like (one of *image.RGBA, *image.NRGBA,
// *image.RGBA64, *image.NRGBA64, *image.Gray, *image.Gray16), converting it if it is
// not already. It reports false for other types.
func ConvertTo(img image.Image, like image.Image) (image.Image, bool) {
	b := img.Bounds()
	switch like.(type) {
	case *image.RGBA:
		if v, ok := img.(*image.RGBA); ok {
			return v, true
		}
		return convertTo(image.NewRGBA(b), img), true
	case *image.NRGBA:
		return ToNRGBA(img), true
	case *image.RGBA64:
		if v, ok := img.(*image.RGBA64); ok {
			return v, true
		}
		return convertTo(image.NewRGBA64(b), img), true
	case *image.NRGBA64:
		if v, ok := img.(*image.NRGBA64); ok {
			return v, true
		}
		return convertTo(image.NewNRGBA64(b), img), true
	case *image.Gray:
		if v, ok := img.(*image.Gray); ok {
			return v, true
		}
		return convertTo(image.NewGray(b), img), true
	case *image.Gray16:
		if v, ok := img.(*image.Gray16); ok {
			return v, true
		}
		return convertTo(image.NewGray16(b), img), true
	}
	return nil, false
}
