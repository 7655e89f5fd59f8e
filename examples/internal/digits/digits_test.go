package digits

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"math"
	"os"
	"reflect"
	"testing"
)

// mouseDigits are digits as a person draws them with a mouse on a 280×280 canvas:
// straight segments between the points the pointer passed, none of them a template of
// the generator. The browser test draws some of them.
var mouseDigits = [10][][][2]float64{
	0: {{{140, 40}, {90, 60}, {70, 140}, {90, 220}, {140, 240}, {190, 220}, {210, 140}, {190, 60}, {140, 40}}},
	1: {{{140, 40}, {140, 240}}},
	2: {{{80, 80}, {110, 45}, {170, 45}, {200, 85}, {180, 130}, {80, 240}, {210, 240}}},
	3: {{{80, 60}, {140, 40}, {195, 70}, {180, 120}, {130, 140}, {190, 165}, {195, 215}, {140, 245}, {80, 225}}},
	4: {{{160, 40}, {70, 170}, {210, 170}}, {{170, 100}, {170, 245}}},
	5: {{{200, 45}, {95, 45}, {85, 135}, {150, 120}, {200, 160}, {190, 220}, {140, 245}, {85, 225}}},
	6: {{{180, 45}, {120, 80}, {85, 160}, {95, 225}, {145, 245}, {190, 210}, {180, 160}, {130, 150}, {90, 185}}},
	7: {{{75, 50}, {205, 50}, {120, 245}}},
	8: {{{175, 70}, {140, 40}, {100, 65}, {110, 115}, {140, 140}, {180, 170}, {185, 220}, {140, 245}, {95, 220}, {100, 170}, {140, 140}, {170, 110}, {175, 70}}},
	9: {{{190, 90}, {150, 45}, {100, 60}, {95, 110}, {140, 135}, {190, 100}, {190, 90}, {185, 245}}},
}

// otherMouseDigits are the same digits drawn another way: an open 0, a slanted 1, a
// looped 2, a flat-topped 3, a closed 4, a 5 in two strokes, a barred 7, an 8 of two
// loops from the middle, a 9 with a slanted stem.
var otherMouseDigits = [10][][][2]float64{
	0: {{{150, 45}, {100, 70}, {85, 150}, {110, 230}, {160, 235}, {195, 160}, {185, 80}, {140, 50}}},
	1: {{{170, 40}, {120, 240}}},
	2: {{{90, 70}, {140, 40}, {190, 70}, {170, 140}, {90, 230}, {130, 215}, {200, 235}}},
	3: {{{80, 50}, {200, 50}, {130, 130}, {200, 180}, {150, 240}, {80, 220}}},
	4: {{{180, 240}, {180, 40}, {70, 180}, {220, 180}}},
	5: {{{100, 50}, {90, 130}, {160, 120}, {190, 180}, {150, 235}, {90, 220}}, {{100, 50}, {200, 50}}},
	6: {{{170, 40}, {100, 140}, {100, 220}, {150, 240}, {190, 200}, {160, 160}, {105, 170}}},
	7: {{{70, 60}, {200, 60}, {130, 240}}, {{100, 150}, {190, 150}}},
	8: {{{140, 140}, {90, 90}, {140, 40}, {190, 90}, {140, 140}, {80, 190}, {140, 240}, {200, 190}, {140, 140}}},
	9: {{{190, 60}, {140, 40}, {95, 80}, {120, 130}, {190, 100}, {190, 60}, {150, 240}}},
}

// drawing renders strokes in black on a white canvas, as the Sketchpad sends them,
// moved by (dx, dy) and scaled by s about the canvas's centre.
func drawing(strokes [][][2]float64, width, s, dx, dy float64) image.Image {
	g := NewGrid(280, 280)
	for _, st := range strokes {
		moved := make([][2]float64, len(st))
		for i, p := range st {
			moved[i] = [2]float64{140 + (p[0]-140)*s + dx, 140 + (p[1]-140)*s + dy}
		}
		g.StrokePoints(moved, width)
	}
	img := image.NewRGBA(image.Rect(0, 0, g.W, g.H))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	for i, v := range g.Pix {
		c := uint8(255 * (1 - v))
		img.Set(i%g.W, i/g.W, color.RGBA{c, c, c, 255})
	}
	return img
}

