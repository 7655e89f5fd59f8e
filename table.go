package gradio

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Tabular values shared by Dataframe and the native plots (LinePlot, BarPlot,
// ScatterPlot): the Table type, the mapping between tables and slices of structs, and
// the cell conversions both directions.

// Table is tabular data: named columns and rows of cells. It is the value of a
// Dataframe and the data of LinePlot, BarPlot and ScatterPlot.
//
// A cell is nil (an empty cell), a string, a bool, a number or a time.Time. Received
// numbers are float64; a handler may return any Go integer or float (NaN and
// infinities are sent as empty cells, as Gradio does), and pointers to any of these
// (nil is an empty cell).
type Table struct {
	// Headers name the columns, in order.
	Headers []string
	// Rows hold the cells, one slice per row, each as long as Headers.
	Rows [][]any
	// Types are the column types, one per column, or nil when unknown; an empty
	// element is an unknown type. A Dataframe input fills them from its Datatype
	// ("str", "number", "bool", "date", "markdown", "html"); a plot input with
	// "quantitative", "nominal" or "temporal"; a table made from structs from the
	// fields' types. On a plot output they override the types inferred from the cells,
	// in either vocabulary ("number" is quantitative, "date" temporal, the others
	// nominal).
	Types []string
}

var (
	tableType    = reflect.TypeFor[Table]()
	tablePtrType = reflect.TypeFor[*Table]()
	timeType     = reflect.TypeFor[time.Time]()
)

// acceptsTable reports whether a table component can give or take values of type t:
// a *Table, or a slice of structs.
func acceptsTable(t reflect.Type) bool { return t == tablePtrType || structTableOf(t) != nil }

// tableAs gives tb as a value of type t, one acceptsTable allowed.
func tableAs(tb Table, t reflect.Type, what string) (any, error) {
	if t == tablePtrType {
		return &tb, nil
	}
	st := structTableOf(t)
	if st == nil {
		return nil, fmt.Errorf("%s cannot give a %s", what, t)
	}
	return st.structs(tb)
}

// checkShape reports rows whose length differs from the number of headers.
func (tb Table) checkShape() error {
	for i, row := range tb.Rows {
		if len(row) != len(tb.Headers) {
			return fmt.Errorf("row %d has %d cells but the table has %d columns (%s)", i+1, len(row), len(tb.Headers), quoteAll(tb.Headers))
		}
	}
	return nil
}

// width is the number of cells of the widest row.
func (tb Table) width() int {
	w := 0
	for _, row := range tb.Rows {
		w = max(w, len(row))
	}
	return w
}

// structColumn is one column of a table made of structs: an exported field.
type structColumn struct {
	name  string
	index []int
	typ   reflect.Type
	kind  string // the column's Table type: "str", "number", "bool", "date" or "" (any)
}

// structTable describes a slice-of-structs type a table converts to and from.
type structTable struct {
	slice reflect.Type // []T or []*T
	elem  reflect.Type // T
	ptr   bool         // elements are *T
	cols  []structColumn
}

var structTables sync.Map // reflect.Type -> *structTable (nil when unsupported)

// structTableOf returns how t maps to a table, or nil when t is not a []T or []*T of
// a struct T whose columns are all supported (see Dataframe).
func structTableOf(t reflect.Type) *structTable {
	if t == nil || t.Kind() != reflect.Slice {
		return nil
	}
	if st, ok := structTables.Load(t); ok {
		return st.(*structTable)
	}
	st := buildStructTable(t)
	structTables.Store(t, st)
	return st
}

func buildStructTable(t reflect.Type) *structTable {
	st := &structTable{slice: t, elem: t.Elem()}
	if st.elem.Kind() == reflect.Pointer {
		st.ptr, st.elem = true, st.elem.Elem()
	}
	if st.elem.Kind() != reflect.Struct || st.elem == timeType {
		return nil
	}
	seen := map[string]bool{}
	for _, f := range reflect.VisibleFields(st.elem) {
		if f.Anonymous && (f.Type.Kind() == reflect.Struct && f.Type != timeType || f.Type.Kind() == reflect.Pointer) {
			if f.Type.Kind() == reflect.Pointer {
				return nil // fields promoted through a pointer could be unreachable
			}
			continue // its fields are promoted
		}
		if !f.IsExported() {
			continue
		}
		name := f.Name
		if tag, ok := f.Tag.Lookup("gradio"); ok {
			tag, _, _ = strings.Cut(tag, ",")
			if tag == "-" {
				continue
			}
			name = or(tag, name)
		}
		if !cellFieldType(f.Type) || seen[name] {
			return nil
		}
		seen[name] = true
		st.cols = append(st.cols, structColumn{name: name, index: f.Index, typ: f.Type, kind: columnKind(f.Type)})
	}
	if len(st.cols) == 0 {
		return nil
	}
	return st
}

// cellFieldType reports whether a struct field of type t can hold a table cell.
func cellFieldType(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
		if t.Kind() == reflect.Pointer {
			return false
		}
	}
	if t == timeType {
		return true
	}
	switch t.Kind() {
	case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	case reflect.Interface:
		return t.NumMethod() == 0
	}
	return false
}

