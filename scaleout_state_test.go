package gradio_test

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/internal/natstest"
)

// counterApp counts per session in a State, and counts its own runs.
func counterApp(runs *atomic.Int32) *gradio.Blocks {
	type tally struct {
		N    int      `json:"n"`
		Seen []string `json:"seen"`
	}
	st := &gradio.State[tally]{}
	in, out := &gradio.Textbox{}, &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func(t tally, s string) (tally, string) {
		runs.Add(1)
		t.N++
		t.Seen = append(t.Seen, s)
		return t, fmt.Sprintf("%d:%s", t.N, strings.Join(t.Seen, ","))
	}, gradio.In(st, in), gradio.Out(st, out), gradio.EventOptions{APIName: "count"})
	return &gradio.Blocks{Children: []gradio.Component{in, btn, out}}
}

// A session's State is shared by the workers of a scaled-out app: calls that run on
// either of two workers, joined through either of two web replicas, count on.
func TestNATSStateSharedByWorkers(t *testing.T) {
	srv := natstest.Start(t)
	var webs []*httptest.Server
	for range 2 {
		var unused atomic.Int32
		s := httptest.NewServer(build(t, counterApp(&unused), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb)))
		t.Cleanup(s.Close)
		webs = append(webs, s)
	}
	var runs [2]atomic.Int32
	for i := range runs {
		build(t, counterApp(&runs[i]), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))
	}
	const calls = 24
	want := ""
	for i := range calls {
		web := webs[i%2].URL
		ev := joinAt(t, web, "counted", 0, fmt.Sprintf(`[null,"x%d"]`, i))
		var done string
		for _, m := range readSession(t, webs[(i+1)%2].URL, "counted", 0, nil) {
			if m.msg == "process_completed" && m.eventID == ev {
				done = m.data
			}
		}
		if i > 0 {
			want += ","
		}
		want += fmt.Sprintf("x%d", i)
		if !strings.Contains(done, fmt.Sprintf(`"%d:%s"`, i+1, want)) {
			t.Fatalf("call %d completed with %s, want %d:%s", i, done, i+1, want)
		}
	}
	if a, b := runs[0].Load(), runs[1].Load(); a+b != calls || a == 0 || b == 0 {
		t.Errorf("the workers ran %d and %d calls, want %d in all on both", a, b, calls)
	}
	// Another session starts from the State's initial value.
	ev := joinAt(t, webs[0].URL, "fresh", 0, `[null,"y"]`)
	for _, m := range readSession(t, webs[1].URL, "fresh", 0, nil) {
		if m.msg == "process_completed" && m.eventID == ev && !strings.Contains(m.data, `"1:y"`) {
			t.Errorf("a new session completed with %s, want 1:y", m.data)
		}
	}
}

// A State whose values would not come back from JSON fails a scaled-out app's build.
func TestNATSStateMustBeShareable(t *testing.T) {
	srv := natstest.Start(t)
	type hidden struct{ n int }
	for name, st := range map[string]gradio.Component{
		"chan":       &gradio.State[chan int]{},
		"unexported": &gradio.State[hidden]{},
		"any":        &gradio.State[map[string]any]{},
	} {
		out := &gradio.Textbox{}
		btn := &gradio.Button{}
		btn.Click(func(v any) string { return "" }, gradio.In(st), gradio.Out(out))
		_, err := (&gradio.Blocks{Children: []gradio.Component{btn, out}}).Build(gradio.WithTempDir(t.TempDir()), gradio.WithNATS(srv.URL()))
		if err == nil || !strings.Contains(err.Error(), "cannot be shared") {
			t.Errorf("%s: Build = %v, want an error saying the State cannot be shared", name, err)
		}
	}
	var runs atomic.Int32
	build(t, counterApp(&runs), gradio.WithNATS(srv.URL()))
}
