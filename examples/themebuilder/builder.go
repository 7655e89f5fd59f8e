package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/theme"
)

// asTheme is the choice that keeps the starting theme's value.
const asTheme = "as the theme"

var (
	hueNames = []string{"slate", "gray", "zinc", "neutral", "stone", "red", "orange", "amber", "yellow", "lime", "green",
		"emerald", "teal", "cyan", "sky", "blue", "indigo", "violet", "purple", "fuchsia", "pink", "rose"}
	textSizes    = map[string]theme.Size{"sm": theme.TextSM, "md": theme.TextMD, "lg": theme.TextLG}
	spacingSizes = map[string]theme.Size{"sm": theme.SpacingSM, "md": theme.SpacingMD, "lg": theme.SpacingLG}
	radiusSizes  = map[string]theme.Size{"none": theme.RadiusNone, "sm": theme.RadiusSM, "md": theme.RadiusMD, "lg": theme.RadiusLG, "xxl": theme.RadiusXXL}
)

// goName is a hue's or a size's name in package theme: "emerald" is Emerald, radius
// "xxl" is RadiusXXL.
func goName(prefix, name string) string {
	return prefix + strings.ToUpper(name[:1]) + name[1:]
}

func sizeName(prefix, name string) string {
	if name == "none" {
		return prefix + "None"
	}
	return prefix + strings.ToUpper(name)
}

// choice describes one control of the builder, as the Go statement it adds.
type choice struct {
	field, value string
}

// build makes the theme the controls describe, and returns its style sheet (which the
// page applies to itself) and the Go code that makes the same theme.
func build(base, primary, secondary, neutral, text, spacing, radius, font string) (css, code string, err error) {
	t, err := theme.ByName(base)
	if err != nil {
		return "", "", gradio.Error{Message: err.Error()}
	}
	var lines []choice
	for _, h := range []struct {
		field string
		value string
		dst   *theme.Hue
	}{{"Primary", primary, &t.Primary}, {"Secondary", secondary, &t.Secondary}, {"Neutral", neutral, &t.Neutral}} {
		if h.value == asTheme || h.value == "" {
			continue
		}
		hue, ok := theme.HueByName(h.value)
		if !ok {
			return "", "", gradio.Error{Message: fmt.Sprintf("no hue %q", h.value)}
		}
		*h.dst = hue
		lines = append(lines, choice{h.field, "theme." + goName("", h.value)})
	}
	for _, s := range []struct {
		field, value, prefix string
		sizes                map[string]theme.Size
		dst                  *theme.Size
	}{{"Text", text, "Text", textSizes, &t.Text}, {"Spacing", spacing, "Spacing", spacingSizes, &t.Spacing}, {"Radius", radius, "Radius", radiusSizes, &t.Radius}} {
		if s.value == asTheme || s.value == "" {
			continue
		}
		size, ok := s.sizes[s.value]
		if !ok {
			return "", "", gradio.Error{Message: fmt.Sprintf("no %s size %q", strings.ToLower(s.field), s.value)}
		}
		*s.dst = size
		lines = append(lines, choice{s.field, "theme." + sizeName(s.prefix, s.value)})
	}
	if font = strings.TrimSpace(font); font != "" {
		var stack []string
		for _, f := range strings.Split(font, ",") {
			if f = strings.TrimSpace(f); f != "" {
				stack = append(stack, f)
			}
		}
		t.Font = stack
		quoted := make([]string, len(stack))
		for i, f := range stack {
			quoted[i] = fmt.Sprintf("%q", f)
		}
		lines = append(lines, choice{"Font", "[]string{" + strings.Join(quoted, ", ") + "}"})
	}
	css, err = t.CSS()
	if err != nil {
		return "", "", gradio.Error{Title: "Not a valid theme", Message: err.Error()}
	}
	var b strings.Builder
	b.WriteString("```go\nt := theme." + goName("", base) + "()\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "t.%s = %s\n", l.field, l.value)
	}
	b.WriteString("app.Launch(gradio.WithTheme(t))\n```")
	return css, b.String(), nil
}

// withAsTheme puts the "keep the theme's value" choice first.
func withAsTheme(choices []string) []string {
	return slices.Concat([]string{asTheme}, choices)
}
