package theme

import (
	"fmt"
	"slices"
	"strings"
)

// The embedded fonts are woff2 files that every app serves itself, under
// assets/fonts/ beside the web UI's scripts (frontend/build.mjs copies them from the
// pinned @fontsource packages, with their licences). A theme whose Font or FontMono
// names one of these families gets @font-face rules for it in its CSS, so the face
// loads from the app and never from another host.
//
// Only the latin and latin-ext subsets are embedded (each face loads only when the
// page shows a character of its unicode-range), upright, in weights 400 and 600 for the
// sans faces (bolder text uses 600) and 400 for the mono. Other scripts fall back to
// the next font of the stack.

// fontDir is where the app serves the files, relative to its root. The URLs in the CSS
// are relative, as the page's own script and style sheet URLs are, so they work for an
// app mounted under a path prefix: the inline theme resolves them against the page, and
// theme.css (which sits at the same root) against itself.
const fontDir = "assets/fonts/"

// A face is one file of an embedded family: a weight of a subset.
type face struct {
	weight int
	subset string // a key of unicodeRanges
	file   string // under fontDir; the name carries a hash of the bytes
}

// The characters of each subset, as @fontsource and Google Fonts split them.
var unicodeRanges = map[string]string{
	"latin":     "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
	"latin-ext": "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF",
}

// embedded lists the families and their files. The file names must match what
// frontend/build.mjs writes (TestEmbeddedFontsAreServed in the root package fetches
// each): after changing a @fontsource version, rebuild the frontend and copy the new
// names from frontend/dist/assets/fonts.
var embedded = []struct {
	family string
	faces  []face
}{
	{"IBM Plex Sans", []face{
		{400, "latin", "ibm-plex-sans-latin-400-normal-3b646991.woff2"},
		{400, "latin-ext", "ibm-plex-sans-latin-ext-400-normal-c93d2a12.woff2"},
		{600, "latin", "ibm-plex-sans-latin-600-normal-8960851d.woff2"},
		{600, "latin-ext", "ibm-plex-sans-latin-ext-600-normal-b25dfd4f.woff2"},
	}},
	{"IBM Plex Mono", []face{
		{400, "latin", "ibm-plex-mono-latin-400-normal-08949f72.woff2"},
		{400, "latin-ext", "ibm-plex-mono-latin-ext-400-normal-6bc0f226.woff2"},
	}},
	{"Source Sans 3", []face{
		{400, "latin", "source-sans-3-latin-400-normal-0f73f35e.woff2"},
		{400, "latin-ext", "source-sans-3-latin-ext-400-normal-f5706bb0.woff2"},
		{600, "latin", "source-sans-3-latin-600-normal-14527d19.woff2"},
		{600, "latin-ext", "source-sans-3-latin-ext-600-normal-5727d1da.woff2"},
	}},
}

// EmbeddedFonts lists the font families every app serves itself: "IBM Plex Sans",
// "IBM Plex Mono" and "Source Sans 3". Name one in a theme's Font or FontMono and the
// theme's CSS loads it from the app:
//
//	t := theme.Soft()
//	t.Font = append([]string{"IBM Plex Sans"}, theme.SystemFont()...)
func EmbeddedFonts() []string {
	out := make([]string, len(embedded))
	for i, e := range embedded {
		out[i] = e.family
	}
	return out
}

// SystemFont returns a stack of sans-serif fonts found on the visitor's system. A theme
// whose Font is this stack loads no font file. It follows every embedded family in the
// built-in themes' stacks, so that text shows at once and changes face when the file
// has loaded.
func SystemFont() []string {
	return []string{"ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"}
}

// SystemFontMono is SystemFont's monospace counterpart, for FontMono.
func SystemFontMono() []string {
	return []string{"ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"}
}

// unquote returns a family name without the quotes a stack may carry.
func unquote(f string) string {
	f = strings.TrimSpace(f)
	if len(f) >= 2 && (f[0] == '"' || f[0] == '\'') && f[len(f)-1] == f[0] {
		f = f[1 : len(f)-1]
	}
	return strings.TrimSpace(f)
}

// fontFaces writes the @font-face rules of the embedded families the stacks name (the
// case of a name does not matter), each family once, in the order the stacks name them.
func fontFaces(b *strings.Builder, stacks ...[]string) {
	var named []int
	for _, stack := range stacks {
		for _, f := range stack {
			f = unquote(f)
			for i, e := range embedded {
				if strings.EqualFold(f, e.family) && !slices.Contains(named, i) {
					named = append(named, i)
				}
			}
		}
	}
	for _, i := range named {
		e := embedded[i]
		for _, fc := range e.faces {
			fmt.Fprintf(b, "@font-face {\n  font-family: %q;\n  font-style: normal;\n  font-weight: %d;\n  font-display: swap;\n  src: url(%q) format(\"woff2\");\n  unicode-range: %s;\n}\n",
				e.family, fc.weight, fontDir+fc.file, unicodeRanges[fc.subset])
		}
	}
}
