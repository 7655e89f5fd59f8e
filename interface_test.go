package gradio

import (
	"iter"
	"slices"
	"testing"
)

// buttonsOf lists the texts of an app's buttons, in layout order.
func buttonsOf(a *App) []string {
	var out []string
	for _, c := range a.cfg.Components {
		if c.Type == "button" {
			out = append(out, c.Props["value"].(string))
		}
	}
	return out
}

func TestInterfaceShapes(t *testing.T) {
	tb := func(l string) *Textbox { return &Textbox{Label: l} }
	stream := func(s string) iter.Seq[string] { return func(func(string) bool) {} }
	same := tb("Text")
	cases := []struct {
		name    string
		it      *Interface
		buttons []string
		layout  string // the kinds of the root's first child and its children
	}{
		{"standard", &Interface{Fn: func(s string) string { return s }, Inputs: []Component{tb("In")}, Outputs: []Component{tb("Out")}},
			[]string{"Clear", "Submit"}, "row[column column]"},
		{"vertical", &Interface{Fn: func(s string) string { return s }, Inputs: []Component{tb("In")}, Outputs: []Component{tb("Out")}, Vertical: true},
			[]string{"Clear", "Submit"}, "column[textbox row textbox]"},
		{"output only", &Interface{Fn: func() string { return "" }, Outputs: []Component{tb("Out")}},
			[]string{"Generate"}, "column[textbox row]"},
		{"input only", &Interface{Fn: func(s string) {}, Inputs: []Component{tb("In")}},
			[]string{"Clear", "Submit"}, "column[textbox row]"},
		{"unified", &Interface{Fn: func(s string) string { return s }, Inputs: []Component{same}, Outputs: []Component{same}},
			[]string{"Clear", "Submit"}, "column[textbox row]"},
		{"live", &Interface{Fn: func(s string) string { return s }, Inputs: []Component{tb("In")}, Outputs: []Component{tb("Out")}, Live: true},
			[]string{"Clear"}, "row[column column]"},
		{"labels and stop", &Interface{Fn: stream, Inputs: []Component{tb("In")}, Outputs: []Component{tb("Out")},
			SubmitLabel: "Go", ClearLabel: "Reset", StopLabel: "Halt"}, []string{"Reset", "Go", "Halt"}, "row[column column]"},
		{"flag options", &Interface{Fn: func(s string) string { return s }, Inputs: []Component{tb("In")}, Outputs: []Component{tb("Out")},
			Flagging: FlagManual, FlaggingOptions: []string{"wrong", "rude"}, FlaggingDir: t.TempDir()},
			[]string{"Clear", "Submit", "Flag as wrong", "Flag as rude"}, "row[column column]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := c.it.Build(WithQuiet(), WithTempDir(t.TempDir()))
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			if got := buttonsOf(a); !slices.Equal(got, c.buttons) {
				t.Errorf("buttons = %q, want %q", got, c.buttons)
			}
			kind := map[int]string{}
			for _, e := range a.cfg.Components {
				kind[e.ID] = e.Type
			}
			top := a.cfg.Layout.Children[0]
			got := kind[top.ID] + "["
			for i, ch := range top.Children {
				if i > 0 {
					got += " "
				}
				got += kind[ch.ID]
			}
			got += "]"
			if got != c.layout {
				t.Errorf("layout = %s, want %s", got, c.layout)
			}
			main := a.fns[0].dep
			if c.it.Live {
				if main.TriggerMode != "always_last" || main.Targets[0][1] != EventChange {
					t.Errorf("live: targets %v, trigger mode %s", main.Targets, main.TriggerMode)
				}
			}
			// Building again gives the same app: nothing is registered twice.
			b, err := c.it.Build(WithQuiet(), WithTempDir(t.TempDir()))
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			if len(b.fns) != len(a.fns) {
				t.Errorf("second build has %d listeners, the first %d", len(b.fns), len(a.fns))
			}
		})
	}
}

func TestInterfaceAutoFlagging(t *testing.T) {
	dir := t.TempDir()
	a, err := (&Interface{Fn: func(s string) string { return s }, Inputs: []Component{&Textbox{}}, Outputs: []Component{&Textbox{}},
		Flagging: FlagAuto, FlaggingDir: dir}).Build(WithQuiet(), WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if slices.Contains(buttonsOf(a), "Flag") {
		t.Error("automatic flagging shows a Flag button")
	}
	var found bool
	for _, f := range a.fns {
		if f.dep.TriggerAfter != nil && *f.dep.TriggerAfter == 0 && f.dep.TriggerOnlyOnSuccess && len(f.dep.Inputs) == 2 {
			found = true
		}
	}
	if !found {
		t.Error("no listener flags the inputs and outputs after a successful run")
	}
}
