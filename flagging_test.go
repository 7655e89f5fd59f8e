package gradio

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
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
	comps := []Component{&Image{Label: "Photo"}, &JSON{}, &Textbox{}, &Gallery{Label: "Shots"}}
	l := &csvLogger{}
	fields := flagFields(comps)
	if err := l.Setup(dir, fields); err != nil {
		t.Fatal(err)
	}
	vals := []any{
		FileData{Path: src, OrigName: "../../cat.png"},
		map[string]any{"a": 1},
		"=1+1",
		[]FileData{{Path: src}},
	}
	s := FlagSample{Time: time.Now()}
	for i, v := range vals {
		s.Values = append(s.Values, FlagValue{fields[i], v})
	}
	if err := l.Flag(t.Context(), s); err != nil {
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

// recorder is a FlagSaver that keeps what it is given.
type recorder struct {
	mu      sync.Mutex
	dirs    []string
	fields  [][]FlagField
	samples []FlagSample
	err     error // returned by Flag
}

func (r *recorder) Setup(dir string, fields []FlagField) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.dirs, r.fields = append(r.dirs, dir), append(r.fields, fields)
	return nil
}

func (r *recorder) Flag(_ context.Context, s FlagSample) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.samples = append(r.samples, s)
	return r.err
}

func TestFlaggingCallback(t *testing.T) {
	rec := &recorder{}
	it := flagApp("")
	it.FlaggingCallback = rec
	_, statErr := os.Stat(DefaultFlaggingDir)
	existed := statErr == nil // left by something else: then this test cannot tell
	app, err := it.Build(WithQuiet(), WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if len(rec.dirs) != 1 || rec.dirs[0] != DefaultFlaggingDir || len(rec.fields[0]) != 3 || rec.fields[0][2].Label != "Result" || rec.fields[0][1].Component != it.Inputs[1] {
		t.Fatalf("Setup(%q, %+v)", rec.dirs, rec.fields)
	}
	if _, err := os.Stat(DefaultFlaggingDir); err == nil && !existed {
		t.Error("the CSV logger was set up too: " + DefaultFlaggingDir + " exists")
	}
	callDirect(t, app, "Flag_1", "Ada", 2.0, "AdaAda")
	if len(rec.samples) != 1 {
		t.Fatalf("%d samples", len(rec.samples))
	}
	s := rec.samples[0]
	if s.Option != "bad" || s.Username != "" || time.Since(s.Time) > time.Minute || len(s.Values) != 3 {
		t.Fatalf("sample %+v", s)
	}
	for i, want := range []any{"Ada", 2.0, "AdaAda"} {
		if s.Values[i].Value != want || s.Values[i].Label != rec.fields[0][i].Label {
			t.Errorf("value %d = %+v, want %v", i, s.Values[i], want)
		}
	}

	// A failure is logged; the user sees a generic message, or the saver's gradio.Error.
	rec.err = errors.New("disk on fire at /secret/path")
	body := callRaw(t, app, "Flag", "Ada", 2.0, "AdaAda")
	if !strings.Contains(body, "The sample could not be saved.") || strings.Contains(body, "secret") {
		t.Errorf("a failed flag answers %s", body)
	}
	rec.err = Error{Message: "Flagging is closed today."}
	if body := callRaw(t, app, "Flag", "Ada", 2.0, "AdaAda"); !strings.Contains(body, "Flagging is closed today.") {
		t.Errorf("a gradio.Error from the saver answers %s", body)
	}

	// The username comes from the request.
	f := &flagger{saver: rec, fields: flagFields(it.Inputs[:1])}
	ctx := withRequest(t.Context(), &Request{Username: "ada"})
	reflect.ValueOf(f.flagFn("", "")).Call([]reflect.Value{reflect.ValueOf(ctx), reflect.ValueOf("x")})
	if s := rec.samples[len(rec.samples)-1]; s.Username != "ada" {
		t.Errorf("username %q, want ada", s.Username)
	}
}

// callRaw calls api over /gradio_api/run and returns the response body, whatever its
// status.
func callRaw(t *testing.T, app *App, api string, args ...any) string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"data": args})
	req := httptest.NewRequest(http.MethodPost, "/gradio_api/run/"+api, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, req)
	return rec.Body.String()
}

type failingSaver struct{ recorder }

func (*failingSaver) Setup(string, []FlagField) error {
	return errors.New("flags: the database is read-only")
}

func TestFlaggingCallbackSetupFailsTheBuild(t *testing.T) {
	it := flagApp(t.TempDir())
	it.FlaggingCallback = &failingSaver{}
	if _, err := it.Build(WithQuiet()); err == nil || !strings.Contains(err.Error(), "the database is read-only") {
		t.Fatalf("Build error = %v", err)
	}
}
