package gradiotest_test

import (
	"context"
	"encoding/json"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

// broken breaks every rule it can.
type broken struct{}

func (broken) Kind() string          { return "Broken Thing" }
func (broken) Props() map[string]any { return map[string]any{"value": "x", "bad": make(chan int)} }
func (broken) Module() (fs.FS, string) {
	return fstest.MapFS{"m.js": {Data: []byte("console.log(1)")}}, "m.js"
}
func (broken) ValueType() reflect.Type { return reflect.TypeFor[int]() }
func (broken) Preprocess(context.Context, json.RawMessage) (any, error) {
	return "not an int", nil
}

func TestCheckComponentReportsEveryBrokenRule(t *testing.T) {
	err := gradiotest.CheckComponent(&broken{})
	if err == nil {
		t.Fatal("CheckComponent passed a broken component")
	}
	for _, want := range []string{
		"Kind names an element", "Props encode to a JSON object", "the module defines gradio-<Kind>",
		"an Input decodes its initial value", "an Input refuses a malformed payload",
	} {
		if !strings.Contains(err.Error(), want+":") {
			t.Errorf("no failure of %q in:\n%v", want, err)
		}
	}
}

func TestCheckComponentPassesBuiltins(t *testing.T) {
	for _, c := range []gradio.Component{&gradio.Textbox{Value: "hi"}, &gradio.Number{Value: 2}, &gradio.Checkbox{Value: true}} {
		if err := gradiotest.CheckComponent(c); err != nil {
			t.Errorf("%T: %v", c, err)
		}
	}
}

func TestCheckComponentRefusesNonComponents(t *testing.T) {
	if err := gradiotest.CheckComponent(42); err == nil || !strings.Contains(err.Error(), "int is not a gradio.Component") {
		t.Errorf("CheckComponent(42) = %v", err)
	}
}
