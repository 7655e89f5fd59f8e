// Package mediatest builds media files for tests: images in every format the media
// package reads, and WAV files in every sample format, including odd ones.
package mediatest

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"math"

	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"
)

// Gradient is a w×h test image whose pixels all differ: red grows to the right, green
// downwards, blue along the diagonal, and alpha is opaque.
func Gradient(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetNRGBA(x, y, color.NRGBA{uint8(x * 255 / max(w-1, 1)), uint8(y * 255 / max(h-1, 1)), uint8((x + y) * 7), 255})
		}
	}
	return img
}

// Encode encodes img as "png", "jpeg", "gif", "bmp", "tiff" or "webp" (lossless, which
// only works for a solid image: see SolidWebP). It panics on an unknown format.
func Encode(img image.Image, format string) []byte {
	var buf bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&buf, img)
	case "jpeg":
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 95})
	case "gif":
		err = gif.Encode(&buf, img, nil)
	case "bmp":
		err = bmp.Encode(&buf, img)
	case "tiff":
		err = tiff.Encode(&buf, img, nil)
	case "webp":
		b := img.Bounds()
		c := color.NRGBAModel.Convert(img.At(b.Min.X, b.Min.Y)).(color.NRGBA)
		return SolidWebP(b.Dx(), b.Dy(), c)
	default:
		panic("mediatest: unknown format " + format)
	}
	if err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// SolidWebP is a lossless WebP (VP8L) image of one colour, w×h (each 1..16384). Every
// prefix code is a one-symbol code, so the pixels take no bits at all.
func SolidWebP(w, h int, c color.NRGBA) []byte {
	var bw bitWriter
	bw.write(0x2f, 8) // VP8L signature
	bw.write(uint32(w-1), 14)
	bw.write(uint32(h-1), 14)
	bw.write(1, 1) // alpha is used
	bw.write(0, 3) // version
	bw.write(0, 1) // no transform
	bw.write(0, 1) // no colour cache
	bw.write(0, 1) // no meta prefix codes
	for _, sym := range []uint8{c.G, c.R, c.B, c.A, 0} {
		bw.write(1, 1) // simple code
		bw.write(0, 1) // one symbol
		bw.write(1, 1) // of 8 bits
		bw.write(uint32(sym), 8)
	}
	data := bw.bytes()
	var out bytes.Buffer
	out.WriteString("RIFF")
	pad := len(data) & 1
	binary.Write(&out, binary.LittleEndian, uint32(4+8+len(data)+pad))
	out.WriteString("WEBPVP8L")
	binary.Write(&out, binary.LittleEndian, uint32(len(data)))
	out.Write(data)
	if pad == 1 {
		out.WriteByte(0)
	}
	return out.Bytes()
}

// bitWriter packs bits least-significant first, as VP8L reads them.
type bitWriter struct {
	buf   []byte
	acc   uint64
	nbits uint
}

func (b *bitWriter) write(v uint32, n uint) {
	b.acc |= uint64(v) << b.nbits
	b.nbits += n
	for b.nbits >= 8 {
		b.buf = append(b.buf, byte(b.acc))
		b.acc >>= 8
		b.nbits -= 8
	}
}

func (b *bitWriter) bytes() []byte {
	if b.nbits > 0 {
		return append(b.buf, byte(b.acc))
	}
	return b.buf
}

// WAV describes a WAV file to build.
type WAV struct {
	Tag        uint16 // 1 = PCM, 3 = IEEE float; others to test refusals
	Bits       int    // bits per sample: 8, 16, 24, 32 or 64
	Channels   int
	SampleRate int
	Samples    []float64 // interleaved, -1..1
	Extensible bool      // write a WAVE_FORMAT_EXTENSIBLE fmt chunk
	Extra      bool      // add LIST and odd-sized junk chunks before and after fmt
}

// Bytes builds the file.
func (w WAV) Bytes() []byte {
	width := (w.Bits + 7) / 8
	var data bytes.Buffer
	for _, s := range w.Samples {
		switch {
		case w.Tag == 3 && w.Bits == 32:
			binary.Write(&data, binary.LittleEndian, math.Float32bits(float32(s)))
		case w.Tag == 3:
			binary.Write(&data, binary.LittleEndian, math.Float64bits(s))
		case width == 1:
			data.WriteByte(uint8(clamp(math.Round(s*128)+128, 0, 255)))
		case width == 2:
			binary.Write(&data, binary.LittleEndian, int16(clamp(math.Round(s*(1<<15)), math.MinInt16, math.MaxInt16)))
		case width == 3:
			v := int32(clamp(math.Round(s*(1<<23)), -(1 << 23), 1<<23-1))
			data.Write([]byte{byte(v), byte(v >> 8), byte(v >> 16)})
		default:
			binary.Write(&data, binary.LittleEndian, int32(clamp(math.Round(s*(1<<31)), math.MinInt32, math.MaxInt32)))
		}
	}
	var f bytes.Buffer
	tag := w.Tag
	if w.Extensible {
		tag = 0xfffe
	}
	le := func(v any) { binary.Write(&f, binary.LittleEndian, v) }
	le(tag)
	le(uint16(w.Channels))
	le(uint32(w.SampleRate))
	le(uint32(w.SampleRate * w.Channels * width))
	le(uint16(w.Channels * width))
	le(uint16(w.Bits))
	if w.Extensible {
		le(uint16(22))
		le(uint16(w.Bits))
		le(uint32(0))
		le(w.Tag)
		f.WriteString("\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71")
	}
	var body bytes.Buffer
	body.WriteString("WAVE")
	chunk := func(id string, b []byte) {
		body.WriteString(id)
		binary.Write(&body, binary.LittleEndian, uint32(len(b)))
		body.Write(b)
		if len(b)&1 == 1 {
			body.WriteByte(0)
		}
	}
	if w.Extra {
		chunk("JUNK", []byte("odd"))
	}
	chunk("fmt ", f.Bytes())
	if w.Extra {
		chunk("LIST", []byte("INFOISFT\x05\x00\x00\x00test\x00\x00"))
	}
	chunk("data", data.Bytes())
	if w.Extra {
		chunk("id3 ", []byte("x"))
	}
	var out bytes.Buffer
	out.WriteString("RIFF")
	binary.Write(&out, binary.LittleEndian, uint32(body.Len()))
	out.Write(body.Bytes())
	return out.Bytes()
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

// Sine is n samples of a sine wave at the given frequency and amplitude, per channel
// (the channels are phase-shifted so that they differ), interleaved.
func Sine(n, channels, rate int, freq, amp float64) []float64 {
	out := make([]float64, 0, n*channels)
	for i := range n {
		for c := range channels {
			out = append(out, amp*math.Sin(2*math.Pi*freq*float64(i)/float64(rate)+float64(c)))
		}
	}
	return out
}
