package digits

import (
	"image"
	"math"
)

// Side is the width and height of the network's input, as in MNIST.
const Side = 28

// box is the side of the square the digit is scaled into, inside the input.
const box = 20

// Grid is a grey image of ink: 0 is blank paper, 1 full ink.
type Grid struct {
	W, H int
	Pix  []float32
}

// NewGrid returns a blank w×h grid.
func NewGrid(w, h int) *Grid { return &Grid{w, h, make([]float32, w*h)} }

func (g *Grid) at(x, y int) float32 { return g.Pix[y*g.W+x] }

// FromImage reads the ink of a drawing: dark, opaque pixels are ink, and light or
// transparent ones are paper, so that a black sketch on white or on a transparent
// layer reads the same.
func FromImage(img image.Image) *Grid {
	b := img.Bounds()
	g := NewGrid(b.Dx(), b.Dy())
	for y := range g.H {
		for x := range g.W {
			r, gr, bl, a := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
			if a == 0 {
				continue
			}
			// Un-premultiply, then take the luminance.
			lum := (0.299*float64(r) + 0.587*float64(gr) + 0.114*float64(bl)) / float64(a)
			g.Pix[y*g.W+x] = float32(float64(a) / 0xffff * (1 - lum))
		}
	}
	return g
}

// Transform maps a drawing's pixels to the network's input: input = (p - Min) *
// Scale + Offset.
type Transform struct {
	Min    [2]float64
	Scale  float64
	Offset [2]float64
}

// ToInput maps a point of the drawing to the input's coordinates.
func (t Transform) ToInput(x, y float64) (float64, float64) {
	return (x-t.Min[0])*t.Scale + t.Offset[0], (y-t.Min[1])*t.Scale + t.Offset[1]
}

// FromInput maps a point of the input back to the drawing's coordinates.
func (t Transform) FromInput(x, y float64) (float64, float64) {
	return (x-t.Offset[0])/t.Scale + t.Min[0], (y-t.Offset[1])/t.Scale + t.Min[1]
}

// inkThreshold is the least ink a pixel needs to count as part of the digit, which
// keeps faint smudges and anti-aliasing from stretching its bounding box.
const inkThreshold = 0.2

// Normalize prepares a drawing for the network as MNIST's digits were prepared: the
// ink's bounding box is scaled, keeping its proportions, to fit a 20×20 box (by area
// averaging, so thin strokes turn grey rather than vanish), placed in a 28×28 input
// with its centre of mass in the middle, and brightened so that its darkest pixel is
// full ink. It returns false when there is no ink.
func Normalize(g *Grid) (Input, Transform, bool) {
	x0, y0, x1, y1 := g.W, g.H, -1, -1
	for y := range g.H {
		for x := range g.W {
			if g.at(x, y) >= inkThreshold {
				x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
			}
		}
	}
	if x1 < 0 {
		return Input{}, Transform{}, false
	}
	w, h := float64(x1-x0+1), float64(y1-y0+1)
	scale := box / max(w, h)
	ow, oh := w*scale, h*scale

	// Area-average the box into a ow×oh image at the top-left of a Side×Side one,
	// through a summed-area table of the grid.
	sat := summedArea(g)
	var scaled [Side * Side]float64
	var mass, mx, my float64
	for y := 0; y < int(math.Ceil(oh)); y++ {
		for x := 0; x < int(math.Ceil(ow)); x++ {
			sx0, sy0 := float64(x0)+float64(x)/scale, float64(y0)+float64(y)/scale
			sx1, sy1 := min(float64(x1+1), sx0+1/scale), min(float64(y1+1), sy0+1/scale)
			v := sat.sum(sx0, sy0, sx1, sy1) * scale * scale
			scaled[y*Side+x] = v
			mass += v
			mx += v * (float64(x) + 0.5)
			my += v * (float64(y) + 0.5)
		}
	}
	if mass <= 0 {
		return Input{}, Transform{}, false
	}
	// Shift the centre of mass to the middle, by whole pixels, keeping the digit in.
	dx := clampShift(math.Round(Side/2-mx/mass), ow)
	dy := clampShift(math.Round(Side/2-my/mass), oh)
	var in Input
	peak := 0.0
	for _, v := range scaled {
		peak = max(peak, v)
	}
	for y := range Side {
		for x := range Side {
			v := scaled[y*Side+x]
			if v == 0 {
				continue
			}
			tx, ty := x+int(dx), y+int(dy)
			in[ty*Side+tx] = float32(min(1, v/peak))
		}
	}
	return in, Transform{Min: [2]float64{float64(x0), float64(y0)}, Scale: scale, Offset: [2]float64{dx, dy}}, true
}

// clampShift keeps a shifted extent of size n inside the input.
func clampShift(d, n float64) float64 {
	return max(0, min(d, Side-math.Ceil(n)))
}

// sat is a summed-area table: sums of any axis-aligned rectangle, with fractional
// edges, in constant time.
type sat struct {
	w, h int
	s    []float64 // (w+1)×(h+1), s[y][x] = sum of pixels above and left of (x, y)
}

func summedArea(g *Grid) *sat {
	t := &sat{g.W, g.H, make([]float64, (g.W+1)*(g.H+1))}
	for y := range g.H {
		row := 0.0
		for x := range g.W {
			row += float64(g.at(x, y))
			t.s[(y+1)*(g.W+1)+x+1] = t.s[y*(g.W+1)+x+1] + row
		}
	}
	return t
}

// at is the table at a fractional corner, interpolated bilinearly, which is the exact
// sum when pixels are uniform squares.
func (t *sat) at(x, y float64) float64 {
	x, y = max(0, min(x, float64(t.w))), max(0, min(y, float64(t.h)))
	ix, iy := min(int(x), t.w-1), min(int(y), t.h-1)
	fx, fy := x-float64(ix), y-float64(iy)
	w := t.w + 1
	a, b := t.s[iy*w+ix], t.s[iy*w+ix+1]
	c, d := t.s[(iy+1)*w+ix], t.s[(iy+1)*w+ix+1]
	return a*(1-fx)*(1-fy) + b*fx*(1-fy) + c*(1-fx)*fy + d*fx*fy
}

func (t *sat) sum(x0, y0, x1, y1 float64) float64 {
	return t.at(x1, y1) - t.at(x0, y1) - t.at(x1, y0) + t.at(x0, y0)
}
