package gradio

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// FlaggingMode says when an Interface saves its inputs and outputs for later review.
type FlaggingMode string

// Values of FlaggingMode. Unlike Gradio, an Interface flags nothing by default
// (flagging writes files next to the program): the zero value is $GRADIO_FLAGGING_MODE,
// else FlagNever.
const (
	// FlagNever shows no Flag button and saves nothing.
	FlagNever FlaggingMode = "never"
	// FlagManual shows a Flag button (one per flagging option) that saves the current
	// inputs and outputs.
	FlagManual FlaggingMode = "manual"
	// FlagAuto saves the inputs and outputs of every successful run.
	FlagAuto FlaggingMode = "auto"
)

// DefaultFlaggingDir is where flagged samples go when no directory is given, as in
// Gradio.
const DefaultFlaggingDir = ".gradio/flagged"

// FlagSaver stores flagged samples: Gradio's FlaggingCallback. The default, used when
// an Interface's FlaggingCallback or a FlagButton's Saver is nil, appends them to a
// CSV file in the flagging directory; package sqliteflag keeps them in a SQLite
// database. A FlagSaver must be safe for concurrent use.
type FlagSaver interface {
	// Setup prepares the saver for samples of fields when the app is built, so that a
	// store that cannot be written is an error from Build rather than from a click. dir
	// is the app's flagging directory (Interface.FlaggingDir, FlagButton.Dir or
	// DefaultFlaggingDir); a saver that keeps its samples elsewhere may ignore it.
	// Setup is called once per build and per Flag button: it must allow repeated calls.
	Setup(dir string, fields []FlagField) error
	// Flag saves one sample. Its error is logged; the user sees a generic message.
	Flag(ctx context.Context, s FlagSample) error
}

// FlagField is one flagged component, as a FlagSaver sees it.
type FlagField struct {
	// Label names the field: the component's label, else "component <i>" (its index).
	Label string
	// Component is the flagged component; its Kind says what its values are.
	Component Component
}

// FlagValue is one field's value in a sample.
type FlagValue struct {
	FlagField
	// Value is the field's value as a handler receives it: a string, float64, bool,
	// map... Files are FileData or []FileData, whose Path is readable until Flag
	// returns (see FlagSample.CopyFiles); a zero FileData is no file.
	Value any
}

// FlagSample is one flagged sample: the values of the flagged components, the flagging
// option chosen ("" for a plain Flag button or automatic flagging), the logged-in user
// ("" without authentication) and the time.
type FlagSample struct {
	Values   []FlagValue
	Option   string
	Username string
	Time     time.Time
}

// CopyFiles copies the sample's files into dir, each to <label>/<random>/<name>, and
// sets their Path to that location relative to dir, with forward slashes. A file known
// by URL only is left as it is. Savers call it to keep the files beyond the request.
func (s *FlagSample) CopyFiles(dir string) error {
	for i := range s.Values {
		v := &s.Values[i]
		switch x := v.Value.(type) {
		case FileData:
			fd, err := copyFlagFile(dir, v.Label, x)
			if err != nil {
				return fmt.Errorf("%s: %w", v.Label, err)
			}
			v.Value = fd
		case []FileData:
			out := make([]FileData, len(x))
			for k, f := range x {
				fd, err := copyFlagFile(dir, v.Label, f)
				if err != nil {
					return fmt.Errorf("%s: %w", v.Label, err)
				}
				out[k] = fd
			}
			v.Value = out
		}
	}
	return nil
}

// copyFlagFile copies a received file to <dir>/<label>/<random>/<name>; the copy's Path
// is relative to dir.
func copyFlagFile(dir, label string, fd FileData) (FileData, error) {
	if fd.Path == "" {
		return fd, nil
	}
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	sub := filepath.Join(safeName(label), hex.EncodeToString(rnd[:]))
	if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
		return fd, err
	}
	name := safeName(or(fd.OrigName, filepath.Base(fd.Path)))
	rel := filepath.Join(sub, name)
	src, err := os.Open(fd.Path)
	if err != nil {
		return fd, err
	}
	defer src.Close()
	dst, err := os.OpenFile(filepath.Join(dir, rel), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fd, err
	}
	n, err := io.Copy(dst, src)
	if err != nil {
		dst.Close()
		return fd, err
	}
	fd.Path, fd.Size = filepath.ToSlash(rel), n
	fd.OrigName = or(fd.OrigName, filepath.Base(src.Name()))
	return fd, dst.Close()
}

