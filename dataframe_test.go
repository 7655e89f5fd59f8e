package gradio

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"
)

// person is a row of a table, for the struct-slice form of Dataframe and plots.
type person struct {
	Name   string `gradio:"name"`
	Age    int    `gradio:"age"`
	Email  *string
	Joined time.Time `gradio:"joined"`
	Score  float64   `gradio:"score,omitempty"`
	Note   any       `gradio:"note"`
	Skip   string    `gradio:"-"`
	hidden int
}

func TestDataframePreprocess(t *testing.T) {
	df := &Dataframe{Datatype: []string{"str", "number", "bool", "date"}}
	checkDecode(t, df, []decodeCase{
		{"table", `{"headers":["n","a","ok","d"],"data":[["Ada",36,true,"2024-01-02"],["Bob",null,false,""]],"metadata":null}`,
			Table{Headers: []string{"n", "a", "ok", "d"}, Rows: [][]any{{"Ada", 36.0, true, "2024-01-02"}, {"Bob", nil, false, nil}},
				Types: []string{"str", "number", "bool", "date"}}, ""},
		{"str column takes numbers", `{"headers":["n","a","ok","d"],"data":[[1.5,"",null,null]]}`,
			Table{Headers: []string{"n", "a", "ok", "d"}, Rows: [][]any{{1.5, nil, nil, nil}}, Types: []string{"str", "number", "bool", "date"}}, ""},
		{"empty [[]]", `{"headers":["n","a","ok","d"],"data":[[]]}`,
			Table{Headers: []string{"n", "a", "ok", "d"}, Rows: [][]any{}, Types: []string{"str", "number", "bool", "date"}}, ""},
		{"no rows", `{"headers":[],"data":[]}`, Table{Headers: []string{}, Rows: [][]any{}, Types: []string{}}, ""},
		{"numeric headers", `{"headers":[0,1.5],"data":[]}`, Table{Headers: []string{"0", "1.5"}, Rows: [][]any{}, Types: []string{"str", "number"}}, ""},
		{"null", `null`, Table{Headers: []string{}, Rows: [][]any{}, Types: []string{}}, ""},
		{"ragged", `{"headers":["n","a","ok","d"],"data":[["Ada",36,true,"x"],["Bob",1]]}`, nil, "row 2 has 2 cells but there are 4 headers"},
		{"too wide", `{"headers":["n"],"data":[["Ada",36]]}`, nil, `row 1 has 2 cells but there are 1 headers ("n")`},
		{"number column", `{"headers":["n","age","ok","d"],"data":[["a",1,true,"x"],["b",2,true,"x"],["c","old",true,"x"]]}`, nil,
			`row 3, column "age": expected a number, got a string`},
		{"bool column", `{"headers":["n","a","ok","d"],"data":[["a",1,"yes","x"]]}`, nil, `row 1, column "ok": expected a boolean, got a string`},
		{"date column", `{"headers":["n","a","ok","d"],"data":[["a",1,true,20240102]]}`, nil, `row 1, column "d": expected a date (a string), got a number`},
		{"nested cell", `{"headers":["n","a","ok","d"],"data":[[{"x":1},1,true,"x"]]}`, nil, `row 1, column "n": expected a string, a number, a boolean or null, got an object`},
		{"row not array", `{"headers":["n"],"data":["Ada"]}`, nil, "row 1: expected an array of cells, got a string"},
		{"data not array", `{"headers":["n"],"data":{"Ada":1}}`, nil, `"data" must be an array of rows, got an object`},
		{"no data", `{"headers":["n"]}`, nil, `"data" must be an array of rows, got nothing`},
		{"no headers", `{"data":[[1]]}`, nil, `"headers" must be an array of column names, got nothing`},
		{"bool header", `{"headers":[true],"data":[]}`, nil, "headers[0]: a column name must be a string, got a boolean"},
		{"bad metadata", `{"headers":[],"data":[],"metadata":[1]}`, nil, `"metadata" must be an object or null, got an array`},
		{"array", `[["a"]]`, nil, `expected a table, an object {"headers": [<column names>], "data": [[<cells>], ...]}; got an array`},
		{"malformed", `{"headers":`, nil, "expected a table"},
	})
	// A single Datatype applies to every column.
	checkDecode(t, &Dataframe{Datatype: []string{"number"}}, []decodeCase{
		{"all numbers", `{"headers":["a","b"],"data":[[1,2]]}`, Table{Headers: []string{"a", "b"}, Rows: [][]any{{1.0, 2.0}}, Types: []string{"number", "number"}}, ""},
		{"second column", `{"headers":["a","b"],"data":[[1,"x"]]}`, nil, `row 1, column "b": expected a number`},
	})
}

