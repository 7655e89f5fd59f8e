// Package theme describes how a gradio-go app looks, as data: three hues (primary,
// secondary, neutral), three size scales (text, spacing, corner radius), two font stacks
// and overrides of named CSS variables. A Theme renders to CSS custom properties for
// light and dark mode, which every component of the web UI reads; nothing else sets a
// colour, a size or a font.
//
// The variables are Gradio's (body_text_color is --body-text-color, and so on), so a
// theme ported from Python reads the same and CSS written for a Gradio app keeps working:
//
//	t := theme.Soft()
//	t.Primary = theme.Emerald
//	t.Set("block_radius", "*radius_xl").Set("button_primary_background_fill_dark", "*primary_700")
//	app.Launch(gradio.WithTheme(t))
//
// # Fonts
//
// Themes never load anything from another host. A font stack names families that are
// either installed on the visitor's system (SystemFont, SystemFontMono) or served by
// the app itself. Every app serves the families of EmbeddedFonts (IBM Plex Sans, IBM
// Plex Mono and Source Sans 3, under the SIL Open Font License, whose texts it serves
// beside them): a theme that names one gets @font-face rules for it, with
// font-display: swap, so text shows at once in a fallback and changes face when the
// file has loaded. Base uses IBM Plex Sans, Default Source Sans 3, and every built-in
// IBM Plex Mono for code; Soft and Monochrome keep the system's sans-serif fonts.
//
//	t := theme.Monochrome()
//	t.Font = append([]string{"IBM Plex Sans"}, theme.SystemFont()...)
//
// To use font files of your own, serve them from the app with an Extension (a route at
// the app's root, so that a relative URL works under any mount prefix), declare them in
// the app's CSS (Blocks.CSS or CSSPaths, which the page inlines), and name the family in
// the theme:
//
//	//go:embed fonts
//	var fonts embed.FS // fonts/inter.woff2
//
//	fontRoute := func(*gradio.App) (string, http.Handler, error) {
//		return "GET /fonts/", http.FileServerFS(fonts), nil
//	}
//	b.CSS = `@font-face { font-family: "Inter"; font-display: swap;
//	  src: url("fonts/inter.woff2") format("woff2"); }`
//	t.Font = append([]string{"Inter"}, theme.SystemFont()...)
//	app.Launch(gradio.WithTheme(t), gradio.WithExtension(fontRoute))
//
// (WithAllowedPaths, which serves a folder's files at gradio_api/file=<path>, works
// too.) A small font can also be a data: URL in the @font-face, with no route at all.
package theme

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// Theme is a look for an app. The zero value is the Base theme: every field left empty
// takes Base's value (blue and zinc hues, medium sizes, system fonts). Start from a
// built-in (Default, Soft, Monochrome, Glass, Base) and change fields, or fill in a
// struct literal.
type Theme struct {
	// Name identifies the theme in the app's config (its "theme" field); "" is "base".
	Name string
	// Primary colours the main actions (primary buttons, selections, sliders);
	// Secondary colours links and some focus states; Neutral colours text, surfaces and
	// borders.
	Primary, Secondary, Neutral Hue
	// Text sizes text, Spacing sizes gaps and paddings, Radius rounds corners.
	Text, Spacing, Radius Size
	// Font and FontMono are font stacks, tried in order: family names ("IBM Plex Sans")
	// or generic families ("sans-serif", "ui-monospace"). A family of EmbeddedFonts is
	// loaded from the app; any other must be installed on the visitor's system or
	// served by the app (see the package documentation). Empty means IBM Plex Sans and
	// IBM Plex Mono, then the system's fonts (SystemFont, SystemFontMono).
	Font, FontMono []string
	// Vars overrides variables by name, such as "button_primary_background_fill" or, for
	// dark mode only, "button_primary_background_fill_dark". A value is any CSS value and
	// may refer to another variable as *name ("*primary_600"). Set adds to it.
	Vars map[string]string
}

