package gradio_test

import (
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

// updateValue is the value an update output carries.
func updateValue(t *testing.T, v any) any {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok || m["__type__"] != "update" {
		t.Fatalf("output %#v is not an update", v)
	}
	return m["value"]
}

func countingInterface(calls *atomic.Int32, cache gradio.CacheMode) *gradio.Interface {
	return &gradio.Interface{
		Fn: func(a float64, op string, b float64) (float64, error) {
			calls.Add(1)
			if op == "divide" && b == 0 {
				return 0, gradio.Error{Message: "Cannot divide by zero!"}
			}
			if op == "add" {
				return a + b, nil
			}
			return a * b, nil
		},
		Inputs: []gradio.Component{
			&gradio.Number{Label: "a"}, &gradio.Radio{Label: "op", Choices: []string{"add", "multiply", "divide"}}, &gradio.Number{Label: "b"},
		},
		Outputs:       []gradio.Component{&gradio.Number{Label: "result"}},
		Examples:      [][]any{{1, "add", 2}, {3, "multiply", 4}, {5, "add", 5}},
		CacheExamples: cache,
		Event:         gradio.EventOptions{APIName: "calc"},
	}
}

func TestExamplesEagerCacheRunsEachExampleOnce(t *testing.T) {
	var calls atomic.Int32
	app, err := countingInterface(&calls, gradio.CacheEager).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if n := calls.Load(); n != 3 {
		t.Fatalf("Build ran the function %d times, want once per example (3)", n)
	}
	c := gradiotest.New(app)
	for range 3 {
		out, err := c.Predict("/load_example", 1)
		if err != nil {
			t.Fatal(err)
		}
		if got := updateValue(t, out[0]); got != 12.0 {
			t.Fatalf("cached output of example 2 = %v, want 12", got)
		}
	}
	if n := calls.Load(); n != 3 {
		t.Fatalf("the function ran %d times, want 3: cached outputs must come from the cache", n)
	}
	// The inputs are filled by their own listener.
	out, err := c.Predict("/load_example_input", 2)
	if err != nil {
		t.Fatal(err)
	}
	if a, op := updateValue(t, out[0]), updateValue(t, out[1]); a != 5.0 || op != "add" {
		t.Fatalf("inputs of example 3 = %v, %v", a, op)
	}
}

func TestExamplesLazyCacheRunsOnFirstUse(t *testing.T) {
	var calls atomic.Int32
	app, err := countingInterface(&calls, gradio.CacheLazy).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if n := calls.Load(); n != 0 {
		t.Fatalf("Build ran the function %d times; lazy caching waits for a click", n)
	}
	c := gradiotest.New(app)
	for _, i := range []int{0, 0, 2, 0, 2} {
		out, err := c.Predict("/load_example", i)
		if err != nil {
			t.Fatal(err)
		}
		want := []float64{3, 12, 10}[i]
		if got := updateValue(t, out[0]); got != want {
			t.Fatalf("example %d = %v, want %v", i+1, got, want)
		}
	}
	if n := calls.Load(); n != 2 {
		t.Fatalf("the function ran %d times for two distinct examples", n)
	}
}

func TestExamplesWithoutCacheFillInputsOnly(t *testing.T) {
	var calls atomic.Int32
	app, err := countingInterface(&calls, "").Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	out, err := gradiotest.New(app).Predict("/load_example", 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 || updateValue(t, out[0]) != 3.0 || updateValue(t, out[1]) != "multiply" || updateValue(t, out[2]) != 4.0 {
		t.Fatalf("load_example = %#v", out)
	}
	if calls.Load() != 0 {
		t.Fatal("filling the inputs ran the function")
	}
	if _, err := gradiotest.New(app).Predict("/load_example", 3); err == nil {
		t.Fatalf("an index past the examples: %v", err)
	}
}

func TestExamplesThatDoNotFitAreBuildErrors(t *testing.T) {
	var calls atomic.Int32
	it := countingInterface(&calls, gradio.CacheEager)
	it.Examples = [][]any{
		{1, "add"},             // too short
		{1, "subtract", 2},     // not a choice
		{"one", "add", 2},      // not a number
		{1, "add", 2, "extra"}, // too long
	}
	it.ExampleLabels = []string{"only one"}
	_, err := it.Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err == nil {
		t.Fatal("Build accepted examples that do not fit")
	}
	for _, want := range []string{
		"example 1 has 2 value(s) for 3 input(s)",
		"example 4 has 4 value(s) for 3 input(s)",
		"1 label(s) for 4 example(s)",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %q:\n%v", want, err)
		}
	}
	if calls.Load() != 0 {
		t.Error("examples were run although they do not fit")
	}

	// Values the inputs cannot take are reported together, after the shapes are right.
	it.Examples = [][]any{{1, "subtract", 2}, {"one", "add", 2}, {1, "add", 2}}
	it.ExampleLabels = nil
	_, err = it.Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err == nil {
		t.Fatal("Build accepted values the inputs cannot take")
	}
	for _, want := range []string{`sample 1, value 2 (radio "op")`, `sample 2, value 1 (number "a")`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %q:\n%v", want, err)
		}
	}
}