func TestDataframeStructs(t *testing.T) {
	df := &Dataframe{}
	pt := reflect.TypeFor[[]person]()
	if !df.AcceptsType(pt) || !df.AcceptsType(reflect.TypeFor[[]*person]()) || !df.AcceptsType(tablePtrType) {
		t.Fatal("Dataframe does not accept a slice of structs")
	}
	for _, bad := range []reflect.Type{
		reflect.TypeFor[[]string](), reflect.TypeFor[[]struct{ M map[string]int }](), reflect.TypeFor[[]struct{ x int }](),
		reflect.TypeFor[[]struct {
			A int `gradio:"x"`
			B int `gradio:"x"`
		}](), reflect.TypeFor[person](), reflect.TypeFor[[]time.Time](), reflect.TypeFor[[]struct{ P **int }](),
	} {
		if df.AcceptsType(bad) {
			t.Errorf("AcceptsType(%s) = true", bad)
		}
	}
	email := "ada@example.com"
	joined := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	got, err := df.PreprocessTo(context.Background(), json.RawMessage(`{"headers":["joined","name","age","Email","score","note","extra"],
		"data":[["2024-01-02","Ada",36,"ada@example.com",1.5,"n",1],[null,"Bob","41","",null,null,2]]}`), pt)
	if err != nil {
		t.Fatal(err)
	}
	want := []person{{Name: "Ada", Age: 36, Email: &email, Joined: joined, Score: 1.5, Note: "n"}, {Name: "Bob", Age: 41}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PreprocessTo = %+v, want %+v", got, want)
	}
	ptrs, err := df.PreprocessTo(context.Background(), json.RawMessage(`{"headers":["name","age","Email","joined","score","note"],"data":[["C",1,null,null,0,true]]}`),
		reflect.TypeFor[[]*person]())
	if err != nil || len(ptrs.([]*person)) != 1 || ptrs.([]*person)[0].Name != "C" || ptrs.([]*person)[0].Note != true {
		t.Errorf("PreprocessTo []*person = %v, %v", ptrs, err)
	}
	for _, c := range []struct{ name, payload, err string }{
		{"fraction for int", `{"headers":["name","age","Email","joined","score","note"],"data":[["A",2.5,null,null,0,null]]}`, `row 1, column "age": 2.5 is not a whole number`},
		{"text for int", `{"headers":["name","age","Email","joined","score","note"],"data":[["A",1,null,null,0,null],["B","old",null,null,0,null]]}`, `row 2, column "age": expected a number, got the string "old"`},
		{"bad date", `{"headers":["name","age","Email","joined","score","note"],"data":[["A",1,null,"yesterday",0,null]]}`, `row 1, column "joined": "yesterday" is not a date`},
		{"bool for string", `{"headers":["name","age","Email","joined","score","note"],"data":[[true,1,null,null,0,null]]}`, ""},
		{"missing column", `{"headers":["name"],"data":[["A"]]}`, `the table has no column "age" for field person.Age (its columns are "name")`},
		{"checked before conversion", `{"headers":["name","age"],"data":[["A"]]}`, "row 1 has 1 cells but there are 2 headers"},
	} {
		_, err := df.PreprocessTo(context.Background(), json.RawMessage(c.payload), pt)
		if c.err == "" && err != nil || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.err)
		}
	}
	if tp, err := df.PreprocessTo(context.Background(), json.RawMessage(`{"headers":["a"],"data":[[1]]}`), tablePtrType); err != nil || tp.(*Table).Rows[0][0] != 1.0 {
		t.Errorf("PreprocessTo *Table = %v, %v", tp, err)
	}
	// No rows needs no columns: null and empty tables give an empty slice.
	for _, p := range []string{`null`, `{"headers":[],"data":[]}`} {
		if got, err := df.PreprocessTo(context.Background(), json.RawMessage(p), pt); err != nil || got == nil || len(got.([]person)) != 0 {
			t.Errorf("PreprocessTo(%s) = %#v, %v", p, got, err)
		}
	}
}