// columnKind is the Table type of a field of type t.
func columnKind(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == timeType:
		return "date"
	case t.Kind() == reflect.String:
		return "str"
	case t.Kind() == reflect.Bool:
		return "bool"
	case t.Kind() == reflect.Interface:
		return ""
	}
	return "number"
}

func (st *structTable) headers() []string {
	h := make([]string, len(st.cols))
	for i, c := range st.cols {
		h[i] = c.name
	}
	return h
}

// table turns a []T (or []*T) into a Table; nil elements of a []*T are rows of empty
// cells.
func (st *structTable) table(v reflect.Value) Table {
	tb := Table{Headers: st.headers(), Rows: make([][]any, v.Len()), Types: make([]string, len(st.cols))}
	for j, c := range st.cols {
		tb.Types[j] = c.kind
	}
	for i := range v.Len() {
		e := v.Index(i)
		row := make([]any, len(st.cols))
		if st.ptr {
			if e.IsNil() {
				tb.Rows[i] = row
				continue
			}
			e = e.Elem()
		}
		for j, c := range st.cols {
			row[j] = fieldCell(e.FieldByIndex(c.index))
		}
		tb.Rows[i] = row
	}
	return tb
}

// fieldCell is the cell a struct field holds.
func fieldCell(f reflect.Value) any {
	if f.Kind() == reflect.Pointer || f.Kind() == reflect.Interface {
		if f.IsNil() {
			return nil
		}
		return f.Elem().Interface()
	}
	return f.Interface()
}

// structs turns a Table into a []T (or []*T), matching columns to fields by header.
// Columns without a field are ignored; a field without a column is an error (unless
// the table has no rows).
func (st *structTable) structs(tb Table) (any, error) {
	out := reflect.MakeSlice(st.slice, len(tb.Rows), len(tb.Rows))
	if len(tb.Rows) == 0 {
		return out.Interface(), nil
	}
	at := make([]int, len(st.cols))
	for j, c := range st.cols {
		at[j] = -1
		for k, h := range tb.Headers {
			if h == c.name {
				at[j] = k
				break
			}
		}
		if at[j] < 0 {
			return nil, fmt.Errorf("the table has no column %q for field %s.%s (its columns are %s)",
				c.name, st.elem.Name(), st.elem.FieldByIndex(c.index).Name, quoteAll(tb.Headers))
		}
	}
	for i, row := range tb.Rows {
		e := reflect.New(st.elem).Elem()
		for j, c := range st.cols {
			var cell any
			if at[j] < len(row) {
				cell = row[at[j]]
			}
			if err := setCell(e.FieldByIndex(c.index), cell); err != nil {
				return nil, fmt.Errorf("row %d, column %q: %w", i+1, c.name, err)
			}
		}
		if st.ptr {
			out.Index(i).Set(e.Addr())
		} else {
			out.Index(i).Set(e)
		}
	}
	return out.Interface(), nil
}

