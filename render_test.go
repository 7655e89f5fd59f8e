package gradio_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

// rendered is what a test reads of a render_config.
type rendered struct {
	Components []struct {
		ID         int            `json:"id"`
		Type       string         `json:"type"`
		Key        *string        `json:"key"`
		RenderedIn *int           `json:"rendered_in"`
		Props      map[string]any `json:"props"`
	} `json:"components"`
	Dependencies []struct {
		ID         int    `json:"id"`
		APIName    string `json:"api_name"`
		RenderedIn *int   `json:"rendered_in"`
		Targets    [][2]any
		Inputs     []int `json:"inputs"`
		Outputs    []int `json:"outputs"`
	} `json:"dependencies"`
	Layout struct {
		ID       int `json:"id"`
		Children []struct {
			ID int `json:"id"`
		} `json:"children"`
	} `json:"layout"`
	RenderID int `json:"render_id"`
}

// completion is the process_completed message of one call.
type completion struct {
	Success bool `json:"success"`
	Output  struct {
		Data         []any     `json:"data"`
		Error        *string   `json:"error"`
		RenderConfig *rendered `json:"render_config"`
	} `json:"output"`
}

// call joins fn_index fn as session and reads its completion; a refused join gives the
// status and the detail.
func call(t *testing.T, h http.Handler, session string, fn int, data ...any) (*completion, int, string) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"data": nonNilSlice(data), "fn_index": fn, "session_hash": session})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/gradio_api/queue/join", bytes.NewReader(body)))
	if rec.Code != http.StatusOK {
		var d struct{ Detail string }
		_ = json.Unmarshal(rec.Body.Bytes(), &d)
		return nil, rec.Code, d.Detail
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/gradio_api/queue/data?session_hash="+session, nil))
	sc := bufio.NewScanner(rec.Body)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "data: ")
		if !ok || !strings.Contains(line, `"process_completed"`) {
			continue
		}
		var c completion
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		return &c, http.StatusOK, ""
	}
	t.Fatalf("no completion in %s", rec.Body)
	return nil, 0, ""
}

func nonNilSlice(v []any) []any {
	if v == nil {
		return []any{}
	}
	return v
}

// boxesApp is a slider, a Render of that many keyed text boxes each with a reversing
// button, and a static box the buttons also write to.
func boxesApp(t *testing.T) (*gradio.App, *int) {
	t.Helper()
	count := &gradio.Slider{Label: "Boxes", Minimum: 0, Maximum: 1500, Value: 2}
	last := &gradio.Textbox{Label: "Last"}
	runs := new(int)
	r := &gradio.Render{
		Inputs: []gradio.Component{count},
		Fn: func(n int) ([]gradio.Component, error) {
			*runs++
			if n == 13 {
				return nil, gradio.Error{Title: "Unlucky", Message: "not 13"}
			}
			if n == 14 {
				panic("fourteen")
			}
			var out []gradio.Component
			for i := range n {
				box := &gradio.Textbox{Label: fmt.Sprint("Box ", i), Key: strconv.Itoa(i)}
				btn := &gradio.Button{Value: "Reverse"}
				btn.Click(func(s string) (string, string) { return strings.ToUpper(s), s }, gradio.In(box), gradio.Out(box, last),
					gradio.EventOptions{APIName: "flip"})
				out = append(out, gradio.Row(box, btn))
			}
			return out, nil
		},
	}
	return build(t, &gradio.Blocks{Children: []gradio.Component{count, r, last}}), runs
}