func TestDataframePostprocess(t *testing.T) {
	email := "a@b.c"
	checkEncode(t, &Dataframe{}, []encodeCase{
		{"table", Table{Headers: []string{"a", "b"}, Rows: [][]any{{"x", 1}, {nil, 2.5}}}, `{"headers":["a","b"],"data":[["x",1],[null,2.5]],"metadata":null}`, ""},
		{"pointer", &Table{Headers: []string{"a"}, Rows: [][]any{{true}}}, `{"headers":["a"],"data":[[true]],"metadata":null}`, ""},
		{"nil", nil, `{"headers":["1","2","3"],"data":[],"metadata":null}`, ""},
		{"nil pointer", (*Table)(nil), `{"headers":["1","2","3"],"data":[],"metadata":null}`, ""},
		{"no headers, wider", Table{Rows: [][]any{{1, 2, 3, 4}}}, `{"headers":["1","2","3","4"],"data":[[1,2,3,4]],"metadata":null}`, ""},
		{"no headers, narrower", Table{Rows: [][]any{{1}}}, `{"headers":["1"],"data":[[1]],"metadata":null}`, ""},
		{"cells", Table{Headers: []string{"a", "b", "c", "d", "e", "f"}, Rows: [][]any{{int8(-3), uint64(7), float32(0.5), &email, (*string)(nil), time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}}},
			`{"headers":["a","b","c","d","e","f"],"data":[[-3,7,0.5,"a@b.c",null,"2024-01-02T03:04:05Z"]],"metadata":null}`, ""},
		{"NaN is empty", Table{Headers: []string{"a"}, Rows: [][]any{{nanValue()}}}, `{"headers":["a"],"data":[[null]],"metadata":null}`, ""},
		{"structs", []person{{Name: "Ada", Age: 36, Email: &email, Score: 2}},
			`{"headers":["name","age","Email","joined","score","note"],"data":[["Ada",36,"a@b.c","0001-01-01T00:00:00Z",2,null]],"metadata":null}`, ""},
		{"struct pointers", []*person{nil}, `{"headers":["name","age","Email","joined","score","note"],"data":[[null,null,null,null,null,null]],"metadata":null}`, ""},
		{"no structs", []person{}, `{"headers":["name","age","Email","joined","score","note"],"data":[],"metadata":null}`, ""},
		{"nil structs", []person(nil), `{"headers":["name","age","Email","joined","score","note"],"data":[],"metadata":null}`, ""},
		{"ragged", Table{Headers: []string{"a", "b"}, Rows: [][]any{{1, 2}, {3}}}, "", `row 2 has 1 cells but the table has 2 columns ("a", "b")`},
		{"bad cell", Table{Headers: []string{"a"}, Rows: [][]any{{[]int{1}}}}, "", `row 1, column "a": a []int cannot be a table cell`},
		{"bad types", Table{Headers: []string{"a"}, Rows: [][]any{}, Types: []string{"integer"}}, "", `Types: "integer" is not one of`},
		{"types count", Table{Headers: []string{"a"}, Types: []string{"str", "str"}}, "", "the table has 2 Types for 1 columns"},
		{"not a table", [][]any{{1}}, "", "a Dataframe shows a gradio.Table or a slice of structs, not a [][]interface {}"},
	})
	checkEncode(t, &Dataframe{Headers: []string{"x", "y"}}, []encodeCase{
		{"component headers", Table{Rows: [][]any{{1, 2}}}, `{"headers":["x","y"],"data":[[1,2]],"metadata":null}`, ""},
		{"component headers, extra column", Table{Rows: [][]any{{1, 2, 3}}}, `{"headers":["x","y","3"],"data":[[1,2,3]],"metadata":null}`, ""},
		{"empty", nil, `{"headers":["x","y"],"data":[],"metadata":null}`, ""},
	})
}

func nanValue() float64 {
	var zero float64
	return zero / zero
}

