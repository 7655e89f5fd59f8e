package theme

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The CSS of each built-in theme is kept in testdata, so that a change to any variable
// shows up in review.
func TestBuiltinCSSGolden(t *testing.T) {
	for name, f := range builtins {
		t.Run(name, func(t *testing.T) {
			css, err := f().CSS()
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".css.golden")
			if *update {
				if err := os.WriteFile(path, []byte(css), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./theme -update to create it)", err)
			}
			if css != string(want) {
				t.Errorf("%s's CSS differs from %s; run go test ./theme -update and review the diff", name, path)
			}
		})
	}
}

// The default theme's body colours are those Gradio 6.25's default theme puts in its
// config (body_css), captured from a real app.
func TestDefaultMatchesGradioBodyCSS(t *testing.T) {
	want := map[string]string{
		"body_background_fill": "white", "body_text_color": "#27272a",
		"body_background_fill_dark": "#0f0f11", "body_text_color_dark": "#f4f4f5",
	}
	for k, v := range want {
		got, err := Default().Value(strings.TrimSuffix(k, "_dark"), strings.HasSuffix(k, "_dark"))
		if err != nil || got != v {
			t.Errorf("%s = %q, %v; want %q", k, got, err, v)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		t    *Theme
		want string // in the error; "" means valid
	}{
		{"zero value", &Theme{}, ""},
		{"hue by hand", &Theme{Primary: Hue{"#fff", "#eee", "#ddd", "#ccc", "#bbb", "#aaa", "#999", "#888", "#777", "#666", "#555"}}, ""},
		{"rgb and named shades", &Theme{Primary: Hue{"white", "rgb(1 2 3)", "hsl(10 20% 30%)", "oklch(0.7 0.1 200)", "red", "#abcd", "#aabbcc", "#aabbccdd", "black", "navy", "teal"}}, ""},
		{"short hue hex", &Theme{Primary: Hue{"#12", "#eee", "#ddd", "#ccc", "#bbb", "#aaa", "#999", "#888", "#777", "#666", "#555"}}, `primary_50: "#12" is not a CSS colour`},
		{"missing shade", &Theme{Neutral: Hue{"#fff"}}, "neutral_100: no colour given"},
		{"unknown colour name", &Theme{Secondary: Hue{"blurple", "#eee", "#ddd", "#ccc", "#bbb", "#aaa", "#999", "#888", "#777", "#666", "#555"}}, `secondary_50: "blurple" is not a CSS colour`},
		{"bad size", &Theme{Radius: Size{"1px", "2px", "big", "4px", "5px", "6px", "7px"}}, `radius_sm: "big" is not a CSS length`},
		{"override", new(Theme).Set("block_radius", "0px").Set("body_text_color_dark", "#fff"), ""},
		{"override with reference", new(Theme).Set("button_primary_background_fill", "linear-gradient(*primary_400, *primary_600)"), ""},
		{"unknown variable", new(Theme).Set("button_primary_background", "red"), `unknown variable "button_primary_background" (did you mean "button_primary_background_fill"?)`},
		{"kebab case", new(Theme).Set("block-radius", "0px"), `write names with underscores, as in "block_radius"`},
		{"bad colour override", new(Theme).Set("body_text_color", "#1234567"), `body_text_color: "#1234567" is not a CSS colour`},
		{"unknown reference", new(Theme).Set("block_radius", "*radius_huge"), "refers to *radius_huge, which is not a theme variable"},
		{"dark reference", new(Theme).Set("block_shadow", "*shadow_drop_dark"), "refer to *shadow_drop, whose dark value"},
		{"injection", new(Theme).Set("block_shadow", "none; } body { display: none"), "which a CSS value may not"},
		{"style close", new(Theme).Set("block_shadow", "</style>"), "which a CSS value may not"},
		{"unbalanced", new(Theme).Set("block_shadow", "rgb(0 0 0"), "unbalanced parentheses"},
		{"empty", new(Theme).Set("block_shadow", " "), "the value is empty"},
		{"cycle", new(Theme).Set("block_shadow", "*block_label_shadow"), "form a cycle"},
		{"bad font", &Theme{Font: []string{"Evil; }"}}, "font:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.t.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Validate() = %v, want no error", err)
			case tt.want != "" && err == nil:
				t.Fatalf("Validate() = nil, want an error containing %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Fatalf("Validate() = %v, want it to contain %q", err, tt.want)
			}
			if _, cerr := tt.t.CSS(); (cerr == nil) != (err == nil) {
				t.Errorf("CSS() error %v disagrees with Validate() error %v", cerr, err)
			}
		})
	}
}

// Every error is reported, not just the first.
func TestValidateJoinsErrors(t *testing.T) {
	th := new(Theme).Set("nope", "1").Set("body_text_color", "#zz")
	err := th.Validate()
	if err == nil || !strings.Contains(err.Error(), "nope") || !strings.Contains(err.Error(), "#zz") {
		t.Fatalf("Validate() = %v, want both problems", err)
	}
}

func TestOverrides(t *testing.T) {
	th := Default().Set("button_primary_background_fill", "*secondary_500").Set("block_radius_dark", "0px")
	css, err := th.CSS()
	if err != nil {
		t.Fatal(err)
	}
	light, dark, _ := strings.Cut(css, ".dark {")
	for _, want := range []string{"--button-primary-background-fill: var(--secondary-500);", "--block-radius: var(--radius-lg);"} {
		if !strings.Contains(light, want) {
			t.Errorf("light CSS lacks %q", want)
		}
	}
	// Overriding a variable without a dark default changes dark mode too; the default
	// dark value of button_primary_background_fill stays.
	for _, want := range []string{"--button-primary-background-fill: var(--primary-600);", "--block-radius: 0px;"} {
		if !strings.Contains(dark, want) {
			t.Errorf("dark CSS lacks %q", want)
		}
	}
	if v, _ := th.Value("button_primary_background_fill", false); v != Blue[5] {
		t.Errorf("computed button colour = %q, want secondary 500 %q", v, Blue[5])
	}
}

