package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Dataset shows rows of sample values as a clickable table (or, with one column or
// with SampleLabels, as a row of cards), a page at a time. A click gives the
// listeners the row's index, or the row itself to a handler whose parameter is []any.
// Examples shows its rows the same way; use a Dataset directly to show samples with
// listeners of your own:
//
//	ds := &gradio.Dataset{Components: []gradio.Component{name}, Samples: [][]any{{"Ada"}, {"Grace"}}}
//	ds.Click(func(i int) string { return names[i] }, gradio.In(ds), gradio.Out(name))
type Dataset struct {
	Events
	// Components say how each column's values are shown and encoded; they need not be
	// placed in the layout.
	Components []Component
	// Samples are the rows, one value per component, in the Go form a handler would
	// return for that component ("text" for a Textbox, 3 for a Number, a path or a
	// FileData for an Image). A nil value is an empty cell.
	Samples [][]any
	// Headers name the columns; nil means the components' labels.
	Headers []string
	// SampleLabels, when set, are shown as cards instead of the samples' values, one per
	// row.
	SampleLabels []string
	// SamplesPerPage is how many rows show at once; 0 means 10.
	SamplesPerPage int
	// Layout is "table", "gallery" (cards) or "" to choose from the number of columns.
	Layout string

	Label       string
	ShowLabel   Bool
	Container   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

var datasetLayouts = []string{"table", "gallery"}

func (d *Dataset) Kind() string { return "dataset" }

func (d *Dataset) Props() map[string]any {
	p := layoutProps(d.Visible, d.ElemID, d.ElemClasses)
	p.str("label", d.Label)
	p["show_label"] = d.ShowLabel.or(true)
	p["container"] = d.Container.or(true)
	if d.Scale != 0 {
		p["scale"] = d.Scale
	}
	p["min_width"] = orInt(d.MinWidth, 160)
	kinds := make([]string, len(d.Components))
	cprops := make([]map[string]any, len(d.Components))
	for i, c := range d.Components {
		if c == nil {
			kinds[i], cprops[i] = "", map[string]any{}
			continue
		}
		kinds[i] = c.Kind()
		cp := c.Props()
		delete(cp, "value")
		cprops[i] = cp
	}
	p["components"] = kinds
	p["component_props"] = cprops
	p["headers"] = d.headers()
	// Files need the app's cache: they are encoded again when the app is built (attach).
	p["samples"], _ = encodeSamples(context.Background(), d.Components, d.Samples)
	if d.SampleLabels != nil {
		p["sample_labels"] = d.SampleLabels
	} else {
		p["sample_labels"] = nil
	}
	p["samples_per_page"] = orInt(d.SamplesPerPage, 10)
	if d.Layout != "" {
		p["layout"] = d.Layout
	} else {
		p["layout"] = nil
	}
	p["proxy_url"] = nil
	p["value"] = nil
	return p
}

// headers are Headers, else the components' labels (none when no component has one).
func (d *Dataset) headers() []string {
	if d.Headers != nil {
		return d.Headers
	}
	hs := make([]string, len(d.Components))
	any := false
	for i, c := range d.Components {
		if c == nil {
			continue
		}
		if l, ok := c.Props()["label"].(string); ok && l != "" {
			hs[i], any = l, true
		}
	}
	if !any {
		return []string{}
	}
	return hs
}

// Validate checks the rows against the components, listing every mismatch.
func (d *Dataset) Validate() error {
	var probs []string
	if d.Layout != "" && !slices.Contains(datasetLayouts, d.Layout) {
		probs = append(probs, fmt.Sprintf("Layout %q is not one of %s", d.Layout, strings.Join(datasetLayouts, ", ")))
	}
	if d.SamplesPerPage < 0 {
		probs = append(probs, fmt.Sprintf("SamplesPerPage %d is negative", d.SamplesPerPage))
	}
	if d.Headers != nil && len(d.Headers) != len(d.Components) {
		probs = append(probs, fmt.Sprintf("%d header(s) for %d component(s)", len(d.Headers), len(d.Components)))
	}
	if d.SampleLabels != nil && len(d.SampleLabels) != len(d.Samples) {
		probs = append(probs, fmt.Sprintf("%d sample label(s) for %d sample(s)", len(d.SampleLabels), len(d.Samples)))
	}
	for i, c := range d.Components {
		if c == nil {
			probs = append(probs, fmt.Sprintf("component %d is nil", i+1))
		} else if _, ok := c.(Output); !ok {
			probs = append(probs, fmt.Sprintf("component %d (%s) cannot show values", i+1, describe(c)))
		}
	}
	for i, row := range d.Samples {
		if len(row) != len(d.Components) {
			probs = append(probs, fmt.Sprintf("sample %d has %d value(s) for %d component(s) (%s)", i+1, len(row), len(d.Components), describeAll(d.Components)))
		}
	}
	if len(probs) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(probs, "; "))
}

func (d *Dataset) ValueType() reflect.Type { return intType }

// AcceptsType reports whether a handler may take the clicked row as []any instead of
// its index.
func (d *Dataset) AcceptsType(t reflect.Type) bool { return t == anySliceType }

var (
	intType      = reflect.TypeFor[int]()
	anySliceType = reflect.TypeFor[[]any]()
)

// Preprocess decodes the index of the clicked row.
func (d *Dataset) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeSampleIndex(p, len(d.Samples))
}

