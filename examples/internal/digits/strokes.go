package digits

import (
	"math"
	"math/rand/v2"
)

// pt is a point in a digit's template, in a unit box: x to the right, y down.
type pt struct{ x, y float64 }

// style is one way to write a digit: its strokes, each a smooth curve through points.
type style [][]pt

// ring is a closed curve of n points around an ellipse, starting at angle a0 (in
// radians, 0 on the right) and going round once and overlap radians more, as a pen
// that closes a loop overshoots a little.
func ring(cx, cy, rx, ry, a0, overlap float64, n int) []pt {
	out := make([]pt, 0, n+1)
	for i := 0; i <= n; i++ {
		a := a0 - (2*math.Pi+overlap)*float64(i)/float64(n)
		out = append(out, pt{cx + rx*math.Cos(a), cy + ry*math.Sin(a)})
	}
	return out
}

// styles are the ways of writing each digit the generator knows, as people write them
// by hand: a one with or without a flag and a base, a seven with or without a bar, an
// open or a closed four, and so on.
var styles = [10][]style{
	0: {
		{ring(0.5, 0.5, 0.3, 0.46, -math.Pi/2, 0.3, 24)},
		{ring(0.5, 0.5, 0.22, 0.46, -math.Pi/2+0.4, 0.1, 24)},
		{ring(0.5, 0.5, 0.36, 0.42, -math.Pi/2-0.3, 0.5, 24)},
	},
	1: {
		{{{0.5, 0.04}, {0.5, 0.96}}},
		{{{0.36, 0.2}, {0.52, 0.04}, {0.5, 0.96}}},
		{{{0.36, 0.2}, {0.52, 0.04}, {0.5, 0.96}}, {{0.32, 0.96}, {0.7, 0.96}}},
		{{{0.56, 0.04}, {0.5, 0.5}, {0.44, 0.96}}},
	},
	2: {
		{{{0.2, 0.3}, {0.32, 0.1}, {0.55, 0.04}, {0.76, 0.16}, {0.76, 0.38}, {0.5, 0.66}, {0.18, 0.95}, {0.5, 0.94}, {0.84, 0.94}}},
		{{{0.2, 0.22}, {0.5, 0.04}, {0.78, 0.22}, {0.7, 0.5}, {0.2, 0.95}}, {{0.2, 0.95}, {0.85, 0.93}}},
		{{{0.22, 0.28}, {0.45, 0.05}, {0.75, 0.15}, {0.7, 0.45}, {0.35, 0.8}, {0.2, 0.92}, {0.3, 0.96}, {0.45, 0.9}, {0.6, 0.93}, {0.82, 0.96}}},
	},
	3: {
		{{{0.2, 0.14}, {0.48, 0.03}, {0.74, 0.14}, {0.72, 0.36}, {0.42, 0.5}, {0.74, 0.62}, {0.78, 0.84}, {0.5, 0.97}, {0.2, 0.86}}},
		{{{0.2, 0.05}, {0.76, 0.05}, {0.45, 0.42}, {0.72, 0.55}, {0.78, 0.8}, {0.5, 0.97}, {0.2, 0.86}}},
		{{{0.25, 0.2}, {0.5, 0.04}, {0.72, 0.2}, {0.6, 0.42}, {0.38, 0.5}}, {{0.38, 0.5}, {0.72, 0.6}, {0.72, 0.86}, {0.45, 0.97}, {0.22, 0.88}}},
	},
	4: {
		{{{0.32, 0.04}, {0.18, 0.62}, {0.86, 0.62}}, {{0.68, 0.2}, {0.68, 0.97}}},
		{{{0.68, 0.97}, {0.68, 0.04}, {0.14, 0.66}, {0.88, 0.66}}},
		{{{0.3, 0.04}, {0.22, 0.55}, {0.6, 0.6}, {0.8, 0.56}}, {{0.74, 0.04}, {0.66, 0.97}}},
	},
	5: {
		{{{0.76, 0.05}, {0.32, 0.05}, {0.27, 0.46}, {0.56, 0.4}, {0.78, 0.6}, {0.72, 0.86}, {0.46, 0.97}, {0.2, 0.88}}},
		{{{0.32, 0.05}, {0.27, 0.46}, {0.56, 0.4}, {0.78, 0.6}, {0.72, 0.86}, {0.46, 0.97}, {0.2, 0.88}}, {{0.32, 0.05}, {0.8, 0.04}}},
		{{{0.3, 0.06}, {0.26, 0.45}, {0.6, 0.42}, {0.78, 0.66}, {0.62, 0.92}, {0.24, 0.92}}, {{0.3, 0.06}, {0.78, 0.06}}},
	},
	6: {
		{{{0.7, 0.06}, {0.45, 0.16}, {0.28, 0.45}, {0.25, 0.76}, {0.46, 0.96}, {0.7, 0.86}, {0.72, 0.62}, {0.5, 0.5}, {0.28, 0.64}}},
		{{{0.62, 0.04}, {0.36, 0.4}, {0.26, 0.74}, {0.44, 0.96}, {0.7, 0.84}, {0.66, 0.6}, {0.42, 0.56}, {0.28, 0.7}}},
	},
	7: {
		{{{0.15, 0.06}, {0.85, 0.06}, {0.42, 0.96}}},
		{{{0.15, 0.06}, {0.85, 0.06}, {0.42, 0.96}}, {{0.34, 0.52}, {0.78, 0.5}}},
		{{{0.16, 0.12}, {0.5, 0.05}, {0.84, 0.06}, {0.62, 0.45}, {0.5, 0.96}}},
		{{{0.18, 0.2}, {0.18, 0.06}, {0.84, 0.06}, {0.44, 0.96}}},
	},
	8: {
		{{{0.7, 0.14}, {0.5, 0.03}, {0.3, 0.14}, {0.33, 0.35}, {0.5, 0.48}, {0.72, 0.62}, {0.72, 0.86}, {0.5, 0.97}, {0.28, 0.86}, {0.28, 0.62}, {0.5, 0.48}, {0.67, 0.35}, {0.7, 0.14}}},
		{ring(0.5, 0.26, 0.2, 0.22, math.Pi/2, 0.2, 18), ring(0.5, 0.72, 0.26, 0.25, -math.Pi/2, 0.2, 18)},
	},
	9: {
		{{{0.72, 0.24}, {0.5, 0.04}, {0.28, 0.18}, {0.3, 0.42}, {0.55, 0.48}, {0.72, 0.3}, {0.72, 0.24}, {0.72, 0.6}, {0.7, 0.96}}},
		{{{0.72, 0.24}, {0.5, 0.04}, {0.28, 0.18}, {0.3, 0.42}, {0.55, 0.48}, {0.72, 0.3}, {0.72, 0.24}, {0.7, 0.7}, {0.55, 0.95}, {0.34, 0.9}}},
		{ring(0.48, 0.26, 0.22, 0.22, 0, 0.3, 18), {{0.7, 0.2}, {0.6, 0.6}, {0.5, 0.97}}},
	},
}

