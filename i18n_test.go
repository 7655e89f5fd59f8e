package gradio

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestI18nPlaceholderIsGradios(t *testing.T) {
	got := I18n{}.T(`say "hi"`)
	want := `__i18n__{"__type__": "translation_metadata", "key": "say \"hi\""}`
	if got != want {
		t.Errorf("T = %s, want %s", got, want)
	}
	var meta map[string]string
	if err := json.Unmarshal([]byte(strings.TrimPrefix(got, "__i18n__")), &meta); err != nil || meta["key"] != `say "hi"` {
		t.Errorf("the placeholder's JSON reads %v, %v", meta, err)
	}
}

func TestWithI18n(t *testing.T) {
	tr := I18n{"en": {"name": "Name", "q": `a "quoted" key`}, "fr": {"name": "Nom"}, "pt-BR": {"name": "Nome"}}
	a, err := (&Blocks{Children: []Component{&Textbox{Label: tr.T("name"), Placeholder: tr.T("q")}}}).Build(WithI18n(tr))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var cfg struct {
		I18n map[string]map[string]string `json:"i18n_translations"`
	}
	if err := json.Unmarshal(a.document("config", "http://x"), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.I18n["fr"]["name"] != "Nom" || cfg.I18n["pt-BR"]["name"] != "Nome" {
		t.Errorf("i18n_translations = %v", cfg.I18n)
	}
}

func TestWithI18nErrors(t *testing.T) {
	tr := I18n{"en": {"name": "Name"}, "French": {"name": "Nom"}}
	_, err := (&Blocks{Children: []Component{&Textbox{Label: tr.T("name"), Info: tr.T("missing")}}}).Build(WithI18n(tr))
	if err == nil {
		t.Fatal("Build succeeded")
	}
	for _, want := range []string{`"French" is not a locale`, `the key "missing" is used but no language defines it`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error lacks %q: %v", want, err)
		}
	}
}

// Without WithI18n the config says null, as Gradio's does.
func TestNoI18n(t *testing.T) {
	a, err := (&Blocks{}).Build()
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if !strings.Contains(string(a.document("config", "http://x")), `"i18n_translations":null`) {
		t.Error("i18n_translations is not null")
	}
}

// WithLocale puts the page's language in the config; a malformed one fails Build, and
// without it the config has no locale.
func TestWithLocale(t *testing.T) {
	for _, c := range []struct {
		loc, want, err string
	}{
		{"", "", ""},
		{"fr", "fr", ""},
		{"pt-BR", "pt-BR", ""},
		{"zh_CN", "zh_CN", ""},
		{"French", "", `WithLocale: "French" is not a locale`},
		{"fr;q=1", "", `WithLocale: "fr;q=1" is not a locale`},
		{"</script>", "", `WithLocale: "</script>" is not a locale`},
	} {
		a, err := (&Blocks{Children: []Component{&Textbox{}}}).Build(WithLocale(c.loc))
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("WithLocale(%q): error %v, want %q", c.loc, err, c.err)
			}
			if a != nil {
				a.Close()
			}
			continue
		}
		if err != nil {
			t.Fatalf("WithLocale(%q): %v", c.loc, err)
		}
		var cfg map[string]any
		if err := json.Unmarshal(a.document("config", "http://x"), &cfg); err != nil {
			t.Fatal(err)
		}
		a.Close()
		got, has := cfg["locale"]
		if c.want == "" && has {
			t.Errorf("WithLocale(%q): config has locale %v", c.loc, got)
		} else if c.want != "" && got != c.want {
			t.Errorf("WithLocale(%q): config locale %v, want %q", c.loc, got, c.want)
		}
	}
}
