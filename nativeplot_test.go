package gradio

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"
	"time"
)

// The data of Gradio's showcase plots (showcase.config.json).
const showcasePlotData = `{"columns": ["x", "y", "group"], "data": [[1, 3, "a"], [2, 1, "a"], [3, 4, "b"], [4, 1, "b"]], "datatypes": {"x": "quantitative", "y": "quantitative", "group": "nominal"}, "mark": "line"}`

var showcaseTable = Table{Headers: []string{"x", "y", "group"}, Rows: [][]any{{1, 3, "a"}, {2, 1, "a"}, {3, 4, "b"}, {4, 1, "b"}}}

type sale struct {
	Day    time.Time `gradio:"day"`
	Sales  float64   `gradio:"sales"`
	Region string    `gradio:"region"`
	Count  *int      `gradio:"count"`
}

func TestNativePlotPostprocess(t *testing.T) {
	checkEncode(t, &LinePlot{X: "x", Y: "y"}, []encodeCase{
		{"showcase table", showcaseTable, showcasePlotData, ""},
		{"nil", nil, `null`, ""},
		{"dates", Table{Headers: []string{"x", "y"}, Rows: [][]any{{time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), 1}, {nil, nanValue()}}},
			`{"columns":["x","y"],"data":[[1704153600000,1],[null,null]],"datatypes":{"x":"temporal","y":"quantitative"},"mark":"line"}`, ""},
		{"date text as temporal", Table{Headers: []string{"x", "y"}, Rows: [][]any{{"2024-01-02", 1}}, Types: []string{"date", "number"}},
			`{"columns":["x","y"],"data":[[1704153600000,1]],"datatypes":{"x":"temporal","y":"quantitative"},"mark":"line"}`, ""},
		{"types override", Table{Headers: []string{"x", "y"}, Rows: [][]any{{1, 2}}, Types: []string{"nominal", "quantitative"}},
			`{"columns":["x","y"],"data":[[1,2]],"datatypes":{"x":"nominal","y":"quantitative"},"mark":"line"}`, ""},
		{"mixed column is nominal", Table{Headers: []string{"x", "y"}, Rows: [][]any{{1, 2}, {"b", 3}}},
			`{"columns":["x","y"],"data":[[1,2],["b",3]],"datatypes":{"x":"nominal","y":"quantitative"},"mark":"line"}`, ""},
		{"no x column", Table{Headers: []string{"a", "y"}, Rows: [][]any{}}, "", `X is "x", which is not a column of the table (its columns are "a", "y")`},
		{"ragged", Table{Headers: []string{"x", "y"}, Rows: [][]any{{1}}}, "", "row 1 has 1 cells but the table has 2 columns"},
		{"duplicate column", Table{Headers: []string{"x", "y", "x"}}, "", `the table has two columns named "x"`},
		{"bad type", Table{Headers: []string{"x", "y"}, Types: []string{"ordinal", "number"}}, "", `column "x" has the type "ordinal"`},
		{"bad date", Table{Headers: []string{"x", "y"}, Rows: [][]any{{"soon", 1}}, Types: []string{"temporal", "number"}}, "", `row 1, column "x": "soon" is not a date`},
		{"not a table", map[string]any{"x": 1}, "", "a plot shows a gradio.Table or a slice of structs"},
	})
	checkEncode(t, &BarPlot{X: "group", Y: "y"}, []encodeCase{
		{"bar", showcaseTable, `{"columns": ["x", "y", "group"], "data": [[1, 3, "a"], [2, 1, "a"], [3, 4, "b"], [4, 1, "b"]], "datatypes": {"x": "quantitative", "y": "quantitative", "group": "nominal"}, "mark": "bar"}`, ""},
	})
	checkEncode(t, &ScatterPlot{X: "x", Y: "y", Color: "colour", TooltipColumns: []string{"group"}}, []encodeCase{
		{"no color column", showcaseTable, "", `Color is "colour", which is not a column`},
	})
	checkEncode(t, &ScatterPlot{X: "x", Y: "y", TooltipColumns: []string{"size"}}, []encodeCase{
		{"no tooltip column", showcaseTable, "", `TooltipColumns names "size"`},
	})
	n := 3
	checkEncode(t, &LinePlot{X: "day", Y: "sales", Color: "region"}, []encodeCase{
		{"structs", []sale{{Day: time.Date(2024, 1, 2, 12, 0, 0, 0, time.UTC), Sales: 2.5, Region: "eu", Count: &n}},
			`{"columns":["day","sales","region","count"],"data":[[1704196800000,2.5,"eu",3]],"datatypes":{"day":"temporal","sales":"quantitative","region":"nominal","count":"quantitative"},"mark":"line"}`, ""},
	})
}

