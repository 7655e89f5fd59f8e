package gradio

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFlagButtonInBlocks(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "flagged")
	rec := &recorder{}
	prompt, answer := &Textbox{Label: "Prompt"}, &Textbox{Label: "Answer"}
	csvFlag := &FlagButton{Components: []Component{prompt, answer}, Dir: dir}
	wrong := &FlagButton{Components: []Component{prompt, answer}, Option: "wrong", Saver: rec, APIName: "flag_wrong"}
	b := &Blocks{Children: []Component{prompt, answer, Row(csvFlag, wrong)}}
	app, err := b.Build(WithQuiet(), WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if got := wrong.Props()["value"]; got != "Flag as wrong" {
		t.Errorf("label %v", got)
	}
	if f := app.byName["Flag"]; f == nil || f.dep.APIVisibility != string(Undocumented) || f.dep.Queue {
		t.Fatalf("no undocumented, direct Flag endpoint: %+v", f)
	}
	if res := callDirect(t, app, "Flag", "2+2?", "4"); res["value"] != "Saved" {
		t.Errorf("the button says %v", res)
	}
	rows := readCSV(t, filepath.Join(dir, "dataset1.csv"))
	if len(rows) != 2 || !reflect.DeepEqual(rows[0][:4], []string{"Prompt", "Answer", "flag", "username"}) || !reflect.DeepEqual(rows[1][:3], []string{"2+2?", "4", ""}) {
		t.Errorf("dataset1.csv = %q", rows)
	}
	callDirect(t, app, "flag_wrong", "2+2?", "5")
	if len(rec.samples) != 1 || rec.samples[0].Option != "wrong" || rec.samples[0].Values[1].Value != "5" {
		t.Errorf("samples %+v", rec.samples)
	}
	// The label comes back in the browser, after a moment.
	var restore bool
	for _, f := range app.fns {
		restore = restore || f.ev.fn == nil && strings.Contains(f.ev.opts.JS, `"Flag as wrong"`)
	}
	if !restore {
		t.Error("no listener restores the button's label")
	}
}

func TestFlagButtonProblemsFailTheBuild(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	box, row := &Textbox{}, Row()
	for _, tc := range []struct {
		name string
		btn  *FlagButton
		err  string
	}{
		{"no components", &FlagButton{}, "Components is empty"},
		{"bad directory", &FlagButton{Components: []Component{box}, Dir: filepath.Join(file, "x")}, "flagging directory"},
		{"saver", &FlagButton{Components: []Component{box}, Saver: &failingSaver{}}, "read-only"},
		{"not an input", &FlagButton{Components: []Component{row}, Dir: t.TempDir()}, "cannot be flagged"},
		{"not placed", &FlagButton{Components: []Component{&Textbox{Label: "Elsewhere"}}, Dir: t.TempDir()}, "not in the layout"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := (&Blocks{Children: []Component{box, row, tc.btn}}).Build(WithQuiet(), WithTempDir(t.TempDir()))
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("Build error = %v, want %q", err, tc.err)
			}
		})
	}
}
