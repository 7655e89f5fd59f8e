package main

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/internal/digits"
)

func TestRecognize(t *testing.T) {
	net, err := digits.Load()
	if err != nil {
		t.Fatal(err)
	}
	a := &app{net}
	// A blank canvas clears the outputs.
	blank := image.NewRGBA(image.Rect(0, 0, 280, 280))
	draw.Draw(blank, blank.Bounds(), image.White, image.Point{}, draw.Src)
	if conf, heat, view := a.recognize(gradio.EditorValue{Composite: blank}); conf != nil || heat.Image != nil || view != nil {
		t.Error("a blank canvas gave a result")
	}
	if conf, _, _ := a.recognize(gradio.EditorValue{}); conf != nil {
		t.Error("no canvas gave a result")
	}
	// A black 7 on white.
	g := digits.NewGrid(280, 280)
	g.StrokePoints([][2]float64{{75, 50}, {205, 50}, {120, 245}}, 18)
	img := image.NewRGBA(blank.Rect)
	for i, v := range g.Pix {
		c := uint8(255 * (1 - v))
		img.Set(i%280, i/280, color.RGBA{c, c, c, 255})
	}
	conf, heat, view := a.recognize(gradio.EditorValue{Composite: img})
	if conf["7"] < 0.9 {
		t.Errorf("confidences %v, want a 7", conf)
	}
	if len(heat.Annotations) != 2 || heat.Annotations[0].Label != "for 7" || heat.Annotations[0].Mask.Bounds() != img.Bounds() {
		t.Errorf("heat map %+v", heat.Annotations)
	}
	if view == nil || view.Bounds().Dx() != digits.Side*8 {
		t.Error("no view of the network's input")
	}
}
