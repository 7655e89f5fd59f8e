package sqliteflag_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
	"github.com/gradio-go/gradio/sqliteflag"
)

func flagApp(saver gradio.FlagSaver) *gradio.Interface {
	return &gradio.Interface{
		Fn:               func(name string, doc gradio.FileData) string { return "hello " + name },
		Inputs:           []gradio.Component{&gradio.Textbox{Label: "Name"}, &gradio.File{Label: "Doc"}},
		Outputs:          []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Flagging:         gradio.FlagManual,
		FlaggingOptions:  []string{"good", "bad"},
		FlaggingCallback: saver,
	}
}

// upload posts one file to the app and returns its FileData payload.
func upload(t *testing.T, srv *httptest.Server, name, content string) map[string]any {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("files", name)
	fw.Write([]byte(content))
	mw.Close()
	resp, err := srv.Client().Post(srv.URL+"/gradio_api/upload", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var paths []string
	if err := json.NewDecoder(resp.Body).Decode(&paths); err != nil || len(paths) != 1 {
		t.Fatalf("upload: status %d, %v", resp.StatusCode, err)
	}
	return map[string]any{"path": paths[0], "orig_name": name, "meta": map[string]any{"_type": "gradio.FileData"}}
}

func TestFlagSurvivesARestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "flags.db")
	for i, api := range []string{"/Flag", "/Flag_1"} {
		saver := sqliteflag.Open(path)
		app, err := flagApp(saver).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(app)
		doc := upload(t, srv, "notes.txt", "note "+api)
		out, err := gradiotest.New(app).Predict(api, "Ada", doc, "hello Ada")
		if err != nil {
			t.Fatal(err)
		}
		if m, _ := out[0].(map[string]any); m["value"] != "Saved" {
			t.Errorf("flag %d: the button says %v", i, out[0])
		}
		srv.Close()
		app.Close()
		if err := saver.Close(); err != nil {
			t.Fatal(err)
		}
	}

	// A new process: read what the two runs stored.
	saver := sqliteflag.Open(path)
	defer saver.Close()
	got, err := saver.Samples(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d samples, want 2: %+v", len(got), got)
	}
	wantFields := []sqliteflag.Field{{"Name", "Name", "textbox"}, {"Doc", "Doc", "file"}, {"Name (2)", "Name", "textbox"}}
	for i, sm := range got {
		if !reflect.DeepEqual(sm.Fields, wantFields) {
			t.Errorf("sample %d: fields %+v", i, sm.Fields)
		}
		if sm.Option != []string{"good", "bad"}[i] || sm.Time.IsZero() || sm.Username != "" {
			t.Errorf("sample %d: option %q, time %v, user %q", i, sm.Option, sm.Time, sm.Username)
		}
		if sm.Values[0] != "Ada" || sm.Values[2] != "hello Ada" {
			t.Errorf("sample %d: values %#v", i, sm.Values)
		}
		fd, ok := sm.Values[1].(gradio.FileData)
		if !ok {
			t.Fatalf("sample %d: file value %#v", i, sm.Values[1])
		}
		if rel, err := filepath.Rel(saver.FilesDir(), fd.Path); err != nil || strings.HasPrefix(rel, "..") || !strings.HasSuffix(rel, "notes.txt") {
			t.Errorf("sample %d: file at %s, not under %s", i, fd.Path, saver.FilesDir())
		}
		if b, err := os.ReadFile(fd.Path); err != nil || string(b) != "note "+[]string{"/Flag", "/Flag_1"}[i] {
			t.Errorf("sample %d: file holds %q, %v", i, b, err)
		}
	}
	if _, err := os.Stat(path + "-wal"); err != nil && !os.IsNotExist(err) {
		t.Error(err)
	}
}

func TestAutomaticFlagging(t *testing.T) {
	saver := sqliteflag.Open(filepath.Join(t.TempDir(), "flags.db"))
	defer saver.Close()
	it := &gradio.Interface{
		Fn:               func(s string) string { return s + "!" },
		Inputs:           []gradio.Component{&gradio.Textbox{Label: "In"}},
		Outputs:          []gradio.Component{&gradio.Textbox{Label: "Out"}},
		Flagging:         gradio.FlagAuto,
		FlaggingCallback: saver,
	}
	app, err := it.Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	// The page runs the flag listener after each successful run.
	c := gradiotest.New(app)
	if _, err := c.Predict("/lambda", "x"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Predict("/flag", "x", "x!"); err != nil {
		t.Fatal(err)
	}
	got, err := saver.Samples(t.Context())
	if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0].Values, []any{"x", "x!"}) || got[0].Option != "" {
		t.Fatalf("samples %+v, %v", got, err)
	}
}

func TestUnwritableDatabaseFailsTheBuild(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	notDB := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(notDB, bytes.Repeat([]byte("not a database "), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, path := range map[string]string{
		"under a file": filepath.Join(file, "flags.db"),
		"not SQLite":   notDB,
		"empty path":   "",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := flagApp(sqliteflag.Open(path)).Build(gradio.WithQuiet(), gradio.WithTempDir(t.TempDir()))
			if err == nil || !strings.Contains(err.Error(), "sqliteflag: open") {
				t.Fatalf("Build error = %v, want one from sqliteflag: open", err)
			}
		})
	}
}
