package theme_test

import (
	"fmt"
	"strings"

	"github.com/gradio-go/gradio/theme"
)

// A built-in theme, changed: other hues, rounder corners, and one variable set for dark
// mode only.
func Example() {
	t := theme.Soft()
	t.Primary = theme.Emerald
	t.Radius = theme.RadiusXXL
	t.Set("button_primary_background_fill_dark", "*primary_700")
	if err := t.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	v, _ := t.Value("button_primary_background_fill", true)
	fmt.Println("primary button in dark mode:", v)
	// Output: primary button in dark mode: #047857
}

// A theme as a struct literal: fields left empty take the Base theme's values.
func ExampleTheme() {
	t := &theme.Theme{Name: "brand", Primary: theme.Violet, Font: []string{"Inter", "sans-serif"}}
	css, _ := t.CSS()
	for _, line := range strings.Split(css, "\n") {
		if strings.HasPrefix(line, "  --primary-500:") || strings.HasPrefix(line, "  --font:") {
			fmt.Println(line)
		}
	}
	// Output:
	//   --primary-500: #8b5cf6;
	//   --font: "Inter", sans-serif;
}

// Mistakes are reported with the variable's name, and a suggestion for a typo.
func ExampleTheme_Set() {
	t := theme.Default().Set("body_text_colour", "#333").Set("block_radius", "*radius_huge")
	fmt.Println(t.Validate())
	// Output:
	// theme: block_radius: "*radius_huge" refers to *radius_huge, which is not a theme variable
	// theme: unknown variable "body_text_colour" (did you mean "body_text_color"?)
}

func ExampleByName() {
	t, err := theme.ByName("monochrome")
	fmt.Println(t.Name, err)
	_, err = theme.ByName("neon")
	fmt.Println(err)
	// Output:
	// monochrome <nil>
	// theme: no built-in theme "neon" (there are base, default, glass, monochrome, soft)
}

// A theme that names an embedded family loads it from the app; fonts installed on the
// visitor's system load nothing.
func ExampleEmbeddedFonts() {
	fmt.Println(theme.EmbeddedFonts())
	t := theme.Monochrome()
	t.Font = append([]string{"IBM Plex Sans"}, theme.SystemFont()...)
	css, _ := t.CSS()
	fmt.Println(strings.Count(css, "@font-face"), "faces")
	t.Font, t.FontMono = theme.SystemFont(), theme.SystemFontMono()
	css, _ = t.CSS()
	fmt.Println(strings.Count(css, "@font-face"), "faces")
	// Output:
	// [IBM Plex Sans IBM Plex Mono Source Sans 3]
	// 6 faces
	// 0 faces
}
