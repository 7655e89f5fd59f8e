//go:build !nofrontend

package gradio

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gradio-go/gradio/frontend"
	"github.com/gradio-go/gradio/theme"
)

// custom is a custom component for tests.
type custom struct {
	kind string
	fsys fs.FS
	path string
}

func (c *custom) Kind() string            { return c.kind }
func (c *custom) Props() map[string]any   { return map[string]any{} }
func (c *custom) Module() (fs.FS, string) { return c.fsys, c.path }

var elementFS = fstest.MapFS{"el.js": {Data: []byte("export {}")}, "sub/x.css": {Data: []byte("b{}")}}

func get(t *testing.T, a *App, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	a.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code, rec.Body.String()
}

// The page carries the theme, the mode script and the custom modules, before the app's
// own CSS and head; the config names the theme as Gradio's does.
func TestStyleInPageAndConfig(t *testing.T) {
	b := &Blocks{
		Children: []Component{Row(&custom{kind: "my-el", fsys: elementFS, path: "el.js"})},
		CSS:      ".x{color:red}", Head: `<meta name="h">`,
	}
	a, err := b.Build(WithTheme(theme.Soft()), WithThemeMode(theme.Dark))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	_, page := get(t, a, "/")
	order := []string{`window.gradio_config`, `<style id="gradio-theme">@font-face {`, `:root {`, `m=m||s||"dark"`, `window.gradio_custom = {"my-el":"./custom_component/my-el/el.js?v=`, `<style>.x{color:red}</style>`, `<meta name="h">`}
	at := 0
	for _, s := range order {
		i := strings.Index(page[at:], s)
		if i < 0 {
			t.Fatalf("the page lacks %q after byte %d:\n%s", s, at, page)
		}
		at += i
	}
	var cfg struct {
		Theme     string            `json:"theme"`
		ThemeHash string            `json:"theme_hash"`
		BodyCSS   map[string]string `json:"body_css"`
	}
	_, body := get(t, a, "/config")
	if err := json.Unmarshal([]byte(body), &cfg); err != nil {
		t.Fatal(err)
	}
	css, _ := theme.Soft().CSS()
	if cfg.Theme != "soft" || cfg.ThemeHash != theme.Hash(css) || cfg.BodyCSS["body_background_fill"] != theme.Gray[0] || cfg.BodyCSS["body_text_color_dark"] != theme.Gray[1] {
		t.Errorf("config theme %q, hash %q, body_css %v", cfg.Theme, cfg.ThemeHash, cfg.BodyCSS)
	}
	if code, got := get(t, a, "/theme.css"); code != 200 || got != css {
		t.Errorf("GET /theme.css = %d, %.40q", code, got)
	}
	for path, want := range map[string]int{
		"/custom_component/my-el/el.js":     200,
		"/custom_component/my-el/sub/x.css": 200,
		"/custom_component/my-el/nope.js":   404,
		"/custom_component/other/el.js":     404,
		"/custom_component/my-el/":          404,
		"/custom_component/my-el/sub":       404,
		"/custom_component/my-el/sub/":      404,
	} {
		if code, _ := get(t, a, path); code != want {
			t.Errorf("GET %s = %d, want %d", path, code, want)
		}
	}
}

// Without options an app has the default theme and follows the system.
func TestStyleDefaults(t *testing.T) {
	a, err := (&Blocks{}).Build()
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	_, page := get(t, a, "/")
	if !strings.Contains(page, `m=m||s||"system"`) || strings.Contains(page, "gradio_custom") {
		t.Error("the page does not follow the system, or lists custom modules it has none of")
	}
	if a.cfg.Theme != "default" || a.cfg.BodyCSS["body_text_color"] != "#27272a" {
		t.Errorf("theme %q, body_css %v", a.cfg.Theme, a.cfg.BodyCSS)
	}
}

