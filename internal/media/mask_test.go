package media

import (
	"image"
	"image/color"
	"strings"
	"testing"
)

func TestBoxMask(t *testing.T) {
	red := color.RGBA{255, 0, 0, 255}
	// The image's origin need not be (0, 0): the box is in its coordinates.
	bounds := image.Rect(10, 20, 30, 36)
	m := BoxMask(bounds, image.Rect(12, 22, 22, 30), red)
	if m.Rect != image.Rect(0, 0, 20, 16) {
		t.Fatalf("mask bounds = %v", m.Rect)
	}
	alpha := func(x, y int) uint8 { return m.NRGBAAt(x, y).A }
	cases := []struct {
		x, y int
		want uint8
	}{
		{0, 0, 0}, {1, 1, 0}, {12, 5, 0}, {5, 10, 0}, // outside
		{2, 2, 255}, {4, 2, 255}, {11, 9, 255}, {2, 9, 255}, {11, 2, 255}, // border, 3 px wide
		{5, 5, 127}, {8, 6, 127}, // inside
		{4, 5, 255}, {5, 4, 255}, {9, 5, 255}, {5, 7, 255}, // last border pixels
	}
	for _, c := range cases {
		if got := alpha(c.x, c.y); got != c.want {
			t.Errorf("alpha at (%d, %d) = %d, want %d", c.x, c.y, got, c.want)
		}
	}
	if got := m.NRGBAAt(5, 5); got != (color.NRGBA{255, 0, 0, 127}) {
		t.Errorf("inside = %v", got)
	}
	if got := m.NRGBAAt(0, 0); got != (color.NRGBA{}) {
		t.Errorf("outside = %v, want transparent black", got)
	}
	// A box running off the image is cut; its off-image border is not drawn.
	m = BoxMask(image.Rect(0, 0, 10, 10), image.Rect(5, 5, 50, 50), red)
	if m.NRGBAAt(9, 9).A != 127 || m.NRGBAAt(5, 9).A != 255 {
		t.Errorf("clipped box: %v %v", m.NRGBAAt(9, 9), m.NRGBAAt(5, 9))
	}
	// A box smaller than two borders is all border; an empty box draws nothing.
	m = BoxMask(image.Rect(0, 0, 10, 10), image.Rect(1, 1, 4, 4), red)
	if m.NRGBAAt(2, 2).A != 255 {
		t.Error("small box")
	}
	m = BoxMask(image.Rect(0, 0, 10, 10), image.Rect(5, 5, 5, 9), red)
	for _, p := range m.Pix {
		if p != 0 {
			t.Fatal("an empty box drew pixels")
		}
	}
}

func TestCoverageMask(t *testing.T) {
	green := color.RGBA{0, 200, 0, 255}
	bounds := image.Rect(0, 0, 3, 2)
	// An opaque grey mask: brightness is coverage.
	g := image.NewGray(image.Rect(5, 5, 8, 7))
	g.SetGray(5, 5, color.Gray{255})
	g.SetGray(6, 6, color.Gray{100})
	m, err := CoverageMask(bounds, g, green)
	if err != nil {
		t.Fatal(err)
	}
	if m.NRGBAAt(0, 0) != (color.NRGBA{0, 200, 0, 255}) || m.NRGBAAt(1, 1) != (color.NRGBA{0, 200, 0, 100}) || m.NRGBAAt(2, 0) != (color.NRGBA{}) {
		t.Errorf("grey mask: %v %v %v", m.NRGBAAt(0, 0), m.NRGBAAt(1, 1), m.NRGBAAt(2, 0))
	}
	// A translucent mask (such as one Gradio drew): alpha is coverage, whatever the colour.
	n := image.NewNRGBA(bounds)
	n.SetNRGBA(1, 0, color.NRGBA{255, 0, 0, 127})
	m, _ = CoverageMask(bounds, n, green)
	if m.NRGBAAt(1, 0) != (color.NRGBA{0, 200, 0, 127}) || m.NRGBAAt(0, 0).A != 0 {
		t.Errorf("alpha mask: %v", m.NRGBAAt(1, 0))
	}
	if _, err := CoverageMask(bounds, image.NewGray(image.Rect(0, 0, 2, 2)), green); err == nil || !strings.Contains(err.Error(), "the mask is 2×2 pixels but the image is 3×2") {
		t.Errorf("wrong size: %v", err)
	}
}

func TestParseHexColor(t *testing.T) {
	for in, want := range map[string]color.RGBA{"#ff8000": {255, 128, 0, 255}, "00FF10": {0, 255, 16, 255}, "#abc": {0xaa, 0xbb, 0xcc, 255}} {
		if got, err := ParseHexColor(in); err != nil || got != want {
			t.Errorf("ParseHexColor(%q) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "red", "#12345", "#gggggg", "rgb(1,2,3)"} {
		if _, err := ParseHexColor(in); err == nil {
			t.Errorf("ParseHexColor(%q) succeeded", in)
		}
	}
}
