package gradio

import (
	"errors"
	"fmt"
	"html"
	"strings"
)

// Blockser is an app that can be laid out as a Blocks, to be placed in a
// TabbedInterface: an *Interface, a *ChatInterface, a *TabbedInterface or a *Blocks.
type Blockser interface {
	Blocks() (*Blocks, error)
}

// Blocks returns b itself, so that a Blocks can be one of a TabbedInterface's apps.
func (b *Blocks) Blocks() (*Blocks, error) { return b, nil }

// TabbedInterface shows several apps in tabs, one tab each:
//
//	app := &gradio.TabbedInterface{
//		Interfaces: []gradio.Blockser{greeter, calculator},
//		TabNames:   []string{"Greet", "Calculate"},
//	}
//
// Every app keeps its functions and their api names; names that clash get _1, _2
// suffixes, in tab order, as in Gradio. An app's title, description and article are
// shown in its tab.
type TabbedInterface struct {
	// Interfaces are the apps, in tab order.
	Interfaces []Blockser
	// TabNames are the tabs' labels; nil means each app's Title, or "Tab 1", "Tab 2"...
	TabNames []string
	// Title is shown above the tabs and in the browser tab.
	Title string
	// CSS, JS and Head customise the page, as in Blocks; the apps' own CSS is kept too.
	CSS, JS, Head string
}

// Blocks returns the Blocks app the tabs stand for, made of the apps' Blocks.
func (ti *TabbedInterface) Blocks() (*Blocks, error) {
	if len(ti.Interfaces) == 0 {
		return nil, errors.New("gradio: TabbedInterface has no Interfaces")
	}
	if ti.TabNames != nil && len(ti.TabNames) != len(ti.Interfaces) {
		return nil, fmt.Errorf("gradio: TabbedInterface has %d TabNames for %d Interfaces", len(ti.TabNames), len(ti.Interfaces))
	}
	out := &Blocks{Title: ti.Title, JS: ti.JS, Head: ti.Head, mode: "tabbed_interface"}
	css := []string{}
	if ti.CSS != "" {
		css = append(css, ti.CSS)
	}
	tabs := &TabsBlock{}
	var errs []error
	for i, app := range ti.Interfaces {
		if app == nil {
			errs = append(errs, fmt.Errorf("Interfaces[%d] is nil", i))
			continue
		}
		b, err := app.Blocks()
		if err != nil {
			errs = append(errs, fmt.Errorf("Interfaces[%d]: %w", i, err))
			continue
		}
		name := fmt.Sprintf("Tab %d", i+1)
		switch {
		case ti.TabNames != nil:
			name = ti.TabNames[i]
		case b.Title != "":
			name = b.Title
		}
		var children []Component
		if b.mode == "interface" {
			// An Interface's title, description and article are page-level; in a tab
			// they become its first and last blocks.
			if b.Title != "" {
				children = append(children, &Markdown{Value: "<h1 style='text-align: center; margin-bottom: 1rem'>" + html.EscapeString(b.Title) + "</h1>"})
			}
			if b.description != "" {
				children = append(children, &Markdown{Value: b.description})
			}
		}
		children = append(children, b.Children...)
		if b.mode == "interface" && b.article != "" {
			children = append(children, &Markdown{Value: b.article})
		}
		tabs.Tabs = append(tabs.Tabs, Tab(name, children...))
		// The app's own listeners (an Interface's function, Load) come along, in order.
		out.list = append(out.list, b.list...)
		if b.CSS != "" {
			css = append(css, b.CSS)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("gradio: TabbedInterface: %w", errors.Join(errs...))
	}
	out.CSS = strings.Join(css, "\n")
	if ti.Title != "" {
		out.Children = append(out.Children, &Markdown{Value: "<h1 style='text-align: center; margin-bottom: 1rem'>" + html.EscapeString(ti.Title) + "</h1>"})
	}
	out.Children = append(out.Children, tabs)
	return out, nil
}

// Build checks the apps and returns them ready to serve; see Blocks.Build.
func (ti *TabbedInterface) Build(opts ...Option) (*App, error) {
	b, err := ti.Blocks()
	if err != nil {
		return nil, err
	}
	return b.Build(opts...)
}

// Launch builds the tabs and serves them until interrupted; see App.Launch.
func (ti *TabbedInterface) Launch(opts ...Option) error {
	app, err := ti.Build(opts...)
	if err != nil {
		return err
	}
	return app.Launch()
}

var (
	_ Blockser = (*Interface)(nil)
	_ Blockser = (*ChatInterface)(nil)
	_ Blockser = (*TabbedInterface)(nil)
	_ Blockser = (*Blocks)(nil)
)
