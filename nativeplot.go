package gradio

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"
)

// LinePlot draws a line chart of a table, in the browser: X names the column of the
// horizontal axis, Y the column of values, and Color, when set, a column whose values
// split the data into series. A handler returns a Table, a *Table or a slice of
// structs (see Dataframe for how structs become columns); as an input, it gives the
// same.
//
// Column types are inferred from the cells, unless Table.Types says otherwise: numbers
// are "quantitative", time.Time "temporal" (sent as milliseconds since the Unix epoch,
// as Gradio sends dates; date text in a temporal column is converted too), anything
// else "nominal".
type LinePlot struct {
	Events
	// Value is the initial data: a Table or a slice of structs.
	Value any
	// X, Y and Color name columns: the horizontal axis, the values, and the series
	// (optional). X and Y are required.
	X, Y, Color string
	// Title is shown above the chart; XTitle, YTitle and ColorTitle name the axes and
	// the legend (by default, the column names).
	Title, XTitle, YTitle, ColorTitle string
	// XBin groups numeric X values into bins of this width; XBinDuration groups dates
	// into bins of this length (a whole number of seconds). Set at most one.
	XBin         float64
	XBinDuration time.Duration
	// YAggregate combines the Y values of one X (or bin): "sum", "mean", "median",
	// "min", "max" or "count". Empty means sum, for bars and lines over categories or
	// bins.
	YAggregate string
	// ColorMap maps series to colors, such as {"success": "green", "fail": "#ff8888"}.
	ColorMap map[string]string
	// ColorsInLegend limits the legend to these series; an empty, non-nil slice hides
	// the legend.
	ColorsInLegend []string
	// XLim and YLim fix the axes' ranges, as [min, max] (dates in seconds since the
	// epoch); nil fits the data.
	XLim, YLim []float64
	// XLabelAngle and YLabelAngle rotate the axes' labels, in degrees clockwise.
	XLabelAngle, YLabelAngle float64
	// XAxisFormat and YAxisFormat format the axes' labels (d3-format or d3-time-format
	// patterns, such as ".2f" or "%H:%M").
	XAxisFormat, YAxisFormat string
	// XAxisLabelsVisible shows the X axis' labels; it defaults to True.
	XAxisLabelsVisible Bool
	// Caption is shown under the chart.
	Caption string
	// Sort orders nominal X values: "x", "y", "-x" or "-y" (descending). SortOrder
	// lists the values in order instead.
	Sort      string
	SortOrder []string
	// Tooltip is what hovering shows: "axis" (the default; the plotted columns), "all"
	// (every column) or "none". TooltipColumns, when set, shows these columns besides
	// the plotted ones instead.
	Tooltip        string
	TooltipColumns []string
	// Height is the chart's height in pixels when positive.
	Height int
	// Buttons are "fullscreen" and "export"; nil means none.
	Buttons []string

	// Label is shown above the chart when set (ShowLabel defaults to whether there is
	// a Label).
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

// BarPlot draws a bar chart of a table; it has LinePlot's fields. Bars of one X value
// (or bin) are summed unless YAggregate says otherwise.
type BarPlot LinePlot

// ScatterPlot draws one point per row of a table; it has LinePlot's fields.
type ScatterPlot LinePlot

func (l *LinePlot) Kind() string    { return "nativeplot" }
func (b *BarPlot) Kind() string     { return "nativeplot" }
func (s *ScatterPlot) Kind() string { return "nativeplot" }

func (l *LinePlot) Props() map[string]any    { return l.props(l, "lineplot", "line") }
func (b *BarPlot) Props() map[string]any     { return (*LinePlot)(b).props(b, "barplot", "bar") }
func (s *ScatterPlot) Props() map[string]any { return (*LinePlot)(s).props(s, "scatterplot", "point") }

func (l *LinePlot) Validate() error    { return l.validate("line") }
func (b *BarPlot) Validate() error     { return (*LinePlot)(b).validate("bar") }
func (s *ScatterPlot) Validate() error { return (*LinePlot)(s).validate("point") }

func (l *LinePlot) ValueType() reflect.Type    { return tableType }
func (b *BarPlot) ValueType() reflect.Type     { return tableType }
func (s *ScatterPlot) ValueType() reflect.Type { return tableType }

// AcceptsType allows *Table and slices of structs, both ways (see Dataframe).
func (l *LinePlot) AcceptsType(t reflect.Type) bool { return acceptsTable(t) }

// AcceptsType allows *Table and slices of structs, both ways (see Dataframe).
func (b *BarPlot) AcceptsType(t reflect.Type) bool { return acceptsTable(t) }

// AcceptsType allows *Table and slices of structs, both ways (see Dataframe).
func (s *ScatterPlot) AcceptsType(t reflect.Type) bool { return acceptsTable(t) }

// Preprocess decodes {"columns": [...], "data": [[...]], "datatypes": {...}, "mark":
// ...} into a Table whose Types are the columns' datatypes; temporal cells (numbers
// of milliseconds, or date text) become time.Time. Null gives an empty Table.
func (l *LinePlot) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodePlotData(p)
}