func TestDataframeProps(t *testing.T) {
	// Gradio 6.25's props of a default Dataframe (showcase.config.json), minus "value".
	checkProps(t, &Dataframe{Label: "Dataframe"}, map[string]any{
		"headers": []any{"1", "2", "3"}, "row_count": []any{3, "dynamic"}, "col_count": []any{3, "dynamic"}, "column_count": []any{3, "dynamic"},
		"datatype": "str", "type": "pandas", "latex_delimiters": []any{map[string]any{"left": "$$", "right": "$$", "display": true}},
		"label": "Dataframe", "show_label": true, "max_height": 500, "min_width": 160, "visible": true, "elem_classes": []any{},
		"wrap": false, "line_breaks": true, "column_widths": []any{}, "show_row_numbers": false, "show_search": "none", "static_columns": []any{},
		"_selectable": false, "container": nil, "buttons": nil, "pinned_columns": nil, "interactive": nil, "value": nil,
	})
	df := &Dataframe{Headers: []string{"a", "b"}, RowCount: 5, FixedRows: true, StaticColumns: []int{1}, Datatype: []string{"str", "number"},
		ColumnWidths: []string{"100", "20%"}, Buttons: []string{"copy"}, PinnedColumns: 1, MaxChars: 10, ShowSearch: "filter",
		LatexDelimiters: []LatexDelimiter{}, Interactive: True, Value: Table{Headers: []string{"a", "b"}, Rows: [][]any{{"x", 1}}}}
	df.Select(func(EventData) {}, nil, nil)
	checkProps(t, df, map[string]any{
		"headers": []any{"a", "b"}, "row_count": []any{5, "fixed"}, "col_count": []any{2, "fixed"}, "column_count": []any{2, "fixed"},
		"datatype": []any{"str", "number"}, "column_widths": []any{"100px", "20%"}, "buttons": []any{"copy"}, "pinned_columns": 1,
		"max_chars": 10, "show_search": "filter", "latex_delimiters": []any{}, "interactive": true, "_selectable": true,
		"static_columns": []any{1}, "value": map[string]any{"headers": []any{"a", "b"}, "data": []any{[]any{"x", 1}}, "metadata": nil},
	})
	checkProps(t, &Dataframe{Datatype: []string{"number"}, ColumnCount: 4}, map[string]any{"datatype": "number", "headers": []any{"1", "2", "3", "4"}})
	checkSchema(t, df, `{"properties": {"headers": {"items": {}, "title": "Headers", "type": "array"}, "data": {"items": {"items": {}, "type": "array"}, "title": "Data", "type": "array"}, "metadata": {"anyOf": [{"additionalProperties": {"anyOf": [{"items": {}, "type": "array"}, {"type": "null"}]}, "type": "object"}, {"type": "null"}], "default": null, "title": "Metadata"}}, "required": ["headers", "data"], "title": "DataframeData", "type": "object", "additional_description": null}`)
	b, _ := json.Marshal(df.ExampleValue())
	if !jsonEqual(t, string(b), `{"headers": ["a", "b"], "data": [["foo", "bar"]]}`) {
		t.Errorf("ExampleValue = %s", b)
	}
	// Gradio's own example goes in and comes back as it captured (showcase.call-roundtrip.txt).
	v, err := (&Dataframe{}).Preprocess(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := (&Dataframe{}).Postprocess(context.Background(), v)
	if ob, _ := json.Marshal(out); string(ob) != `{"headers":["a","b"],"data":[["foo","bar"]],"metadata":null}` {
		t.Errorf("round trip = %s", ob)
	}
}

func TestDataframeValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero":             {&Dataframe{}, ""},
		"full":             {&Dataframe{Headers: []string{"a", "b"}, Datatype: []string{"str", "date"}, StaticColumns: []int{0, 1}, Buttons: []string{"fullscreen", "copy"}, ShowSearch: "search"}, ""},
		"headers count":    {&Dataframe{Headers: []string{"a"}, ColumnCount: 2}, "Headers has 1 names but ColumnCount is 2"},
		"datatype":         {&Dataframe{Datatype: []string{"int"}}, `Datatype: "int" is not one of str, number, bool, date, markdown, html`},
		"datatypes count":  {&Dataframe{Headers: []string{"a", "b", "c"}, Datatype: []string{"str", "number"}}, "Datatype has 2 types for 3 columns"},
		"search":           {&Dataframe{ShowSearch: "grep"}, `ShowSearch "grep" is not one of none, search, filter`},
		"buttons":          {&Dataframe{Buttons: []string{"share"}}, `Buttons: "share" is not one of fullscreen, copy`},
		"static column":    {&Dataframe{StaticColumns: []int{3}}, "StaticColumns: 3 is not a column index (the table has 3 columns)"},
		"negative":         {&Dataframe{RowCount: -1}, "must not be negative"},
		"latex":            {&Dataframe{LatexDelimiters: []LatexDelimiter{{Left: "$"}}}, "LatexDelimiters[0] needs both Left and Right"},
		"bad value":        {&Dataframe{Value: "a,b"}, "Value: a Dataframe shows a gradio.Table"},
		"ragged value":     {&Dataframe{Value: Table{Headers: []string{"a"}, Rows: [][]any{{1, 2}}}}, "Value: row 1 has 2 cells"},
		"struct value":     {&Dataframe{Value: []person{{Name: "a"}}}, ""},
		"struct datatypes": {&Dataframe{Value: []person{{Name: "a"}}, Datatype: []string{"str", "number", "str", "date", "number", "str"}, StaticColumns: []int{5}}, ""},
		"table datatypes":  {&Dataframe{Value: Table{Headers: []string{"a", "b", "c", "d"}}, Datatype: []string{"str", "number", "bool", "date"}}, ""},
		"value datatypes":  {&Dataframe{Value: []person{{Name: "a"}}, Datatype: []string{"str", "number", "bool"}}, "Datatype has 3 types for 6 columns"},
		"negative heights": {&Dataframe{MaxHeight: -5}, "MaxHeight (-5)"},
	})
}

