package gradio_test

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
	"github.com/gradio-go/gradio/internal/natstest"
)

// alternate is a load balancer without sticky sessions, in process, as unkind as it
// gets: each join goes to the next of handlers in turn, and every other request to
// another replica than the last join's.
func alternate(handlers ...http.Handler) http.Handler {
	var joins atomic.Uint64
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := joins.Load()
		if strings.HasSuffix(r.URL.Path, "/queue/join") {
			n = joins.Add(1)
		} else {
			n++
		}
		handlers[int(n)%len(handlers)].ServeHTTP(w, r)
	})
}

// tagApp renders n buttons whose listeners answer with the n of the run that made
// them, so a listener of an older run is told from the current one's.
func tagApp(t *testing.T, runs *atomic.Int32) *gradio.App {
	count := &gradio.Number{Label: "N"}
	out := &gradio.Textbox{Label: "Out"}
	r := &gradio.Render{
		Inputs: []gradio.Component{count},
		Fn: func(n int) []gradio.Component {
			runs.Add(1)
			var cs []gradio.Component
			for i := range n {
				box := &gradio.Textbox{Key: strconv.Itoa(i)}
				btn := &gradio.Button{}
				btn.Click(func(s string) string { return fmt.Sprintf("%s/%d", s, n) }, gradio.In(box), gradio.Out(out),
					gradio.EventOptions{APIName: "tag"})
				cs = append(cs, box, btn)
			}
			return cs
		},
	}
	return build(t, &gradio.Blocks{Children: []gradio.Component{count, r, out}})
}

// A render's listeners are called through any web replica: the replica that ran the
// render last for the session holds them, and the others pass their calls on to it,
// also one that still holds the listeners of an earlier run under the same indices.
func TestNATSRenderListenersOnAnyReplica(t *testing.T) {
	srv := natstest.Start(t)
	t.Setenv("GRADIO_NATS_URL", srv.URL())
	var runs [3]atomic.Int32
	t.Setenv("GRADIO_ROLE", "worker")
	tagApp(t, &runs[2])
	t.Setenv("GRADIO_ROLE", "web")
	a, b := tagApp(t, &runs[0]), tagApp(t, &runs[1])
	c := gradiotest.New(alternate(a, b))
	for i := range 4 {
		n := 2 + i
		if _, err := c.Predict("/render", n); err != nil {
			t.Fatalf("render %d: %v", i, err)
		}
		for _, api := range []string{"/tag", "/tag_1"} {
			out, err := c.Predict(api, "x")
			if want := fmt.Sprintf("[x/%d]", n); err != nil || fmt.Sprint(out) != want {
				t.Fatalf("after render %d (n=%d), %s = %v, %v; want %s", i, n, api, out, err, want)
			}
		}
	}
	if a, b, w := runs[0].Load(), runs[1].Load(), runs[2].Load(); a != 2 || b != 2 || w != 0 {
		t.Errorf("the render ran %d and %d times on the web replicas and %d on the worker, want 2, 2 and 0", a, b, w)
	}
}
