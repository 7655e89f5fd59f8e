package gradio

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestDatasetPreprocess(t *testing.T) {
	d := &Dataset{Components: []Component{&Textbox{}}, Samples: [][]any{{"a"}, {"b"}, {"c"}}}
	checkDecode(t, d, []decodeCase{
		{"first", `0`, 0, ""},
		{"last", `2`, 2, ""},
		{"whole float", `1.0`, 1, ""},
		{"past the end", `3`, nil, "not a whole number from 0 to 2"},
		{"negative", `-1`, nil, "not a whole number from 0 to 2"},
		{"fraction", `0.5`, nil, "not a whole number"},
		{"huge", `1e300`, nil, "not a whole number"},
		{"null", `null`, nil, "expected the index of a sample"},
		{"string", `"1"`, nil, "expected the index of a sample, a number; got a string"},
		{"array", `[1]`, nil, "got an array"},
		{"malformed", `1x`, nil, "expected the index of a sample"},
	})
	// A handler may take the row itself.
	row, err := d.PreprocessTo(context.Background(), json.RawMessage(`1`), anySliceType)
	if err != nil || !reflect.DeepEqual(row, []any{"b"}) {
		t.Fatalf("PreprocessTo([]any) = %#v, %v", row, err)
	}
	empty := &Dataset{Components: []Component{&Textbox{}}}
	if _, err := empty.Preprocess(context.Background(), json.RawMessage(`0`)); err == nil {
		t.Fatal("an index into no samples was accepted")
	}
}

func TestDatasetValidate(t *testing.T) {
	tb := &Textbox{Label: "Text"}
	cases := []struct {
		name string
		d    *Dataset
		errs []string
	}{
		{"ok", &Dataset{Components: []Component{tb}, Samples: [][]any{{"a"}}}, nil},
		{"row length", &Dataset{Components: []Component{tb}, Samples: [][]any{{"a", "b"}, {}}},
			[]string{"sample 1 has 2 value(s) for 1 component(s)", "sample 2 has 0 value(s)"}},
		{"layout", &Dataset{Layout: "grid"}, []string{`Layout "grid" is not one of table, gallery`}},
		{"headers", &Dataset{Components: []Component{tb}, Headers: []string{"a", "b"}}, []string{"2 header(s) for 1 component(s)"}},
		{"labels", &Dataset{Components: []Component{tb}, Samples: [][]any{{"a"}}, SampleLabels: []string{}}, []string{"0 sample label(s) for 1 sample(s)"}},
		{"nil component", &Dataset{Components: []Component{nil}}, []string{"component 1 is nil"}},
		{"per page", &Dataset{SamplesPerPage: -1}, []string{"SamplesPerPage -1 is negative"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.d.Validate()
			if len(c.errs) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", c.errs)
			}
			for _, want := range c.errs {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
}

func TestDatasetProps(t *testing.T) {
	d := &Dataset{
		Components: []Component{&Textbox{Label: "Name"}, &Number{Label: "Age"}},
		Samples:    [][]any{{"Ada", 36}, {"Grace", nil}},
	}
	p := d.Props()
	if got := p["components"]; !reflect.DeepEqual(got, []string{"textbox", "number"}) {
		t.Errorf("components = %#v", got)
	}
	if got := p["headers"]; !reflect.DeepEqual(got, []string{"Name", "Age"}) {
		t.Errorf("headers = %#v", got)
	}
	if got := p["samples"]; !reflect.DeepEqual(got, [][]any{{"Ada", 36.0}, {"Grace", nil}}) {
		t.Errorf("samples = %#v", got)
	}
	if p["samples_per_page"] != 10 || p["sample_labels"] != nil || p["layout"] != nil {
		t.Errorf("defaults: %v %v %v", p["samples_per_page"], p["sample_labels"], p["layout"])
	}
	if cp := p["component_props"].([]map[string]any); cp[0]["label"] != "Name" || cp[0]["value"] != nil {
		t.Errorf("component_props[0] = %#v", cp[0])
	}
	// No labels at all: no header row.
	if got := (&Dataset{Components: []Component{&Textbox{}}}).Props()["headers"]; !reflect.DeepEqual(got, []string{}) {
		t.Errorf("headers without labels = %#v", got)
	}
}

func FuzzDatasetIndex(f *testing.F) {
	for _, s := range []string{`0`, `2`, `-1`, `1.5`, `null`, `"0"`, `[0]`, `1e309`, `{}`} {
		f.Add(s)
	}
	d := &Dataset{Components: []Component{&Textbox{}}, Samples: [][]any{{"a"}, {"b"}, {"c"}}}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := d.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		i, ok := v.(int)
		if !ok || i < 0 || i >= len(d.Samples) {
			t.Fatalf("Preprocess(%q) = %#v, outside the samples", payload, v)
		}
		row, err := d.PreprocessTo(context.Background(), json.RawMessage(payload), anySliceType)
		if err != nil || len(row.([]any)) != 1 {
			t.Fatalf("PreprocessTo(%q) = %#v, %v", payload, row, err)
		}
	})
}

func TestExamplesFromFiles(t *testing.T) {
	dir := t.TempDir()
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "tiny.png")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	in := &Image{Label: "Photo"}
	it := &Interface{
		Fn:            func(m image.Image) string { return fmt.Sprint(m.Bounds().Dx(), "x", m.Bounds().Dy()) },
		Inputs:        []Component{in},
		Outputs:       []Component{&Textbox{Label: "Size"}},
		Examples:      [][]any{{path}},
		CacheExamples: CacheEager,
	}
	a, err := it.Build(WithQuiet(), WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var samples [][]any
	for _, c := range a.cfg.Components {
		if c.Type == "dataset" {
			samples = c.Props["samples"].([][]any)
		}
	}
	b, _ := json.Marshal(samples)
	if !strings.Contains(string(b), `"gradio.FileData"`) || !strings.Contains(string(b), "tiny.png") || strings.Contains(string(b), dir) {
		t.Fatalf("samples = %s, want a FileData in the app's cache", b)
	}
	out := callDirect(t, a, "load_example", 0)
	if out["value"] != "3x2" {
		t.Fatalf("cached output = %v", out)
	}

	it.Examples = [][]any{{filepath.Join(dir, "missing.png")}}
	if _, err := it.Build(WithQuiet(), WithTempDir(t.TempDir())); err == nil || !strings.Contains(err.Error(), `sample 1, value 1 (image "Photo")`) {
		t.Fatalf("a missing example file: %v", err)
	}
}