func TestRenderBuildErrors(t *testing.T) {
	n := &gradio.Number{Label: "N"}
	_, err := (&gradio.Blocks{Children: []gradio.Component{n,
		&gradio.Render{Inputs: []gradio.Component{n}},
		&gradio.Render{Inputs: []gradio.Component{n}, Fn: func(float64) string { return "" }},
		&gradio.Render{Inputs: []gradio.Component{n}, Fn: func(string) gradio.Component { return nil }, Options: gradio.EventOptions{APIName: "typed"}},
		&gradio.Render{Inputs: []gradio.Component{n}, Fn: func() []gradio.Component { return nil }, Options: gradio.EventOptions{APIName: "arity"}},
		&gradio.Render{Fn: 42},
	}}).Build(gradio.WithTempDir(t.TempDir()))
	if err == nil {
		t.Fatal("Build succeeded")
	}
	for _, want := range []string{
		"render: Fn is nil",
		"Fn must return a Component or a []Component, and optionally an error",
		`Render "typed": Fn: handler func(string) gradio.Component: parameter 1 is string, but input number "N" gives float64`,
		`Render "arity": Fn: handler func() []gradio.Component takes 0 value(s) but the event has 1 input(s)`,
		"Fn must be a function, got int",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %q:\n%v", want, err)
		}
	}
}

func TestRenderConfigAndIDs(t *testing.T) {
	app, _ := boxesApp(t)
	var cfg struct {
		Components   []struct{ ID int }
		Dependencies []struct {
			ID          int
			RenderID    *int   `json:"render_id"`
			TriggerMode string `json:"trigger_mode"`
			Targets     [][2]any
			Outputs     []int
		}
	}
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/config", nil))
	if err := json.Unmarshal(rec.Body.Bytes(), &cfg); err != nil {
		t.Fatal(err)
	}
	dep := cfg.Dependencies[0]
	if len(cfg.Dependencies) != 1 || dep.RenderID == nil || *dep.RenderID != 0 || dep.TriggerMode != "always_last" {
		t.Fatalf("the render's listener: %+v", cfg.Dependencies)
	}
	if fmt.Sprint(dep.Targets) != "[[0 load] [1 change]]" || fmt.Sprint(dep.Outputs) != "[2]" {
		t.Errorf("targets %v, outputs %v; want load and the slider's change, into the render block", dep.Targets, dep.Outputs)
	}
	static := len(cfg.Components) + 1 // and the root

	c, _, _ := call(t, app, "a", 0, 2)
	rc := c.Output.RenderConfig
	if !c.Success || rc == nil || rc.RenderID != 0 || rc.Layout.ID != 2 || len(rc.Layout.Children) != 2 {
		t.Fatalf("first run: %+v", c)
	}
	if rc.Components[0].ID != 2 || rc.Components[0].RenderedIn != nil {
		t.Errorf("the render block's own entry comes first, not rendered in itself: %+v", rc.Components[0])
	}
	ids := map[int]bool{}
	keyed := map[string]int{}
	for _, comp := range rc.Components[1:] {
		if comp.ID < static || ids[comp.ID] || comp.RenderedIn == nil || *comp.RenderedIn != 0 || comp.Props["rendered_in"] != 0.0 {
			t.Errorf("component %+v: ids must be new, unique and tagged with the render", comp)
		}
		ids[comp.ID] = true
		if comp.Key != nil {
			keyed[*comp.Key] = comp.ID
			if fmt.Sprint(comp.Props["preserved_by_key"]) != "[value]" {
				t.Errorf("keyed %+v lacks preserved_by_key", comp)
			}
		}
	}
	if len(rc.Dependencies) != 2 || rc.Dependencies[0].ID != 1 || rc.Dependencies[1].ID != 2 ||
		rc.Dependencies[0].APIName != "flip" || rc.Dependencies[1].APIName != "flip_1" || *rc.Dependencies[0].RenderedIn != 0 {
		t.Fatalf("rendered listeners: %+v", rc.Dependencies)
	}
	first := rc.Dependencies[1]
	if first.Outputs[1] != 3 {
		t.Errorf("a rendered listener writes to the static box (3): %v", first.Outputs)
	}

	// The rendered listener runs for its session, and for no other.
	c, _, _ = call(t, app, "a", first.ID, "abc")
	if !c.Success || fmt.Sprint(c.Output.Data) != "[ABC abc]" {
		t.Fatalf("rendered listener: %+v", c)
	}
	if _, status, detail := call(t, app, "b", first.ID, "abc"); status != http.StatusNotFound || !strings.Contains(detail, "no function") {
		t.Errorf("another session calling it: %d %q", status, detail)
	}

	// A second run: keyed boxes keep their ids, everything else is new, and the first
	// run's listeners are gone with a message that says so.
	c, _, _ = call(t, app, "a", 0, 3)
	rc2 := c.Output.RenderConfig
	for _, comp := range rc2.Components[1:] {
		if comp.Key != nil {
			if id, ok := keyed[*comp.Key]; ok && id != comp.ID {
				t.Errorf("key %s: id %d, was %d", *comp.Key, comp.ID, id)
			}
			continue
		}
		if ids[comp.ID] {
			t.Errorf("unkeyed id %d reused", comp.ID)
		}
	}
	for _, d := range rc2.Dependencies {
		if d.ID <= 2 {
			t.Errorf("listener id %d reused", d.ID)
		}
	}
	if _, status, detail := call(t, app, "a", first.ID, "abc"); status != http.StatusNotFound || !strings.Contains(detail, "later run of that block replaced it") {
		t.Errorf("stale fn_index: %d %q", status, detail)
	}
	if c, _, _ := call(t, app, "a", rc2.Dependencies[2].ID, "xyz"); !c.Success || fmt.Sprint(c.Output.Data) != "[XYZ xyz]" {
		t.Errorf("new listener: %+v", c)
	}
}

