// Command showcase is a Blocks app with every built-in component, each once, in tabs by
// family, with values made in Go (pictures drawn with image/draw, a chime synthesised,
// tables and charts of the planets) and a few events between them. It doubles as the
// page on which to look at every component.
//
//	go run ./examples/showcase   # then open http://127.0.0.1:7860
package main

import (
	"fmt"
	"image"
	"log"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gradio-go/gradio"
)

// planet is a row of the data tab's table.
type planet struct {
	Name     string  `gradio:"planet"`
	Kind     string  `gradio:"kind"`
	Distance float64 `gradio:"distance (AU)"`
	Radius   float64 `gradio:"radius (km)"`
	Moons    int     `gradio:"moons"`
	Rings    bool    `gradio:"rings"`
}

var planets = []planet{
	{"Mercury", "rocky", 0.39, 2440, 0, false},
	{"Venus", "rocky", 0.72, 6052, 0, false},
	{"Earth", "rocky", 1, 6371, 1, false},
	{"Mars", "rocky", 1.52, 3390, 2, false},
	{"Jupiter", "giant", 5.2, 69911, 95, true},
	{"Saturn", "giant", 9.58, 58232, 146, true},
	{"Uranus", "giant", 19.2, 25362, 28, true},
	{"Neptune", "giant", 30.05, 24622, 16, true},
}

// wave is a point of the line plot.
type wave struct {
	X      float64 `gradio:"x"`
	Y      float64 `gradio:"y"`
	Series string  `gradio:"series"`
}

// waves samples sin and cos of freq·x over one turn.
func waves(freq float64) []wave {
	var out []wave
	for i := range 61 {
		x := float64(i) * 2 * math.Pi / 60
		out = append(out, wave{math.Round(x*100) / 100, math.Sin(freq * x), "sin"}, wave{math.Round(x*100) / 100, math.Cos(freq * x), "cos"})
	}
	return out
}

// moons is the bar plot's data: the planets' moons.
type moons struct {
	Planet string `gradio:"planet"`
	Moons  int    `gradio:"moons"`
}

func moonsOf(ps []planet) []moons {
	out := make([]moons, len(ps))
	for i, p := range ps {
		out[i] = moons{p.Name, p.Moons}
	}
	return out
}

const intro = `# Showcase
Every built-in component of gradio-go, once, in tabs by family. The pictures are drawn
with ` + "`image/draw`" + `, the chime is synthesised, and **Update everything** feeds
the display tab from the first one. Markdown renders LaTeX:

$$e^{i\pi} + 1 = 0 \qquad \sum_{n=1}^{\infty} \frac{1}{n^2} = \frac{\pi^2}{6}$$`

const clientJS = `import { Client } from "@gradio/client";

const app = await Client.connect("http://127.0.0.1:7860");
const result = await app.predict("/update", ["Ada Lovelace", 42, 2]);
console.log(result.data);`

func main() {
	dir, err := os.MkdirTemp("", "showcase-*")
	if err != nil {
		log.Fatal(err)
	}
	app, err := newApp(dir)
	if err == nil {
		err = app.Launch()
	}
	os.RemoveAll(dir)
	if err != nil {
		log.Fatal(err)
	}
}

