// Package stars is the custom component of examples/rating, a star rating: a Go type
// plus one JavaScript module, with no build step.
package stars

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"reflect"

	"github.com/gradio-go/gradio"
)

// elementFiles holds the browser side of Rating: one plain JavaScript module, with no
// build step. It imports Lit from the page's import map.
//
//go:embed rating.js
var elementFiles embed.FS

// Rating is a custom component: a row of stars the user clicks to give a score from 1 to
// Max. Its Go side is an ordinary component (Kind, Props, and the Input and Output
// methods); Module hands the app the element's JavaScript, which defines
// <gradio-star_rating>.
type Rating struct {
	// Events lets the component hold listeners, as built-in components do.
	gradio.Events
	Label string
	// Value is the initial score; 0 means none yet.
	Value int
	// Max is the number of stars; 0 means 5.
	Max int
}

func (r *Rating) max() int {
	if r.Max <= 0 {
		return 5
	}
	return r.Max
}

// Change registers fn to run when the user picks a score.
func (r *Rating) Change(fn any, in gradio.Inputs, out gradio.Outputs, opts ...gradio.EventOptions) *gradio.Event {
	return gradio.On([]gradio.Trigger{{Source: r, Event: gradio.EventChange}}, fn, in, out, opts...)
}

// Kind names the element: the page renders this component as <gradio-star_rating>.
func (r *Rating) Kind() string { return "star_rating" }

// Props are what the element receives as its props property.
func (r *Rating) Props() map[string]any {
	return map[string]any{"label": r.Label, "value": r.Value, "max": r.max()}
}

// Module returns the element's module; see gradio.CustomComponent.
func (r *Rating) Module() (fs.FS, string) { return elementFiles, "rating.js" }

// ValueType is the Go type handlers take and return: the score.
func (r *Rating) ValueType() reflect.Type { return reflect.TypeFor[int]() }

// Preprocess checks the score the browser (or an API client) sent.
func (r *Rating) Preprocess(_ context.Context, payload json.RawMessage) (any, error) {
	var n int
	if err := json.Unmarshal(payload, &n); err != nil {
		return nil, fmt.Errorf("a rating is a whole number, not %s", payload)
	}
	if n < 0 || n > r.max() {
		return nil, fmt.Errorf("a rating is from 0 to %d, not %d", r.max(), n)
	}
	return n, nil
}

// Postprocess sends a handler's score to the browser.
func (r *Rating) Postprocess(_ context.Context, v any) (any, error) {
	n, _ := v.(int)
	return min(max(n, 0), r.max()), nil
}

// APISchema describes the value in /gradio_api/info.
func (r *Rating) APISchema() map[string]any { return map[string]any{"type": "integer"} }

var (
	_ gradio.CustomComponent = (*Rating)(nil)
	_ gradio.Input           = (*Rating)(nil)
	_ gradio.Output          = (*Rating)(nil)
)
