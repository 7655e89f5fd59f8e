package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Code is a code editor with syntax highlighting, for showing code or taking it as
// input. Its value is a string. Returned code is trimmed of leading and trailing
// whitespace, as in Gradio.
type Code struct {
	Events
	// Value is the initial code.
	Value string
	// Language selects the syntax highlighting: one of CodeLanguages, or empty for
	// plain text.
	Language string
	// Lines is the minimum visible height in lines; 0 means 5. MaxLines caps how far
	// it grows when positive (otherwise it fills its container).
	Lines, MaxLines int
	// WrapLines wraps long lines instead of scrolling.
	WrapLines bool
	// ShowLineNumbers shows line numbers; it defaults to True.
	ShowLineNumbers Bool
	// Autocomplete offers completions while typing, for languages that have them.
	Autocomplete bool
	// Buttons are "copy" and "download"; nil means both, an empty slice none.
	Buttons []string

	Label       string
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

// CodeLanguages returns the languages a Code component can highlight, as Gradio's
// gr.Code.languages.
func CodeLanguages() []string { return slices.Clone(codeLanguages) }

var (
	codeLanguages = []string{
		"python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2",
		"typescript", "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL",
		"sql-mariaDB", "sql-sqlite", "sql-cassandra", "sql-plSQL", "sql-hive", "sql-pgSQL",
		"sql-gql", "sql-gpSQL", "sql-sparkSQL", "sql-esper",
	}
	codeButtons = []string{"copy", "download"}
)

func (c *Code) Kind() string { return "code" }

func (c *Code) Props() map[string]any {
	p := common{c.Label, "", c.ShowLabel, c.Container, c.Scale, c.MinWidth, c.Visible, c.Interactive, c.ElemID, c.ElemClasses}.into(props{})
	p.str("language", c.Language)
	lines := orInt(c.Lines, 5)
	p["lines"] = lines
	if c.MaxLines > 0 {
		p["max_lines"] = max(lines, c.MaxLines)
	}
	p["wrap_lines"] = c.WrapLines
	p["show_line_numbers"] = c.ShowLineNumbers.or(true)
	p["autocomplete"] = c.Autocomplete
	p["buttons"] = orList(c.Buttons, codeButtons)
	p["_selectable"] = false
	p.str("value", c.Value)
	return p
}

func (c *Code) Validate() error {
	if c.Language != "" && !slices.Contains(codeLanguages, c.Language) {
		return fmt.Errorf("Language %q is not one of %s (or empty, for plain text)", c.Language, strings.Join(codeLanguages, ", "))
	}
	if c.Lines < 0 || c.MaxLines < 0 {
		return fmt.Errorf("Lines (%d) and MaxLines (%d) must not be negative", c.Lines, c.MaxLines)
	}
	return checkOneOf("Buttons", c.Buttons, codeButtons)
}

func (c *Code) ValueType() reflect.Type { return stringType }

// Preprocess accepts a string; null gives "".
func (c *Code) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeValue[string](p, "a string")
}

// Postprocess trims leading and trailing whitespace, as Gradio does.
func (c *Code) Postprocess(_ context.Context, v any) (any, error) {
	s, _ := v.(string)
	return strings.TrimSpace(s), nil
}

func (c *Code) APISchema() map[string]any { return map[string]any{"type": "string"} }
func (c *Code) ExampleValue() any         { return "print('Hello World')" }

// Change registers fn to run when the value changes, by the user or by a handler.
func (c *Code) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user edits the code.
func (c *Code) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventInput, fn, in, out, opts)
}

// Focus registers fn to run when the editor gains focus.
func (c *Code) Focus(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventFocus, fn, in, out, opts)
}

// Blur registers fn to run when the editor loses focus.
func (c *Code) Blur(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventBlur, fn, in, out, opts)
}

var (
	_ Input        = (*Code)(nil)
	_ Output       = (*Code)(nil)
	_ APIDescriber = (*Code)(nil)
	_ Exampler     = (*Code)(nil)
	_ Validator    = (*Code)(nil)
)
