package gradiotest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"strings"
)

// The component contract, as package gradio defines it (Component, Input, Output,
// CustomComponent). It is restated here, method for method, because package gradio's
// own tests use this package.
type (
	component interface {
		Kind() string
		Props() map[string]any
	}
	input interface {
		ValueType() reflect.Type
		Preprocess(ctx context.Context, payload json.RawMessage) (any, error)
	}
	output interface {
		ValueType() reflect.Type
		Postprocess(ctx context.Context, value any) (any, error)
	}
	customComponent interface {
		Module() (fsys fs.FS, path string)
	}
)

// CheckComponent checks that a component, typically a custom one, keeps the contract
// the app and its web page rely on, in the manner of testing/slogtest: each rule is one
// case, and every failure is reported, joined, in the returned error (nil if all pass).
//
// The rules: Kind can name an element; Props encode to a JSON object; a
// gradio.CustomComponent's module exists and defines the element gradio-<Kind>; an Input
// decodes its own initial value to its ValueType and refuses a malformed payload with an
// error; an Output encodes a zero value to JSON, and one that is both gives back the
// payload it decoded.
//
// c is a gradio.Component; for anything else, CheckComponent says so.
func CheckComponent(c any) error {
	comp, ok := c.(component)
	if !ok {
		return fmt.Errorf("%T is not a gradio.Component: it needs Kind() string and Props() map[string]any", c)
	}
	var errs []error
	for _, rule := range componentRules {
		if err := runRule(rule.check, comp); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", rule.name, err))
		}
	}
	return errors.Join(errs...)
}

type componentRule struct {
	name  string
	check func(component) error
}

// runRule turns a panic in a rule into its failure.
func runRule(check func(component) error, c component) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return check(c)
}

var kindRe = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

var componentRules = []componentRule{
	{"Kind names an element", func(c component) error {
		if !kindRe.MatchString(c.Kind()) {
			return fmt.Errorf("Kind() = %q; it must be lower case letters, digits, - and _, starting with a letter", c.Kind())
		}
		return nil
	}},
	{"Props encode to a JSON object", func(c component) error {
		b, err := json.Marshal(c.Props())
		if err != nil {
			return err
		}
		if !strings.HasPrefix(string(b), "{") {
			return fmt.Errorf("Props() encodes to %s", b)
		}
		return nil
	}},
	{"the module defines gradio-<Kind>", func(c component) error {
		cc, ok := c.(customComponent)
		if !ok {
			return nil
		}
		fsys, path := cc.Module()
		if fsys == nil {
			return errors.New("Module() returned no file system")
		}
		if !fs.ValidPath(path) {
			return fmt.Errorf("Module() path %q is not a valid fs.FS path (slash-separated, no leading / or ..)", path)
		}
		src, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		tag := "gradio-" + c.Kind()
		if !strings.Contains(string(src), "customElements.define") || !strings.Contains(string(src), tag) {
			return fmt.Errorf("%s does not call customElements.define(%q, ...)", path, tag)
		}
		return nil
	}},
	{"an Input decodes its initial value", func(c component) error {
		in, ok := c.(input)
		if !ok {
			return nil
		}
		payload, _ := json.Marshal(c.Props()["value"])
		v, err := in.Preprocess(context.Background(), payload)
		if err != nil {
			return fmt.Errorf("Preprocess(%s): %w", payload, err)
		}
		if t := in.ValueType(); t == nil {
			return errors.New("ValueType() is nil")
		} else if v != nil && !reflect.TypeOf(v).AssignableTo(t) {
			return fmt.Errorf("Preprocess(%s) gave a %T, which is not a %v (ValueType)", payload, v, t)
		}
		return nil
	}},
	{"an Input refuses a malformed payload", func(c component) error {
		in, ok := c.(input)
		if !ok {
			return nil
		}
		if _, err := in.Preprocess(context.Background(), json.RawMessage(`{"not": ["what", "it", "takes"]}`)); err == nil {
			return errors.New(`Preprocess({"not": [...]}) returned no error`)
		}
		return nil
	}},
	{"an Output encodes a zero value", func(c component) error {
		out, ok := c.(output)
		if !ok || out.ValueType() == nil {
			return nil
		}
		w, err := out.Postprocess(context.Background(), reflect.Zero(out.ValueType()).Interface())
		if err != nil {
			return err
		}
		_, err = json.Marshal(w)
		return err
	}},
	{"an Input and Output round-trips its value", func(c component) error {
		in, ok1 := c.(input)
		out, ok2 := c.(output)
		if !ok1 || !ok2 {
			return nil
		}
		payload, _ := json.Marshal(c.Props()["value"])
		v, err := in.Preprocess(context.Background(), payload)
		if err != nil {
			return err // reported by the decoding rule too
		}
		w, err := out.Postprocess(context.Background(), v)
		if err != nil {
			return err
		}
		back, _ := json.Marshal(w)
		if string(back) != string(payload) {
			return fmt.Errorf("%s decoded and encoded again is %s", payload, back)
		}
		return nil
	}},
}
