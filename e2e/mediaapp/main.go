// Command mediaapp is the app the media tests drive: one echo endpoint per media
// component, for the official client's handle_file round trips, and a gallery whose
// selections are counted, for the browser.
package main

import (
	"fmt"
	"image"
	"image/color"
	"log"

	"github.com/gradio-go/gradio"
)

func swatch(c color.Color) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 16, 16))
	for y := range 16 {
		for x := range 16 {
			img.Set(x, y, c)
		}
	}
	return img
}

func main() {
	img, imgOut := &gradio.Image{Label: "Image"}, &gradio.Image{Label: "Image out"}
	aud, audOut := &gradio.Audio{Label: "Audio"}, &gradio.Audio{Label: "Audio out"}
	vid, vidOut := &gradio.Video{Label: "Video"}, &gradio.Video{Label: "Video out"}
	gal := &gradio.Gallery{Label: "Gallery"}
	slider := &gradio.ImageSlider{Label: "Slider"}
	ann := &gradio.AnnotatedImage{Label: "Annotated"}
	up := &gradio.UploadButton{Label: "Upload"}
	down := &gradio.DownloadButton{Label: "Download"}
	editor := &gradio.ImageEditor{Label: "Editor"}
	selected := &gradio.Textbox{Label: "Selected"}
	count := &gradio.State[int]{}
	run := &gradio.Button{Value: "Run"}

	run.Click(func(i image.Image) image.Image { return i }, gradio.In(img), gradio.Out(imgOut), gradio.EventOptions{APIName: "image"})
	run.Click(func(a gradio.AudioData) gradio.AudioData { return a }, gradio.In(aud), gradio.Out(audOut), gradio.EventOptions{APIName: "audio"})
	run.Click(func(v gradio.FileData) gradio.FileData { return v }, gradio.In(vid), gradio.Out(vidOut), gradio.EventOptions{APIName: "video"})
	run.Click(func(items []gradio.GalleryItem) []gradio.GalleryItem { return items }, gradio.In(gal), gradio.Out(gal), gradio.EventOptions{APIName: "gallery"})
	run.Click(func(p [2]image.Image) [2]image.Image { return [2]image.Image{p[1], p[0]} }, gradio.In(slider), gradio.Out(slider), gradio.EventOptions{APIName: "imageslider"})
	run.Click(func(i image.Image) gradio.AnnotatedImageValue {
		b := i.Bounds()
		return gradio.AnnotatedImageValue{Image: i, Annotations: []gradio.Annotation{
			{Label: "left half", Box: image.Rect(b.Min.X, b.Min.Y, b.Min.X+b.Dx()/2, b.Max.Y)},
		}}
	}, gradio.In(img), gradio.Out(ann), gradio.EventOptions{APIName: "annotate"})
	run.Click(func(e gradio.EditorValue) gradio.EditorValue { return e }, gradio.In(editor), gradio.Out(editor), gradio.EventOptions{APIName: "editor"})
	up.Upload(func(f gradio.FileData) gradio.FileData { return f }, gradio.In(up), gradio.Out(down), gradio.EventOptions{APIName: "uploadbutton"})

	// The gallery is filled on load; each selection is counted.
	app := &gradio.Blocks{
		Title: "Media",
		Children: []gradio.Component{
			gradio.Row(img, imgOut), gradio.Row(aud, audOut), gradio.Row(vid, vidOut),
			gal, selected, slider, ann, editor, gradio.Row(up, down), run,
		},
	}
	app.Load(func() []gradio.GalleryItem {
		return []gradio.GalleryItem{
			{Image: swatch(color.NRGBA{R: 255, A: 255}), Caption: "red"},
			{Image: swatch(color.NRGBA{G: 255, A: 255}), Caption: "green"},
			{Image: swatch(color.NRGBA{B: 255, A: 255}), Caption: "blue"},
		}
	}, nil, gradio.Out(gal), gradio.EventOptions{APIName: "fill"})
	gal.Select(func(n int) (int, string) { return n + 1, fmt.Sprintf("selected %d time(s)", n+1) },
		gradio.In(count), gradio.Out(count, selected), gradio.EventOptions{APIName: "select"})

	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
