// Package gradio builds web apps and APIs around Go functions, compatible with Gradio.
//
// Wrap a function with input and output components and you get, from one binary, a
// web page to use it, an HTTP API with a queue, progress and streaming, and wire
// compatibility with Gradio 6: the official clients (@gradio/client for JavaScript,
// gradio_client for Python) and Gradio's curl API call a gradio-go app unmodified.
//
// # Hello
//
//	func greet(name string) string { return "Hello, " + name + "!" }
//
//	func main() {
//		app := &gradio.Interface{
//			Fn:      greet, // served as /greet
//			Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
//			Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}},
//		}
//		if err := app.Launch(); err != nil { // http://127.0.0.1:7860
//			log.Fatal(err)
//		}
//	}
//
// # Apps
//
// An [Interface] is one function with its inputs and outputs; a [ChatInterface] is a
// chat app around one function of the message and the history (streaming, retry, undo,
// examples, conversations kept in the browser); a [TabbedInterface] shows several apps
// in tabs. A [Blocks] is a whole
// app: a tree of components arranged with [Row], [Column], [Group], [Tabs], [Tab] and
// [Accordion], with event listeners registered on the components (Click, Change,
// Submit...) or on several triggers at once with [On]. Listeners chain with
// [Event.Then], [Event.Success] and [Event.Failure], and take their settings (api name,
// queue, concurrency, batching, cancellation...) from one [EventOptions]. A [Render] in
// the tree is rebuilt for each page by a function of its inputs, which returns the
// components to show and registers their listeners.
//
// Build checks an app and returns an [App], which is an [net/http.Handler]: mount it in
// any server (under a prefix with [net/http.StripPrefix]), or call [App.Launch] to serve
// it on $GRADIO_SERVER_NAME:$GRADIO_SERVER_PORT (127.0.0.1:7860 by default).
//
// Components are struct literals whose zero value works; tri-state settings use [Bool]
// ([True], [False], or unset for the default). Each component turns client JSON into a
// Go value (a [Textbox] gives a string, a [Number] a float64, a [CheckboxGroup] a
// []string...) and back, refusing bad input with an error that says what was expected.
//
// # Handlers
//
// A handler is any Go function whose parameters match the event's inputs and whose
// results match its outputs, optionally with a [context.Context] first and an error
// last. Build checks the signature against the components and names both in its error.
// Parameters may be any type the component's value converts to: a named string type
// for a Textbox, an int for a Number (a fractional value is then refused), a slice of a
// named type for a CheckboxGroup.
//
// A handler that returns [iter.Seq] (or [iter.Seq2] with an error) streams: each value
// it yields reaches the client at once, sent as a diff of the previous one. With
// several outputs, yield a []any holding one value per output.
//
// The context carries the call: [ProgressFrom] reports progress (or range with [Track]),
// [Info], [Warning] and [Success] show toasts, [RequestFrom] tells the session and
// headers, and cancellation (the user pressed Stop, or left) ends the context.
//
// Return an [Update] instead of a value to change an output's properties. A [State]
// holds a value per session on the server.
//
// # Errors
//
// Return a [Error] to show its message to the user. Any other error, and any panic, is
// logged with an id, and the user sees a generic message carrying that id, so internals
// do not leak (unless the app is built [WithShowError]). A panic fails only its own
// call; the server goes on.
//
// # Testing
//
// Handlers are plain functions and are tested as such. Package gradiotest calls a whole
// app through its http.Handler, in process, as the official clients would.
package gradio