// setCell stores a received cell (nil, a string, a bool, a float64 or a time.Time)
// into a field, converting it to the field's type. An empty string or nil gives the
// zero value (nil for a pointer).
func setCell(f reflect.Value, cell any) error {
	empty := cell == nil || cell == ""
	if f.Kind() == reflect.Pointer {
		if empty {
			f.SetZero()
			return nil
		}
		p := reflect.New(f.Type().Elem())
		if err := setCell(p.Elem(), cell); err != nil {
			return err
		}
		f.Set(p)
		return nil
	}
	if f.Kind() == reflect.Interface {
		if cell == nil {
			f.SetZero()
		} else {
			f.Set(reflect.ValueOf(cell))
		}
		return nil
	}
	if f.Type() == timeType {
		switch c := cell.(type) {
		case time.Time:
			f.Set(reflect.ValueOf(c))
			return nil
		case string:
			if empty {
				f.SetZero()
				return nil
			}
			t, err := parseDate(c, time.UTC)
			if err != nil {
				return err
			}
			f.Set(reflect.ValueOf(t))
			return nil
		case nil:
			f.SetZero()
			return nil
		}
		return fmt.Errorf("expected a date, got %s", cellKind(cell))
	}
	switch f.Kind() {
	case reflect.String:
		switch c := cell.(type) {
		case nil:
			f.SetString("")
		case string:
			f.SetString(c)
		case float64:
			f.SetString(fmtNum(c))
		case bool:
			f.SetString(strconv.FormatBool(c))
		case time.Time:
			f.SetString(c.Format(time.RFC3339Nano))
		default:
			return fmt.Errorf("expected a string, got %s", cellKind(cell))
		}
		return nil
	case reflect.Bool:
		switch c := cell.(type) {
		case nil:
			f.SetBool(false)
			return nil
		case bool:
			f.SetBool(c)
			return nil
		case string:
			if empty {
				f.SetBool(false)
				return nil
			}
			if b, err := strconv.ParseBool(strings.ToLower(strings.TrimSpace(c))); err == nil {
				f.SetBool(b)
				return nil
			}
			return fmt.Errorf("expected a boolean, got the string %q", c)
		}
		return fmt.Errorf("expected a boolean, got %s", cellKind(cell))
	}
	// A number of some Go type.
	var n float64
	switch c := cell.(type) {
	case nil:
		f.SetZero()
		return nil
	case float64:
		n = c
	case string:
		if empty {
			f.SetZero()
			return nil
		}
		s := strings.TrimSpace(c)
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			// Exact for integers beyond float64's precision.
			v, err := convert(reflect.ValueOf(i), f.Type())
			if err != nil {
				return err
			}
			f.Set(v)
			return nil
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || !isFinite(v) {
			return fmt.Errorf("expected a number, got the string %q", c)
		}
		n = v
	default:
		return fmt.Errorf("expected a number, got %s", cellKind(cell))
	}
	v, err := convert(reflect.ValueOf(n), f.Type())
	if err != nil {
		return err
	}
	f.Set(v)
	return nil
}

// cellKind names the kind of a cell for error messages.
func cellKind(cell any) string {
	switch c := cell.(type) {
	case nil:
		return "an empty cell"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case float64:
		return "a number"
	case time.Time:
		return "a date"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	default:
		return fmt.Sprintf("a %T", c)
	}
}

// outCell normalises a cell a handler returned: nil, bool, string, float64, int64,
// uint64 or time.Time. Non-finite floats become nil.
func outCell(v any) (any, error) {
	switch c := v.(type) {
	case nil, bool, string, int, int64, time.Time:
		return c, nil
	case float64:
		if !isFinite(c) {
			return nil, nil
		}
		return c, nil
	case json.Number:
		f, err := c.Float64()
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", string(c))
		}
		return outCell(f)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nil, nil
		}
		return outCell(rv.Elem().Interface())
	case reflect.Bool:
		return rv.Bool(), nil
	case reflect.String:
		return rv.String(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int(), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return rv.Uint(), nil
	case reflect.Float32, reflect.Float64:
		return outCell(rv.Float())
	}
	if rv.Type().ConvertibleTo(timeType) && rv.Kind() == reflect.Struct {
		return rv.Convert(timeType).Interface(), nil
	}
	return nil, fmt.Errorf("a %T cannot be a table cell (use a string, a bool, a number, a time.Time or nil)", v)
}

// outRows normalises every cell of tb, naming the cell in errors.
func outRows(tb Table) ([][]any, error) {
	rows := make([][]any, len(tb.Rows))
	for i, row := range tb.Rows {
		out := make([]any, len(row))
		for j, cell := range row {
			c, err := outCell(cell)
			if err != nil {
				return nil, fmt.Errorf("row %d, column %s: %w", i+1, columnName(tb.Headers, j), err)
			}
			out[j] = c
		}
		rows[i] = out
	}
	return rows, nil
}

