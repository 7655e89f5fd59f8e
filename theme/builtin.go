package theme

import (
	"fmt"
	"slices"
	"strings"
)

// The built-in themes follow Gradio's of the same names: the same hues, sizes and
// intent, with values of our own. Each call returns a new Theme, which the caller may
// change freely.

// Base is the plain theme every other builds on: blue accents on zinc greys, medium
// sizes, IBM Plex Sans and IBM Plex Mono (embedded, as in Gradio's Base). It is what
// the zero Theme renders.
func Base() *Theme {
	return &Theme{Name: "base", Primary: Blue, Secondary: Blue, Neutral: Zinc, Text: TextMD, Spacing: SpacingMD, Radius: RadiusMD}
}

// Default is the theme an app gets when it names none: orange actions on zinc greys,
// with a light shadow under each block, in Source Sans 3 (the new name of the Source
// Sans Pro that Gradio's default names; embedded), like Gradio's default.
func Default() *Theme {
	t := Base()
	t.Name, t.Primary = "default", Orange
	t.Font = append([]string{"Source Sans 3"}, SystemFont()...)
	return t.Set("block_shadow", "*shadow_drop").
		Set("button_shadow", "*shadow_drop").
		Set("stat_background_fill", "linear-gradient(to right, *primary_400, *primary_200)").
		Set("stat_background_fill_dark", "linear-gradient(to right, *primary_400, *primary_600)")
}

// Soft has rounder corners, borderless blocks lifted by shadows on a tinted page, and
// indigo accents, in the system's sans-serif font (Gradio's Soft names Montserrat, which
// is not embedded).
func Soft() *Theme {
	t := &Theme{Name: "soft", Primary: Indigo, Secondary: Indigo, Neutral: Gray, Text: TextMD, Spacing: SpacingMD, Radius: RadiusLG, Font: SystemFont()}
	return t.Set("background_fill_primary", "*neutral_50").
		Set("block_background_fill", "white").
		Set("block_background_fill_dark", "*neutral_800").
		Set("block_border_width", "0px").
		Set("block_shadow", "0 1px 4px 0 rgb(0 0 0 / 0.1)").
		Set("block_title_text_color", "*primary_500").
		Set("block_title_text_color_dark", "*primary_300").
		Set("panel_border_width", "0px").
		Set("input_border_color", "*neutral_200").
		Set("input_border_color_dark", "*neutral_600").
		Set("input_shadow", "*shadow_drop").
		Set("input_border_color_focus", "*primary_300").
		Set("button_shadow", "0 2px 5px 0 rgb(0 0 0 / 0.1)").
		Set("button_primary_background_fill_hover", "*primary_400").
		Set("button_primary_background_fill_hover_dark", "*primary_500").
		Set("button_secondary_background_fill", "white").
		Set("button_secondary_background_fill_dark", "*neutral_700").
		Set("button_secondary_background_fill_hover", "*neutral_100").
		Set("button_secondary_background_fill_hover_dark", "*primary_500").
		Set("button_secondary_border_color", "*neutral_200").
		Set("checkbox_label_background_fill_selected", "*primary_500").
		Set("checkbox_label_background_fill_selected_dark", "*primary_600").
		Set("checkbox_label_text_color_selected", "white")
}

// Monochrome is black and white with square corners and generous spacing, in the
// system's sans-serif font (Gradio's names Quicksand, which is not embedded).
func Monochrome() *Theme {
	t := &Theme{Name: "monochrome", Primary: Neutral, Secondary: Neutral, Neutral: Neutral, Text: TextMD, Spacing: SpacingLG, Radius: RadiusNone, Font: SystemFont()}
	return t.Set("body_text_color", "*neutral_900").
		Set("body_text_color_subdued", "*neutral_600").
		Set("block_title_text_color", "*body_text_color").
		Set("block_label_text_color", "*body_text_color").
		Set("color_accent", "*neutral_900").
		Set("color_accent_dark", "*neutral_300").
		Set("input_border_color_focus", "*neutral_900").
		Set("input_border_color_focus_dark", "*neutral_300").
		Set("background_fill_primary_dark", "*neutral_900").
		Set("background_fill_secondary_dark", "*neutral_800").
		Set("block_background_fill_dark", "*neutral_800").
		Set("input_background_fill_dark", "*neutral_700").
		Set("button_primary_background_fill", "*neutral_900").
		Set("button_primary_background_fill_hover", "*neutral_700").
		Set("button_primary_background_fill_dark", "*neutral_100").
		Set("button_primary_background_fill_hover_dark", "*neutral_300").
		Set("button_primary_text_color_dark", "*neutral_900").
		Set("button_primary_border_color_dark", "transparent").
		Set("button_secondary_background_fill", "white").
		Set("button_secondary_background_fill_hover", "*neutral_100").
		Set("button_secondary_border_color", "*neutral_900").
		Set("button_secondary_border_color_dark", "*neutral_300").
		Set("block_border_width", "0px").
		Set("block_border_width_dark", "1px").
		Set("block_shadow", "0 1px 4px 0 rgb(0 0 0 / 0.1)").
		Set("block_shadow_dark", "none").
		Set("block_label_text_weight", "600")
}