// newApp returns the showcase, with the files it offers written in dir.
func newApp(dir string) (*gradio.Blocks, error) {
	notes, table := filepath.Join(dir, "notes.txt"), filepath.Join(dir, "planets.csv")
	var csv strings.Builder
	csv.WriteString("planet,kind,distance_au,radius_km,moons,rings\n")
	for _, p := range planets {
		fmt.Fprintf(&csv, "%s,%s,%g,%g,%d,%t\n", p.Name, p.Kind, p.Distance, p.Radius, p.Moons, p.Rings)
	}
	if err := os.WriteFile(table, []byte(csv.String()), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(notes, []byte("Made by the showcase when it started.\n"), 0o644); err != nil {
		return nil, err
	}

	// Text and choices.
	name := &gradio.Textbox{Label: "Textbox", Value: "Ada Lovelace", Placeholder: "A name", Info: "Type a name, then Update everything."}
	count := &gradio.Number{Label: "Number", Value: 42}
	freq := &gradio.Slider{Label: "Slider (frequency of the line plot)", Minimum: 1, Maximum: 5, Step: 0.5, Value: 2}
	enabled := &gradio.Checkbox{Label: "Checkbox", Value: true}
	kinds := &gradio.CheckboxGroup{Label: "CheckboxGroup", Choices: []string{"images", "audio", "plots", "chat"}, Value: []string{"images", "plots"}}
	size := &gradio.Radio{Label: "Radio", Choices: []string{"small", "medium", "large"}, Value: "medium"}
	lang := &gradio.Dropdown{Label: "Dropdown", Choices: []string{"Go", "Python", "TypeScript"}, Value: "Go"}
	colour := &gradio.ColorPicker{Label: "ColorPicker", Value: "#e8590c"}
	when := &gradio.DateTime{Label: "DateTime", Value: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	update := &gradio.Button{Value: "Update everything", Variant: gradio.Primary}
	clear := &gradio.ClearButton{Value: "Clear the text", Components: []gradio.Component{name, count}}
	samples := &gradio.Dataset{Label: "Dataset (click to fill the Textbox)", Components: []gradio.Component{name},
		Samples: [][]any{{"Grace Hopper"}, {"Alan Turing"}, {"Katherine Johnson"}}}

	// Display.
	markdown := &gradio.Markdown{Value: intro}
	html := &gradio.HTML{Label: "HTML", Value: card("#e8590c", 0)}
	js := &gradio.JSON{Label: "JSON", Value: map[string]any{"app": "showcase", "tabs": []string{"Text", "Display", "Images", "Media & files", "Data", "Chat"}, "go": true}}
	label := &gradio.Label{Label: "Label", Value: map[string]float64{"landscape": 0.72, "portrait": 0.18, "abstract": 0.10}}
	highlighted := &gradio.HighlightedText{Label: "HighlightedText", ShowLegend: true, Value: entities("Ada Lovelace")}
	code := &gradio.Code{Label: "Code", Language: "javascript", Value: clientJS}

	// Images.
	photo := &gradio.Image{Label: "Image (change it: the slider shows it in sepia)"}
	editor := &gradio.ImageEditor{Label: "ImageEditor", Interactive: gradio.True}
	sketch := &gradio.Sketchpad{Label: "Sketchpad", CanvasSize: [2]int{320, 200}}
	gallery := &gradio.Gallery{Label: "Gallery", Columns: 4}
	annotated := &gradio.AnnotatedImage{Label: "AnnotatedImage"}
	slider := &gradio.ImageSlider{Label: "ImageSlider"}

	// Media and files.
	audio := &gradio.Audio{Label: "Audio"}
	video := &gradio.Video{Label: "Video (empty: no video is made in Go)"}
	file := &gradio.File{Label: "File", FileCount: "multiple"}
	upload := &gradio.UploadButton{Label: "UploadButton (shows the files above)", FileCount: "multiple"}
	download := &gradio.DownloadButton{Label: "DownloadButton"}

	// Data.
	frame := &gradio.Dataframe{Label: "Dataframe (edit the moons: the bars follow)", Value: planets, Interactive: gradio.True}
	line := &gradio.LinePlot{Label: "LinePlot", X: "x", Y: "y", Color: "series", Value: waves(2), Height: 260}
	bars := &gradio.BarPlot{Label: "BarPlot", X: "planet", Y: "moons", Value: moonsOf(planets), Height: 260, Sort: "-y"}
	scatter := &gradio.ScatterPlot{Label: "ScatterPlot", X: "distance (AU)", Y: "radius (km)", Color: "kind", Value: planets, Height: 260}
	plot := &gradio.Plot{Label: "Plot (Vega-Lite)", Value: gradio.VegaLite(vegaSpec)}

	// Chat.
	chat := &gradio.Chatbot{Label: "Chatbot", Height: 360, Value: conversation()}
	box := &gradio.MultimodalTextbox{Label: "MultimodalTextbox", Placeholder: "Write to the chat, or attach a file", FileCount: "multiple"}

	// State and Timer render nothing: the timer counts the seconds the page has been
	// open into the state, shown in the HTML card.
	seconds := &gradio.State[int]{}
	timer := &gradio.Timer{Value: 1}

	// Events.
	update.Click(func(name string, count float64, freq float64, on bool, kinds []string, size, lang, colour string, when time.Time) (map[string]any, map[string]float64, []gradio.HighlightedSpan, []wave) {
		values := map[string]any{
			"Textbox": name, "Number": count, "Slider": freq, "Checkbox": on, "CheckboxGroup": kinds,
			"Radio": size, "Dropdown": lang, "ColorPicker": colour, "DateTime": when.Format(time.RFC3339),
		}
		share := map[string]float64{"small": 0.2, "medium": 0.3, "large": 0.5}
		return values, share, entities(name), waves(freq)
	}, gradio.In(name, count, freq, enabled, kinds, size, lang, colour, when), gradio.Out(js, label, highlighted, line),
		gradio.EventOptions{APIName: "update"})
	samples.Click(func(row []any) string { s, _ := row[0].(string); return s }, gradio.In(samples), gradio.Out(name),
		gradio.EventOptions{APIName: "sample"})
	timer.Tick(func(n int, colour string) (int, string) { return n + 1, card(colour, n+1) },
		gradio.In(seconds, colour), gradio.Out(seconds, html), gradio.EventOptions{APIName: "tick", ShowProgress: "hidden"})
	colour.Change(func(n int, colour string) string { return card(colour, n) }, gradio.In(seconds, colour), gradio.Out(html),
		gradio.EventOptions{APIName: "colour"})
	photo.Change(func(img image.Image) [2]image.Image {
		if img == nil {
			return [2]image.Image{}
		}
		return [2]image.Image{img, sepia(img)}
	}, gradio.In(photo), gradio.Out(slider), gradio.EventOptions{APIName: "sepia"})
	upload.Upload(func(files []gradio.FileData) []gradio.FileData { return files }, gradio.In(upload), gradio.Out(file),
		gradio.EventOptions{APIName: "upload"})
	frame.Change(func(ps []planet) []moons { return moonsOf(ps) }, gradio.In(frame), gradio.Out(bars),
		gradio.EventOptions{APIName: "moons"})
	box.Submit(func(m gradio.MultimodalValue, history []gradio.Message) ([]gradio.Message, gradio.Update) {
		reply := fmt.Sprintf("You wrote %d characters", len([]rune(m.Text)))
		if len(m.Files) > 0 {
			reply += fmt.Sprintf(" and attached %d file(s)", len(m.Files))
		}
		history = append(history, gradio.Message{Role: "user", Content: m.Text, Files: m.Files},
			gradio.Message{Role: "assistant", Content: reply + "."})
		return history, gradio.Update{Value: gradio.MultimodalValue{}}
	}, gradio.In(box, chat), gradio.Out(chat, box), gradio.EventOptions{APIName: "chat"})

	app := &gradio.Blocks{
		Title: "Showcase",
		Children: []gradio.Component{
			markdown,
			gradio.Tabs(
				gradio.Tab("Text",
					gradio.Row(gradio.Column(name, count, freq), gradio.Column(enabled, kinds, size, lang)),
					gradio.Row(colour, when),
					gradio.Row(update, clear),
					samples,
				),
				gradio.Tab("Display",
					gradio.Row(gradio.Column(html, label), gradio.Column(js)),
					highlighted,
					gradio.Accordion("Code", code),
				),
				gradio.Tab("Images",
					gradio.Row(photo, slider),
					gradio.Row(annotated, gallery),
					gradio.Row(editor, sketch),
				),
				gradio.Tab("Media & files",
					gradio.Row(audio, video),
					gradio.Group(file, gradio.Row(upload, download)),
				),
				gradio.Tab("Data",
					frame,
					gradio.Row(line, bars),
					gradio.Row(scatter, plot),
				),
				gradio.Tab("Chat", chat, box),
			),
			timer, seconds,
		},
	}
	// The pictures, the sound and the files are values only a handler can give: the
	// page asks for them when it loads.
	app.Load(func() (image.Image, gradio.EditorValue, []gradio.GalleryItem, gradio.AnnotatedImageValue, [2]image.Image, gradio.AudioData, []gradio.FileData, gradio.FileData) {
		pic := landscape()
		return pic,
			gradio.EditorValue{Background: pic},
			[]gradio.GalleryItem{{Image: tile(0), Caption: "checkerboard"}, {Image: tile(1), Caption: "stripes"}, {Image: tile(2), Caption: "rings"}, {Image: tile(3), Caption: "gradient"}},
			gradio.AnnotatedImageValue{Image: pic, Annotations: []gradio.Annotation{
				{Label: "sun", Box: sunRect}, {Label: "house", Box: houseRect}, {Label: "hill", Mask: hillsMask()},
			}},
			[2]image.Image{pic, sepia(pic)},
			chime(),
			[]gradio.FileData{{Path: notes}, {Path: table}},
			gradio.FileData{Path: table}
	}, nil, gradio.Out(photo, editor, gallery, annotated, slider, audio, file, download), gradio.EventOptions{APIName: "load"})
	return app, nil
}

// card is the HTML component's content: a swatch of the chosen colour and the seconds
// the page has been open.
func card(colour string, seconds int) string {
	return fmt.Sprintf(`<div style="display:flex;gap:12px;align-items:center;padding:8px">
<div style="width:48px;height:48px;border-radius:8px;background:%s"></div>
<div><b>HTML</b>: the ColorPicker's colour, <code>%s</code>.<br>This page has been open for %d s (a Timer ticking into a State).</div>
</div>`, colour, colour, seconds)
}

// entities labels the words of a name and a sentence around it.
func entities(name string) []gradio.HighlightedSpan {
	return []gradio.HighlightedSpan{
		{Text: name, Label: "person"}, {Text: " wrote the first program for the "},
		{Text: "Analytical Engine", Label: "machine"}, {Text: " in "}, {Text: "London", Label: "place"},
		{Text: ", in "}, {Text: "1843", Label: "date"}, {Text: "."},
	}
}

// conversation is the chat's first value: a question, a thought and an answer with
// Markdown, code and LaTeX.
func conversation() []gradio.Message {
	return []gradio.Message{
		{Role: "user", Content: "What does this page show?"},
		{Role: "assistant", Content: "Counted the component files of the package.", Metadata: &gradio.MessageMetadata{Title: "Looking around", Status: "done", Duration: 0.4}},
		{Role: "assistant", Content: "Every built-in component, once. A chat renders **Markdown**, `code`,\n\n```go\nfmt.Println(\"hello\")\n```\n\nand LaTeX: $$\\int_0^1 x^2\\,dx = \\tfrac{1}{3}$$"},
	}
}

const vegaSpec = `{
	"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
	"description": "How a day is spent.",
	"data": {"values": [
		{"activity": "sleep", "hours": 8}, {"activity": "work", "hours": 8},
		{"activity": "reading", "hours": 2}, {"activity": "meals", "hours": 2},
		{"activity": "walks", "hours": 2}, {"activity": "other", "hours": 2}
	]},
	"mark": {"type": "arc", "innerRadius": 50},
	"encoding": {
		"theta": {"field": "hours", "type": "quantitative"},
		"color": {"field": "activity", "type": "nominal"}
	}
}`
