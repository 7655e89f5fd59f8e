package gradio_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

func shout(s string) string { return strings.ToUpper(s) }

// Each app keeps its api names in its tab; clashing names get Gradio's suffixes.
func TestTabbedInterface(t *testing.T) {
	hello := &gradio.Interface{Fn: greet, Title: "Hello", Description: "Says *hello*.",
		Inputs: []gradio.Component{&gradio.Textbox{Label: "Name"}}, Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}}}
	hello2 := &gradio.Interface{Fn: greet,
		Inputs: []gradio.Component{&gradio.Textbox{Label: "Name"}}, Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}}}
	in, out := &gradio.Textbox{Label: "In"}, &gradio.Textbox{Label: "Out"}
	btn := &gradio.Button{Value: "Shout"}
	btn.Click(shout, gradio.In(in), gradio.Out(out))
	blocks := &gradio.Blocks{Title: "Shouter", Children: []gradio.Component{in, btn, out}}
	chat := &gradio.ChatInterface{Fn: respond}

	app := build(t, &gradio.TabbedInterface{Interfaces: []gradio.Blockser{hello, hello2, blocks, chat}, Title: "Tools"})
	c := gradiotest.New(app)
	for api, want := range map[string]string{"/greet": "Hello, Ada!", "/greet_1": "Hello, Ada!", "/shout": "ADA"} {
		got, err := c.Predict(api, "Ada")
		if err != nil || got[0] != want {
			t.Errorf("%s: %v %v, want %q", api, got, err, want)
		}
	}
	if got, err := c.Predict("/respond", "x"); err != nil || got[0] != "You said: x. Here is a streamed answer." {
		t.Errorf("/respond: %v %v", got, err)
	}

	srv := httptest.NewServer(app)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/config")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Mode       string `json:"mode"`
		Title      string `json:"title"`
		Components []struct {
			Type  string         `json:"type"`
			Props map[string]any `json:"props"`
		} `json:"components"`
	}
	err = json.NewDecoder(resp.Body).Decode(&cfg)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	var tabs, texts []string
	for _, c := range cfg.Components {
		switch c.Type {
		case "tabitem":
			tabs = append(tabs, c.Props["label"].(string))
		case "markdown":
			texts = append(texts, c.Props["value"].(string))
		}
	}
	if cfg.Mode != "tabbed_interface" || cfg.Title != "Tools" {
		t.Errorf("mode %q, title %q", cfg.Mode, cfg.Title)
	}
	if strings.Join(tabs, ",") != "Hello,Tab 2,Shouter,Tab 4" {
		t.Errorf("tabs %q", tabs)
	}
	if j := strings.Join(texts, "|"); !strings.Contains(j, ">Hello</h1>") || !strings.Contains(j, "Says *hello*.") || !strings.Contains(j, ">Tools</h1>") {
		t.Errorf("titles and descriptions %q", texts)
	}
}

func TestTabbedInterfaceErrors(t *testing.T) {
	ok := &gradio.Interface{Fn: greet, Inputs: []gradio.Component{&gradio.Textbox{}}, Outputs: []gradio.Component{&gradio.Textbox{}}}
	for _, c := range []struct {
		ti   *gradio.TabbedInterface
		want string
	}{
		{&gradio.TabbedInterface{}, "no Interfaces"},
		{&gradio.TabbedInterface{Interfaces: []gradio.Blockser{ok}, TabNames: []string{"a", "b"}}, "2 TabNames for 1 Interfaces"},
		{&gradio.TabbedInterface{Interfaces: []gradio.Blockser{ok, &gradio.Interface{}}}, "Interfaces[1]: gradio: Interface.Fn is nil"},
		{&gradio.TabbedInterface{Interfaces: []gradio.Blockser{nil}}, "Interfaces[0] is nil"},
	} {
		if _, err := c.ti.Build(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("err = %v, want %q", err, c.want)
		}
	}
}