// Set overrides the variable name (see Vars) and returns t, so that calls chain. Errors
// in the name or the value are reported by Validate and CSS, with the name.
func (t *Theme) Set(name, value string) *Theme {
	if t.Vars == nil {
		t.Vars = map[string]string{}
	}
	t.Vars[name] = value
	return t
}

// Clone returns a deep copy of t, to derive a theme without changing the original.
func (t *Theme) Clone() *Theme {
	c := *t
	c.Font, c.FontMono = slices.Clone(t.Font), slices.Clone(t.FontMono)
	c.Vars = maps.Clone(t.Vars)
	return &c
}

// Mode says whether the app is shown light or dark.
type Mode string

// The modes. System follows the visitor's operating system, and changes with it.
const (
	System Mode = "system"
	Light  Mode = "light"
	Dark   Mode = "dark"
)

// Valid reports whether m is one of the modes ("" counts as System).
func (m Mode) Valid() bool { return m == "" || m == System || m == Light || m == Dark }

var (
	// Gradio's Base theme uses IBM Plex Sans and Mono, which it ships; so do we.
	defaultFont     = append([]string{"IBM Plex Sans"}, SystemFont()...)
	defaultFontMono = append([]string{"IBM Plex Mono"}, SystemFontMono()...)
)

// resolved is a theme with every default filled in: the value of each variable by its
// CSS name (without the leading --), in light and dark mode, in a stable order.
type resolved struct {
	names       []string
	light, dark map[string]string
}

// known holds the names of the overridable variables and where each appears.
var known = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range variables {
		m[v.name] = true
	}
	return m
}()

// A paletteVar is a variable derived from a hue, a size or a font stack, with what its
// value must be.
type paletteVar struct {
	name, value string
	kind        byte // 'c' colour, 'l' length, 'f' font stack
}

// palette returns the variables derived from the hues, sizes and fonts, in order.
func (t *Theme) palette() []paletteVar {
	var out []paletteVar
	hue := func(prefix string, h, def Hue) {
		if h == (Hue{}) {
			h = def
		}
		for i, s := range shadeNames {
			out = append(out, paletteVar{prefix + "_" + s, h[i], 'c'})
		}
	}
	hue("primary", t.Primary, Blue)
	hue("secondary", t.Secondary, Blue)
	hue("neutral", t.Neutral, Zinc)
	size := func(prefix string, z, def Size) {
		if z == (Size{}) {
			z = def
		}
		for i, s := range stepNames {
			out = append(out, paletteVar{prefix + "_" + s, z[i], 'l'})
		}
	}
	size("spacing", t.Spacing, SpacingMD)
	size("radius", t.Radius, RadiusMD)
	size("text", t.Text, TextMD)
	out = append(out,
		paletteVar{"font", fontStack(t.Font, defaultFont), 'f'},
		paletteVar{"font_mono", fontStack(t.FontMono, defaultFontMono), 'f'})
	return out
}

var generic = map[string]bool{
	"serif": true, "sans-serif": true, "monospace": true, "cursive": true, "fantasy": true,
	"system-ui": true, "ui-serif": true, "ui-sans-serif": true, "ui-monospace": true,
	"ui-rounded": true, "math": true, "emoji": true, "fangsong": true, "-apple-system": true,
}

func orDefault(fonts, def []string) []string {
	if len(fonts) == 0 {
		return def
	}
	return fonts
}

// fontStack writes a font-family list, quoting family names that are not keywords.
func fontStack(fonts, def []string) string {
	fonts = orDefault(fonts, def)
	parts := make([]string, len(fonts))
	for i, f := range fonts {
		f = strings.TrimSpace(f)
		if generic[f] || strings.HasPrefix(f, "'") || strings.HasPrefix(f, `"`) {
			parts[i] = f
		} else {
			parts[i] = `"` + f + `"`
		}
	}
	return strings.Join(parts, ", ")
}