// Preprocess decodes the plot's data into a Table; see LinePlot.Preprocess.
func (b *BarPlot) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodePlotData(p)
}

// Preprocess decodes the plot's data into a Table; see LinePlot.Preprocess.
func (s *ScatterPlot) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodePlotData(p)
}

func (l *LinePlot) PreprocessTo(_ context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	return plotDataTo(p, t)
}

func (b *BarPlot) PreprocessTo(_ context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	return plotDataTo(p, t)
}

func (s *ScatterPlot) PreprocessTo(_ context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	return plotDataTo(p, t)
}

// Postprocess sends a Table, a *Table or a slice of structs, checking that X, Y,
// Color and TooltipColumns name its columns; nil clears the plot.
func (l *LinePlot) Postprocess(_ context.Context, v any) (any, error) { return l.encode(v, "line") }

// Postprocess sends the plot's data; see LinePlot.Postprocess.
func (b *BarPlot) Postprocess(_ context.Context, v any) (any, error) {
	return (*LinePlot)(b).encode(v, "bar")
}

// Postprocess sends the plot's data; see LinePlot.Postprocess.
func (s *ScatterPlot) Postprocess(_ context.Context, v any) (any, error) {
	return (*LinePlot)(s).encode(v, "point")
}

// APISchema is Gradio's: any JSON.
func (l *LinePlot) APISchema() map[string]any    { return anyJSON() }
func (b *BarPlot) APISchema() map[string]any     { return anyJSON() }
func (s *ScatterPlot) APISchema() map[string]any { return anyJSON() }

// ExampleValue is nil, as in Gradio.
func (l *LinePlot) ExampleValue() any    { return nil }
func (b *BarPlot) ExampleValue() any     { return nil }
func (s *ScatterPlot) ExampleValue() any { return nil }

// Change registers fn to run when the plotted data changes.
func (l *LinePlot) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(l, l, EventChange, fn, in, out, opts)
}

// Select registers fn to run when the user brushes a range of X values: the handler's
// EventData.Index (and Value) is [x0, x1], in seconds since the epoch for dates.
// Registering it turns the brush on.
func (l *LinePlot) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(l, l, EventSelect, fn, in, out, opts)
}

// DoubleClick registers fn to run when the user double-clicks the plot.
func (l *LinePlot) DoubleClick(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(l, l, "double_click", fn, in, out, opts)
}

// Change registers fn to run when the plotted data changes.
func (b *BarPlot) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(b, b, EventChange, fn, in, out, opts)
}

// Select registers fn to run when the user brushes a range of X values; see
// LinePlot.Select.
func (b *BarPlot) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(b, b, EventSelect, fn, in, out, opts)
}

// DoubleClick registers fn to run when the user double-clicks the plot.
func (b *BarPlot) DoubleClick(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(b, b, "double_click", fn, in, out, opts)
}

// Change registers fn to run when the plotted data changes.
func (s *ScatterPlot) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventChange, fn, in, out, opts)
}

// Select registers fn to run when the user brushes a range of X values; see
// LinePlot.Select.
func (s *ScatterPlot) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, EventSelect, fn, in, out, opts)
}

// DoubleClick registers fn to run when the user double-clicks the plot.
func (s *ScatterPlot) DoubleClick(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(s, s, "double_click", fn, in, out, opts)
}

var (
	plotAggregates = []string{"sum", "mean", "median", "min", "max", "count"}
	plotButtons    = []string{"fullscreen", "export"}
	plotSorts      = []string{"x", "y", "-x", "-y"}
	plotTooltips   = []string{"axis", "none", "all"}
	plotTypes      = []string{"quantitative", "nominal", "temporal"}
)