func TestExamplesCachingFailureNamesTheExample(t *testing.T) {
	var calls atomic.Int32
	it := countingInterface(&calls, gradio.CacheEager)
	it.Examples = [][]any{{1, "add", 2}, {1, "divide", 0}}
	_, err := it.Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err == nil || !strings.Contains(err.Error(), `caching example 2 [1, "divide", 0]`) || !strings.Contains(err.Error(), "Cannot divide by zero!") {
		t.Fatalf("Build error = %v, want one naming example 2 and the handler's error", err)
	}
	var gerr gradio.Error
	if !errors.As(err, &gerr) {
		t.Errorf("the handler's gradio.Error is not wrapped: %v", err)
	}
}

func TestExamplesCacheAStreamsLastValue(t *testing.T) {
	in := &gradio.Textbox{Label: "Text"}
	out := &gradio.Textbox{Label: "Echo"}
	words := func(s string) iter.Seq[string] {
		return func(yield func(string) bool) {
			acc := ""
			for _, w := range strings.Fields(s) {
				acc += w
				if !yield(acc) {
					return
				}
			}
		}
	}
	ex := &gradio.Examples{Rows: [][]any{{"a b c"}}, Inputs: []gradio.Component{in}, Outputs: []gradio.Component{out}, Fn: words, Cache: gradio.CacheEager}
	app, err := (&gradio.Blocks{Children: []gradio.Component{in, out, ex}}).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	res, err := gradiotest.New(app).Predict("/load_example", 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := updateValue(t, res[0]); got != "abc" {
		t.Fatalf("cached stream = %v, want its last value", got)
	}
}

func TestExamplesRunOnClickAndBlocksErrors(t *testing.T) {
	in := &gradio.Textbox{Label: "Text"}
	out := &gradio.Textbox{Label: "Upper"}
	cases := []struct {
		ex   *gradio.Examples
		want string
	}{
		{&gradio.Examples{Rows: [][]any{{"x"}}, Inputs: []gradio.Component{in}, RunOnClick: true}, "RunOnClick needs Fn"},
		{&gradio.Examples{Rows: [][]any{{"x"}}, Inputs: []gradio.Component{in}, Cache: gradio.CacheEager}, "caching examples needs Fn and Outputs"},
		{&gradio.Examples{Rows: [][]any{{"x"}}}, "Inputs is empty"},
		{&gradio.Examples{Rows: [][]any{{"x"}}, Inputs: []gradio.Component{in}, Cache: "always"}, `Cache "always" is not`},
	}
	for i, c := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			_, err := (&gradio.Blocks{Children: []gradio.Component{in, out, c.ex}}).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Build error = %v, want %q", err, c.want)
			}
		})
	}
}

func TestExamplesBatchCache(t *testing.T) {
	var calls atomic.Int32
	it := &gradio.Interface{
		Fn: func(ss []string) []string {
			calls.Add(1)
			out := make([]string, len(ss))
			for i, s := range ss {
				out[i] = strings.ToUpper(s)
			}
			return out
		},
		Inputs:        []gradio.Component{&gradio.Textbox{}},
		Outputs:       []gradio.Component{&gradio.Textbox{}},
		Examples:      [][]any{{"a"}, {"b"}},
		CacheExamples: gradio.CacheEager,
		Event:         gradio.EventOptions{Batch: true, APIName: "up"},
	}
	app, err := it.Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	out, err := gradiotest.New(app).Predict("/load_example", 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := updateValue(t, out[0]); got != "B" || calls.Load() != 2 {
		t.Fatalf("batch example 2 = %v after %d calls", got, calls.Load())
	}
}

func TestExamplesLazyCacheUnderConcurrentClicks(t *testing.T) {
	var calls atomic.Int32
	app, err := countingInterface(&calls, gradio.CacheLazy).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			_, err := gradiotest.New(app).Predict("/load_example", 1)
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if n := calls.Load(); n != 1 {
		t.Fatalf("8 simultaneous first clicks ran the example %d times, want 1", n)
	}
}

func TestDatasetInBlocks(t *testing.T) {
	name := &gradio.Textbox{Label: "Name"}
	ds := &gradio.Dataset{Components: []gradio.Component{name}, Samples: [][]any{{"Ada"}, {"Grace"}}}
	out := &gradio.Textbox{Label: "Picked"}
	ds.Click(func(row []any) string { return "picked " + row[0].(string) }, gradio.In(ds), gradio.Out(out), gradio.EventOptions{APIName: "pick"})
	ds.Select(func(i int) int { return i }, gradio.In(ds), gradio.Out(&gradio.Number{}), gradio.EventOptions{APIName: "index"})
	num := &gradio.Number{}
	_ = num
	app, err := (&gradio.Blocks{Children: []gradio.Component{ds, out}}).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err == nil {
		app.Close()
		t.Fatal("an output outside the layout was accepted")
	}
	ds2 := &gradio.Dataset{Components: []gradio.Component{name}, Samples: [][]any{{"Ada"}, {"Grace"}}}
	ds2.Click(func(row []any) string { return "picked " + row[0].(string) }, gradio.In(ds2), gradio.Out(out), gradio.EventOptions{APIName: "pick"})
	app, err = (&gradio.Blocks{Children: []gradio.Component{ds2, out}}).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	res, err := gradiotest.New(app).Predict("/pick", 1)
	if err != nil || res[0] != "picked Grace" {
		t.Fatalf("pick = %v, %v", res, err)
	}
}
