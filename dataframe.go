package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Dataframe shows a table, which the user can also edit. A handler takes or returns a
// Table, or a slice of structs ([]T or []*T) with one row per element:
//
//	type Person struct {
//		Name string
//		Age  int `gradio:"age"`
//	}
//	df.Change(func(people []Person) Table { ... }, In(df), Out(summary))
//
// The columns of a struct are its exported fields, in order (fields of embedded
// structs included), named by their `gradio:"name"` tag or else the field's name;
// `gradio:"-"` leaves a field out. Fields may be strings, bools, numbers, time.Time,
// pointers to those (an empty cell is nil) or any (the cell as received). Received
// columns are matched to fields by name; extra columns are ignored, a missing one is
// an error. Cells are converted to the field's type (the text "42" fits an int field,
// 2.5 does not), and errors name the row and the column.
//
// Received cells are checked against Datatype: a "number" column takes numbers, a
// "bool" column booleans, a "date" column strings; any column also takes empty cells
// (null or "", received as nil). Returned time.Time cells are sent as RFC 3339 text.
type Dataframe struct {
	Events
	// Value is the initial table, a Table or a slice of structs; nil leaves it empty.
	Value any
	// Headers name the columns of the empty table, and of returned Tables without
	// headers; nil means "1", "2", "3"...
	Headers []string
	// RowCount is the number of rows shown at first; 0 means 3. FixedRows stops the
	// user adding or deleting rows.
	RowCount  int
	FixedRows bool
	// ColumnCount is the number of columns shown at first; 0 means len(Headers), or 3.
	// FixedColumns (or any StaticColumns) stops the user adding or deleting columns.
	ColumnCount  int
	FixedColumns bool
	// Datatype is the type of each column: "str" (the default), "number", "bool",
	// "date", "markdown" or "html". A single element applies to every column.
	Datatype []string
	// MaxHeight caps the table's height in pixels; 0 means 500.
	MaxHeight int
	// Wrap wraps long cell text instead of widening the column.
	Wrap bool
	// LineBreaks turns single newlines into line breaks in "markdown" columns; it
	// defaults to True.
	LineBreaks Bool
	// ColumnWidths sets the width of each column, as "100px", "20%" or "auto" (a bare
	// number means pixels).
	ColumnWidths []string
	// ShowRowNumbers adds a column of row numbers.
	ShowRowNumbers bool
	// ShowSearch is "none" (the default), "search" (a search box) or "filter" (a search
	// box and column filters).
	ShowSearch string
	// StaticColumns are the indices of columns the user cannot edit.
	StaticColumns []int
	// PinnedColumns keeps that many columns on the left in view while scrolling.
	PinnedColumns int
	// MaxChars truncates the text shown in cells to that many characters when
	// positive (a click shows it all).
	MaxChars int
	// Buttons are "fullscreen" and "copy"; nil shows both.
	Buttons []string
	// LatexDelimiters mark LaTeX in "markdown" columns; nil means $$...$$, an empty
	// slice turns LaTeX off.
	LatexDelimiters []LatexDelimiter

	Label       string
	ShowLabel   Bool
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

var (
	dataframeTypes   = []string{"str", "number", "bool", "date", "markdown", "html"}
	dataframeSearch  = []string{"none", "search", "filter"}
	dataframeButtons = []string{"fullscreen", "copy"}
)

const dataframeShape = `{"headers": [<column names>], "data": [[<cells>], ...]}`

func (d *Dataframe) Kind() string { return "dataframe" }

// columns is the number of columns shown at first.
func (d *Dataframe) columns() int {
	switch {
	case d.ColumnCount > 0:
		return d.ColumnCount
	case len(d.Headers) > 0:
		return len(d.Headers)
	}
	if n := valueColumns(d.Value); n > 0 {
		return n
	}
	return 3
}

// valueColumns is the number of columns of an initial value (a Table or a slice of
// structs), without converting its rows; 0 when unknown.
func valueColumns(v any) int {
	switch v := v.(type) {
	case nil:
		return 0
	case Table:
		return max(len(v.Headers), v.width())
	case *Table:
		if v != nil {
			return max(len(v.Headers), v.width())
		}
		return 0
	}
	if st := structTableOf(reflect.TypeOf(v)); st != nil {
		return len(st.cols)
	}
	return 0
}

// headers are the column names of the empty table.
func (d *Dataframe) headers() []string {
	if d.Headers != nil {
		return d.Headers
	}
	return numberedHeaders(0, d.columns())
}

// numberedHeaders names columns from+1 to n as Gradio does: "1", "2"...
func numberedHeaders(from, n int) []string {
	h := make([]string, 0, max(n-from, 0))
	for i := from; i < n; i++ {
		h = append(h, strconv.Itoa(i+1))
	}
	return h
}

// datatypeOf is the declared type of column j.
func (d *Dataframe) datatypeOf(j int) string {
	switch {
	case len(d.Datatype) == 1:
		return d.Datatype[0]
	case j < len(d.Datatype):
		return d.Datatype[j]
	}
	return "str"
}

func (d *Dataframe) Props() map[string]any {
	p := common{d.Label, "", d.ShowLabel, Unset, d.Scale, d.MinWidth, d.Visible, d.Interactive, d.ElemID, d.ElemClasses}.into(props{})
	delete(p, "container") // Gradio's Dataframe has none
	count := func(n int, fixed bool) []any {
		if fixed {
			return []any{n, "fixed"}
		}
		return []any{n, "dynamic"}
	}
	p["headers"] = d.headers()
	p["row_count"] = count(orInt(d.RowCount, 3), d.FixedRows)
	cols := count(d.columns(), d.FixedColumns || len(d.StaticColumns) > 0)
	p["col_count"], p["column_count"] = cols, cols
	switch len(d.Datatype) {
	case 0:
		p["datatype"] = "str"
	case 1:
		p["datatype"] = d.Datatype[0]
	default:
		p["datatype"] = d.Datatype
	}
	p["type"] = "pandas"
	p["latex_delimiters"] = latexProps(d.LatexDelimiters)
	p["max_height"] = orInt(d.MaxHeight, 500)
	p["wrap"] = d.Wrap
	p["line_breaks"] = d.LineBreaks.or(true)
	widths := make([]string, len(d.ColumnWidths))
	for i, w := range d.ColumnWidths {
		widths[i] = cssWidth(w)
	}
	p["column_widths"] = widths
	p["show_row_numbers"] = d.ShowRowNumbers
	p["show_search"] = or(d.ShowSearch, "none")
	p["static_columns"] = nonNil(d.StaticColumns)
	if d.PinnedColumns > 0 {
		p["pinned_columns"] = d.PinnedColumns
	}
	if d.MaxChars > 0 {
		p["max_chars"] = d.MaxChars
	}
	if d.Buttons != nil {
		p["buttons"] = d.Buttons
	}
	p["_selectable"] = hasListener(&d.Events, d, EventSelect)
	if d.Value != nil {
		if v, err := d.encode(d.Value); err == nil {
			p["value"] = v
		}
	}
	return p
}

// cssWidth follows Gradio: a width that is not "auto" and does not end in "px" or "%"
// gets "px".
func cssWidth(w string) string {
	if w == "auto" || strings.HasSuffix(w, "px") || strings.HasSuffix(w, "%") {
		return w
	}
	return w + "px"
}

func (d *Dataframe) Validate() error {
	cols := d.columns()
	switch {
	case d.RowCount < 0 || d.ColumnCount < 0:
		return fmt.Errorf("RowCount (%d) and ColumnCount (%d) must not be negative", d.RowCount, d.ColumnCount)
	case d.Headers != nil && d.ColumnCount > 0 && len(d.Headers) != d.ColumnCount:
		return fmt.Errorf("Headers has %d names but ColumnCount is %d", len(d.Headers), d.ColumnCount)
	case len(d.Datatype) > 1 && len(d.Datatype) != cols:
		return fmt.Errorf("Datatype has %d types for %d columns; give one per column, or a single one for all", len(d.Datatype), cols)
	case d.MaxHeight < 0 || d.MaxChars < 0 || d.PinnedColumns < 0:
		return fmt.Errorf("MaxHeight (%d), MaxChars (%d) and PinnedColumns (%d) must not be negative", d.MaxHeight, d.MaxChars, d.PinnedColumns)
	case d.ShowSearch != "" && !slices.Contains(dataframeSearch, d.ShowSearch):
		return fmt.Errorf("ShowSearch %q is not one of %s", d.ShowSearch, strings.Join(dataframeSearch, ", "))
	}
	if err := checkOneOf("Datatype", d.Datatype, dataframeTypes); err != nil {
		return err
	}
	if err := checkOneOf("Buttons", d.Buttons, dataframeButtons); err != nil {
		return err
	}
	for _, c := range d.StaticColumns {
		if c < 0 || c >= cols {
			return fmt.Errorf("StaticColumns: %d is not a column index (the table has %d columns)", c, cols)
		}
	}
	if err := checkLatex(d.LatexDelimiters); err != nil {
		return err
	}
	if d.Value != nil {
		if _, err := d.encode(d.Value); err != nil {
			return fmt.Errorf("Value: %w", err)
		}
	}
	return nil
}

func (d *Dataframe) ValueType() reflect.Type { return tableType }

// AcceptsType allows *Table and slices of structs ([]T or []*T) whose exported fields
// are all strings, bools, numbers, time.Time, pointers to those, or any; both ways.
func (d *Dataframe) AcceptsType(t reflect.Type) bool { return acceptsTable(t) }

// Preprocess decodes {"headers": [...], "data": [[...]], "metadata": ...} into a Table,
// checking that every row has one cell per header and that cells fit the column's
// Datatype. Null gives an empty Table.
func (d *Dataframe) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return d.decode(p)
}

