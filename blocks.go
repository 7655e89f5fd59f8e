package gradio

// Blocks is an app laid out as an explicit tree of components, with events wired on
// the components. Its zero value is an empty app; fill in Children:
//
//	name := &gradio.Textbox{Label: "Name"}
//	out := &gradio.Textbox{Label: "Greeting"}
//	btn := &gradio.Button{Value: "Greet", Variant: gradio.Primary}
//	btn.Click(greet, gradio.In(name), gradio.Out(out))
//	app := &gradio.Blocks{Title: "Greeter", Children: []gradio.Component{name, btn, out}}
//
// A Blocks is a description: Build checks it and turns it into a running App (an
// http.Handler), and Launch builds and serves it. Changing a Blocks after Build has no
// effect on the App already built.
type Blocks struct {
	// Events holds the app-level listeners (Load, Unload).
	Events
	// Title is the browser tab's title; "" means "Gradio".
	Title string
	// Children are the top-level components, laid out in a column.
	Children []Component
	// CSS is extra style sheet text for the page; JS runs when the page loads; Head is
	// extra HTML for the page's <head>.
	CSS, JS, Head string
	// CSSPaths and HeadPaths name files whose contents Build appends to CSS and Head, in
	// order, as Gradio's css_paths and head_paths do.
	CSSPaths, HeadPaths []string
	// FillHeight makes the app fill the window's height; FillWidth removes the side margins.
	FillHeight, FillWidth bool

	// Set by Interface.
	mode, description, article string
}

// Load registers fn to run when a page of the app loads.
func (b *Blocks) Load(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(b, nil, EventLoad, fn, in, out, opts)
}

// Unload registers fn to run when a user closes the page (their heartbeat stream ends).
func (b *Blocks) Unload(fn any, opts ...EventOptions) *Event {
	return on(b, nil, EventUnload, fn, nil, nil, opts)
}

// Launch builds the app and serves it until interrupted; see App.Launch.
func (b *Blocks) Launch(opts ...Option) error {
	app, err := b.Build(opts...)
	if err != nil {
		return err
	}
	return app.Launch()
}