// decodeRun posts a /gradio_api/run call and decodes the answer, checking its status.
func decodeRun(t *testing.T, srv *httptest.Server, api, data string, status int) map[string]any {
	t.Helper()
	resp, err := srv.Client().Post(srv.URL+"/gradio_api/run/"+api, "application/json",
		strings.NewReader(`{"data":[`+data+`],"session_hash":"s"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != status {
		t.Fatalf("POST /run/%s: %s %s, want %d", api, resp.Status, b, status)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("/run/%s: %v: %s", api, err, b)
	}
	return m
}

// A handler takes the rows of a Dataframe as structs and returns a Table; another
// returns structs.
func TestDataframeEndToEnd(t *testing.T) {
	in := &Dataframe{Label: "People", Headers: []string{"name", "age", "Email", "joined", "score", "note"},
		Datatype: []string{"str", "number", "str", "date", "number", "str"}}
	out, again := &Dataframe{Label: "Next year"}, &Dataframe{Label: "Again"}
	btn := &Button{}
	btn.Click(func(people []person) Table {
		tb := Table{Headers: []string{"name", "age next year"}}
		for _, p := range people {
			tb.Rows = append(tb.Rows, []any{p.Name, p.Age + 1})
		}
		return tb
	}, In(in), Out(out), EventOptions{APIName: "older"})
	btn.Click(func(people []*person) []*person { return people }, In(in), Out(again), EventOptions{APIName: "echo"})
	btn.Click(func(tb *Table) any { tb.Rows = tb.Rows[:1]; return tb }, In(in), Out(again), EventOptions{APIName: "first"})
	app, err := (&Blocks{Children: []Component{in, btn, out, again}}).Build(WithTempDir(t.TempDir()), WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()

	table := `{"headers":["name","age","Email","joined","score","note"],"data":[["Ada",36,null,"2024-01-02",1.5,""],["Bob",41,"b@x.org","",null,null]],"metadata":null}`
	res := decodeRun(t, srv, "older", table, http.StatusOK)
	got, _ := json.Marshal(res["data"])
	if !jsonEqual(t, string(got), `[{"headers":["name","age next year"],"data":[["Ada",37],["Bob",42]],"metadata":null}]`) {
		t.Errorf("older = %s", got)
	}
	res = decodeRun(t, srv, "echo", table, http.StatusOK)
	got, _ = json.Marshal(res["data"])
	if !jsonEqual(t, string(got), `[{"headers":["name","age","Email","joined","score","note"],"data":[
		["Ada",36,null,"2024-01-02T00:00:00Z",1.5,""],["Bob",41,"b@x.org","0001-01-01T00:00:00Z",0,null]],"metadata":null}]`) {
		t.Errorf("echo = %s", got)
	}
	res = decodeRun(t, srv, "first", table, http.StatusOK)
	got, _ = json.Marshal(res["data"])
	if !jsonEqual(t, string(got), `[{"headers":["name","age","Email","joined","score","note"],"data":[["Ada",36,null,"2024-01-02",1.5,""]],"metadata":null}]`) {
		t.Errorf("first = %s", got)
	}
	for _, c := range []struct{ name, data, detail string }{
		{"ragged", `{"headers":["name","age"],"data":[["Ada",36],["Bob"]]}`, "row 2 has 1 cells but there are 2 headers"},
		{"wrong cell type", `{"headers":["name","age"],"data":[["Ada",36],["Bob",41],["Cy","old"]]}`, `row 3, column "age": expected a number, got a string`},
		{"fraction", `{"headers":["name","age","Email","joined","score","note"],"data":[["Ada",36.5,null,null,null,null]]}`, `row 1, column "age": 36.5 is not a whole number`},
		{"missing column", `{"headers":["name"],"data":[["Ada"]]}`, `the table has no column "age"`},
		{"not a table", `"Ada,36"`, "expected a table"},
	} {
		res := decodeRun(t, srv, "older", c.data, http.StatusBadRequest)
		if d, _ := res["detail"].(string); !strings.Contains(d, c.detail) {
			t.Errorf("%s: detail = %q, want it to contain %q", c.name, d, c.detail)
		}
	}
}

func FuzzDataframePreprocess(f *testing.F) {
	for _, s := range []string{
		`{"headers":["a","b"],"data":[["x",1],[null,2.5]],"metadata":null}`, `{"headers":["a","b"],"data":[[]]}`, `null`,
		`{"headers":[1,"b"],"data":[[true,"1"]]}`, `{"headers":["name","age"],"data":[["Ada","36"]]}`, `{"headers":["a"],"data":[[[1]]]}`,
		`{"headers":["a","b"],"data":[[1e400,1]]}`, `{"headers":["joined"],"data":[["2024-01-02"]]}`,
	} {
		f.Add(s)
	}
	df := &Dataframe{Datatype: []string{"str", "number"}}
	pt := reflect.TypeFor[[]person]()
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := df.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		tb := v.(Table)
		if err := tb.checkShape(); err != nil {
			t.Fatalf("Preprocess(%q) accepted a ragged table: %v", payload, err)
		}
		// Whatever is accepted can be sent back, and read again.
		out, err := df.Postprocess(context.Background(), tb)
		if err != nil {
			t.Fatalf("Postprocess of accepted %q: %v", payload, err)
		}
		b, err := json.Marshal(out)
		if err != nil {
			t.Fatalf("Postprocess of %q does not encode: %v", payload, err)
		}
		if _, err := df.Preprocess(context.Background(), b); err != nil {
			t.Fatalf("re-reading %s: %v", b, err)
		}
		// Converting to structs fails cleanly or gives one element per row.
		if s, err := df.PreprocessTo(context.Background(), json.RawMessage(payload), pt); err == nil && reflect.ValueOf(s).Len() != len(tb.Rows) {
			t.Fatalf("PreprocessTo(%q) gave %d rows for %d", payload, reflect.ValueOf(s).Len(), len(tb.Rows))
		}
	})
}

func ExampleDataframe() {
	type Order struct {
		Item     string  `gradio:"item"`
		Quantity int     `gradio:"quantity"`
		Price    float64 `gradio:"price"`
	}
	orders := &Dataframe{Label: "Orders", Headers: []string{"item", "quantity", "price"}, Datatype: []string{"str", "number", "number"}}
	total := &Number{Label: "Total"}
	orders.Change(func(rows []Order) float64 {
		sum := 0.0
		for _, o := range rows {
			sum += float64(o.Quantity) * o.Price
		}
		return sum
	}, In(orders), Out(total))
}
