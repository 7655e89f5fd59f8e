package gradio_test

import (
	"fmt"

	"github.com/gradio-go/gradio"
)

// Labels written as tr.T(key) are shown in the visitor's language; the config carries
// the dictionaries as Gradio's i18n_translations.
func ExampleI18n() {
	tr := gradio.I18n{
		"en": {"name": "Name"},
		"fr": {"name": "Nom"},
	}
	name := &gradio.Textbox{Label: tr.T("name")}
	app, err := (&gradio.Blocks{Children: []gradio.Component{name}}).Build(gradio.WithI18n(tr))
	if err != nil {
		panic(err)
	}
	defer app.Close()
	fmt.Println(name.Label)
	// Output: __i18n__{"__type__": "translation_metadata", "key": "name"}
}