func (n *LinePlot) props(self Component, name, mark string) map[string]any {
	show := n.ShowLabel
	if !show.set() {
		show = False
		if n.Label != "" {
			show = True
		}
	}
	p := common{n.Label, "", show, n.Container, n.Scale, n.MinWidth, n.Visible, Unset, n.ElemID, n.ElemClasses}.into(props{})
	p["name"] = name
	p.str("x", n.X)
	p.str("y", n.Y)
	p.str("color", n.Color)
	p.str("title", n.Title)
	p.str("x_title", n.XTitle)
	p.str("y_title", n.YTitle)
	p.str("color_title", n.ColorTitle)
	switch {
	case n.XBin != 0:
		p["x_bin"] = n.XBin
	case n.XBinDuration != 0:
		p["x_bin"] = durationSuffix(n.XBinDuration)
	}
	p.str("y_aggregate", n.YAggregate)
	if n.ColorMap != nil {
		p["color_map"] = n.ColorMap
	}
	if n.ColorsInLegend != nil {
		p["colors_in_legend"] = n.ColorsInLegend
	}
	if n.XLim != nil {
		p["x_lim"] = n.XLim
	}
	if n.YLim != nil {
		p["y_lim"] = n.YLim
	}
	p["x_label_angle"] = n.XLabelAngle
	p["y_label_angle"] = n.YLabelAngle
	p.str("x_axis_format", n.XAxisFormat)
	p.str("y_axis_format", n.YAxisFormat)
	p["x_axis_labels_visible"] = n.XAxisLabelsVisible.or(true)
	p.str("caption", n.Caption)
	switch {
	case n.SortOrder != nil:
		p["sort"] = n.SortOrder
	case n.Sort != "":
		p["sort"] = n.Sort
	}
	if n.TooltipColumns != nil {
		p["tooltip"] = n.TooltipColumns
	} else {
		p["tooltip"] = or(n.Tooltip, "axis")
	}
	if n.Height > 0 {
		p["height"] = n.Height
	}
	p["buttons"] = nonNil(n.Buttons)
	p["_selectable"] = hasListener(&n.Events, self, EventSelect)
	if n.Value != nil {
		if v, err := n.encode(n.Value, mark); err == nil && v != nil {
			p["value"] = v
		}
	}
	return p
}

// durationSuffix writes a bin length as Gradio's frontend reads it: a whole number
// with the largest of the units d, h, m, s that divides it.
func durationSuffix(d time.Duration) string {
	for _, u := range []struct {
		d      time.Duration
		suffix string
	}{{24 * time.Hour, "d"}, {time.Hour, "h"}, {time.Minute, "m"}} {
		if d%u.d == 0 {
			return fmt.Sprintf("%d%s", d/u.d, u.suffix)
		}
	}
	return fmt.Sprintf("%ds", d/time.Second)
}

func (n *LinePlot) validate(mark string) error {
	switch {
	case n.X == "" || n.Y == "":
		return errors.New("X and Y must name the columns to plot")
	case n.XBin != 0 && n.XBinDuration != 0:
		return errors.New("set XBin (numbers) or XBinDuration (dates), not both")
	case n.XBin < 0 || !isFinite(n.XBin):
		return fmt.Errorf("XBin is %v; it must be a positive number", n.XBin)
	case n.XBinDuration < 0 || n.XBinDuration%time.Second != 0:
		return fmt.Errorf("XBinDuration is %v; it must be a positive whole number of seconds", n.XBinDuration)
	case n.YAggregate != "" && !slices.Contains(plotAggregates, n.YAggregate):
		return fmt.Errorf("YAggregate %q is not one of %s", n.YAggregate, strings.Join(plotAggregates, ", "))
	case n.Sort != "" && !slices.Contains(plotSorts, n.Sort):
		return fmt.Errorf("Sort %q is not one of %s", n.Sort, strings.Join(plotSorts, ", "))
	case n.Sort != "" && n.SortOrder != nil:
		return errors.New("set Sort or SortOrder, not both")
	case n.Tooltip != "" && !slices.Contains(plotTooltips, n.Tooltip):
		return fmt.Errorf("Tooltip %q is not one of %s", n.Tooltip, strings.Join(plotTooltips, ", "))
	case n.Tooltip != "" && n.TooltipColumns != nil:
		return errors.New("set Tooltip or TooltipColumns, not both")
	case n.Height < 0:
		return fmt.Errorf("Height is %d; it must not be negative", n.Height)
	case !isFinite(n.XLabelAngle) || !isFinite(n.YLabelAngle):
		return errors.New("XLabelAngle and YLabelAngle must be finite numbers")
	}
	for _, lim := range []struct {
		name string
		v    []float64
	}{{"XLim", n.XLim}, {"YLim", n.YLim}} {
		if lim.v == nil {
			continue
		}
		if len(lim.v) != 2 || !isFinite(lim.v[0]) || !isFinite(lim.v[1]) || lim.v[0] > lim.v[1] {
			return fmt.Errorf("%s must be [min, max], two finite numbers in order; got %v", lim.name, lim.v)
		}
	}
	if err := checkOneOf("Buttons", n.Buttons, plotButtons); err != nil {
		return err
	}
	if n.Value != nil {
		if _, err := n.encode(n.Value, mark); err != nil {
			return fmt.Errorf("Value: %w", err)
		}
	}
	return nil
}

