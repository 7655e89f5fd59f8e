// Command themebuilder builds a theme with live preview: pick a starting theme, hues,
// sizes and fonts, and the page restyles itself as you go and shows the Go code that
// makes the same theme. The footer's switch previews dark mode.
package main

import (
	"log"

	"github.com/gradio-go/gradio"
)

// applyCSS runs in the page: it puts the built theme after the page's own, so that it
// wins, and rebuilds nothing else.
const applyCSS = `(css) => {
	let style = document.getElementById("theme-preview");
	if (!style) {
		style = document.createElement("style");
		style.id = "theme-preview";
		document.head.append(style);
	}
	style.textContent = css;
}`

func main() {
	base := &gradio.Dropdown{Label: "Start from", Choices: []string{"default", "base", "soft", "monochrome", "glass"}, Value: "default"}
	primary := &gradio.Dropdown{Label: "Primary hue", Choices: withAsTheme(hueNames), Value: asTheme}
	secondary := &gradio.Dropdown{Label: "Secondary hue", Choices: withAsTheme(hueNames), Value: asTheme}
	neutral := &gradio.Dropdown{Label: "Neutral hue", Choices: withAsTheme(hueNames), Value: asTheme}
	text := &gradio.Radio{Label: "Text size", Choices: withAsTheme([]string{"sm", "md", "lg"}), Value: asTheme}
	spacing := &gradio.Radio{Label: "Spacing", Choices: withAsTheme([]string{"sm", "md", "lg"}), Value: asTheme}
	radius := &gradio.Radio{Label: "Corner radius", Choices: withAsTheme([]string{"none", "sm", "md", "lg", "xxl"}), Value: asTheme}
	font := &gradio.Textbox{Label: "Font stack", Placeholder: "Georgia, serif", Info: "Fonts installed on the visitor's machine, or those the app embeds: IBM Plex Sans, IBM Plex Mono, Source Sans 3."}
	css := &gradio.Textbox{Label: "CSS", Visible: gradio.False}
	code := &gradio.Markdown{Value: "```go\nt := theme.Default()\napp.Launch(gradio.WithTheme(t))\n```"}

	controls := []gradio.Component{base, primary, secondary, neutral, text, spacing, radius, font}
	var triggers []gradio.Trigger
	for _, c := range controls {
		triggers = append(triggers, gradio.Trigger{Source: c, Event: gradio.EventChange})
	}
	// always_last: when controls change during a build, the latest values win.
	gradio.On(triggers, build, gradio.In(controls...), gradio.Out(css, code), gradio.EventOptions{TriggerMode: "always_last"}).
		Success(nil, gradio.In(css), nil, gradio.EventOptions{JS: applyCSS})

	// What the theme styles.
	preview := gradio.Column(
		&gradio.Textbox{Label: "Name", Placeholder: "Ada", Info: "A textbox"},
		&gradio.Slider{Label: "Temperature", Minimum: 0, Maximum: 1, Value: 0.4},
		&gradio.CheckboxGroup{Label: "Toppings", Choices: []string{"Cheese", "Ham", "Olives"}, Value: []string{"Ham"}},
		gradio.Row(&gradio.Button{Value: "Primary", Variant: gradio.Primary}, &gradio.Button{Value: "Secondary"}, &gradio.Button{Value: "Stop", Variant: gradio.Stop}),
		gradio.Accordion("An accordion", &gradio.Markdown{Value: "Text with a [link](https://example.com) and `code`."}),
	)
	app := &gradio.Blocks{Title: "Theme builder", Children: []gradio.Component{
		&gradio.Markdown{Value: "# Theme builder\nChange the theme on the left; the page restyles itself, and the Go code below makes the same theme."},
		gradio.Row(gradio.Column(append(controls, css)...), preview),
		code,
	}}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
