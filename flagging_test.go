package gradio

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// callDirect calls api over /gradio_api/run with args and returns its first output, an
// update.
func callDirect(t *testing.T, app *App, api string, args ...any) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"data": args})
	req := httptest.NewRequest(http.MethodPost, "/gradio_api/run/"+api, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, req)
	var res struct{ Data []any }
	if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &res) != nil {
		t.Fatalf("%s: %d %s", api, rec.Code, rec.Body)
	}
	if len(res.Data) == 0 {
		return nil
	}
	m, _ := res.Data[0].(map[string]any)
	return m
}

func flagApp(dir string) *Interface {
	return &Interface{
		Fn:              func(name string, n float64) string { return strings.Repeat(name, int(n)) },
		Inputs:          []Component{&Textbox{Label: "Name"}, &Number{Label: "Times"}},
		Outputs:         []Component{&Textbox{Label: "Result"}},
		Flagging:        FlagManual,
		FlaggingOptions: []string{"good", "bad"},
		FlaggingDir:     dir,
	}
}

func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestFlaggingSurvivesARestart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "flagged")
	for i, api := range []string{"Flag", "Flag_1"} {
		app, err := flagApp(dir).Build(WithQuiet(), WithTempDir(t.TempDir()))
		if err != nil {
			t.Fatal(err)
		}
		f := app.byName[api]
		if f == nil {
			t.Fatalf("no endpoint %s", api)
		}
		if f.dep.APIVisibility != string(Undocumented) || f.dep.Queue {
			t.Errorf("%s: visibility %s, queue %v; want undocumented and direct, as Gradio's", api, f.dep.APIVisibility, f.dep.Queue)
		}
		res := callDirect(t, app, api, "Ada", float64(i+2), strings.Repeat("Ada", i+2))
		if res["value"] != "Saved" {
			t.Errorf("the flag button says %v after flagging", res["value"])
		}
		app.Close()
	}
	rows := readCSV(t, filepath.Join(dir, "dataset1.csv"))
	if len(rows) != 3 {
		t.Fatalf("dataset1.csv has %d rows, want the header and two flags:\n%q", len(rows), rows)
	}
	if want := []string{"Name", "Times", "Result", "flag", "username", "timestamp"}; !reflect.DeepEqual(rows[0], want) {
		t.Errorf("header = %q, want %q", rows[0], want)
	}
	if got := rows[1][:4]; !reflect.DeepEqual(got, []string{"Ada", "2", "AdaAda", "good"}) {
		t.Errorf("first flag = %q", rows[1])
	}
	if got := rows[2][:4]; !reflect.DeepEqual(got, []string{"Ada", "3", "AdaAdaAda", "bad"}) {
		t.Errorf("second flag (after the restart) = %q", rows[2])
	}
	if rows[2][5] == "" {
		t.Error("no timestamp")
	}

	// Other components: the old file is kept and a new one started.
	it := flagApp(dir)
	it.Inputs = it.Inputs[:1]
	it.Fn = func(s string) string { return s }
	app, err := it.Build(WithQuiet(), WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	callDirect(t, app, "Flag", "x", "x")
	if rows := readCSV(t, filepath.Join(dir, "dataset2.csv")); len(rows) != 2 || rows[0][0] != "Name" || rows[0][1] != "Result" {
		t.Errorf("dataset2.csv = %q", rows)
	}
	if rows := readCSV(t, filepath.Join(dir, "dataset1.csv")); len(rows) != 3 {
		t.Errorf("dataset1.csv changed: %q", rows)
	}
}

func TestFlaggingDirectoryMustBeWritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := flagApp(filepath.Join(file, "flagged")).Build(WithQuiet(), WithTempDir(t.TempDir()))
	if err == nil || !strings.Contains(err.Error(), "flagging directory") {
		t.Fatalf("Build error = %v, want one about the flagging directory", err)
	}
	it := flagApp(t.TempDir())
	it.Flagging = "sometimes"
	if _, err := it.Build(WithQuiet()); err == nil || !strings.Contains(err.Error(), `Interface.Flagging "sometimes"`) {
		t.Fatalf("Build error = %v", err)
	}
}

func TestFlaggingCells(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(t.TempDir(), "cat.png")
	if err := os.WriteFile(src, []byte("not really a png"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := newCSVLogger(dir, []Component{&Image{Label: "Photo"}, &JSON{}, &Textbox{}, &Gallery{Label: "Shots"}})
	if err != nil {
		t.Fatal(err)
	}
	vals := []reflect.Value{
		reflect.ValueOf(FileData{Path: src, OrigName: "../../cat.png"}),
		reflect.ValueOf(map[string]any{"a": 1}),
		reflect.ValueOf("=1+1"),
		reflect.ValueOf([]FileData{{Path: src}}),
	}
	if err := l.flag(vals, "", ""); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, filepath.Join(dir, "dataset1.csv"))
	row := rows[1]
	if !strings.HasPrefix(row[0], "Photo/") || !strings.HasSuffix(row[0], "/cat.png") {
		t.Errorf("file cell = %q, want Photo/<random>/cat.png", row[0])
	}
	if b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(row[0]))); err != nil || string(b) != "not really a png" {
		t.Errorf("copied file: %q, %v", b, err)
	}
	if row[1] != `{"a":1}` {
		t.Errorf("JSON cell = %q", row[1])
	}
	if row[2] != "'=1+1" {
		t.Errorf("a formula is not defused: %q", row[2])
	}
	if rows[0][1] != "component 1" || !strings.HasPrefix(row[3], `["Shots/`) {
		t.Errorf("header %q, gallery cell %q", rows[0][1], row[3])
	}
}
