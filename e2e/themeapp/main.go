// Command themeapp is the browser tests' app for themes, dark mode, custom CSS, JS and
// head, and custom components. It serves one app per theme under a path of its own:
// / (the default theme, with custom CSS, JS, head and a custom component), /soft/,
// /monochrome/, /glass/, /base/, /dark/ (the default theme forced dark) and /custom/ (a
// theme with overridden variables), and /i18n/ (texts in the visitor's language).
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/rating/stars"
	"github.com/gradio-go/gradio/theme"
)

func ratedText(n int) string { return fmt.Sprintf("rated %d", n) }

// partsCSS styles the components' named parts (docs/styling.md), as an app's CSS would:
// built-in components with attribute selectors, the custom component's shadow parts with
// ::part(). The last rule is one that cannot apply (the built-ins have no shadow root),
// which the browser test checks, as the documentation says.
const partsCSS = `
#name [part~="label"] { text-transform: uppercase; }
#name [part~="input"] { text-align: center; }
#greet [part~="button"] { text-transform: lowercase; }
#size [part~="choice"]:has(input:checked) { outline: 2px solid rgb(0, 128, 0); }
gradio-star_rating::part(label) { font-style: italic; }
#name::part(input), #name gradio-textbox::part(input) { text-decoration-line: line-through; }
`

// showcase is one of each common component, so that a screenshot shows what a theme
// changes.
func showcase(extra ...gradio.Component) []gradio.Component {
	name := &gradio.Textbox{Label: "Name", Placeholder: "Your name", ElemID: "name", ElemClasses: []string{"tall", "styled"}}
	out := &gradio.Textbox{Label: "Greeting", Interactive: gradio.False, ElemID: "greeting"}
	greet := &gradio.Button{Value: "Greet", Variant: gradio.Primary, ElemID: "greet"}
	greet.Click(func(s string) string { return "Hello, " + s + "!" }, gradio.In(name), gradio.Out(out))
	children := []gradio.Component{
		&gradio.Markdown{Value: "# Themes\nA [link](https://example.com), `code` and **bold** text."},
		gradio.Row(
			gradio.Column(name, &gradio.Number{Label: "Age", Value: 42}, &gradio.Slider{Label: "Temperature", Minimum: 0, Maximum: 1, Value: 0.7, Info: "How creative"}),
			gradio.Column(&gradio.Checkbox{Label: "Subscribe", Value: true},
				&gradio.Radio{Label: "Size", Choices: []string{"S", "M", "L"}, Value: "M", ElemID: "size"},
				&gradio.CheckboxGroup{Label: "Toppings", Choices: []string{"Cheese", "Ham", "Olives"}, Value: []string{"Cheese"}},
				&gradio.Dropdown{Label: "Country", Choices: []string{"France", "Japan", "Peru"}, Value: "Japan"}),
		),
		gradio.Row(greet, &gradio.Button{Value: "Secondary", ElemID: "secondary"}, &gradio.Button{Value: "Stop", Variant: gradio.Stop}),
		out,
		gradio.Tabs(gradio.Tab("First", &gradio.Code{Value: "def main():\n    print(\"hi\")  # a comment\n    return 42", Language: "python"}), gradio.Tab("Second", &gradio.JSON{Value: map[string]any{"a": 1}})),
		gradio.Accordion("More", &gradio.Label{Value: map[string]float64{"cat": 0.8, "dog": 0.2}}),
	}
	return append(children, extra...)
}

func build(opts []gradio.Option, b *gradio.Blocks) http.Handler {
	app, err := b.Build(opts...)
	if err != nil {
		log.Fatal(err)
	}
	return app
}

func main() {
	dir, err := os.MkdirTemp("", "themeapp")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	cssFile := filepath.Join(dir, "extra.css")
	headFile := filepath.Join(dir, "extra.html")
	os.WriteFile(cssFile, []byte(".styled textarea, .styled input { letter-spacing: 2px; }"), 0o644)
	os.WriteFile(headFile, []byte(`<meta name="from-head-path" content="yes">`), 0o644)

	rating := &stars.Rating{Label: "Rate"}
	rated := &gradio.Textbox{Label: "Rated", ElemID: "rated"}
	gradio.On([]gradio.Trigger{{Source: rating, Event: gradio.EventChange}}, ratedText, gradio.In(rating), gradio.Out(rated))
	main := &gradio.Blocks{
		Title:     "Themes",
		Children:  showcase(rating, rated),
		CSS:       "#greet { outline: 3px solid rgb(255, 0, 255); } .tall textarea, .tall input { min-height: 50px; }" + partsCSS,
		JS:        "() => { document.body.dataset.appJs = 'ran'; }",
		Head:      `<meta name="from-head" content="yes"><script>window.fromHead = 42;</script>`,
		CSSPaths:  []string{cssFile},
		HeadPaths: []string{headFile},
	}
	custom := &theme.Theme{Name: "custom", Primary: theme.Green}
	custom.Set("button_primary_background_fill", "rgb(1, 2, 3)").Set("button_primary_background_fill_dark", "rgb(4, 5, 6)").Set("block_radius", "0px")

	mux := http.NewServeMux()
	mux.Handle("/", build(nil, main))
	mount := func(prefix string, opts ...gradio.Option) {
		mux.Handle(prefix+"/", http.StripPrefix(prefix, build(opts, &gradio.Blocks{Title: prefix, Children: showcase()})))
	}
	mount("/soft", gradio.WithTheme(theme.Soft()))
	mount("/monochrome", gradio.WithTheme(theme.Monochrome()))
	mount("/glass", gradio.WithTheme(theme.Glass()))
	mount("/base", gradio.WithTheme(theme.Base()))
	mount("/dark", gradio.WithThemeMode(theme.Dark))
	mount("/custom", gradio.WithTheme(custom))

	// /i18n/: texts in the visitor's language.
	tr := gradio.I18n{"en": {"name": "Name", "hint": "Your name"}, "fr": {"name": "Nom", "hint": "Votre nom"}}
	mux.Handle("/i18n/", http.StripPrefix("/i18n", build([]gradio.Option{gradio.WithI18n(tr)}, &gradio.Blocks{Children: []gradio.Component{
		&gradio.Textbox{Label: tr.T("name"), Placeholder: tr.T("hint"), ElemID: "i18n-name"},
		gradio.Tabs(gradio.Tab(tr.T("name"), &gradio.Markdown{Value: "tab"})),
	}})))

	addr := os.Getenv("GRADIO_SERVER_NAME") + ":" + os.Getenv("GRADIO_SERVER_PORT")
	if addr == ":" {
		addr = "127.0.0.1:7860"
	}
	log.Printf("serving on http://%s", addr)
	log.Fatal(http.ListenAndServe(addr, mux))
}