// columnName quotes the header of column j, or gives its number when there is none.
func columnName(headers []string, j int) string {
	if j < len(headers) {
		return strconv.Quote(headers[j])
	}
	return strconv.Itoa(j + 1)
}

// tableOf turns a handler's value into a Table: a Table, a *Table, or a slice of
// structs. It reports false for nil (no table). what names the component in errors.
func tableOf(v any, what string) (Table, bool, error) {
	switch v := v.(type) {
	case nil:
		return Table{}, false, nil
	case Table:
		return v, true, nil
	case *Table:
		if v == nil {
			return Table{}, false, nil
		}
		return *v, true, nil
	}
	rv := reflect.ValueOf(v)
	if st := structTableOf(rv.Type()); st != nil {
		// A nil slice is a table without rows; its columns are still known.
		return st.table(rv), true, nil
	}
	return Table{}, false, fmt.Errorf("%s shows a gradio.Table or a slice of structs, not a %T", what, v)
}

// dateLayouts are the date forms accepted in tables and by DateTime, most specific
// first. Forms without a zone are read in the given location.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
	"01/02/2006",
}

// parseDate reads a date in one of dateLayouts.
func parseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date: use the form YYYY-MM-DD HH:MM:SS (or YYYY-MM-DD, or RFC 3339)", s)
}

// decodeCells decodes a JSON array of rows of scalar cells; numbers become float64.
// Errors name the row (from 1) and the column.
func decodeCells(p json.RawMessage, headers []string) ([][]any, error) {
	var rows []json.RawMessage
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &rows) != nil {
		return nil, fmt.Errorf(`"data" must be an array of rows, got %s`, jsonKindOf(p))
	}
	out := make([][]any, 0, len(rows))
	for i, r := range rows {
		var cells []any
		if jsonKindOf(r) != "an array" || json.Unmarshal(r, &cells) != nil {
			return nil, fmt.Errorf("row %d: expected an array of cells, got %s", i+1, jsonKindOf(r))
		}
		if len(cells) == 0 && len(rows) == 1 {
			break // Gradio's empty table is [[]]
		}
		if len(cells) != len(headers) {
			return nil, fmt.Errorf("row %d has %d cells but there are %d headers (%s)", i+1, len(cells), len(headers), quoteAll(headers))
		}
		for j, c := range cells {
			switch c.(type) {
			case []any, map[string]any:
				return nil, fmt.Errorf("row %d, column %s: expected a string, a number, a boolean or null, got %s", i+1, columnName(headers, j), cellKind(c))
			}
		}
		out = append(out, cells)
	}
	return out, nil
}

// decodeHeaders decodes a JSON array of column names; numbers (pandas' default
// column names) are turned into text.
func decodeHeaders(p json.RawMessage, key string) ([]string, error) {
	var items []any
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &items) != nil {
		return nil, fmt.Errorf("%q must be an array of column names, got %s", key, jsonKindOf(p))
	}
	out := make([]string, len(items))
	for i, h := range items {
		switch h := h.(type) {
		case string:
			out[i] = h
		case float64:
			out[i] = fmtNum(h)
		default:
			return nil, fmt.Errorf("%s[%d]: a column name must be a string, got %s", key, i, cellKind(h))
		}
	}
	return out, nil
}

// epochMillis is t as milliseconds since the Unix epoch, as Gradio sends dates.
func epochMillis(t time.Time) int64 { return t.UnixMilli() }

// fromMillis is the inverse of epochMillis, in UTC.
func fromMillis(ms float64) (time.Time, error) {
	if !isFinite(ms) || math.Abs(ms) > 8.64e15 {
		return time.Time{}, fmt.Errorf("%v is not a date in milliseconds since 1970", ms)
	}
	sec := math.Floor(ms / 1000)
	return time.Unix(int64(sec), int64((ms-sec*1000)*1e6)).UTC(), nil
}

// hasListener reports whether a listener for the named event of self was registered
// on ev. Gradio tells the page, in props such as "_selectable" and "likeable", which
// events have listeners, so that it only offers those interactions.
func hasListener(ev *Events, self Component, name string) bool {
	for _, e := range ev.list {
		for _, t := range e.triggers {
			if t.Source == self && t.Event == name {
				return true
			}
		}
	}
	return false
}
