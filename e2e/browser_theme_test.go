package e2e

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// style reads a computed style property of the element a JavaScript expression selects.
func style(elemJS, prop string) string {
	return fmt.Sprintf(`getComputedStyle(%s).getPropertyValue(%q)`, elemJS, prop)
}

const (
	greetButton = `document.querySelector('#greet button')`
	bodyEl      = `document.body`
)

// openTheme loads one of the theme app's pages and waits for the components.
func openTheme(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	run(t, ctx, chromedp.Navigate(app(t, "theme")+path), waitJS(`!!document.querySelector('#greet button')`))
}

// Each theme gives the primary button, the page and the blocks their own colours and
// shapes: the theme reaches the components through the CSS variables.
func TestBrowserThemesChangeComputedStyles(t *testing.T) {
	app(t, "theme") // starts the apps, before the browser's deadline runs
	ctx := browser(t)
	tests := []struct {
		path                     string
		button, page, blockRound string
	}{
		{"/", "rgb(249, 115, 22)", "rgb(255, 255, 255)", "8px"},          // Default: orange 500, radius lg
		{"/soft/", "rgb(99, 102, 241)", "rgb(249, 250, 251)", "12px"},    // Soft: indigo 500 on gray 50, radius lg
		{"/monochrome/", "rgb(23, 23, 23)", "rgb(255, 255, 255)", "0px"}, // Monochrome: neutral 900, square
		{"/custom/", "rgb(1, 2, 3)", "rgb(255, 255, 255)", "0px"},        // overridden variables
	}
	for _, tt := range tests {
		openTheme(t, ctx, tt.path)
		var button, page, round string
		run(t, ctx,
			eval(style(greetButton, "background-color"), &button),
			eval(style(bodyEl, "background-color"), &page),
			eval(style(`document.querySelector('#name')`, "border-top-left-radius"), &round),
		)
		if button != tt.button || page != tt.page || round != tt.blockRound {
			t.Errorf("%s: button %s, page %s, block radius %s; want %s, %s, %s", tt.path, button, page, round, tt.button, tt.page, tt.blockRound)
		}
	}
}

// Dark mode comes from ?__theme=, from the app (WithThemeMode), from the visitor's toggle
// (remembered), and otherwise from the system.
func TestBrowserDarkMode(t *testing.T) {
	app(t, "theme") // starts the apps, before the browser's deadline runs
	ctx := browser(t)
	const white, dark = "rgb(255, 255, 255)", "rgb(15, 15, 17)"
	check := func(what, want string, wantDark bool) {
		t.Helper()
		var bg string
		var isDark bool
		run(t, ctx, eval(style(bodyEl, "background-color"), &bg), eval(`document.documentElement.classList.contains('dark')`, &isDark))
		if bg != want || isDark != wantDark {
			t.Errorf("%s: page %s (dark class %v), want %s (%v)", what, bg, isDark, want, wantDark)
		}
	}
	openTheme(t, ctx, "/")
	check("system light", white, false)
	openTheme(t, ctx, "/?__theme=dark")
	check("?__theme=dark", dark, true)
	var button string
	run(t, ctx, eval(style(greetButton, "background-color"), &button))
	if button != "rgb(234, 88, 12)" { // the dark primary button is orange 600
		t.Errorf("dark primary button %s", button)
	}
	openTheme(t, ctx, "/dark/")
	check("WithThemeMode(theme.Dark)", dark, true)
	openTheme(t, ctx, "/dark/?__theme=light")
	check("forced dark, ?__theme=light", white, false)

	// The system's preference, followed live.
	openTheme(t, ctx, "/")
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
	}); err != nil {
		t.Fatal(err)
	}
	run(t, ctx, waitJS(`document.documentElement.classList.contains('dark')`))
	check("system dark", dark, true)

	// The footer's toggle: system, then light, then dark, remembered on reload.
	var label string
	run(t, ctx, chromedp.Click(css(`.gr-mode-toggle`)), eval(`document.querySelector('.gr-mode-toggle').textContent`, &label))
	check("toggled to light", white, false)
	if label != "☀ Light theme" {
		t.Errorf("toggle label %q", label)
	}
	run(t, ctx, chromedp.Click(css(`.gr-mode-toggle`)))
	check("toggled to dark", dark, true)
	openTheme(t, ctx, "/")
	check("dark remembered", dark, true)
	run(t, ctx, chromedp.Click(css(`.gr-mode-toggle`))) // back to system (dark, emulated)
	check("toggled to system", dark, true)
	run(t, ctx, void(chromedp.Evaluate[any](`localStorage.removeItem('gradio-theme')`)))
}

