package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
)

// MultimodalValue is the value of a MultimodalTextbox: text and attached files.
type MultimodalValue struct {
	Text  string
	Files []FileData
}

// MultimodalTextbox is a text box that also takes files (dropped, pasted, uploaded or
// recorded), as chat apps use for a message with attachments. A handler takes or
// returns a MultimodalValue, or a string for the text alone. Received files are in
// the app's file cache; returned ones are served as File outputs are.
type MultimodalTextbox struct {
	Events
	// Value is the initial text and files.
	Value MultimodalValue
	// Sources are where files may come from: "upload" and "microphone"; nil means
	// upload only.
	Sources []string
	// FileCount is "single" (the default), "multiple" or "directory".
	FileCount string
	// FileTypes limits the files accepted, as File.FileTypes; empty accepts any file.
	FileTypes []string
	// Lines is the visible height in lines; 0 means 1. MaxLines caps how far it grows
	// (0 means 20).
	Lines, MaxLines int
	// Placeholder is shown while the box is empty.
	Placeholder string
	// SubmitButton shows a submit button; it defaults to True.
	SubmitButton Bool
	// StopButton shows a stop button (for streaming handlers); it fires Stop.
	StopButton bool
	// MaxPlainTextLength turns longer pasted text into an attached file; 0 means 1000.
	MaxPlainTextLength int
	// Autofocus focuses the box when the page loads.
	Autofocus bool
	// Autoscroll scrolls to the end when the text changes; it defaults to True.
	Autoscroll Bool
	RTL        bool

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

	// blankLabel gives the component the label "" (a ChatInterface's message box), which
	// API clients show as such rather than as parameter_<id>.
	blankLabel bool
}

var (
	multimodalType    = reflect.TypeFor[MultimodalValue]()
	multimodalSources = []string{"upload", "microphone"}
)

const multimodalShape = `{"text": <a string>, "files": [<a file>, ...]}`

func (m *MultimodalTextbox) Kind() string { return "multimodaltextbox" }

func (m *MultimodalTextbox) Props() map[string]any {
	p := common{m.Label, m.Info, m.ShowLabel, m.Container, m.Scale, m.MinWidth, m.Visible, m.Interactive, m.ElemID, m.ElemClasses}.into(props{})
	if m.blankLabel && m.Label == "" {
		p["label"] = ""
	}
	p["sources"] = orList(m.Sources, []string{"upload"})
	p["file_count"] = or(m.FileCount, "single")
	if len(m.FileTypes) > 0 {
		p["file_types"] = m.FileTypes
	}
	lines := orInt(m.Lines, 1)
	p["lines"] = lines
	p["max_lines"] = max(lines, orInt(m.MaxLines, 20))
	p.str("placeholder", m.Placeholder)
	p["submit_btn"] = m.SubmitButton.or(true)
	p["stop_btn"] = m.StopButton
	p["max_plain_text_length"] = orInt(m.MaxPlainTextLength, 1000)
	p["autofocus"] = m.Autofocus
	p["autoscroll"] = m.Autoscroll.or(true)
	p["rtl"] = m.RTL
	p["_selectable"] = hasListener(&m.Events, m, EventSelect)
	if m.Value.Text != "" || len(m.Value.Files) > 0 {
		files := make([]any, len(m.Value.Files))
		for i, fd := range m.Value.Files {
			files[i] = staticFile(fd)
		}
		p["value"] = map[string]any{"text": m.Value.Text, "files": files}
	}
	return p
}

func (m *MultimodalTextbox) Validate() error {
	switch {
	case m.Lines < 0 || m.MaxLines < 0 || m.MaxPlainTextLength < 0:
		return fmt.Errorf("Lines (%d), MaxLines (%d) and MaxPlainTextLength (%d) must not be negative", m.Lines, m.MaxLines, m.MaxPlainTextLength)
	case m.FileCount != "" && m.FileCount != "single" && m.FileCount != "multiple" && m.FileCount != "directory":
		return fmt.Errorf("FileCount %q is not one of single, multiple, directory", m.FileCount)
	}
	if err := checkOneOf("Sources", m.Sources, multimodalSources); err != nil {
		return err
	}
	for i, fd := range m.Value.Files {
		if fd.Path == "" && fd.URL == "" {
			return fmt.Errorf("Value.Files[%d] has neither a Path nor a URL", i)
		}
	}
	return nil
}

func (m *MultimodalTextbox) ValueType() reflect.Type { return multimodalType }

// AcceptsType allows a string (the text alone), both ways.
func (m *MultimodalTextbox) AcceptsType(t reflect.Type) bool { return t == stringType }