// Validate reports every problem in t, joined: a shade that is not a CSS colour, a size
// step that is not a length, an unknown variable, a reference to an unknown variable,
// or a value that could break out of the style sheet.
func (t *Theme) Validate() error {
	_, err := t.resolve()
	return err
}

func (t *Theme) resolve() (*resolved, error) {
	var errs []error
	r := &resolved{light: map[string]string{}, dark: map[string]string{}}
	pal := t.palette()
	defined := map[string]bool{}
	for _, v := range pal {
		defined[v.name] = true
	}
	for _, v := range variables {
		defined[v.name] = true
	}
	for _, v := range pal {
		var err error
		switch v.kind {
		case 'c':
			err = checkColor(v.value)
		case 'l':
			if !lengthRe.MatchString(v.value) {
				err = fmt.Errorf("%q is not a CSS length (such as 4px or 0.5rem)", v.value)
			}
		default:
			err = checkValue(v.value)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("theme: %s: %w", v.name, err))
		}
		r.add(v.name, v.value, v.value)
	}
	for _, name := range slices.Sorted(maps.Keys(t.Vars)) {
		base := strings.TrimSuffix(name, "_dark")
		if !known[base] {
			errs = append(errs, unknownVar(name))
			continue
		}
		val := t.Vars[name]
		if err := checkValue(val); err != nil {
			errs = append(errs, fmt.Errorf("theme: %s: %w", name, err))
			continue
		}
		if strings.HasSuffix(base, "_color") && !strings.Contains(val, "*") && !strings.Contains(val, "var(") {
			if err := checkColor(val); err != nil {
				errs = append(errs, fmt.Errorf("theme: %s: %w", name, err))
				continue
			}
		}
		for _, m := range refRe.FindAllStringSubmatch(val, -1) {
			if strings.HasSuffix(m[1], "_dark") {
				errs = append(errs, fmt.Errorf("theme: %s: %q refers to *%s; refer to *%s, whose dark value is used in dark mode", name, val, m[1], strings.TrimSuffix(m[1], "_dark")))
			} else if !defined[m[1]] {
				errs = append(errs, fmt.Errorf("theme: %s: %q refers to *%s, which is not a theme variable", name, val, m[1]))
			}
		}
	}
	for _, v := range variables {
		light, dark := v.light, v.dark
		if dark == "" {
			dark = light
		}
		if o, ok := t.Vars[v.name]; ok {
			light = o
			if v.dark == "" {
				dark = o
			}
		}
		if o, ok := t.Vars[v.name+"_dark"]; ok {
			dark = o
		}
		r.add(v.name, light, dark)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	// A reference cycle would make the browser drop every variable in it.
	for _, n := range r.names {
		for _, dark := range []bool{false, true} {
			if _, err := r.value(n, dark, 0); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func (r *resolved) add(name, light, dark string) {
	css := strings.ReplaceAll(name, "_", "-")
	r.names = append(r.names, css)
	r.light[css] = toCSS(light)
	r.dark[css] = toCSS(dark)
}

var (
	refRe    = regexp.MustCompile(`\*([a-z][a-z0-9_]*)`)
	lengthRe = regexp.MustCompile(`^(0|-?[0-9]*\.?[0-9]+(px|rem|em|%|vh|vw|pt|ch|ex))$`)
)

// toCSS turns *name references into var(--name).
func toCSS(v string) string {
	return refRe.ReplaceAllStringFunc(v, func(m string) string {
		return "var(--" + strings.ReplaceAll(m[1:], "_", "-") + ")"
	})
}

// checkValue refuses what could end the declaration, the rule or the style element.
func checkValue(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("the value is empty")
	}
	if i := strings.IndexAny(v, ";{}<>\\\n"); i >= 0 {
		return fmt.Errorf("%q contains %q, which a CSS value may not", v, v[i])
	}
	depth := 0
	for _, c := range v {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth < 0 {
			break
		}
	}
	if depth != 0 {
		return fmt.Errorf("%q has unbalanced parentheses", v)
	}
	return nil
}

// unknownVar names the closest known variable, for typos.
func unknownVar(name string) error {
	base := strings.TrimSuffix(name, "_dark")
	best, bestD := "", max(4, len(base)/4+1)
	for _, v := range variables {
		if d := distance(base, v.name); d < bestD {
			best, bestD = v.name, d
		}
	}
	if strings.Contains(base, "-") {
		return fmt.Errorf("theme: unknown variable %q: write names with underscores, as in %q", name, strings.ReplaceAll(name, "-", "_"))
	}
	if best != "" {
		return fmt.Errorf("theme: unknown variable %q (did you mean %q?)", name, best)
	}
	return fmt.Errorf("theme: unknown variable %q", name)
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// CSS renders the theme as a style sheet: every variable on :root, and the dark values
// on .dark (the class the page puts on its root element in dark mode), as Gradio's
// theme.css does. It starts with the @font-face rules of the embedded fonts that Font
// and FontMono name (see EmbeddedFonts), whose URLs are relative to the app's root.
func (t *Theme) CSS() (string, error) {
	r, err := t.resolve()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fontFaces(&b, orDefault(t.Font, defaultFont), orDefault(t.FontMono, defaultFontMono))
	b.WriteString(":root {\n")
	for _, n := range r.names {
		fmt.Fprintf(&b, "  --%s: %s;\n", n, r.light[n])
	}
	b.WriteString("  color-scheme: light;\n}\n.dark {\n")
	// Every variable that refers to another, or changes, is declared again, so that the
	// dark values apply wherever .dark is set, on the root or on body.
	for _, n := range r.names {
		if d := r.dark[n]; d != r.light[n] || strings.Contains(d, "var(") {
			fmt.Fprintf(&b, "  --%s: %s;\n", n, d)
		}
	}
	b.WriteString("  color-scheme: dark;\n}\n")
	return b.String(), nil
}

// Hash is a short digest of the theme's CSS, which changes whenever the CSS does: the
// app's config carries it as theme_hash, and caches key theme.css on it.
func Hash(css string) string {
	sum := sha256.Sum256([]byte(css))
	return hex.EncodeToString(sum[:])
}

// Value returns the computed value of a variable (such as "body_text_color") in light or
// dark mode, with references followed, as a browser would compute it: Gradio's config
// carries a few of these (body_css) so that a page is painted in the right colours before
// its style sheets load.
func (t *Theme) Value(name string, dark bool) (string, error) {
	r, err := t.resolve()
	if err != nil {
		return "", err
	}
	return r.value(strings.ReplaceAll(name, "_", "-"), dark, 0)
}

var varRe = regexp.MustCompile(`var\(--([a-z0-9-]+)\)`)

func (r *resolved) value(css string, dark bool, depth int) (string, error) {
	if depth > 50 {
		return "", fmt.Errorf("theme: %s: its references (*name) form a cycle", strings.ReplaceAll(css, "-", "_"))
	}
	m := r.light
	if dark {
		m = r.dark
	}
	v, ok := m[css]
	if !ok {
		return "", fmt.Errorf("theme: unknown variable %q", strings.ReplaceAll(css, "-", "_"))
	}
	var err error
	v = varRe.ReplaceAllStringFunc(v, func(s string) string {
		sub, e := r.value(varRe.FindStringSubmatch(s)[1], dark, depth+1)
		if e != nil && err == nil {
			err = e
		}
		return sub
	})
	return v, err
}

// Variables lists the names of the variables a theme can override with Set, in the
// order the style sheet declares them. Each also has a _dark form.
func Variables() []string {
	out := make([]string, len(variables))
	for i, v := range variables {
		out[i] = v.name
	}
	return out
}
