package gradio

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// I18n holds an app's own texts in several languages: by locale ("en", "fr", "pt"...),
// then by key. Write a translatable text as T(key) in a component's Label, Value,
// Placeholder, Info or a tab's label, and pass the dictionaries with WithI18n; the page
// shows each text in the visitor's browser language, else in English, else the key
// itself, as Gradio's gr.I18n does.
//
//	tr := gradio.I18n{
//		"en": {"name": "Name", "greet": "Greet"},
//		"fr": {"name": "Nom", "greet": "Saluer"},
//	}
//	name := &gradio.Textbox{Label: tr.T("name")}
//	app.Launch(gradio.WithI18n(tr))
//
// The texts of the UI itself ("Drop an image here", "Use via API"...) need no
// dictionary: the page has them in English, French, German, Spanish, Simplified
// Chinese and Japanese, and shows them in the browser's language (?__lang=fr in the
// page's URL chooses another), else in English.
type I18n map[string]map[string]string

// T returns the placeholder that the page replaces with the text for key, in Gradio's
// format, which the official clients pass through untouched.
func (tr I18n) T(key string) string {
	k, _ := json.Marshal(key)
	return `__i18n__{"__type__": "translation_metadata", "key": ` + string(k) + `}`
}

// WithI18n gives the app's texts in several languages; see I18n.
func WithI18n(tr I18n) Option { return func(o *options) { o.i18n = tr } }

// WithLocale sets the language of the page (its own texts, such as "Submit" or
// "Search…", and the app's I18n dictionaries) for every visitor: "fr", "pt-BR". Without
// it, or for a language the page has no texts in, the page follows the browser's
// languages; ?__lang= in the URL still wins.
func WithLocale(loc string) Option { return func(o *options) { o.locale = loc } }

var localeRe = regexp.MustCompile(`^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$`)

// applyI18n puts the dictionaries in the config, after checking their locales, and
// that every key the components use is defined in at least one language.
func (a *App) applyI18n() error {
	if loc := a.opts.locale; loc != "" {
		if !localeRe.MatchString(loc) {
			return fmt.Errorf("WithLocale: %q is not a locale such as \"en\" or \"pt-BR\"", loc)
		}
		a.cfg.Locale = loc
	}
	tr := a.opts.i18n
	if len(tr) == 0 {
		return nil
	}
	var errs []string
	known := map[string]bool{}
	translations := make(map[string]any, len(tr))
	for _, loc := range slices.Sorted(maps.Keys(tr)) {
		if !localeRe.MatchString(loc) {
			errs = append(errs, fmt.Sprintf("%q is not a locale such as \"en\" or \"pt-BR\"", loc))
		}
		for k := range tr[loc] {
			known[k] = true
		}
		translations[loc] = tr[loc]
	}
	used, _ := json.Marshal(a.cfg.Components)
	for _, m := range i18nKeyRe.FindAllSubmatch(used, -1) {
		var key string
		if json.Unmarshal(append(append([]byte{'"'}, m[1]...), '"'), &key) == nil && !known[key] {
			errs = append(errs, fmt.Sprintf("the key %q is used but no language defines it", key))
		}
	}
	if len(errs) > 0 {
		slices.Sort(errs)
		errs = slices.Compact(errs)
		return fmt.Errorf("WithI18n: %s", strings.Join(errs, "; "))
	}
	a.cfg.I18n = translations
	return nil
}

// i18nKeyRe finds the keys of T placeholders in the config's JSON, where their quotes
// are escaped.
var i18nKeyRe = regexp.MustCompile(`__i18n__\{\\"__type__\\": \\"translation_metadata\\", \\"key\\": \\"((?:[^"\\]|\\\\.)*)\\"\}`)
