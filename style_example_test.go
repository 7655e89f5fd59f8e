package gradio_test

import (
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing/fstest"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/theme"
)

// An app picks its look with WithTheme, and can start in dark mode with WithThemeMode;
// the page carries the theme as CSS variables, also served at theme.css.
func ExampleWithTheme() {
	t := theme.Soft()
	t.Primary = theme.Emerald
	t.Set("block_radius", "0px")
	app, err := (&gradio.Blocks{Children: []gradio.Component{&gradio.Textbox{Label: "Name"}}}).
		Build(gradio.WithTheme(t), gradio.WithThemeMode(theme.Dark))
	if err != nil {
		panic(err)
	}
	defer app.Close()

	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest("GET", "/theme.css", nil))
	css, _ := io.ReadAll(rec.Body)
	for _, line := range strings.Split(string(css), "\n") {
		if strings.Contains(line, "--primary-500:") || strings.Contains(line, "--block-radius:") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// --primary-500: #10b981;
	// --block-radius: 0px;
}

// A theme with a mistake is reported by Build, with the variable's name.
func ExampleWithTheme_error() {
	t := theme.Default().Set("button_primary_text_colour", "red")
	_, err := (&gradio.Blocks{}).Build(gradio.WithTheme(t))
	fmt.Println(err)
	// Output: gradio: WithTheme: theme: unknown variable "button_primary_text_colour" (did you mean "button_primary_text_color"?)
}

// Counter is a custom component: a Go type whose element is a JavaScript module the app
// serves (see examples/rating for a complete one, with a value and events).
type Counter struct{}

func (*Counter) Kind() string          { return "counter" }
func (*Counter) Props() map[string]any { return map[string]any{"label": "Clicks"} }
func (*Counter) Module() (fs.FS, string) {
	return fstest.MapFS{"counter.js": {Data: []byte(`customElements.define("gradio-counter", class extends HTMLElement {})`)}}, "counter.js"
}

var _ gradio.CustomComponent = (*Counter)(nil)

func ExampleCustomComponent() {
	app, err := (&gradio.Blocks{Children: []gradio.Component{&Counter{}}}).Build()
	if err != nil {
		panic(err)
	}
	defer app.Close()
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest("GET", "/custom_component/counter/counter.js", nil))
	fmt.Println(rec.Code, rec.Body.String())
	// Output: 200 customElements.define("gradio-counter", class extends HTMLElement {})
}

// An app serves font files of its own with an Extension, a route at the app's root, and
// declares them in its CSS with a URL relative to the page; the theme names the family.
// (The built-in themes' fonts need none of this: see theme.EmbeddedFonts.)
func ExampleWithExtension_fonts() {
	fonts := fstest.MapFS{"fonts/inter.woff2": {Data: []byte("wOF2...")}} // an embed.FS in a real app
	fontRoute := func(*gradio.App) (string, http.Handler, error) {
		return "GET /fonts/", http.FileServerFS(fonts), nil
	}
	t := theme.Default()
	t.Font = append([]string{"Inter"}, theme.SystemFont()...)
	b := &gradio.Blocks{
		CSS:      `@font-face { font-family: "Inter"; font-display: swap; src: url("fonts/inter.woff2") format("woff2"); }`,
		Children: []gradio.Component{&gradio.Textbox{Label: "Name"}},
	}
	app, err := b.Build(gradio.WithTheme(t), gradio.WithExtension(fontRoute))
	if err != nil {
		panic(err)
	}
	defer app.Close()

	// Mounted under a prefix, the page at /demo/ finds the font at /demo/fonts/inter.woff2.
	mux := http.NewServeMux()
	mux.Handle("/demo/", http.StripPrefix("/demo", app))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/demo/fonts/inter.woff2", nil))
	fmt.Println(rec.Code, rec.Body.String())
	// Output: 200 wOF2...
}