// plotDataTo decodes plot data into a slice of structs of type t.
func plotDataTo(p json.RawMessage, t reflect.Type) (any, error) {
	tb, err := decodePlotData(p)
	if err != nil {
		return nil, err
	}
	return tableAs(tb, t, "a plot")
}

const plotDataShape = `{"columns": [<names>], "data": [[<cells>], ...], "datatypes": {<name>: "quantitative"|"nominal"|"temporal"}, "mark": ...}`

func decodePlotData(p json.RawMessage) (Table, error) {
	if isNull(p) {
		return Table{Headers: []string{}, Rows: [][]any{}, Types: []string{}}, nil
	}
	var raw struct {
		Columns   json.RawMessage `json:"columns"`
		Data      json.RawMessage `json:"data"`
		Datatypes json.RawMessage `json:"datatypes"`
		Mark      json.RawMessage `json:"mark"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return Table{}, fmt.Errorf("expected plot data, an object %s; got %s", plotDataShape, jsonKindOf(p))
	}
	cols, err := decodeHeaders(raw.Columns, "columns")
	if err != nil {
		return Table{}, err
	}
	rows, err := decodeCells(raw.Data, cols)
	if err != nil {
		return Table{}, err
	}
	types := map[string]string{}
	if !isNull(raw.Datatypes) && (jsonKindOf(raw.Datatypes) != "an object" || json.Unmarshal(raw.Datatypes, &types) != nil) {
		return Table{}, fmt.Errorf(`"datatypes" must map column names to "quantitative", "nominal" or "temporal"; got %s`, jsonKindOf(raw.Datatypes))
	}
	if k := jsonKindOf(raw.Mark); k != "nothing" && k != "null" && k != "a string" {
		return Table{}, fmt.Errorf(`"mark" must be a string, got %s`, k)
	}
	tb := Table{Headers: cols, Rows: rows, Types: make([]string, len(cols))}
	for name, typ := range types {
		if !slices.Contains(cols, name) {
			return Table{}, fmt.Errorf("datatypes names %q, which is not a column (columns: %s)", name, quoteAll(cols))
		}
		if !slices.Contains(plotTypes, typ) {
			return Table{}, fmt.Errorf(`the datatype of %q is %q; it must be "quantitative", "nominal" or "temporal"`, name, typ)
		}
	}
	for j, c := range cols {
		tb.Types[j] = types[c]
		if tb.Types[j] == "" {
			tb.Types[j] = inferPlotType(rows, j)
		}
		if tb.Types[j] != "temporal" {
			continue
		}
		for i, row := range rows {
			t, err := temporalCell(row[j])
			if err != nil {
				return Table{}, fmt.Errorf("row %d, column %q: %w", i+1, c, err)
			}
			row[j] = t
		}
	}
	return tb, nil
}

// temporalCell reads a received date: milliseconds since the epoch, or date text.
func temporalCell(cell any) (any, error) {
	switch c := cell.(type) {
	case nil:
		return nil, nil
	case float64:
		return fromMillis(c)
	case string:
		if c == "" {
			return nil, nil
		}
		return parseDate(c, time.UTC)
	}
	return nil, fmt.Errorf("expected a date (milliseconds since 1970, or text), got %s", cellKind(cell))
}

// inferPlotType is the Vega-Lite type of column j from its cells: quantitative when
// all are numbers, temporal when all are dates, nominal otherwise.
func inferPlotType(rows [][]any, j int) string {
	num, date, other := 0, 0, 0
	for _, row := range rows {
		switch row[j].(type) {
		case nil:
		case float64, int64, uint64, int:
			num++
		case time.Time:
			date++
		default:
			other++
		}
	}
	switch {
	case other > 0 || num > 0 && date > 0:
		return "nominal"
	case date > 0:
		return "temporal"
	case num > 0:
		return "quantitative"
	}
	return "nominal"
}

// plotType maps a Table type to Vega-Lite's.
func plotType(t string) (string, bool) {
	switch t {
	case "quantitative", "nominal", "temporal":
		return t, true
	case "number":
		return "quantitative", true
	case "date":
		return "temporal", true
	case "str", "bool", "markdown", "html":
		return "nominal", true
	}
	return "", false
}

type plotDataWire struct {
	Columns   []string          `json:"columns"`
	Data      [][]any           `json:"data"`
	Datatypes map[string]string `json:"datatypes"`
	Mark      string            `json:"mark"`
}

// encode turns a handler's table into plot data, checking that X, Y and Color name
// its columns. nil clears the plot.
func (n *LinePlot) encode(v any, mark string) (any, error) {
	tb, ok, err := tableOf(v, "a plot")
	if err != nil || !ok {
		return nil, err
	}
	if err := tb.checkShape(); err != nil {
		return nil, err
	}
	for j, h := range tb.Headers {
		if slices.Contains(tb.Headers[:j], h) {
			return nil, fmt.Errorf("the table has two columns named %q", h)
		}
	}
	for _, axis := range []struct{ name, col string }{{"X", n.X}, {"Y", n.Y}, {"Color", n.Color}} {
		if axis.col != "" && !slices.Contains(tb.Headers, axis.col) {
			return nil, fmt.Errorf("%s is %q, which is not a column of the table (its columns are %s)", axis.name, axis.col, quoteAll(tb.Headers))
		}
	}
	for _, c := range n.TooltipColumns {
		if !slices.Contains(tb.Headers, c) {
			return nil, fmt.Errorf("TooltipColumns names %q, which is not a column of the table (its columns are %s)", c, quoteAll(tb.Headers))
		}
	}
	if tb.Types != nil && len(tb.Types) != len(tb.Headers) {
		return nil, fmt.Errorf("the table has %d Types for %d columns", len(tb.Types), len(tb.Headers))
	}
	rows, err := outRows(tb)
	if err != nil {
		return nil, err
	}
	types := make(map[string]string, len(tb.Headers))
	for j, h := range tb.Headers {
		typ := inferPlotType(rows, j)
		if tb.Types != nil && tb.Types[j] != "" {
			var ok bool
			if typ, ok = plotType(tb.Types[j]); !ok {
				return nil, fmt.Errorf("column %q has the type %q; use quantitative, nominal or temporal (or a Dataframe type)", h, tb.Types[j])
			}
		}
		types[h] = typ
		for i, row := range rows {
			switch c := row[j].(type) {
			case time.Time:
				if typ == "temporal" {
					row[j] = epochMillis(c)
				} else {
					row[j] = c.Format(time.RFC3339Nano)
				}
			case string:
				if typ == "temporal" && c != "" {
					t, err := parseDate(c, time.UTC)
					if err != nil {
						return nil, fmt.Errorf("row %d, column %q: %w", i+1, h, err)
					}
					row[j] = epochMillis(t)
				}
			}
		}
	}
	return plotDataWire{Columns: tb.Headers, Data: rows, Datatypes: types, Mark: mark}, nil
}

var (
	_ TypedInput   = (*LinePlot)(nil)
	_ TypedOutput  = (*LinePlot)(nil)
	_ APIDescriber = (*LinePlot)(nil)
	_ Exampler     = (*LinePlot)(nil)
	_ Validator    = (*LinePlot)(nil)
	_ TypedInput   = (*BarPlot)(nil)
	_ TypedOutput  = (*BarPlot)(nil)
	_ APIDescriber = (*BarPlot)(nil)
	_ Exampler     = (*BarPlot)(nil)
	_ Validator    = (*BarPlot)(nil)
	_ TypedInput   = (*ScatterPlot)(nil)
	_ TypedOutput  = (*ScatterPlot)(nil)
	_ APIDescriber = (*ScatterPlot)(nil)
	_ Exampler     = (*ScatterPlot)(nil)
	_ Validator    = (*ScatterPlot)(nil)
)