// Glass has a warm stone palette, glossy gradient buttons and compact sizes, in Optima
// or a font like it where the system has one, else the embedded Source Sans 3.
func Glass() *Theme {
	t := &Theme{Name: "glass", Primary: Stone, Secondary: Stone, Neutral: Stone, Text: TextSM, Spacing: SpacingSM, Radius: RadiusSM,
		Font: []string{"Optima", "Candara", "Noto Sans", "Source Sans 3", "sans-serif"}}
	const (
		light = "linear-gradient(180deg, *primary_50 0%, *primary_200 50%, *primary_300 50%, *primary_200 100%)"
		hover = "linear-gradient(180deg, *primary_100 0%, *primary_200 50%, *primary_300 50%, *primary_200 100%)"
		dark  = "linear-gradient(180deg, *primary_400 0%, *primary_500 50%, *primary_600 50%, *primary_500 100%)"
	)
	return t.Set("body_background_fill_dark", "*primary_800").
		Set("background_fill_primary_dark", "*neutral_700").
		Set("background_fill_secondary", "*primary_100").
		Set("background_fill_secondary_dark", "*primary_800").
		Set("block_background_fill", "*primary_50").
		Set("block_background_fill_dark", "*primary_800").
		Set("block_border_width", "0px").
		Set("block_border_width_dark", "1px").
		Set("block_shadow", "*primary_400 0px 0px 3px 0px").
		Set("block_title_text_color", "*primary_500").
		Set("block_title_text_color_dark", "*primary_300").
		Set("border_color_primary_dark", "*primary_500").
		Set("panel_border_width", "1px").
		Set("button_primary_background_fill", light).
		Set("button_primary_background_fill_hover", hover).
		Set("button_primary_background_fill_dark", dark).
		Set("button_primary_background_fill_hover_dark", dark).
		Set("button_primary_text_color", "*neutral_800").
		Set("button_primary_text_color_dark", "white").
		Set("button_primary_border_color", "*primary_300").
		Set("button_secondary_background_fill", light).
		Set("button_secondary_background_fill_hover", hover).
		Set("button_secondary_background_fill_dark", dark).
		Set("button_secondary_background_fill_hover_dark", dark).
		Set("button_secondary_text_color_dark", "white").
		Set("checkbox_label_background_fill_selected", "*primary_200").
		Set("checkbox_label_background_fill_selected_dark", "*primary_600").
		Set("input_background_fill", "linear-gradient(0deg, *secondary_50 0%, white 100%)").
		Set("input_background_fill_dark", "*secondary_600").
		Set("input_border_color_focus_dark", "*primary_400").
		Set("slider_color", "*primary_400")
}

// builtins are the themes ByName knows, by name.
var builtins = map[string]func() *Theme{
	"base": Base, "default": Default, "soft": Soft, "monochrome": Monochrome, "glass": Glass,
}

// ByName returns a new copy of the built-in theme of that name, as Gradio accepts
// theme="soft". The name is case-insensitive.
func ByName(name string) (*Theme, error) {
	if f, ok := builtins[strings.ToLower(name)]; ok {
		return f(), nil
	}
	names := make([]string, 0, len(builtins))
	for n := range builtins {
		names = append(names, n)
	}
	slices.Sort(names)
	return nil, fmt.Errorf("theme: no built-in theme %q (there are %s)", name, strings.Join(names, ", "))
}
