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