func TestMouseDigits(t *testing.T) {
	n, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	variants := []struct{ width, scale, dx, dy float64 }{
		{18, 1, 0, 0}, {8, 1, 0, 0}, {30, 1, 0, 0}, {10, 0.5, -60, -50}, {14, 0.8, 30, 20},
	}
	right, total := 0, 0
	for d := range 10 {
		for _, v := range variants {
			for _, strokes := range [][][][2]float64{mouseDigits[d], otherMouseDigits[d]} {
				p, ok := n.Classify(drawing(strokes, v.width, v.scale, v.dx, v.dy))
				if !ok {
					t.Fatalf("digit %d %+v: no ink found", d, v)
				}
				total++
				if got := Top(p); got == d {
					right++
				} else {
					t.Logf("digit %d drawn %+v: read as %d (%.2f)", d, v, got, p[got])
				}
			}
		}
	}
	t.Logf("%d of %d mouse drawings read right", right, total)
	if right < total*9/10 {
		t.Errorf("%d of %d mouse drawings read right, want 90%%", right, total)
	}
}

// The committed network keeps its accuracy on held-out synthetic digits.
func TestHeldOutAccuracy(t *testing.T) {
	n, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	acc := n.Accuracy(Synthetic(TestSize, TestSeed))
	t.Logf("held-out accuracy %.2f%% on %d synthetic digits", 100*acc, TestSize)
	if acc < 0.98 {
		t.Errorf("held-out accuracy %.4f, want at least 0.98", acc)
	}
}

// Training is deterministic; a short run shows it without the full minute of training.
func TestTrainingIsDeterministic(t *testing.T) {
	opt := TrainOptions{Hidden: 16, Epochs: 1, PerEpoch: 500}
	a, b := Train(opt, nil), Train(opt, nil)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two trainings with the same options differ")
	}
	data, _ := a.MarshalBinary()
	var c Net
	if err := c.UnmarshalBinary(data); err != nil || !reflect.DeepEqual(a, &c) {
		t.Fatalf("weights do not survive encoding: %v", err)
	}
	if err := c.UnmarshalBinary(data[:len(data)-1]); err == nil {
		t.Error("truncated weights were accepted")
	}
}

func TestNormalize(t *testing.T) {
	blank := image.NewRGBA(image.Rect(0, 0, 50, 50))
	if _, _, ok := Normalize(FromImage(blank)); ok {
		t.Error("a transparent canvas has ink")
	}
	// A black bar on white: its ink fills 20 pixels of height, centred.
	in, tr, ok := Normalize(FromImage(drawing(mouseDigits[1], 18, 1, 0, 0)))
	if !ok {
		t.Fatal("no ink")
	}
	top, bottom := Side, -1
	var mass, my float64
	for y := range Side {
		for x := range Side {
			if v := in[y*Side+x]; v > 0 {
				top, bottom = min(top, y), max(bottom, y)
				mass += float64(v)
				my += float64(v) * (float64(y) + 0.5)
			}
		}
	}
	if bottom-top+1 != 20 || math.Abs(my/mass-14) > 1 {
		t.Errorf("the one spans rows %d..%d with its centre at %.1f; want 20 rows centred on 14", top, bottom, my/mass)
	}
	// The transform maps the stroke's top back to the canvas.
	if _, y := tr.FromInput(14, float64(top)); math.Abs(y-31) > 2 {
		t.Errorf("the top row maps back to y=%.1f, want about 31", y)
	}
}

// Occlusion credits the ink of a clear drawing with the answer, and blank paper with
// nothing.
func TestOcclusion(t *testing.T) {
	n, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	in, _, _ := Normalize(FromImage(drawing(mouseDigits[7], 18, 1, 0, 0)))
	heat := n.Occlusion(&in, 7)
	var onInk, blank float32
	for i, v := range heat {
		if in[i] > 0.5 {
			onInk += v
		}
		if in[i] == 0 {
			blank = max(blank, float32(math.Abs(float64(v))))
		}
	}
	if onInk <= 0 {
		t.Errorf("the ink of a 7 scores %v for 7; want it positive", onInk)
	}
	if blank != 0 {
		t.Errorf("blank paper scores up to %v; want 0", blank)
	}
	if v := heat.At(-5, 3); v != 0 {
		t.Errorf("outside the input the map is %v", v)
	}
}

// With DIGITS_RETRAIN=1, training from scratch (about a minute) reproduces the
// committed weights byte for byte, on the processor that trained them.
func TestTrainingReproducesCommittedWeights(t *testing.T) {
	if os.Getenv("DIGITS_RETRAIN") == "" {
		t.Skip("set DIGITS_RETRAIN=1 to retrain the network (about a minute)")
	}
	data, _ := Train(TrainOptions{}, nil).MarshalBinary()
	if !bytes.Equal(data, weights) {
		t.Error("training does not reproduce weights.bin: run go run ./examples/digits/train")
	}
}
