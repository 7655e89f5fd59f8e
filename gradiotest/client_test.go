package gradiotest_test

import (
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

func TestStreamAppliesDiffs(t *testing.T) {
	out := &gradio.JSON{}
	btn := &gradio.Button{}
	btn.Click(func() iter.Seq[any] {
		return func(yield func(any) bool) {
			_ = yield(map[string]any{"words": []any{"a"}}) &&
				yield(map[string]any{"words": []any{"a", "b"}, "done": false}) &&
				yield(map[string]any{"words": []any{"ab"}, "done": true})
		}
	}, nil, gradio.Out(out), gradio.EventOptions{APIName: "gen"})
	app, err := (&gradio.Blocks{Children: []gradio.Component{btn, out}}).Build(gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	c := gradiotest.New(app)
	all, err := c.Stream("/gen")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"map[words:[a]]", "map[done:false words:[a b]]", "map[done:true words:[ab]]", "map[done:true words:[ab]]"}
	if len(all) != len(want) {
		t.Fatalf("got %d results: %v", len(all), all)
	}
	for i, w := range want {
		if got := fmt.Sprint(all[i][0]); got != w {
			t.Errorf("result %d = %s, want %s", i, got, w)
		}
	}
	if _, err := c.Predict("/nope"); err == nil || !strings.Contains(err.Error(), `no endpoint "/nope"`) {
		t.Errorf("unknown endpoint: %v", err)
	}
	var ae *gradiotest.AppError
	if _, err := c.Predict("/gen", "extra"); err == nil || errors.As(err, &ae) {
		t.Errorf("too many arguments: %v, want a join error", err)
	}
}
