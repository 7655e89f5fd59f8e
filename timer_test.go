package gradio

import (
	"context"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestTimerPreprocess(t *testing.T) {
	checkDecode(t, &Timer{}, []decodeCase{
		{"interval", `5`, 5.0, ""},
		{"fraction", `0.5`, 0.5, ""},
		{"null gives the default", `null`, 1.0, ""},
		{"zero", `0`, nil, "the interval must be a positive number of seconds, got 0"},
		{"negative", `-2`, nil, "got -2"},
		{"string", `"5"`, nil, "expected a number, got a string"},
		{"malformed", `5.`, nil, "expected a number"},
	})
	checkDecode(t, &Timer{Value: 5}, []decodeCase{{"null gives Value", `null`, 5.0, ""}})
}

func TestTimerPostprocess(t *testing.T) {
	checkEncode(t, &Timer{}, []encodeCase{
		{"interval", 2.0, `2`, ""},
		{"zero", 0.0, "", "must be a positive number"},
		{"NaN", math.NaN(), "", "NaN"},
	})
}

func TestTimerProps(t *testing.T) {
	checkProps(t, &Timer{}, map[string]any{"value": 1, "active": true, "visible": nil, "label": nil})
	checkProps(t, &Timer{Value: 5, Active: False}, map[string]any{"value": 5, "active": false})
	checkSchema(t, &Timer{}, `{"type":"number"}`)
	if ex := (&Timer{}).ExampleValue(); ex != 1 {
		t.Errorf("ExampleValue = %#v", ex)
	}
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&Timer{}, ""},
		"negative":   {&Timer{Value: -1}, "Value is -1"},
		"infinite":   {&Timer{Value: math.Inf(1)}, "Value is +Inf"},
	})
}

// timerConfig builds b and returns its /config's components and dependencies.
func timerConfig(t *testing.T, b *Blocks) (comps []timerConfigComp, deps []timerConfigDep) {
	t.Helper()
	app, err := b.Build(WithTempDir(t.TempDir()), WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/config", nil))
	var cfg struct {
		Components   []timerConfigComp `json:"components"`
		Dependencies []timerConfigDep  `json:"dependencies"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &cfg); err != nil {
		t.Fatalf("config: %v\n%s", err, rec.Body)
	}
	return cfg.Components, cfg.Dependencies
}

type timerConfigComp struct {
	ID    int            `json:"id"`
	Type  string         `json:"type"`
	Props map[string]any `json:"props"`
}

type timerConfigDep struct {
	Targets [][2]any `json:"targets"`
	Outputs []int    `json:"outputs"`
	APIName string   `json:"api_name"`
}

func timerID(t *testing.T, comps []timerConfigComp) int {
	t.Helper()
	for _, c := range comps {
		if c.Type == "timer" {
			if c.Props["value"] != 5.0 || c.Props["active"] != false {
				t.Errorf("timer props = %v", c.Props)
			}
			return c.ID
		}
	}
	t.Fatalf("the timer is not in the config: %+v", comps)
	return -1
}

func TestTimerTick(t *testing.T) {
	timer := &Timer{Value: 5, Active: False}
	status := &Textbox{Label: "Status"}
	timer.Tick(func() string { return "tick" }, nil, Out(status), EventOptions{APIName: "timer_tick"})
	comps, deps := timerConfig(t, &Blocks{Children: []Component{status, timer}})
	id := timerID(t, comps)
	if len(deps) != 1 || len(deps[0].Targets) != 1 || deps[0].Targets[0][0] != float64(id) || deps[0].Targets[0][1] != "tick" {
		t.Errorf("dependencies = %+v, want one targeting [%d, tick]", deps, id)
	}
}

// A Timer used by an event but not placed is added to the page.
func TestTimerIsOffscreen(t *testing.T) {
	timer := &Timer{Value: 5, Active: False}
	start := &Button{Value: "Start"}
	start.Click(func() Update { return Update{Props: map[string]any{"active": true}} }, nil, Out(timer))
	comps, deps := timerConfig(t, &Blocks{Children: []Component{start}})
	id := timerID(t, comps)
	if len(deps) != 1 || len(deps[0].Outputs) != 1 || deps[0].Outputs[0] != id {
		t.Errorf("dependencies = %+v, want one with output %d", deps, id)
	}
}

func FuzzTimerPreprocess(f *testing.F) {
	for _, s := range []string{`1`, `0`, `-1`, `null`, `1e-300`, `1e400`, `"1"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := (&Timer{}).Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		if x, ok := v.(float64); !ok || !isFinite(x) || x <= 0 {
			t.Fatalf("Preprocess(%q) accepted %#v", payload, v)
		}
	})
}

func ExampleTimer() {
	clock := &Textbox{Label: "Time"}
	timer := &Timer{Value: 1}
	timer.Tick(func() string { return "now" }, nil, Out(clock))
	_ = &Blocks{Children: []Component{clock, timer}}
}