// The app's CSS (and CSSPaths), JS and Head (and HeadPaths) are applied, and
// elem_id / elem_classes land on the component's box, as in Gradio.
func TestBrowserCustomCSSJSAndHead(t *testing.T) {
	app(t, "theme") // starts the apps, before the browser's deadline runs
	ctx := browser(t)
	openTheme(t, ctx, "/")
	var outline, minHeight, spacing, classes string
	var jsRan, fromHead, headMeta, pathMeta, container bool
	run(t, ctx,
		waitJS(`document.body.dataset.appJs === 'ran'`),
		eval(style(`document.querySelector('#greet')`, "outline-color"), &outline),
		eval(style(`document.querySelector('#name input')`, "min-height"), &minHeight),
		eval(style(`document.querySelector('#name input')`, "letter-spacing"), &spacing),
		eval(`document.querySelector('#name').className`, &classes),
		eval(`document.body.dataset.appJs === 'ran'`, &jsRan),
		eval(`window.fromHead === 42`, &fromHead),
		eval(`!!document.head.querySelector('meta[name="from-head"]')`, &headMeta),
		eval(`!!document.head.querySelector('meta[name="from-head-path"]')`, &pathMeta),
		eval(`!!document.querySelector('.gradio-container #greet')`, &container),
	)
	if outline != "rgb(255, 0, 255)" || minHeight != "50px" || spacing != "2px" {
		t.Errorf("custom CSS not applied: outline %s, min-height %s, letter-spacing %s (from CSSPaths)", outline, minHeight, spacing)
	}
	if classes != "gr-block gr-block-textbox tall styled" {
		t.Errorf("#name classes %q, want the block's and the elem_classes", classes)
	}
	if !jsRan || !fromHead || !headMeta || !pathMeta || !container {
		t.Errorf("js ran %v, head script %v, head meta %v, HeadPaths meta %v, .gradio-container %v", jsRan, fromHead, headMeta, pathMeta, container)
	}
}

// A custom component (a Go type and a plain JavaScript module) renders, takes the theme
// inside its shadow root, and sends its value to a handler.
func TestBrowserCustomComponent(t *testing.T) {
	app(t, "theme") // starts the apps, before the browser's deadline runs
	ctx := browser(t)
	openTheme(t, ctx, "/")
	const star = `document.querySelector('gradio-star_rating').shadowRoot.querySelectorAll('button')`
	var count int
	var rated, on string
	run(t, ctx,
		waitJS(`!!customElements.get('gradio-star_rating') && `+star+`.length === 5`),
		eval(star+`.length`, &count),
		void(chromedp.Evaluate[any](star+`[3].click()`)),
		waitJS(`document.querySelector('#rated input').value === 'rated 4'`),
		eval(`document.querySelector('#rated input').value`, &rated),
		eval(style(star+`[0]`, "color"), &on),
	)
	if count != 5 || rated != "rated 4" {
		t.Errorf("%d stars, handler answered %q", count, rated)
	}
	if on != "rgb(249, 115, 22)" {
		t.Errorf("a chosen star is %s, want the theme's accent", on)
	}
}

// The app's own texts (gradio.I18n) are shown in the browser's language, else English.
func TestBrowserI18n(t *testing.T) {
	app(t, "theme")
	ctx := browser(t)
	texts := func() (label, placeholder, tab string) {
		t.Helper()
		run(t, ctx,
			chromedp.Navigate(app(t, "theme")+"/i18n/"),
			waitJS(`!!document.querySelector('#i18n-name input')`),
			eval(`document.querySelector('#i18n-name .gr-label').textContent.trim()`, &label),
			eval(`document.querySelector('#i18n-name input').placeholder`, &placeholder),
			eval(`document.querySelector('.gr-tab').textContent.trim()`, &tab),
		)
		return
	}
	if l, p, tab := texts(); l != "Name" || p != "Your name" || tab != "Name" {
		t.Errorf("in English: label %q, placeholder %q, tab %q", l, p, tab)
	}
	// A French browser: its languages come from Accept-Language.
	var ua string
	run(t, ctx, eval(`navigator.userAgent`, &ua))
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ua, AcceptLanguage: "fr-FR,fr"}); err != nil {
		t.Fatal(err)
	}
	if l, p, tab := texts(); l != "Nom" || p != "Votre nom" || tab != "Nom" {
		t.Errorf("in French: label %q, placeholder %q, tab %q", l, p, tab)
	}
}

