package media

import (
	"fmt"
	"image"
	"image/color"
	"strconv"
	"strings"
)

// MaskBorder is the width, in pixels, of the opaque border BoxMask draws.
const MaskBorder = 3

// Mask opacities, as Gradio's AnnotatedImage draws them: a box's inside at half
// opacity (0.5 × 255, truncated), its border opaque.
const (
	maskInside = 127
	maskEdge   = 255
)

// BoxMask renders a bounding-box annotation as Gradio's AnnotatedImage does: an image
// the size of the annotated image (bounds), transparent outside box, filled in c at half
// opacity inside it, with an opaque MaskBorder-pixel border. box is in the annotated
// image's coordinates; the parts outside bounds are cut off. The result's origin is
// (0, 0).
func BoxMask(bounds, box image.Rectangle, c color.RGBA) *image.NRGBA {
	w, h := bounds.Dx(), bounds.Dy()
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	box = box.Sub(bounds.Min)
	if box.Empty() {
		return m
	}
	// Not image.Rect, which would swap the corners of a box thinner than two borders.
	inner := image.Rectangle{box.Min.Add(image.Pt(MaskBorder, MaskBorder)), box.Max.Sub(image.Pt(MaskBorder, MaskBorder))}
	area := box.Intersect(m.Rect)
	for y := area.Min.Y; y < area.Max.Y; y++ {
		for x := area.Min.X; x < area.Max.X; x++ {
			a := uint8(maskEdge)
			if image.Pt(x, y).In(inner) {
				a = maskInside
			}
			m.SetNRGBA(x, y, color.NRGBA{c.R, c.G, c.B, a})
		}
	}
	return m
}

// CoverageMask renders a mask annotation: an image the size of bounds, in c, whose
// opacity at each pixel is mask's coverage there. The coverage is mask's alpha channel,
// or its brightness when mask is fully opaque (a black-and-white or grey mask). mask
// must be the size of bounds; the result's origin is (0, 0).
func CoverageMask(bounds image.Rectangle, mask image.Image, c color.RGBA) (*image.NRGBA, error) {
	w, h := bounds.Dx(), bounds.Dy()
	mb := mask.Bounds()
	if mb.Dx() != w || mb.Dy() != h {
		return nil, fmt.Errorf("the mask is %d×%d pixels but the image is %d×%d", mb.Dx(), mb.Dy(), w, h)
	}
	opaque := isOpaque(mask)
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			mc := mask.At(mb.Min.X+x, mb.Min.Y+y)
			var a uint8
			if opaque {
				a = color.GrayModel.Convert(mc).(color.Gray).Y
			} else {
				_, _, _, a32 := mc.RGBA()
				a = uint8(a32 >> 8)
			}
			if a != 0 {
				m.SetNRGBA(x, y, color.NRGBA{c.R, c.G, c.B, a})
			}
		}
	}
	return m, nil
}

// isOpaque reports whether every pixel of img is opaque.
func isOpaque(img image.Image) bool {
	if o, ok := img.(interface{ Opaque() bool }); ok {
		return o.Opaque()
	}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if _, _, _, a := img.At(x, y).RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}

// ParseHexColor parses "#rrggbb" or "#rgb" (the "#" is optional).
func ParseHexColor(s string) (color.RGBA, error) {
	h := strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 {
		return color.RGBA{}, fmt.Errorf("%q is not a hex color such as #ff0000", s)
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return color.RGBA{}, fmt.Errorf("%q is not a hex color such as #ff0000", s)
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}, nil
}
