package e2e

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// setLanguages makes the browser ask for these languages: Accept-Language, and
// navigator.languages, which the page reads.
func setLanguages(t *testing.T, ctx context.Context, langs string) {
	t.Helper()
	var ua string
	run(t, ctx, eval(`navigator.userAgent`, &ua))
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ua, AcceptLanguage: langs}); err != nil {
		t.Fatal(err)
	}
}

// builtIn is what the built-in texts of a page read like.
type builtIn struct {
	lang    string   // <html lang>
	buttons []string // every button's text
	footer  string   // the footer's link to the API page
}

func readBuiltIn(t *testing.T, ctx context.Context, url, ready string) builtIn {
	t.Helper()
	var b builtIn
	run(t, ctx,
		chromedp.Navigate(url),
		waitJS(ready),
		eval(`document.documentElement.lang`, &b.lang),
		eval(`[...document.querySelectorAll('button')].map((b) => b.textContent.trim()).filter(Boolean)`, &b.buttons),
		eval(`document.querySelector('.gr-footer a').textContent`, &b.footer),
	)
	return b
}

// The UI's own texts (buttons the library names, the footer, the dataframe's tools, the
// API page) follow the browser's language, with ?__lang= over it, and are English
// otherwise; the app's texts (its labels, its own button values) stay as written.
func TestBrowserBuiltInTextsByLocale(t *testing.T) {
	calc := app(t, "calculator") // starts the apps, before the browser's deadline runs
	data := app(t, "data")
	ctx := browser(t)
	const calcReady = `[...document.querySelectorAll('button')].length >= 3 && !!document.querySelector('.gr-footer a')`
	check := func(what string, got builtIn, lang, footer string, buttons ...string) {
		t.Helper()
		if got.lang != lang || got.footer != footer {
			t.Errorf("%s: <html lang=%q>, footer %q; want %q, %q", what, got.lang, got.footer, lang, footer)
		}
		for _, b := range buttons {
			if !slices.Contains(got.buttons, b) {
				t.Errorf("%s: no %q button among %q", what, b, got.buttons)
			}
		}
	}

	// A browser in English, the default.
	check("English", readBuiltIn(t, ctx, calc, calcReady), "en", "Use via API", "Submit", "Clear", "Flag")
	if got, want := dataframeTools(t, ctx, data), "Search… | + Row | − Row | + Column | − Column | Copy | CSV"; !strings.HasPrefix(got, want) {
		t.Errorf("English dataframe: %q, want it to start %q", got, want)
	}

	// A French browser.
	setLanguages(t, ctx, "fr-FR,fr;q=0.9,en;q=0.8")
	check("French", readBuiltIn(t, ctx, calc, calcReady), "fr", "Utiliser via l'API", "Envoyer", "Effacer", "Signaler")
	var labels []string
	run(t, ctx, eval(`[...document.querySelectorAll('.gr-label')].map((l) => l.textContent.trim())`, &labels))
	if !slices.ContainsFunc(labels, func(l string) bool { return strings.Contains(l, "operation") }) {
		t.Errorf("French: the app's own labels %q should stay as written (operation)", labels)
	}

	// The dataframe's tools and search box, in French.
	if got, want := dataframeTools(t, ctx, data), "Rechercher… | + Ligne | − Ligne | + Colonne | − Colonne | Copier | CSV"; !strings.HasPrefix(got, want) {
		t.Errorf("French dataframe: %q, want it to start %q", got, want)
	}

	// The API page, in French.
	var captions []string
	run(t, ctx,
		chromedp.Navigate(calc+"/?view=api"),
		waitJS(`!!document.querySelector('.gr-api-table caption')`),
		eval(`[...document.querySelectorAll('.gr-api-table caption, .gr-api-nav a')].map((e) => e.textContent.trim())`, &captions),
	)
	for _, want := range []string{"← Retour à l'application", "Paramètres", "Résultats"} {
		if !slices.Contains(captions, want) {
			t.Errorf("French API page: no %q among %q", want, captions)
		}
	}

	// ?__lang= chooses over the browser's languages.
	check("?__lang=de", readBuiltIn(t, ctx, calc+"/?__lang=de", calcReady), "de", "Über die API verwenden", "Absenden", "Leeren", "Markieren")

	// A language without a catalog falls back to English.
	setLanguages(t, ctx, "sw-KE,sw")
	check("Swahili", readBuiltIn(t, ctx, calc, calcReady), "en", "Use via API", "Submit", "Clear", "Flag")
}

// dataframeTools reads the data app's first dataframe's toolbar as "placeholder | button |
// button...", after turning its search box on as an update of show_search would.
func dataframeTools(t *testing.T, ctx context.Context, url string) string {
	t.Helper()
	var tools string
	run(t, ctx,
		chromedp.Navigate(url),
		waitJS(`!!document.querySelector('gradio-dataframe .gr-df-toolbar button')`),
		eval(`(() => { const el = document.querySelector('gradio-dataframe'); el.props = {...el.props, show_search: "search"}; return true })()`, new(bool)),
		waitJS(`!!document.querySelector('gradio-dataframe .gr-df-search')`),
		eval(`(() => { const bar = document.querySelector('gradio-dataframe .gr-df-toolbar');
			return [bar.querySelector('.gr-df-search').placeholder, ...[...bar.querySelectorAll('button')].map((b) => b.textContent.trim())].join(" | ") })()`, &tools),
	)
	return tools
}