func TestNativePlotPreprocess(t *testing.T) {
	checkDecode(t, &LinePlot{}, []decodeCase{
		{"showcase", showcasePlotData, Table{Headers: []string{"x", "y", "group"}, Rows: [][]any{{1.0, 3.0, "a"}, {2.0, 1.0, "a"}, {3.0, 4.0, "b"}, {4.0, 1.0, "b"}},
			Types: []string{"quantitative", "quantitative", "nominal"}}, ""},
		{"temporal", `{"columns":["t","v"],"data":[[1704153600000,1],["2024-01-03",2],[null,3]],"datatypes":{"t":"temporal"},"mark":"point"}`,
			Table{Headers: []string{"t", "v"}, Rows: [][]any{{time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), 1.0}, {time.Date(2024, 1, 3, 0, 0, 0, 0, time.UTC), 2.0}, {nil, 3.0}},
				Types: []string{"temporal", "quantitative"}}, ""},
		{"null", `null`, Table{Headers: []string{}, Rows: [][]any{}, Types: []string{}}, ""},
		{"bad datatype", `{"columns":["t"],"data":[],"datatypes":{"t":"ordinal"}}`, nil, `the datatype of "t" is "ordinal"`},
		{"datatype of no column", `{"columns":["t"],"data":[],"datatypes":{"u":"nominal"}}`, nil, `datatypes names "u", which is not a column`},
		{"datatypes not object", `{"columns":["t"],"data":[],"datatypes":[]}`, nil, `"datatypes" must map column names`},
		{"ragged", `{"columns":["t","v"],"data":[[1]]}`, nil, "row 1 has 1 cells but there are 2 headers"},
		{"bad date", `{"columns":["t"],"data":[[true]],"datatypes":{"t":"temporal"}}`, nil, `row 1, column "t": expected a date (milliseconds since 1970, or text), got a boolean`},
		{"date out of range", `{"columns":["t"],"data":[[1e300]],"datatypes":{"t":"temporal"}}`, nil, "is not a date in milliseconds since 1970"},
		{"mark not string", `{"columns":[],"data":[],"mark":1}`, nil, `"mark" must be a string, got a number`},
		{"no columns", `{"data":[]}`, nil, `"columns" must be an array of column names`},
		{"array", `[]`, nil, "expected plot data, an object"},
	})
	p := &ScatterPlot{}
	got, err := p.PreprocessTo(context.Background(), json.RawMessage(`{"columns":["day","sales","region","count"],"data":[[1704153600000,2,"eu",null]],"datatypes":{"day":"temporal"}}`),
		reflect.TypeFor[[]sale]())
	if want := []sale{{Day: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), Sales: 2, Region: "eu"}}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("PreprocessTo = %+v, %v; want %+v", got, err, want)
	}
}