func TestStylePaths(t *testing.T) {
	dir := t.TempDir()
	css1, css2, head := filepath.Join(dir, "a.css"), filepath.Join(dir, "b.css"), filepath.Join(dir, "h.html")
	os.WriteFile(css1, []byte("a{}"), 0o644)
	os.WriteFile(css2, []byte("b{}"), 0o644)
	os.WriteFile(head, []byte("<meta>"), 0o644)
	a, err := (&Blocks{CSS: "x{}", CSSPaths: []string{css1, css2}, HeadPaths: []string{head}}).Build()
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if *a.cfg.CSS != "x{}\n\na{}\n\nb{}" || *a.cfg.Head != "<meta>" {
		t.Errorf("css %q, head %q", *a.cfg.CSS, *a.cfg.Head)
	}
}

// Every mistake is reported by Build, together.
func TestStyleErrors(t *testing.T) {
	b := &Blocks{
		CSSPaths: []string{"/no/such.css"},
		Children: []Component{
			&custom{kind: "Bad Kind", fsys: elementFS, path: "el.js"},
			&custom{kind: "nofile", fsys: elementFS, path: "missing.js"},
			&custom{kind: "nofs", path: "el.js"},
		},
	}
	_, err := b.Build(WithTheme(theme.Default().Set("block_radius", "*nope")), WithThemeMode("auto"))
	if err == nil {
		t.Fatal("Build succeeded")
	}
	for _, want := range []string{
		`WithTheme: theme: block_radius: "*nope" refers to *nope`,
		`WithThemeMode("auto")`,
		"CSSPaths: open /no/such.css",
		`its Kind "Bad Kind" must be lower case`,
		`custom component "nofile": reading its module`,
		`custom component "nofs": Module returned no file system`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error lacks %q:\n%v", want, err)
		}
	}
}