func (m *MultimodalTextbox) rules() fileRules {
	return fileRules{what: "a MultimodalTextbox", types: m.FileTypes}
}

// Preprocess decodes {"text": ..., "files": [...]}: the files must be uploaded to or
// produced by this app, and of the FileTypes. Null gives the zero MultimodalValue.
func (m *MultimodalTextbox) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	return m.decode(ctx, p)
}

func (m *MultimodalTextbox) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	v, err := m.decode(ctx, p)
	if err != nil {
		return nil, err
	}
	return v.Text, nil
}

func (m *MultimodalTextbox) decode(ctx context.Context, p json.RawMessage) (MultimodalValue, error) {
	if isNull(p) {
		return MultimodalValue{}, nil
	}
	var raw struct {
		Text  json.RawMessage `json:"text"`
		Files json.RawMessage `json:"files"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return MultimodalValue{}, fmt.Errorf("expected an object %s, got %s", multimodalShape, jsonKindOf(p))
	}
	var v MultimodalValue
	if k := jsonKindOf(raw.Text); k != "nothing" && k != "null" {
		if k != "a string" || json.Unmarshal(raw.Text, &v.Text) != nil {
			return MultimodalValue{}, fmt.Errorf(`"text" must be a string, got %s`, k)
		}
	}
	if !isNull(raw.Files) {
		files, err := decodeFileList(ctx, raw.Files, m.rules())
		if err != nil {
			return MultimodalValue{}, fmt.Errorf(`"files": %w`, err)
		}
		v.Files = files
	}
	return v, nil
}

// Postprocess sends a MultimodalValue (or a string, for the text alone); the zero
// value empties the box.
func (m *MultimodalTextbox) Postprocess(ctx context.Context, v any) (any, error) {
	var mv MultimodalValue
	switch v := v.(type) {
	case MultimodalValue:
		mv = v
	case *MultimodalValue:
		if v != nil {
			mv = *v
		}
	case string:
		mv.Text = v
	case nil:
	default:
		return nil, fmt.Errorf("a MultimodalTextbox shows a MultimodalValue or a string, not a %T", v)
	}
	files := make([]any, len(mv.Files))
	for i, fd := range mv.Files {
		w, err := encodeFile(ctx, fd, "a MultimodalTextbox")
		if err != nil {
			return nil, fmt.Errorf("file %d: %w", i+1, err)
		}
		files[i] = w
	}
	return map[string]any{"text": mv.Text, "files": files}, nil
}

// APISchema is Gradio's MultimodalData schema.
func (m *MultimodalTextbox) APISchema() map[string]any {
	s := schemaJSON(`{"properties": {"text": {"title": "Text", "type": "string"}, "files": {"items": {"$ref": "#/$defs/FileData"}, "title": "Files", "type": "array"}}, "required": ["text"], "title": "MultimodalData", "type": "object", "additional_description": null}`)
	s["$defs"] = fileDefs()
	return s
}

func (m *MultimodalTextbox) ExampleValue() any {
	return map[string]any{"text": "Describe this image", "files": []any{exampleFile(exampleImageURL)}}
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (m *MultimodalTextbox) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(m, m, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user edits the text or the files.
func (m *MultimodalTextbox) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(m, m, EventInput, fn, in, out, opts)
}

// Submit registers fn to run when the user presses Enter or the submit button.
func (m *MultimodalTextbox) Submit(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(m, m, EventSubmit, fn, in, out, opts)
}

// Focus registers fn to run when the box gains focus.
func (m *MultimodalTextbox) Focus(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(m, m, EventFocus, fn, in, out, opts)
}

// Blur registers fn to run when the box loses focus.
func (m *MultimodalTextbox) Blur(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(m, m, EventBlur, fn, in, out, opts)
}

// Select registers fn to run when the user selects text.
func (m *MultimodalTextbox) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(m, m, EventSelect, fn, in, out, opts)
}

// Stop registers fn to run when the user presses the stop button (see StopButton). To
// stop a streaming handler, register a nil fn with EventOptions.Cancels.
func (m *MultimodalTextbox) Stop(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(m, m, "stop", fn, in, out, opts)
}

var (
	_ TypedInput   = (*MultimodalTextbox)(nil)
	_ TypedOutput  = (*MultimodalTextbox)(nil)
	_ APIDescriber = (*MultimodalTextbox)(nil)
	_ Exampler     = (*MultimodalTextbox)(nil)
	_ Validator    = (*MultimodalTextbox)(nil)
)
