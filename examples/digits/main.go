// Command digits recognizes a digit drawn on a sketchpad, as you draw it, and shows
// why: an occlusion heat map over the drawing, and the 28×28 image the network reads.
//
//	go run ./examples/digits   # then open http://127.0.0.1:7860
//
// The network is a two-layer perceptron trained by `go run ./examples/digits/train` on
// digits that program synthesizes from stroke templates; see
// examples/internal/digits.
package main

import (
	"fmt"
	"image"
	"image/color"
	"log"
	"math"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/internal/digits"
)

// app holds the network the handler uses.
type app struct{ net *digits.Net }

// recognize reads the drawing: the confidence of each digit, the drawing with the ink
// that argued for and against the answer, and the network's view of it. A blank
// canvas clears the three.
func (a *app) recognize(sketch gradio.EditorValue) (map[string]float64, gradio.AnnotatedImageValue, image.Image) {
	if sketch.Composite == nil {
		return nil, gradio.AnnotatedImageValue{}, nil
	}
	in, tr, ok := digits.Normalize(digits.FromImage(sketch.Composite))
	if !ok {
		return nil, gradio.AnnotatedImageValue{}, nil
	}
	p := a.net.Predict(&in)
	conf := make(map[string]float64, len(p))
	for d, v := range p {
		conf[fmt.Sprint(d)] = float64(v)
	}
	top := digits.Top(p)
	heat := a.net.Occlusion(&in, top)
	return conf, heatMap(sketch.Composite, tr, &heat, top), seen(&in)
}

// heatMap lays the occlusion map over the faded drawing, as two masks: red where the
// ink supported the answer, blue where it argued against it, stronger where it
// mattered more.
func heatMap(drawing image.Image, tr digits.Transform, heat *digits.HeatMap, top int) gradio.AnnotatedImageValue {
	peak := float32(0)
	for _, v := range heat {
		peak = max(peak, float32(math.Abs(float64(v))))
	}
	b := drawing.Bounds()
	pos := image.NewAlpha(image.Rect(0, 0, b.Dx(), b.Dy()))
	neg := image.NewAlpha(pos.Rect)
	if peak > 0 {
		for y := range b.Dy() {
			for x := range b.Dx() {
				ix, iy := tr.ToInput(float64(x)+0.5, float64(y)+0.5)
				v := heat.At(ix, iy) / peak
				// The square root lifts the middling scores, which the frontend's
				// translucent masks would otherwise hide.
				a := uint8(math.Sqrt(min(1, math.Abs(float64(v)))) * 255)
				switch {
				case v > 0.05:
					pos.SetAlpha(x, y, color.Alpha{a})
				case v < -0.05:
					neg.SetAlpha(x, y, color.Alpha{a})
				}
			}
		}
	}
	return gradio.AnnotatedImageValue{Image: faded(drawing), Annotations: []gradio.Annotation{
		{Label: fmt.Sprintf("for %d", top), Mask: pos},
		{Label: fmt.Sprintf("against %d", top), Mask: neg},
	}}
}

// faded redraws the ink in light grey, for the heat map's colours to show over it.
func faded(drawing image.Image) image.Image {
	g := digits.FromImage(drawing)
	img := image.NewGray(image.Rect(0, 0, g.W, g.H))
	for i, v := range g.Pix {
		img.Pix[i] = uint8(255 - 70*v)
	}
	return img
}

// seen draws the network's input eight times larger, ink in black.
func seen(in *digits.Input) image.Image {
	const zoom = 8
	img := image.NewGray(image.Rect(0, 0, digits.Side*zoom, digits.Side*zoom))
	for y := range img.Rect.Dy() {
		for x := range img.Rect.Dx() {
			v := in[(y/zoom)*digits.Side+x/zoom]
			img.SetGray(x, y, color.Gray{uint8(255 * (1 - v))})
		}
	}
	return img
}

func main() {
	net, err := digits.Load()
	if err != nil {
		log.Fatal(err)
	}
	a := &app{net}
	colors := map[string]string{}
	for d := range 10 {
		colors[fmt.Sprintf("for %d", d)] = "#ef4444"
		colors[fmt.Sprintf("against %d", d)] = "#3b82f6"
	}
	sketch := &gradio.Sketchpad{
		Label: "Draw a digit", CanvasSize: [2]int{280, 280}, Brush: gradio.Brush{DefaultSize: 18},
		Transforms: []string{}, Layers: gradio.False,
	}
	label := &gradio.Label{Label: "Digit", NumTopClasses: 3}
	heat := &gradio.AnnotatedImage{Label: "Why: the ink that decided it", ColorMap: colors}
	view := &gradio.Image{Label: "What the network sees (28×28)", Interactive: gradio.False}
	sketch.Change(a.recognize, gradio.In(sketch), gradio.Out(label, heat, view),
		gradio.EventOptions{APIName: "recognize", TriggerMode: "always_last", ShowProgress: "minimal"})
	demo := &gradio.Blocks{Title: "Digits", Children: []gradio.Component{
		&gradio.Markdown{Value: "# Digits\nDraw one digit, 0 to 9, with the mouse, a finger or a pen: the network reads it as you draw. " +
			"The heat map shows the ink that mattered, found by blanking the drawing patch by patch: " +
			"**red** ink made the network surer of its answer, **blue** ink less sure."},
		gradio.Row(
			gradio.Column(sketch),
			gradio.Column(label, heat, view),
		),
		&gradio.Markdown{Value: "A two-layer perceptron (784 → 64 → 10) trained in Go on 96,000 synthetic digits, drawn from stroke templates with random slant, wobble and pen width (99.6% on held-out synthetic digits). " +
			"The drawing is prepared as MNIST's digits were: cropped, scaled into 20×20 pixels and centred by its mass in 28×28."},
	}}
	if err := demo.Launch(); err != nil {
		log.Fatal(err)
	}
}