func TestNativePlotProps(t *testing.T) {
	// Gradio 6.25's props of the showcase LinePlot (showcase.config.json).
	checkProps(t, &LinePlot{Label: "LinePlot", X: "x", Y: "y", Value: showcaseTable}, map[string]any{
		"value": json.RawMessage(showcasePlotData), "x": "x", "y": "y", "x_label_angle": 0, "y_label_angle": 0, "x_axis_labels_visible": true,
		"tooltip": "axis", "label": "LinePlot", "show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
		"buttons": []any{}, "name": "lineplot", "_selectable": false, "color": nil, "x_bin": nil, "sort": nil, "height": nil, "x_lim": nil,
	})
	checkProps(t, &ScatterPlot{X: "x", Y: "y", Color: "group"}, map[string]any{"name": "scatterplot", "color": "group", "show_label": false, "value": nil})
	bar := &BarPlot{X: "day", Y: "v", XBinDuration: 2 * time.Hour, YAggregate: "mean", XLim: []float64{0, 10}, Sort: "-y", TooltipColumns: []string{"a"},
		ColorMap: map[string]string{"a": "red"}, ColorsInLegend: []string{}, Height: 300, Buttons: []string{"export"}, XAxisLabelsVisible: False,
		Title: "T", Caption: "C", XAxisFormat: "%H:%M", XLabelAngle: 45}
	bar.Select(func(EventData) {}, nil, nil)
	checkProps(t, bar, map[string]any{
		"name": "barplot", "x_bin": "2h", "y_aggregate": "mean", "x_lim": []any{0, 10}, "sort": "-y", "tooltip": []any{"a"},
		"color_map": map[string]any{"a": "red"}, "colors_in_legend": []any{}, "height": 300, "buttons": []any{"export"},
		"x_axis_labels_visible": false, "title": "T", "caption": "C", "x_axis_format": "%H:%M", "x_label_angle": 45, "_selectable": true,
	})
	checkProps(t, &LinePlot{XBin: 2.5, SortOrder: []string{"b", "a"}}, map[string]any{"x_bin": 2.5, "sort": []any{"b", "a"}})
	checkProps(t, &LinePlot{XBinDuration: 90 * time.Second}, map[string]any{"x_bin": "90s"})
	checkProps(t, &LinePlot{XBinDuration: 48 * time.Hour}, map[string]any{"x_bin": "2d"})
	for _, c := range []Component{&LinePlot{}, &BarPlot{}, &ScatterPlot{}} {
		if c.Kind() != "nativeplot" {
			t.Errorf("%T.Kind() = %q", c, c.Kind())
		}
		checkSchema(t, c.(APIDescriber), `{"type": {}, "description": "any valid json"}`)
		if c.(Exampler).ExampleValue() != nil {
			t.Errorf("%T.ExampleValue", c)
		}
	}
}

func TestNativePlotValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"axes":         {&LinePlot{X: "x", Y: "y"}, ""},
		"no axes":      {&LinePlot{}, "X and Y must name the columns to plot"},
		"value":        {&BarPlot{X: "x", Y: "y", Value: showcaseTable}, ""},
		"bad value":    {&ScatterPlot{X: "a", Y: "y", Value: showcaseTable}, `Value: X is "a", which is not a column`},
		"both bins":    {&LinePlot{X: "x", Y: "y", XBin: 1, XBinDuration: time.Second}, "set XBin (numbers) or XBinDuration (dates), not both"},
		"subsecond":    {&LinePlot{X: "x", Y: "y", XBinDuration: time.Millisecond}, "whole number of seconds"},
		"aggregate":    {&LinePlot{X: "x", Y: "y", YAggregate: "avg"}, `YAggregate "avg" is not one of sum, mean, median, min, max, count`},
		"sort":         {&LinePlot{X: "x", Y: "y", Sort: "z"}, `Sort "z" is not one of x, y, -x, -y`},
		"both sorts":   {&LinePlot{X: "x", Y: "y", Sort: "x", SortOrder: []string{"a"}}, "set Sort or SortOrder, not both"},
		"tooltip":      {&LinePlot{X: "x", Y: "y", Tooltip: "some"}, `Tooltip "some" is not one of axis, none, all`},
		"both tips":    {&LinePlot{X: "x", Y: "y", Tooltip: "all", TooltipColumns: []string{}}, "set Tooltip or TooltipColumns, not both"},
		"lim":          {&LinePlot{X: "x", Y: "y", XLim: []float64{1}}, "XLim must be [min, max]"},
		"lim order":    {&LinePlot{X: "x", Y: "y", YLim: []float64{2, 1}}, "YLim must be [min, max]"},
		"buttons":      {&LinePlot{X: "x", Y: "y", Buttons: []string{"copy"}}, `Buttons: "copy" is not one of fullscreen, export`},
		"height":       {&LinePlot{X: "x", Y: "y", Height: -1}, "Height is -1"},
		"angle":        {&LinePlot{X: "x", Y: "y", XLabelAngle: nanValue()}, "must be finite numbers"},
		"negative bin": {&LinePlot{X: "x", Y: "y", XBin: -2}, "XBin is -2"},
	})
}