func TestFontStack(t *testing.T) {
	th := &Theme{Font: []string{"IBM Plex Sans", "'Already Quoted'", "system-ui", "sans-serif"}}
	v, err := th.Value("font", false)
	if err != nil {
		t.Fatal(err)
	}
	if want := `"IBM Plex Sans", 'Already Quoted', system-ui, sans-serif`; v != want {
		t.Errorf("font = %s, want %s", v, want)
	}
}

func TestByName(t *testing.T) {
	for _, n := range []string{"soft", "Monochrome", "GLASS", "base", "default"} {
		th, err := ByName(n)
		if err != nil || th.Name != strings.ToLower(n) {
			t.Errorf("ByName(%q) = %v, %v", n, th, err)
		}
	}
	if _, err := ByName("ocean"); err == nil || !strings.Contains(err.Error(), "base, default, glass, monochrome, soft") {
		t.Errorf("ByName(ocean) = %v, want the list of themes", err)
	}
	// Each call is a new theme: changing one leaves the next untouched.
	a, _ := ByName("soft")
	a.Set("block_radius", "0px")
	b, _ := ByName("soft")
	if _, ok := b.Vars["block_radius"]; ok {
		t.Error("ByName returned a shared theme")
	}
}

func TestClone(t *testing.T) {
	a := Soft()
	b := a.Clone().Set("block_radius", "0px")
	b.Font = append(b.Font, "serif")
	if _, ok := a.Vars["block_radius"]; ok || !slices.Equal(a.Font, Soft().Font) {
		t.Error("changing a clone changed the original")
	}
}

func TestModes(t *testing.T) {
	for _, m := range []Mode{"", System, Light, Dark} {
		if !m.Valid() {
			t.Errorf("%q is not valid", m)
		}
	}
	if Mode("auto").Valid() {
		t.Error(`"auto" is valid`)
	}
}

func TestHueByName(t *testing.T) {
	if h, ok := HueByName("orange"); !ok || h != Orange {
		t.Error("HueByName(orange)")
	}
	if _, ok := HueByName("mauve"); ok {
		t.Error("HueByName(mauve) found a hue")
	}
}

func TestVariablesHaveUniqueNames(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range Variables() {
		if seen[n] || strings.HasSuffix(n, "_dark") {
			t.Errorf("variable %q is repeated or ends in _dark", n)
		}
		seen[n] = true
	}
}

// A stack that names an embedded family, in any case and quoted or not, gets its
// @font-face rules once; a stack of system fonts gets none.
func TestFontFaces(t *testing.T) {
	faces := func(th *Theme) []string {
		t.Helper()
		css, err := th.CSS()
		if err != nil {
			t.Fatal(err)
		}
		return regexp.MustCompile(`font-family: "([^"]+)";\n  font-style: normal;\n  font-weight: (\d+);\n  font-display: swap;\n  src: url\("assets/fonts/[a-z0-9-]+\.woff2"\) format\("woff2"\);\n  unicode-range: U\+`).
			FindAllString(css, -1)
	}
	count := func(th *Theme, family string) int {
		n := 0
		for _, f := range faces(th) {
			if strings.Contains(f, `"`+family+`"`) {
				n++
			}
		}
		return n
	}
	system := &Theme{Font: SystemFont(), FontMono: SystemFontMono()}
	if got := faces(system); len(got) != 0 {
		t.Errorf("system fonts: %d @font-face rules, want none", len(got))
	}
	named := &Theme{Font: []string{`'ibm plex mono'`, "IBM Plex Sans", "serif"}, FontMono: []string{`"IBM Plex Mono"`, "monospace"}}
	if n, m := count(named, "IBM Plex Sans"), count(named, "IBM Plex Mono"); n != 4 || m != 2 {
		t.Errorf("IBM Plex Sans has %d faces, IBM Plex Mono %d; want 4 (2 weights × latin, latin-ext) and 2, each once", n, m)
	}
	if n := count(named, "Source Sans 3"); n != 0 {
		t.Errorf("a family no stack names has %d faces", n)
	}
	// The zero theme is Base: IBM Plex Sans and Mono.
	if n, m := count(&Theme{}, "IBM Plex Sans"), count(&Theme{}, "IBM Plex Mono"); n != 4 || m != 2 {
		t.Errorf("zero theme: IBM Plex Sans %d faces, Mono %d", n, m)
	}
	all := &Theme{Font: EmbeddedFonts()}
	if got := len(faces(all)); got != 10 {
		t.Errorf("all embedded families: %d faces, want 10", got)
	}
	for _, f := range EmbeddedFonts() {
		if count(all, f) == 0 {
			t.Errorf("%s has no face", f)
		}
	}
}

func TestBuiltinFonts(t *testing.T) {
	want := map[string]string{
		"base": "IBM Plex Sans", "default": "Source Sans 3", "glass": "Source Sans 3", "soft": "", "monochrome": "",
	}
	for name, f := range builtins {
		css, err := f().CSS()
		if err != nil {
			t.Fatal(err)
		}
		sans := ""
		for _, fam := range []string{"IBM Plex Sans", "Source Sans 3"} {
			if strings.Contains(css, `font-family: "`+fam+`"`) {
				sans = fam
			}
		}
		if sans != want[name] || !strings.Contains(css, `font-family: "IBM Plex Mono"`) {
			t.Errorf("%s loads %q and IBM Plex Mono %v; want %q and true", name, sans, strings.Contains(css, `"IBM Plex Mono"`), want[name])
		}
	}
}