// spline samples a Catmull-Rom curve through ps, a few points per span, so that a
// template's corners come out rounded as a hand draws them.
func spline(ps []pt) []pt {
	if len(ps) < 3 {
		return ps
	}
	const steps = 8
	out := []pt{ps[0]}
	for i := 0; i+1 < len(ps); i++ {
		p0, p1, p2, p3 := ps[max(i-1, 0)], ps[i], ps[i+1], ps[min(i+2, len(ps)-1)]
		for s := 1; s <= steps; s++ {
			t := float64(s) / steps
			t2, t3 := t*t, t*t*t
			f := func(a, b, c, d float64) float64 {
				return 0.5 * (2*b + (c-a)*t + (2*a-5*b+4*c-d)*t2 + (3*b-a-3*c+d)*t3)
			}
			out = append(out, pt{f(p0.x, p1.x, p2.x, p3.x), f(p0.y, p1.y, p2.y, p3.y)})
		}
	}
	return out
}

// Synthesize draws a random handwritten-looking digit: one of the digit's styles with
// its points moved a little, slanted, rotated, squeezed and written with a random pen
// width, on a size×size canvas of ink (0 blank, 1 ink).
func Synthesize(rng *rand.Rand, digit, size int) *Grid {
	st := styles[digit][rng.IntN(len(styles[digit]))]
	jitter := 0.015 + 0.035*rng.Float64()
	angle := (rng.Float64()*2 - 1) * 0.25
	shear := (rng.Float64()*2 - 1) * 0.35
	sx := 0.75 + 0.5*rng.Float64()
	sy := 0.85 + 0.3*rng.Float64()
	// A smooth random warp bends the whole digit, as a hand's wobble does; the jitter
	// of each template point adds small irregularities, less on dense curves.
	warp := [4]float64{}
	for i := range warp {
		warp[i] = rng.NormFloat64() * 0.03
	}
	phase := [2]float64{rng.Float64() * 2 * math.Pi, rng.Float64() * 2 * math.Pi}
	cos, sin := math.Cos(angle), math.Sin(angle)
	scale := 0.7 * float64(size)
	width := scale * (0.05 + 0.13*rng.Float64())
	g := NewGrid(size, size)
	for _, stroke := range st {
		moved := make([]pt, len(stroke))
		j := jitter * min(1, 6/float64(len(stroke)))
		for i, p := range stroke {
			wx := warp[0]*math.Sin(3*p.y+phase[0]) + warp[1]*math.Sin(5*p.x+phase[1])
			wy := warp[2]*math.Sin(3*p.x+phase[1]) + warp[3]*math.Sin(5*p.y+phase[0])
			x := (p.x-0.5+wx)*sx + j*rng.NormFloat64()
			y := (p.y-0.5+wy)*sy + j*rng.NormFloat64()
			x += shear * -y
			moved[i] = pt{x*cos - y*sin, x*sin + y*cos}
		}
		line := spline(moved)
		for i := range line {
			line[i] = pt{float64(size)/2 + line[i].x*scale, float64(size)/2 + line[i].y*scale}
		}
		g.Stroke(line, width)
	}
	return g
}