// A LinePlot drawn from a slice of structs.
func TestLinePlotEndToEnd(t *testing.T) {
	plot := &LinePlot{X: "day", Y: "sales", Color: "region"}
	days := &Number{Label: "Days"}
	days.Change(func(n int) []sale {
		var out []sale
		for i := range n {
			out = append(out, sale{Day: time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC), Sales: float64(10 * i), Region: "eu"})
		}
		return out
	}, In(days), Out(plot), EventOptions{APIName: "sales"})
	app, err := (&Blocks{Children: []Component{days, plot}}).Build(WithTempDir(t.TempDir()), WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()
	res := decodeRun(t, srv, "sales", "2", http.StatusOK)
	got, _ := json.Marshal(res["data"])
	want := `[{"columns":["day","sales","region","count"],"data":[[1704067200000,0,"eu",null],[1704153600000,10,"eu",null]],"datatypes":{"count":"quantitative","day":"temporal","region":"nominal","sales":"quantitative"},"mark":"line"}]`
	if string(got) != want {
		t.Errorf("sales = %s\nwant %s", got, want)
	}
}

func FuzzNativePlotPreprocess(f *testing.F) {
	for _, s := range []string{showcasePlotData, `{"columns":["t","v"],"data":[[1704153600000,1]],"datatypes":{"t":"temporal"}}`, `null`,
		`{"columns":["t"],"data":[["2024-01-02"]],"datatypes":{"t":"temporal"}}`, `{"columns":[1],"data":[[[]]]}`} {
		f.Add(s)
	}
	p := &LinePlot{}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := p.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		tb := v.(Table)
		if len(tb.Types) != len(tb.Headers) || tb.checkShape() != nil {
			t.Fatalf("Preprocess(%q) = %+v", payload, tb)
		}
		// Whatever is accepted can be plotted again (with axes that exist), unless
		// two columns share a name.
		if len(tb.Headers) == 0 {
			return
		}
		q := &LinePlot{X: tb.Headers[0], Y: tb.Headers[0]}
		if _, err := q.Postprocess(context.Background(), tb); err != nil {
			for j, h := range tb.Headers {
				for _, h2 := range tb.Headers[:j] {
					if h == h2 {
						return
					}
				}
			}
			t.Fatalf("Postprocess of accepted %q: %v", payload, err)
		}
	})
}

func ExampleLinePlot() {
	type Reading struct {
		Time  time.Time `gradio:"time"`
		Value float64   `gradio:"value"`
	}
	chart := &LinePlot{X: "time", Y: "value", Title: "Temperature", YTitle: "°C"}
	refresh := &Button{Value: "Refresh"}
	refresh.Click(func() []Reading {
		return []Reading{{time.Now().Add(-time.Hour), 20.5}, {time.Now(), 21.2}}
	}, nil, Out(chart))
}
