// Command sepia is an image model in miniature: an image goes in as an image.Image, a
// sepia-toned copy comes out.
//
//	go run ./examples/sepia   # then open http://127.0.0.1:7860
package main

import (
	"image"
	"image/color"
	"log"

	"github.com/disintegration/imaging"

	"github.com/gradio-go/gradio"
)

// sepia tones an image with the classic sepia matrix, applied by imaging in parallel.
func sepia(img image.Image) image.Image {
	return imaging.AdjustFunc(img, func(c color.NRGBA) color.NRGBA {
		r, g, b := float64(c.R), float64(c.G), float64(c.B)
		return color.NRGBA{
			R: clamp(0.393*r + 0.769*g + 0.189*b),
			G: clamp(0.349*r + 0.686*g + 0.168*b),
			B: clamp(0.272*r + 0.534*g + 0.131*b),
			A: c.A,
		}
	})
}

func clamp(v float64) uint8 {
	if v > 255 {
		return 255
	}
	return uint8(v)
}

func main() {
	app := &gradio.Interface{
		Fn:          sepia, // served as /sepia
		Inputs:      []gradio.Component{&gradio.Image{Label: "Photo"}},
		Outputs:     []gradio.Component{&gradio.Image{Label: "Sepia"}},
		Title:       "Sepia",
		Description: "Upload a photo, paste one, or take one with your camera.",
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
