package gradio

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"reflect"
	"regexp"
	"strings"

	"github.com/gradio-go/gradio/theme"
)

// WithTheme sets how the app looks: its colours, sizes and fonts. The default is
// theme.Default(). The theme is checked by Build, which reports its errors.
//
//	app.Launch(gradio.WithTheme(theme.Soft()))
func WithTheme(t *theme.Theme) Option { return func(o *options) { o.theme = t } }

// WithThemeMode shows the app light or dark, or following the visitor's system (the
// default). Visitors can still switch with the toggle in the footer, and a URL can ask
// for a mode with ?__theme=dark or ?__theme=light, as in Gradio.
func WithThemeMode(m theme.Mode) Option { return func(o *options) { o.themeMode = m } }

// A CustomComponent is a component whose browser side is not built in: a JavaScript
// module, served by the app from Module's file system, that defines the custom element
// "gradio-" + Kind(). The page imports the module the first time it shows the kind; the
// module may import "lit", which the page maps to its own copy, so that it needs no
// bundler, and nothing to install.
//
// The element follows the contract of the built-in ones: the page sets its props
// (this component's Props), value (in wire form) and interactive properties, and the
// element reports changes by dispatching a CustomEvent named "gradio" with detail
// {event: "change"} (or "input", "submit", ...) after updating its value property.
type CustomComponent interface {
	Component
	// Module returns the file system holding the element's files, and the path within
	// it of the module to import. Other files of fsys are served beside it, so the
	// module can import them by relative URL.
	Module() (fsys fs.FS, path string)
}

// style is what the page needs beyond the config: the theme as CSS, the colour mode and
// the custom components' modules.
type style struct {
	css     string // the theme's style sheet
	mode    theme.Mode
	modules map[string]*module // by kind
}

// module is a custom component's files and the URL (relative to the app's root) of its
// entry module, with a version that changes with its content.
type module struct {
	fsys fs.FS
	url  string
}

var kindRe = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

// applyStyle renders the theme, reads CSSPaths and HeadPaths, and gathers the custom
// components, reporting every problem at once.
func (a *App) applyStyle(b *Blocks) error {
	var errs []error
	t := a.opts.theme
	if t == nil {
		t = theme.Default()
	}
	css, err := t.CSS()
	if err != nil {
		errs = append(errs, fmt.Errorf("WithTheme: %w", err))
	}
	if !a.opts.themeMode.Valid() {
		errs = append(errs, fmt.Errorf("WithThemeMode(%q): the mode must be theme.System, theme.Light or theme.Dark", a.opts.themeMode))
	}
	st := &style{css: css, mode: a.opts.themeMode, modules: map[string]*module{}}
	if st.mode == "" {
		st.mode = theme.System
	}
	cfg := &a.cfg
	if err == nil {
		cfg.Theme = or(t.Name, "base")
		h := theme.Hash(css)
		cfg.ThemeHash = &h
		cfg.BodyCSS = map[string]string{}
		for _, n := range []string{"body_background_fill", "body_text_color"} {
			cfg.BodyCSS[n], _ = t.Value(n, false)
			cfg.BodyCSS[n+"_dark"], _ = t.Value(n, true)
		}
	}
	cfg.CSS, err = appendFiles(cfg.CSS, b.CSSPaths, "CSSPaths")
	errs = append(errs, err)
	cfg.Head, err = appendFiles(cfg.Head, b.HeadPaths, "HeadPaths")
	errs = append(errs, err)
	var walk func(cs []Component)
	walk = func(cs []Component) {
		for _, c := range cs {
			if c == nil || reflect.ValueOf(c).Kind() == reflect.Pointer && reflect.ValueOf(c).IsNil() {
				continue
			}
			if cc, ok := c.(CustomComponent); ok {
				errs = append(errs, st.addModule(cc))
			}
			if ct, ok := c.(Container); ok {
				walk(ct.Items())
			}
		}
	}
	walk(b.Children)
	errs = append(errs, a.applyI18n())
	a.style = st
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("gradio: %w", err)
	}
	return nil
}

// addModule records a custom component's module, once per kind.
func (st *style) addModule(c CustomComponent) error {
	kind := c.Kind()
	if _, done := st.modules[kind]; done {
		return nil
	}
	if !kindRe.MatchString(kind) {
		return fmt.Errorf("custom component %T: its Kind %q must be lower case letters, digits, - and _, starting with a letter (it names the element gradio-%s)", c, kind, kind)
	}
	fsys, p := c.Module()
	if fsys == nil {
		return fmt.Errorf("custom component %q: Module returned no file system", kind)
	}
	body, err := fs.ReadFile(fsys, p)
	if err != nil {
		return fmt.Errorf("custom component %q: reading its module: %w", kind, err)
	}
	sum := sha256.Sum256(body)
	st.modules[kind] = &module{fsys: fsys, url: "custom_component/" + kind + "/" + p + "?v=" + hex.EncodeToString(sum[:6])}
	return nil
}

// appendFiles adds the contents of files to s, each after a blank line.
func appendFiles(s *string, files []string, field string) (*string, error) {
	if len(files) == 0 {
		return s, nil
	}
	var b strings.Builder
	if s != nil {
		b.WriteString(*s)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return s, fmt.Errorf("%s: %w", field, err)
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.Write(data)
	}
	out := b.String()
	return &out, nil
}

// modeScript sets the page's colour mode before it is first painted, from ?__theme=, the
// visitor's last choice, the app's mode, and the system's preference, in that order. It
// keeps following the system while the mode is "system", and exposes gradio_theme.set
// for the footer's toggle.
const modeScript = `<script>(function(){var d=document.documentElement,s=null,m=new URLSearchParams(location.search).get("__theme");` +
	`try{s=localStorage.getItem("gradio-theme")}catch(e){}m=m||s||%q;var q=matchMedia("(prefers-color-scheme: dark)");` +
	`function a(){d.classList.toggle("dark",m==="dark"||m!=="light"&&q.matches)}q.addEventListener("change",a);a();` +
	`window.gradio_theme={get mode(){return m},set:function(x){m=x;try{localStorage.setItem("gradio-theme",x)}catch(e){}a()}}})()</script>`

// head is what the page's <head> gets from the style: the theme, the mode script, and
// the custom components' module URLs.
func (st *style) head() string {
	if st == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<style id="gradio-theme">`)
	b.WriteString(st.css)
	b.WriteString("</style>")
	fmt.Fprintf(&b, modeScript, string(st.mode))
	if len(st.modules) > 0 {
		urls := map[string]string{}
		for k, m := range st.modules {
			urls[k] = "./" + m.url
		}
		j, _ := json.Marshal(urls) // escapes <, > and &
		b.WriteString("<script>window.gradio_custom = ")
		b.Write(j)
		b.WriteString(";</script>")
	}
	return b.String()
}

// themeRoute serves the theme's style sheet at theme.css, as Gradio does.
func themeRoute(a *App) (string, http.Handler, error) {
	return "GET /theme.css", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		writeMaybeGzipped(w, r, []byte(a.style.css), nil)
	}), nil
}

// moduleRoute serves the custom components' files under custom_component/<kind>/.
func moduleRoute(a *App) (string, http.Handler, error) {
	return "GET /custom_component/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		kind, file, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/custom_component/"), "/")
		m, ok := a.style.modules[kind]
		if !ok || !fs.ValidPath(file) {
			http.NotFound(w, r)
			return
		}
		// Files only: no directory listings.
		if st, err := fs.Stat(m.fsys, file); err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/" + file
		http.FileServerFS(m.fsys).ServeHTTP(w, r2)
	}), nil
}