func TestRenderErrorsAndPanicsReachOnlyTheirCaller(t *testing.T) {
	app, _ := boxesApp(t)
	c, _, _ := call(t, app, "a", 0, 13)
	if c.Success || c.Output.Error == nil || *c.Output.Error != "not 13" {
		t.Errorf("Fn's gradio.Error: %+v", c)
	}
	c, _, _ = call(t, app, "a", 0, 14)
	if c.Success || c.Output.Error == nil || strings.Contains(*c.Output.Error, "fourteen") {
		t.Errorf("a panic fails the run with a generic message: %+v", c)
	}
	if c, _, _ := call(t, app, "b", 0, 1); !c.Success || c.Output.RenderConfig == nil {
		t.Errorf("another session still renders: %+v", c)
	}
	// Too many components or listeners for one page: refused, the page keeps what it had.
	if c, _, _ := call(t, app, "a", 0, 1001); c.Success {
		t.Errorf("1001 rows: %+v", c)
	}
}

func TestRenderLimits(t *testing.T) {
	n := &gradio.Number{}
	r := &gradio.Render{Inputs: []gradio.Component{n}, Fn: func(n int) []gradio.Component {
		var out []gradio.Component
		for range n {
			b := &gradio.Button{}
			b.Click(func() {}, nil, nil)
			out = append(out, b)
		}
		return out
	}}
	app := build(t, &gradio.Blocks{Children: []gradio.Component{n, r}}, gradio.WithShowError(true))
	for _, tc := range []struct {
		n    int
		want string
	}{{999, ""}, {1001, "registered 1001 listeners; a page holds at most 1000"}, {2001, "more than 2000 components"}} {
		c, _, _ := call(t, app, "s", 0, tc.n)
		switch {
		case tc.want == "" && !c.Success:
			t.Errorf("%d: %v", tc.n, *c.Output.Error)
		case tc.want != "" && (c.Success || !strings.Contains(*c.Output.Error, tc.want)):
			t.Errorf("%d: %+v, want an error with %q", tc.n, c.Output.Error, tc.want)
		}
	}
}