// Every @font-face URL of every built-in theme, and of a theme naming every embedded
// family, resolves (against the page, and against theme.css, of an app mounted under a
// path prefix) to a woff2 file the app serves: 200, font/woff2, cached for a year, not
// gzipped again, with woff2's signature. The fonts are open before a login, for the
// login page, and every font file in the frontend is one a theme can name.
func TestEmbeddedFontsAreServed(t *testing.T) {
	themes := map[string]*theme.Theme{"all": {Name: "all", Font: theme.EmbeddedFonts()}}
	for _, n := range []string{"base", "default", "soft", "monochrome", "glass"} {
		th, err := theme.ByName(n)
		if err != nil {
			t.Fatal(err)
		}
		themes[n] = th
	}
	fetch := func(u string, gzip bool) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest("GET", u, nil)
		if gzip {
			req.Header.Set("Accept-Encoding", "gzip") // set by hand, so the body comes as sent
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		return res, body
	}
	urlRe := regexp.MustCompile(`url\("([^"]+)"\)`)
	served := map[string]bool{}
	for name, th := range themes {
		a, err := (&Blocks{}).Build(WithTheme(th), WithAuth(map[string]string{"ada": "lovelace"}), WithTempDir(t.TempDir()))
		if err != nil {
			t.Fatal(err)
		}
		mux := http.NewServeMux()
		mux.Handle("/demo/", http.StripPrefix("/demo", a))
		srv := httptest.NewServer(mux)
		base, err := url.Parse(srv.URL + "/demo/")
		if err != nil {
			t.Fatal(err)
		}
		// The page itself needs a login; the inline theme is theme.css's text.
		res, themeCSS := fetch(srv.URL+"/demo/theme.css", false)
		if res.StatusCode != 200 || string(themeCSS) != a.style.css {
			t.Fatalf("%s: theme.css: %d", name, res.StatusCode)
		}
		if !strings.Contains(a.style.head(), a.style.css) {
			t.Fatalf("%s: the page does not carry the theme's CSS", name)
		}
		urls := urlRe.FindAllStringSubmatch(a.style.css, -1)
		if faces := strings.Count(a.style.css, "@font-face"); faces == 0 || faces != len(urls) {
			t.Errorf("%s: %d @font-face rules, %d URLs", name, faces, len(urls))
		}
		for _, m := range urls {
			// Against the page (/demo/) and against theme.css (/demo/theme.css).
			for _, from := range []string{"", "theme.css"} {
				ref, err := url.Parse(m[1])
				if err != nil || ref.IsAbs() || strings.HasPrefix(m[1], "/") {
					t.Fatalf("%s: font URL %q must be relative to the app's root", name, m[1])
				}
				u := base.ResolveReference(&url.URL{Path: from}).ResolveReference(ref)
				res, body := fetch(u.String(), true)
				h := res.Header
				if res.StatusCode != 200 || h.Get("Content-Type") != "font/woff2" || h.Get("Content-Encoding") != "" ||
					!strings.Contains(h.Get("Cache-Control"), "immutable") || len(body) == 0 || !bytes.HasPrefix(body, []byte("wOF2")) {
					t.Errorf("%s: GET %s = %d, %q, encoding %q, cache %q, %d bytes starting %q",
						name, u.Path, res.StatusCode, h.Get("Content-Type"), h.Get("Content-Encoding"), h.Get("Cache-Control"), len(body), body[:min(4, len(body))])
				}
				served[path.Base(u.Path)] = true
			}
		}
		srv.Close()
		a.Close()
	}
	entries, err := fs.ReadDir(frontend.FS(), "assets/fonts")
	if err != nil {
		t.Fatal(err)
	}
	licences := 0
	for _, e := range entries {
		switch {
		case strings.HasSuffix(e.Name(), ".woff2"):
			if !served[e.Name()] {
				t.Errorf("assets/fonts/%s is in the frontend, but no theme can name it (see theme/fonts.go)", e.Name())
			}
		case strings.HasSuffix(e.Name(), "-OFL.LEGAL.txt"):
			licences++
			b, _ := fs.ReadFile(frontend.FS(), "assets/fonts/"+e.Name())
			if !bytes.Contains(b, []byte("SIL Open Font License, Version 1.1")) {
				t.Errorf("%s is not the OFL", e.Name())
			}
		default:
			t.Errorf("assets/fonts/%s: a file of an unknown kind", e.Name())
		}
	}
	if len(served) != 10 || licences != len(theme.EmbeddedFonts()) {
		t.Errorf("%d font files served and %d licences, want 10 and one per family", len(served), licences)
	}
}

// docs/styling.md lists every part name the built-in components carry (part="…" in
// frontend/src) and every variable a theme sets, so that the page stays the reference.
func TestStylingDocListsPartsAndVariables(t *testing.T) {
	doc, err := os.ReadFile("docs/styling.md")
	if err != nil {
		t.Fatal(err)
	}
	// The words inside `code` spans, outside the fenced examples.
	text := regexp.MustCompile("(?s)```.*?```").ReplaceAllString(string(doc), "")
	words := map[string]bool{}
	for _, m := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(text, -1) {
		for _, w := range strings.Fields(m[1]) {
			words[w] = true
		}
	}
	partRe := regexp.MustCompile(`\bpart="([^"]*)"|setAttribute\("part", "([^"]*)"\)`)
	parts := map[string]bool{}
	err = filepath.WalkDir("frontend/src", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".ts") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range partRe.FindAllStringSubmatch(string(src), -1) {
			for _, w := range strings.Fields(m[1] + " " + m[2]) {
				if !strings.HasPrefix(w, "${") { // a value set in code, such as a message's role
					parts[w] = true
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"block", "label", "info", "input", "button", "choice"} {
		if !parts[want] {
			t.Errorf("no component has the part %q", want)
		}
	}
	for p := range parts {
		if !words[p] {
			t.Errorf("docs/styling.md does not list the part %q", p)
		}
	}
	for _, v := range theme.Variables() {
		if name := "--" + strings.ReplaceAll(v, "_", "-"); !words[name] {
			t.Errorf("docs/styling.md does not list the variable %s", name)
		}
	}
}
