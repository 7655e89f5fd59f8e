package main

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/gradio-go/gradio"
)

// The pictures and the sound of the showcase, made in Go when it starts.

var (
	sunRect   = image.Rect(228, 26, 284, 82)
	houseRect = image.Rect(70, 118, 138, 178)
)

// landscape draws a 320×200 picture: a sky, a sun, two hills and a house.
func landscape() *image.NRGBA {
	const w, h = 320, 200
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		t := float64(y) / h
		sky := color.NRGBA{uint8(90 + 120*t), uint8(150 + 80*t), 235, 255}
		for x := range w {
			img.SetNRGBA(x, y, sky)
		}
	}
	// The sun: a disc with a soft edge.
	cx, cy, r := 256.0, 54.0, 24.0
	for y := sunRect.Min.Y; y < sunRect.Max.Y; y++ {
		for x := sunRect.Min.X; x < sunRect.Max.X; x++ {
			if d := math.Hypot(float64(x)-cx, float64(y)-cy); d < r {
				img.SetNRGBA(x, y, color.NRGBA{255, 214, 64, 255})
			} else if d < r+2 {
				img.SetNRGBA(x, y, blend(img.NRGBAAt(x, y), color.NRGBA{255, 214, 64, 255}, (r+2-d)/2))
			}
		}
	}
	// Two hills, the far one lighter.
	for x := range w {
		far := 120 + 22*math.Sin(float64(x)/45)
		near := 150 + 16*math.Sin(float64(x)/30+2)
		for y := range h {
			switch {
			case float64(y) > near:
				img.SetNRGBA(x, y, color.NRGBA{58, 140, 62, 255})
			case float64(y) > far:
				img.SetNRGBA(x, y, color.NRGBA{112, 178, 98, 255})
			}
		}
	}
	// The house: walls, a door, a window and a roof.
	walls := image.Rect(houseRect.Min.X+6, houseRect.Min.Y+24, houseRect.Max.X-6, houseRect.Max.Y)
	draw.Draw(img, walls, image.NewUniform(color.NRGBA{236, 222, 196, 255}), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(walls.Min.X+10, walls.Max.Y-24, walls.Min.X+24, walls.Max.Y), image.NewUniform(color.NRGBA{120, 72, 40, 255}), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(walls.Max.X-26, walls.Min.Y+8, walls.Max.X-10, walls.Min.Y+22), image.NewUniform(color.NRGBA{120, 190, 230, 255}), image.Point{}, draw.Src)
	for y := houseRect.Min.Y; y < walls.Min.Y; y++ {
		half := (y - houseRect.Min.Y) * houseRect.Dx() / 2 / (walls.Min.Y - houseRect.Min.Y)
		mid := (houseRect.Min.X + houseRect.Max.X) / 2
		for x := mid - half; x <= mid+half; x++ {
			img.SetNRGBA(x, y, color.NRGBA{178, 58, 48, 255})
		}
	}
	return img
}

// hillsMask is the near hill of the landscape, as a mask.
func hillsMask() *image.Alpha {
	m := image.NewAlpha(image.Rect(0, 0, 320, 200))
	for x := range 320 {
		near := 150 + 16*math.Sin(float64(x)/30+2)
		for y := range 200 {
			if float64(y) > near {
				m.SetAlpha(x, y, color.Alpha{255})
			}
		}
	}
	return m
}

func blend(a, b color.NRGBA, t float64) color.NRGBA {
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t) }
	return color.NRGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 255}
}

// sepia returns a warm, old-photograph copy of an image.
func sepia(src image.Image) image.Image {
	b := src.Bounds()
	out := image.NewNRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBAModel.Convert(src.At(x, y)).(color.NRGBA)
			r, g, bl := float64(c.R), float64(c.G), float64(c.B)
			clip := func(v float64) uint8 { return uint8(min(v, 255)) }
			out.SetNRGBA(x, y, color.NRGBA{clip(.393*r + .769*g + .189*bl), clip(.349*r + .686*g + .168*bl), clip(.272*r + .534*g + .131*bl), c.A})
		}
	}
	return out
}

// tile draws one of four 160×160 patterns.
func tile(kind int) image.Image {
	const n = 160
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	for y := range n {
		for x := range n {
			var c color.NRGBA
			switch kind {
			case 0: // a checkerboard
				c = color.NRGBA{40, 40, 60, 255}
				if (x/20+y/20)%2 == 0 {
					c = color.NRGBA{240, 200, 80, 255}
				}
			case 1: // stripes
				c = color.NRGBA{230, 90, 70, 255}
				if (x+y)/14%2 == 0 {
					c = color.NRGBA{250, 240, 225, 255}
				}
			case 2: // rings
				d := math.Hypot(float64(x-n/2), float64(y-n/2))
				v := uint8(128 + 127*math.Cos(d/6))
				c = color.NRGBA{40, v, 200, 255}
			default: // a gradient
				c = color.NRGBA{uint8(x * 255 / n), uint8(y * 255 / n), 160, 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

// chime synthesises two seconds of a C major arpeggio, each note with a soft attack
// and a decay, at 22,050 samples per second.
func chime() gradio.AudioData {
	const rate = 22050
	notes := []float64{261.63, 329.63, 392.00, 523.25} // C4 E4 G4 C5
	samples := make([]float32, 2*rate)
	for i, f := range notes {
		start := i * rate / 4
		for j := range samples[start:] {
			t := float64(j) / rate
			env := math.Min(t/0.01, 1) * math.Exp(-3*t)
			v := env * (math.Sin(2*math.Pi*f*t) + 0.3*math.Sin(4*math.Pi*f*t)) * 0.2
			samples[start+j] += float32(v)
		}
	}
	return gradio.AudioData{SampleRate: rate, Channels: 1, Samples: samples}
}
