package gradio

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// LabelValue is a classification result, as the Label component shows it: the
// predicted label and, optionally, the confidence of each class.
type LabelValue struct {
	Label       string       `json:"label"`
	Confidences []Confidence `json:"confidences"`
}

// Confidence is one class's confidence, usually between 0 and 1.
type Confidence struct {
	Label      string  `json:"label"`
	Confidence float64 `json:"confidence"`
}

// Label shows a classification result: a label, and a bar per class with its
// confidence. A handler returns one of:
//
//   - a string or a number: the label alone;
//   - a map[string]float64 of confidences by class: the label is the most confident one;
//   - a LabelValue (or *LabelValue): its confidences are sorted, and if there are any
//     the label becomes the most confident class, as in Gradio;
//   - nil: nothing is shown.
//
// As an input (its value type is any), a handler gets a LabelValue, or nil for nothing.
type Label struct {
	Events
	// Value is the initial result, in any of the forms a handler may return.
	Value any
	// NumTopClasses shows only the most confident classes when positive; 0 shows all.
	NumTopClasses int
	// ShowHeading shows the label above the bars; it defaults to True.
	ShowHeading Bool

	Label       string
	Info        string
	ShowLabel   Bool
	Container   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	Interactive Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

func (l *Label) Kind() string { return "label" }

func (l *Label) Props() map[string]any {
	p := common{l.Label, l.Info, l.ShowLabel, l.Container, l.Scale, l.MinWidth, l.Visible, l.Interactive, l.ElemID, l.ElemClasses}.into(props{})
	p["show_heading"] = l.ShowHeading.or(true)
	p["buttons"] = []string{}
	if l.NumTopClasses > 0 {
		p["num_top_classes"] = l.NumTopClasses
	}
	if v, err := l.encode(l.Value); err == nil && v != nil {
		p["value"] = v
	}
	return p
}

func (l *Label) Validate() error {
	if l.NumTopClasses < 0 {
		return fmt.Errorf("NumTopClasses is %d; it must not be negative", l.NumTopClasses)
	}
	if _, err := l.encode(l.Value); err != nil {
		return fmt.Errorf("Value: %w", err)
	}
	return nil
}

func (l *Label) ValueType() reflect.Type { return reflect.TypeFor[any]() }

// Preprocess decodes {"label": ..., "confidences": [{"label": ..., "confidence": ...}]}
// into a LabelValue (numeric labels become their decimal text); null gives nil.
func (l *Label) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	if isNull(p) {
		return nil, nil
	}
	var raw struct {
		Label       json.RawMessage `json:"label"`
		Confidences json.RawMessage `json:"confidences"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return nil, fmt.Errorf(`expected an object {"label": ..., "confidences": [{"label": ..., "confidence": <number>}]}, got %s`, jsonKindOf(p))
	}
	var v LabelValue
	var err error
	if v.Label, err = labelText(raw.Label); err != nil {
		return nil, fmt.Errorf("label: %w", err)
	}
	if isNull(raw.Confidences) {
		return v, nil
	}
	var items []json.RawMessage
	if json.Unmarshal(raw.Confidences, &items) != nil {
		return nil, fmt.Errorf("confidences: expected an array, got %s", jsonKindOf(raw.Confidences))
	}
	v.Confidences = make([]Confidence, len(items))
	for i, item := range items {
		var c struct{ Label, Confidence json.RawMessage }
		if jsonKindOf(item) != "an object" || json.Unmarshal(item, &c) != nil {
			return nil, fmt.Errorf(`confidences[%d]: expected an object {"label": ..., "confidence": <number>}, got %s`, i, jsonKindOf(item))
		}
		if v.Confidences[i].Label, err = labelText(c.Label); err != nil {
			return nil, fmt.Errorf("confidences[%d].label: %w", i, err)
		}
		if v.Confidences[i].Confidence, err = decodeNumber(c.Confidence); err != nil {
			return nil, fmt.Errorf("confidences[%d].confidence: %w", i, err)
		}
	}
	return v, nil
}

// labelText accepts a string, a number (as its JSON text) or null.
func labelText(p json.RawMessage) (string, error) {
	switch jsonKindOf(p) {
	case "nothing", "null":
		return "", nil
	case "a string":
		var s string
		err := json.Unmarshal(p, &s)
		return s, err
	case "a number":
		return strings.TrimSpace(string(p)), nil
	}
	return "", fmt.Errorf("expected a string or a number, got %s", jsonKindOf(p))
}

func (l *Label) Postprocess(_ context.Context, v any) (any, error) { return l.encode(v) }

// encode turns a handler's result into the wire's LabelData.
func (l *Label) encode(v any) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case string:
		return map[string]any{"label": v, "confidences": nil}, nil
	case LabelValue:
		return l.sorted(v.Label, v.Confidences)
	case *LabelValue:
		if v == nil {
			return nil, nil
		}
		return l.sorted(v.Label, v.Confidences)
	case map[string]float64:
		if len(v) == 0 {
			return nil, nil
		}
		cs := make([]Confidence, 0, len(v))
		for _, k := range slices.Sorted(maps.Keys(v)) {
			cs = append(cs, Confidence{k, v[k]})
		}
		return l.sorted("", cs)
	}
	rv := reflect.ValueOf(v)
	switch {
	case rv.CanInt():
		return map[string]any{"label": strconv.FormatInt(rv.Int(), 10), "confidences": nil}, nil
	case rv.CanUint():
		return map[string]any{"label": strconv.FormatUint(rv.Uint(), 10), "confidences": nil}, nil
	case rv.CanFloat():
		if !isFinite(rv.Float()) {
			return nil, fmt.Errorf("the label %v is not a finite number", rv.Float())
		}
		return map[string]any{"label": fmtNum(rv.Float()), "confidences": nil}, nil
	}
	return nil, fmt.Errorf("Label shows a string, a number, a map[string]float64 of confidences or a LabelValue; got %T", v)
}

// sorted builds LabelData with the confidences in descending order (ties keep their
// order), cut to NumTopClasses; the label becomes the most confident class.
func (l *Label) sorted(label string, cs []Confidence) (any, error) {
	if len(cs) == 0 {
		return map[string]any{"label": label, "confidences": nil}, nil
	}
	cs = slices.Clone(cs)
	for _, c := range cs {
		if !isFinite(c.Confidence) {
			return nil, fmt.Errorf("the confidence of %q is %v; it must be a finite number", c.Label, c.Confidence)
		}
	}
	slices.SortStableFunc(cs, func(a, b Confidence) int { return cmp.Compare(b.Confidence, a.Confidence) })
	if l.NumTopClasses > 0 && len(cs) > l.NumTopClasses {
		cs = cs[:l.NumTopClasses]
	}
	out := make([]any, len(cs))
	for i, c := range cs {
		out[i] = map[string]any{"label": c.Label, "confidence": c.Confidence}
	}
	return map[string]any{"label": cs[0].Label, "confidences": out}, nil
}

// labelSchemaJSON is Gradio's LabelData schema.
const labelSchemaJSON = `{"$defs": {"LabelConfidence": {"properties": {"label": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}], "default": null, "title": "Label"}, "confidence": {"anyOf": [{"type": "number"}, {"type": "null"}], "default": null, "title": "Confidence"}}, "title": "LabelConfidence", "type": "object"}}, "properties": {"label": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}], "default": null, "title": "Label"}, "confidences": {"anyOf": [{"items": {"$ref": "#/$defs/LabelConfidence"}, "type": "array"}, {"type": "null"}], "default": null, "title": "Confidences"}}, "title": "LabelData", "type": "object", "additional_description": null}`

func (l *Label) APISchema() map[string]any { return schemaJSON(labelSchemaJSON) }

func (l *Label) ExampleValue() any {
	return map[string]any{"label": "Cat", "confidences": []any{
		map[string]any{"label": "cat", "confidence": 0.9},
		map[string]any{"label": "dog", "confidence": 0.1},
	}}
}

// Change registers fn to run when the value changes.
func (l *Label) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(l, l, EventChange, fn, in, out, opts)
}

// Select registers fn to run when the user clicks a class.
func (l *Label) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(l, l, EventSelect, fn, in, out, opts)
}

var (
	_ Input        = (*Label)(nil)
	_ Output       = (*Label)(nil)
	_ APIDescriber = (*Label)(nil)
	_ Exampler     = (*Label)(nil)
	_ Validator    = (*Label)(nil)
)