func (d *Dataframe) PreprocessTo(_ context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	tb, err := d.decode(p)
	if err != nil {
		return nil, err
	}
	return tableAs(tb, t, "a Dataframe")
}

func (d *Dataframe) decode(p json.RawMessage) (Table, error) {
	if isNull(p) {
		return Table{Headers: []string{}, Rows: [][]any{}, Types: []string{}}, nil
	}
	var raw struct {
		Headers  json.RawMessage `json:"headers"`
		Data     json.RawMessage `json:"data"`
		Metadata json.RawMessage `json:"metadata"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return Table{}, fmt.Errorf("expected a table, an object %s; got %s", dataframeShape, jsonKindOf(p))
	}
	headers, err := decodeHeaders(raw.Headers, "headers")
	if err != nil {
		return Table{}, err
	}
	rows, err := decodeCells(raw.Data, headers)
	if err != nil {
		return Table{}, err
	}
	if k := jsonKindOf(raw.Metadata); k != "nothing" && k != "null" && k != "an object" {
		return Table{}, fmt.Errorf(`"metadata" must be an object or null, got %s`, k)
	}
	tb := Table{Headers: headers, Rows: rows, Types: make([]string, len(headers))}
	for j := range headers {
		tb.Types[j] = d.datatypeOf(j)
	}
	for i, row := range rows {
		for j, cell := range row {
			c, err := checkDatatype(cell, tb.Types[j])
			if err != nil {
				return Table{}, fmt.Errorf("row %d, column %q: %w", i+1, headers[j], err)
			}
			row[j] = c
		}
	}
	return tb, nil
}

// checkDatatype checks a received cell against its column's declared type. An empty
// string in a "number", "bool" or "date" column is an empty cell (nil).
func checkDatatype(cell any, dtype string) (any, error) {
	if cell == nil || cell == "" && (dtype == "number" || dtype == "bool" || dtype == "date") {
		return nil, nil
	}
	var want string
	switch dtype {
	case "number":
		if _, ok := cell.(float64); ok {
			return cell, nil
		}
		want = "a number"
	case "bool":
		if _, ok := cell.(bool); ok {
			return cell, nil
		}
		want = "a boolean"
	case "date":
		if _, ok := cell.(string); ok {
			return cell, nil
		}
		want = "a date (a string)"
	default:
		return cell, nil
	}
	return nil, fmt.Errorf("expected %s, got %s", want, cellKind(cell))
}

// Postprocess sends a Table, a *Table or a slice of structs. A Table without Headers
// takes the Dataframe's (numbered ones for extra columns, as in Gradio); otherwise
// every row must have one cell per header. nil shows an empty table.
func (d *Dataframe) Postprocess(_ context.Context, v any) (any, error) {
	return d.encode(v)
}

type dataframeWire struct {
	Headers  []string `json:"headers"`
	Data     [][]any  `json:"data"`
	Metadata any      `json:"metadata"`
}

func (d *Dataframe) encode(v any) (any, error) {
	tb, ok, err := tableOf(v, "a Dataframe")
	if err != nil {
		return nil, err
	}
	if !ok {
		return dataframeWire{Headers: d.headers(), Data: [][]any{}}, nil
	}
	if len(tb.Headers) == 0 {
		// As Gradio: the component's headers, cut or extended to the data's width.
		w := tb.width()
		if len(tb.Rows) == 0 {
			w = len(d.headers())
		}
		h := d.headers()
		tb.Headers = append(slices.Clone(h[:min(len(h), w)]), numberedHeaders(len(h), w)...)
	}
	if err := tb.checkShape(); err != nil {
		return nil, err
	}
	if len(tb.Types) > 0 {
		if len(tb.Types) != len(tb.Headers) {
			return nil, fmt.Errorf("the table has %d Types for %d columns", len(tb.Types), len(tb.Headers))
		}
		for _, typ := range tb.Types {
			if typ != "" && !slices.Contains(dataframeTypes, typ) {
				return nil, fmt.Errorf("Types: %q is not one of %s", typ, strings.Join(dataframeTypes, ", "))
			}
		}
	}
	rows, err := outRows(tb)
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		for j, c := range row {
			if t, ok := c.(time.Time); ok {
				row[j] = t.Format(time.RFC3339Nano)
			}
		}
	}
	return dataframeWire{Headers: slices.Clone(tb.Headers), Data: rows}, nil
}

// APISchema is Gradio's DataframeData schema.
func (d *Dataframe) APISchema() map[string]any { return schemaJSON(dataframeSchemaJSON) }

const dataframeSchemaJSON = `{"properties": {"headers": {"items": {}, "title": "Headers", "type": "array"}, "data": {"items": {"items": {}, "type": "array"}, "title": "Data", "type": "array"}, "metadata": {"anyOf": [{"additionalProperties": {"anyOf": [{"items": {}, "type": "array"}, {"type": "null"}]}, "type": "object"}, {"type": "null"}], "default": null, "title": "Metadata"}}, "required": ["headers", "data"], "title": "DataframeData", "type": "object", "additional_description": null}`

func (d *Dataframe) ExampleValue() any {
	return map[string]any{"headers": []string{"a", "b"}, "data": [][]any{{"foo", "bar"}}}
}

// Change registers fn to run when the value changes, by the user or by a handler.
func (d *Dataframe) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user edits the table.
func (d *Dataframe) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventInput, fn, in, out, opts)
}

// Select registers fn to run when the user selects a cell. The handler's EventData has
// Index [row, column], the cell's Value, and the RowValue and ColValue around it.
func (d *Dataframe) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventSelect, fn, in, out, opts)
}

// Edit registers fn to run when the user finishes editing a cell. The handler's
// EventData has the cell's Index and new Value.
func (d *Dataframe) Edit(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, "edit", fn, in, out, opts)
}

var (
	_ TypedInput   = (*Dataframe)(nil)
	_ TypedOutput  = (*Dataframe)(nil)
	_ APIDescriber = (*Dataframe)(nil)
	_ Exampler     = (*Dataframe)(nil)
	_ Validator    = (*Dataframe)(nil)
)