func TestRenderListenersInvolvingStaticComponents(t *testing.T) {
	go_ := &gradio.Button{Value: "Go"}
	out := &gradio.Textbox{Label: "Out"}
	n := &gradio.Number{}
	r := &gradio.Render{Inputs: []gradio.Component{n}, Fn: func(n int) []gradio.Component {
		box := &gradio.Textbox{Value: strconv.Itoa(n)}
		if n == 0 {
			// Only the app's components: there is nowhere to keep it.
			go_.Click(func() string { return "" }, nil, gradio.Out(out))
		}
		// Triggered by a component outside the render, reading one inside.
		go_.Click(func(s string) string { return "got " + s }, gradio.In(box), gradio.Out(out), gradio.EventOptions{APIName: "got"})
		return []gradio.Component{box}
	}}
	app := build(t, &gradio.Blocks{Children: []gradio.Component{n, go_, out, r}}, gradio.WithShowError(true))
	c, _, _ := call(t, app, "s", 0, 7)
	if !c.Success || len(c.Output.RenderConfig.Dependencies) != 1 {
		t.Fatalf("%+v", c)
	}
	d := c.Output.RenderConfig.Dependencies[0]
	if fmt.Sprint(d.Targets) != "[[2 click]]" {
		t.Errorf("targets %v, want the static button's click", d.Targets)
	}
	if c, _, _ := call(t, app, "s", d.ID, "7"); fmt.Sprint(c.Output.Data) != "[got 7]" {
		t.Errorf("%+v", c)
	}
	c, _, _ = call(t, app, "s", 0, 0)
	if c.Success || !strings.Contains(*c.Output.Error, `registered on button "Go" after its app was built`) {
		t.Errorf("a listener of static components only: %+v", c.Output.Error)
	}
}

func TestRenderKeyedStateKeepsItsValue(t *testing.T) {
	bump := &gradio.Button{}
	n := &gradio.Number{}
	r := &gradio.Render{Inputs: []gradio.Component{n}, Fn: func(n int) []gradio.Component {
		kept := &gradio.State[int]{Key: "kept"}
		lost := &gradio.State[int]{}
		shown := &gradio.Textbox{}
		btn := &gradio.Button{}
		btn.Click(func(a, b int) (int, int, string) { return a + 1, b + 1, fmt.Sprint(a+1, b+1) },
			gradio.In(kept, lost), gradio.Out(kept, lost, shown), gradio.EventOptions{APIName: "bump"})
		return []gradio.Component{shown, btn}
	}}
	app := build(t, &gradio.Blocks{Children: []gradio.Component{n, bump, r}})
	c := gradiotest.New(app)
	for range 2 {
		if _, err := c.Predict("/render", 1); err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if _, err := c.Predict("/bump"); err != nil {
				t.Fatal(err)
			}
		}
	}
	out, err := c.Predict("/bump")
	if err != nil || fmt.Sprint(out) != "[5 3]" {
		t.Errorf("bump after two renders = %v, %v; want the keyed State at 5, the other restarted at 3", out, err)
	}
}

func TestRenderSealsTheBuiltApp(t *testing.T) {
	btn := &gradio.Button{}
	out := &gradio.Textbox{}
	e := btn.Click(func() string { return "" }, nil, gradio.Out(out))
	build(t, &gradio.Blocks{Children: []gradio.Component{btn, out}})
	for name, f := range map[string]func(){
		"Click": func() { btn.Click(func() string { return "" }, nil, gradio.Out(out)) },
		"Then":  func() { e.Then(func() {}, nil, nil) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s after Build did not panic", name)
				}
			}()
			f()
		}()
	}
}

func TestRenderWithGradiotest(t *testing.T) {
	app, runs := boxesApp(t)
	c := gradiotest.New(app)
	if _, err := c.Predict("/render", 3); err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, r := range c.Rendered() {
		if r.Type == "textbox" {
			labels = append(labels, r.Props["label"].(string))
		}
	}
	if !slices.Equal(labels, []string{"Box 0", "Box 1", "Box 2"}) || *runs != 1 {
		t.Errorf("rendered %v after %d runs", labels, *runs)
	}
	out, err := c.Predict("/flip_2", "go")
	if err != nil || fmt.Sprint(out) != "[GO go]" {
		t.Errorf("/flip_2 = %v, %v", out, err)
	}
	if _, err := c.Predict("/render", 1); err != nil {
		t.Fatal(err)
	}
	var ae *gradiotest.AppError
	if _, err := c.Predict("/flip_2"); err == nil || errors.As(err, &ae) {
		t.Errorf("/flip_2 after a run with one box: %v", err)
	}
}