// The themes' fonts load from the app itself: the default theme's Source Sans 3 and
// IBM Plex Mono at /, Base's IBM Plex Sans under the /base/ prefix, each in the weights
// the page's text needs. No request of the page goes to another host.
func TestBrowserEmbeddedFonts(t *testing.T) {
	base := app(t, "theme")
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	var mu sync.Mutex
	var foreign, fonts []string
	if err := chromedp.Listen(ctx, func(ev any) {
		e, ok := ev.(*network.EventRequestWillBeSent)
		if !ok {
			return
		}
		r, err := url.Parse(e.Request.URL)
		mu.Lock()
		defer mu.Unlock()
		switch {
		case err == nil && (r.Scheme == "data" || r.Scheme == "blob"):
		case err != nil || r.Host != u.Host || r.Hostname() != "127.0.0.1":
			foreign = append(foreign, e.Request.URL)
		case strings.Contains(r.Path, "/assets/fonts/"):
			fonts = append(fonts, r.Path)
		}
	}); err != nil {
		t.Fatal(err)
	}
	// loaded lists the weights of a family's faces that have loaded, once loading is over.
	loaded := func(family string) string {
		return fmt.Sprintf(`document.fonts.ready.then(() => [...document.fonts]
			.filter(f => f.family.replace(/["']/g, "") === %q && f.status === "loaded").map(f => f.weight).sort().join(","))`, family)
	}
	tests := []struct {
		path, sans, wantBody string
		files                []string // requested, under path
	}{
		{"/", "Source Sans 3", `"Source Sans 3"`, []string{"source-sans-3-latin-400-normal-", "source-sans-3-latin-600-normal-", "ibm-plex-mono-latin-400-normal-"}},
		{"/base/", "IBM Plex Sans", `"IBM Plex Sans"`, []string{"ibm-plex-sans-latin-400-normal-", "ibm-plex-sans-latin-600-normal-", "ibm-plex-mono-latin-400-normal-"}},
	}
	for _, tt := range tests {
		openTheme(t, ctx, tt.path)
		// The code block (mono) and the labels (600) are on the page; wait until their
		// faces have loaded.
		sansDone := fmt.Sprintf(`[...document.fonts].filter(f => f.family.replace(/["']/g, "") === %q && f.status === "loaded").length >= 2`, tt.sans)
		monoDone := `[...document.fonts].some(f => f.family.replace(/["']/g, "") === "IBM Plex Mono" && f.status === "loaded")`
		var body, sans, mono string
		var check bool
		run(t, ctx,
			waitJS(sansDone+" && "+monoDone),
			eval(style(bodyEl, "font-family"), &body),
			eval(loaded(tt.sans), &sans),
			eval(loaded("IBM Plex Mono"), &mono),
			eval(fmt.Sprintf(`document.fonts.check('600 16px "%s"')`, tt.sans), &check),
		)
		if !strings.HasPrefix(body, tt.wantBody) || sans != "400,600" || mono != "400" || !check {
			t.Errorf("%s: body font %s; loaded %s weights %q, IBM Plex Mono %q; check %v", tt.path, body, tt.sans, sans, mono, check)
		}
		mu.Lock()
		for _, f := range tt.files {
			if !slices.ContainsFunc(fonts, func(p string) bool { return strings.HasPrefix(p, tt.path+"assets/fonts/"+f) }) {
				t.Errorf("%s: no request for %sassets/fonts/%s…; font requests: %v", tt.path, tt.path, f, fonts)
			}
		}
		mu.Unlock()
	}
	mu.Lock()
	defer mu.Unlock()
	if len(foreign) > 0 {
		t.Errorf("requests left the app's host %s: %v", u.Host, foreign)
	}
}

// App CSS reaches the components' named parts (docs/styling.md): attribute selectors on
// the built-in components' parts, ::part() on a custom component's shadow parts. ::part()
// does not reach the built-ins, which have no shadow root, as the documentation says.
func TestBrowserStylingParts(t *testing.T) {
	app(t, "theme") // starts the apps, before the browser's deadline runs
	ctx := browser(t)
	openTheme(t, ctx, "/")
	const star = `document.querySelector('gradio-star_rating').shadowRoot.querySelector('[part~="label"]')`
	var label, align, button, checked, unchecked, custom, strike string
	run(t, ctx,
		waitJS(`!!customElements.get('gradio-star_rating') && !!`+star),
		eval(style(`document.querySelector('#name [part~="label"]')`, "text-transform"), &label),
		eval(style(`document.querySelector('#name [part~="input"]')`, "text-align"), &align),
		eval(style(`document.querySelector('#greet [part~="button"]')`, "text-transform"), &button),
		eval(style(`document.querySelector('#size [part~="choice"]:has(input:checked)')`, "outline-color"), &checked),
		eval(style(`document.querySelector('#size [part~="choice"]:has(input:not(:checked))')`, "outline-style"), &unchecked),
		eval(style(star, "font-style"), &custom),
		eval(style(`document.querySelector('#name [part~="input"]')`, "text-decoration-line"), &strike),
	)
	if label != "uppercase" || align != "center" || button != "lowercase" {
		t.Errorf("label text-transform %s, input text-align %s, button text-transform %s; want uppercase, center, lowercase", label, align, button)
	}
	if checked != "rgb(0, 128, 0)" || unchecked != "none" {
		t.Errorf("the checked choice's outline is %s, an unchecked one's %s", checked, unchecked)
	}
	if custom != "italic" {
		t.Errorf("::part(label) on the custom component: font-style %s, want italic", custom)
	}
	if strike != "none" {
		t.Errorf("::part(input) reached a built-in component (text-decoration-line %s): docs/styling.md says it cannot", strike)
	}
	// Every component box is a block part, and the label is one too.
	var blocks, withPart int
	run(t, ctx,
		eval(`document.querySelectorAll('.gr-block').length`, &blocks),
		eval(`document.querySelectorAll('.gr-block[part~="block"]').length`, &withPart),
	)
	if blocks == 0 || blocks != withPart {
		t.Errorf("%d blocks, %d with part=block", blocks, withPart)
	}
}
