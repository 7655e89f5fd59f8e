// Package client calls Gradio apps from Go: gradio-go apps and Python Gradio 5/6 apps
// alike, over the same protocol as the official JavaScript and Python clients.
//
//	c, err := client.Connect(ctx, "http://127.0.0.1:7860")
//	if err != nil { ... }
//	defer c.Close()
//	out, err := c.Predict(ctx, "/greet", "Ada")      // positional
//	out, err = c.PredictNamed(ctx, "/greet", map[string]any{"name": "Ada"})
//
// Predict queues the call and waits for its result. Submit returns a Job whose Updates
// report the queue position, progress, toasts and every streamed value as they come.
// Arguments may be files: File (a local path), Reader (any io.Reader) and URL are
// uploaded or passed as the app expects. Files in results are FileData values; Download
// saves one locally.
//
// A dropped connection does not fail a call: the client resumes its event stream with
// Last-Event-ID after a short pause (a few times, for about 45 s in all) and each message
// still arrives once; a call whose session the app no longer knows fails with
// ErrSessionLost.
//
// One Client is one session: State in the app is kept between its calls, and calls may
// run concurrently from several goroutines.
package client
