package e2e

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// mediaFixtures writes small media files for the tests and returns their directory.
func mediaFixtures(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("red.png", pngOf(color.NRGBA{R: 220, G: 40, B: 30, A: 255}))
	write("blue.png", pngOf(color.NRGBA{R: 20, G: 60, B: 230, A: 255}))
	write("tone.wav", toneWAV(8000, 0.1, 440))
	// Not a playable video: Video passes files through without decoding them.
	write("clip.mp4", append([]byte("\x00\x00\x00\x18ftypmp42"), bytes.Repeat([]byte{7}, 64)...))
	write("notes.txt", []byte("some notes\n"))
	return dir
}

func pngOf(c color.Color) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 32, 24))
	for y := range 24 {
		for x := range 32 {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

// toneWAV is a mono 16-bit PCM sine.
func toneWAV(rate int, seconds, hz float64) []byte {
	n := int(float64(rate) * seconds)
	var data bytes.Buffer
	for i := range n {
		s := int16(0.5 * math.MaxInt16 * math.Sin(2*math.Pi*hz*float64(i)/float64(rate)))
		binary.Write(&data, binary.LittleEndian, s)
	}
	var b bytes.Buffer
	b.WriteString("RIFF")
	binary.Write(&b, binary.LittleEndian, uint32(36+data.Len()))
	b.WriteString("WAVEfmt ")
	binary.Write(&b, binary.LittleEndian, uint32(16))
	binary.Write(&b, binary.LittleEndian, uint16(1)) // PCM
	binary.Write(&b, binary.LittleEndian, uint16(1)) // mono
	binary.Write(&b, binary.LittleEndian, uint32(rate))
	binary.Write(&b, binary.LittleEndian, uint32(rate*2))
	binary.Write(&b, binary.LittleEndian, uint16(2))
	binary.Write(&b, binary.LittleEndian, uint16(16))
	b.WriteString("data")
	binary.Write(&b, binary.LittleEndian, uint32(data.Len()))
	b.Write(data.Bytes())
	return b.Bytes()
}