// Stroke draws a polyline with a round pen of the given width, anti-aliased.
func (g *Grid) Stroke(line []pt, width float64) {
	if len(line) == 1 {
		line = append(line, line[0])
	}
	r := width / 2
	reach := (r + 0.5) * (r + 0.5)
	for i := 0; i+1 < len(line); i++ {
		a, b := line[i], line[i+1]
		x0 := max(0, int(math.Floor(min(a.x, b.x)-r-1)))
		x1 := min(g.W-1, int(math.Ceil(max(a.x, b.x)+r+1)))
		y0 := max(0, int(math.Floor(min(a.y, b.y)-r-1)))
		y1 := min(g.H-1, int(math.Ceil(max(a.y, b.y)+r+1)))
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				d2 := segmentDistance2(pt{float64(x) + 0.5, float64(y) + 0.5}, a, b)
				if d2 >= reach {
					continue
				}
				v := float32(min(1, r+0.5-math.Sqrt(d2)))
				if i := y*g.W + x; v > g.Pix[i] {
					g.Pix[i] = v
				}
			}
		}
	}
}

// StrokePoints draws a polyline given as x, y pairs, for callers outside the package.
func (g *Grid) StrokePoints(xy [][2]float64, width float64) {
	line := make([]pt, len(xy))
	for i, p := range xy {
		line[i] = pt{p[0], p[1]}
	}
	g.Stroke(line, width)
}

// segmentDistance2 is the squared distance from p to the segment ab.
func segmentDistance2(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = min(1, max(0, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l))
	}
	ex, ey := p.x-a.x-t*dx, p.y-a.y-t*dy
	return ex*ex + ey*ey
}