// PreprocessTo gives the clicked row's values, as written in Samples.
func (d *Dataset) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	i, err := decodeSampleIndex(p, len(d.Samples))
	if err != nil {
		return nil, err
	}
	if t == anySliceType {
		return append([]any(nil), d.Samples[i]...), nil
	}
	return i, nil
}

// decodeSampleIndex reads a row index: a whole number from 0 to n-1.
func decodeSampleIndex(p json.RawMessage, n int) (int, error) {
	var f float64
	if jsonKindOf(p) != "a number" || json.Unmarshal(p, &f) != nil {
		return 0, fmt.Errorf("expected the index of a sample, a number; got %s", jsonKindOf(p))
	}
	if f != float64(int(f)) || f < 0 || f >= float64(n) {
		return 0, fmt.Errorf("sample index %v is not a whole number from 0 to %d", f, n-1)
	}
	return int(f), nil
}

// Postprocess takes new rows ([][]any, in the same Go form as Samples) and sends them
// as an update of the samples.
func (d *Dataset) Postprocess(ctx context.Context, v any) (any, error) {
	rows, ok := v.([][]any)
	if !ok && v != nil {
		return nil, fmt.Errorf("a Dataset takes [][]any, got %T", v)
	}
	w, errs := encodeSamples(ctx, d.Components, rows)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return map[string]any{"samples": w, "__type__": "update"}, nil
}

func (d *Dataset) APISchema() map[string]any {
	return map[string]any{"type": "integer", "description": "index of selected example"}
}

func (d *Dataset) ExampleValue() any { return 0 }

// Click registers fn to run when the user clicks a sample.
func (d *Dataset) Click(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventClick, fn, in, out, opts)
}

// Select registers fn to run when the user selects a sample; EventData holds its index
// and values.
func (d *Dataset) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventSelect, fn, in, out, opts)
}

// attach encodes the samples once the app's file cache exists, so that file samples
// are served from it, and reports the values the components cannot show.
func (d *Dataset) attach(bd *builder) []*Event {
	if len(d.Samples) == 0 {
		return nil
	}
	id := bd.ids[d]
	app := bd.app
	app.startup = append(app.startup, func(ctx context.Context) error {
		w, errs := encodeSamples(ctx, d.Components, d.Samples)
		setProp(app, id, "samples", w)
		return joinErrs(errs)
	})
	return nil
}

// setProp changes one property of component id in the built config.
func setProp(a *App, id int, key string, v any) {
	for i := range a.cfg.Components {
		if a.cfg.Components[i].ID == id {
			a.cfg.Components[i].Props[key] = v
			return
		}
	}
}

// encodeSamples turns rows of Go values into wire values, listing every value that does
// not encode (its cell is left empty).
func encodeSamples(ctx context.Context, comps []Component, rows [][]any) ([][]any, []error) {
	out := make([][]any, len(rows))
	var probs []error
	for i, row := range rows {
		out[i] = make([]any, len(row))
		for j, v := range row {
			if j >= len(comps) || v == nil {
				continue
			}
			o, ok := comps[j].(Output)
			if !ok {
				continue
			}
			w, err := encodeOutput(ctx, o, reflect.ValueOf(exampleValue(o, v)))
			if err != nil {
				probs = append(probs, fmt.Errorf("sample %d, value %d (%s): %w", i+1, j+1, describe(comps[j]), err))
				continue
			}
			out[i][j] = w
		}
	}
	return out, probs
}

// exampleValue lets a sample of a file component be written as a path, as in Gradio:
// a string that the component cannot take as text becomes a FileData.
func exampleValue(o Output, v any) any {
	s, ok := v.(string)
	if !ok || convertible(stringType, o.ValueType()) {
		return v
	}
	if to, ok := o.(TypedOutput); ok && to.AcceptsType(stringType) {
		return v
	}
	if to, ok := o.(TypedOutput); ok && to.AcceptsType(fileDataType) || o.ValueType() == fileDataType {
		return FileData{Path: s}
	}
	return v
}

// Interface guards.
var (
	_ TypedInput   = (*Dataset)(nil)
	_ Output       = (*Dataset)(nil)
	_ Validator    = (*Dataset)(nil)
	_ APIDescriber = (*Dataset)(nil)
	_ Exampler     = (*Dataset)(nil)
	_ attacher     = (*Dataset)(nil)
)