// safeName keeps letters, digits, spaces, dots, dashes and underscores of a file name.
func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '.' || r == '-' || r == '_' || r == ' ':
			return r
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'):
			return r
		case r >= 0x80 && r != 0xfffd:
			return r
		}
		return -1
	}, filepath.Base(s))
	s = strings.Trim(s, ". ")
	if s == "" {
		return "file"
	}
	return s
}

// flagFields names the flagged components.
func flagFields(comps []Component) []FlagField {
	fields := make([]FlagField, len(comps))
	for i, c := range comps {
		label, _ := c.Props()["label"].(string)
		if label == "" {
			label = "component " + strconv.Itoa(i)
		}
		fields[i] = FlagField{Label: label, Component: c}
	}
	return fields
}

// flagger is a saver set up for some components.
type flagger struct {
	saver  FlagSaver
	fields []FlagField
}

// setupFlagger sets up saver (nil: a CSV logger in dir) for comps.
func setupFlagger(dir string, saver FlagSaver, comps []Component) (*flagger, error) {
	dir = or(dir, DefaultFlaggingDir)
	if saver == nil {
		saver = &csvLogger{}
	}
	for i, c := range comps {
		if c == nil {
			return nil, fmt.Errorf("gradio: flagged component %d is nil", i+1)
		}
		if _, ok := c.(Input); !ok {
			return nil, fmt.Errorf("gradio: %s cannot be flagged: it has no value to read", describe(c))
		}
	}
	fields := flagFields(comps)
	if err := saver.Setup(dir, fields); err != nil {
		return nil, err
	}
	return &flagger{saver: saver, fields: fields}, nil
}

// flagParam is the Go type a flag handler takes for c: files as FileData, so that they
// are copied as they are; other values as the component gives them.
func flagParam(c Component) reflect.Type {
	if ti, ok := c.(TypedInput); ok {
		for _, t := range []reflect.Type{fileDataType, fileDataSlice} {
			if ti.AcceptsType(t) {
				return t
			}
		}
	}
	if in, ok := c.(Input); ok {
		return in.ValueType()
	}
	return anyType
}

// sample makes the sample of one call.
func (f *flagger) sample(ctx context.Context, values []reflect.Value, option string) FlagSample {
	s := FlagSample{Values: make([]FlagValue, len(values)), Option: option, Time: time.Now()}
	for i, v := range values {
		s.Values[i].FlagField = f.fields[i]
		if v.IsValid() {
			s.Values[i].Value = v.Interface()
		}
	}
	if r := RequestFrom(ctx); r != nil {
		s.Username = r.Username
	}
	return s
}

// flagFn is a handler that flags its arguments (one per component) with option, and
// returns reply for the Flag button (nothing when reply is "").
func (f *flagger) flagFn(option, reply string) any {
	params := []reflect.Type{ctxType}
	for _, fl := range f.fields {
		params = append(params, flagParam(fl.Component))
	}
	outs := []reflect.Type{errType}
	if reply != "" {
		outs = []reflect.Type{updateType, errType}
	}
	t := reflect.FuncOf(params, outs, false)
	return reflect.MakeFunc(t, func(in []reflect.Value) []reflect.Value {
		ctx := in[0].Interface().(context.Context)
		err := f.saver.Flag(ctx, f.sample(ctx, in[1:], option))
		errv := reflect.Zero(errType)
		if err != nil {
			var ge Error
			if !errors.As(err, &ge) {
				// The details may name server paths: they go to the log, not to the user.
				if a := appFrom(ctx); a != nil {
					a.log.Error("gradio: flagging failed", "error", err)
				}
				ge = Error{Title: "Flag", Message: "The sample could not be saved."}
			}
			e := error(ge)
			errv = reflect.ValueOf(&e).Elem()
		}
		if reply == "" {
			return []reflect.Value{errv}
		}
		return []reflect.Value{reflect.ValueOf(Update{Value: reply}), errv}
	}).Interface()
}
