package gradio

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
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

// flagLocks serialises the writers of one CSV file within the process, so that two apps
// (or two builds) flagging into the same directory append whole rows.
var flagLocks sync.Map // absolute path -> *sync.Mutex

// csvLogger appends flagged samples to a CSV file in a directory, one row per flag,
// with the files a sample refers to copied under the directory. The first row holds
// the headers: the components' labels, then "flag", "username" and "timestamp". A file
// whose headers differ (the interface changed) is left alone: the rows go to the next
// datasetN.csv.
type csvLogger struct {
	dir     string
	file    string // absolute path of the CSV file
	headers []string
	comps   []Component
	mu      *sync.Mutex
}

// newCSVLogger prepares dir for flagging comps, checking now that it can be written.
func newCSVLogger(dir string, comps []Component) (*csvLogger, error) {
	dir = or(dir, DefaultFlaggingDir)
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("gradio: flagging directory %q: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("gradio: flagging directory %q cannot be created: %w", dir, err)
	}
	probe, err := os.CreateTemp(abs, ".probe-*")
	if err != nil {
		return nil, fmt.Errorf("gradio: flagging directory %q cannot be written: %w", dir, err)
	}
	probe.Close()
	os.Remove(probe.Name())

	l := &csvLogger{dir: abs, comps: comps}
	for i, c := range comps {
		l.headers = append(l.headers, flagHeader(c, i))
	}
	l.headers = append(l.headers, "flag", "username", "timestamp")
	for n := 1; ; n++ {
		name := filepath.Join(abs, "dataset"+strconv.Itoa(n)+".csv")
		head, err := readHeader(name)
		if errors.Is(err, os.ErrNotExist) || err == nil && slices.Equal(head, l.headers) {
			l.file = name
			break
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("gradio: flagging file %s: %w", name, err)
		}
	}
	m, _ := flagLocks.LoadOrStore(l.file, &sync.Mutex{})
	l.mu = m.(*sync.Mutex)
	return l, nil
}

func flagHeader(c Component, i int) string {
	if l, ok := c.Props()["label"].(string); ok && l != "" {
		return l
	}
	return "component " + strconv.Itoa(i)
}

// readHeader returns the first record of a CSV file.
func readHeader(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return csv.NewReader(f).Read()
}

// flag appends one row: the values (one per component, as handlers receive them), the
// option chosen and the time.
func (l *csvLogger) flag(values []reflect.Value, option, username string) error {
	row := make([]string, 0, len(l.headers))
	for i, v := range values {
		cell, err := l.cell(i, v)
		if err != nil {
			return fmt.Errorf("%s: %w", describe(l.comps[i]), err)
		}
		row = append(row, cell)
	}
	row = append(row, option, username, time.Now().Format("2006-01-02 15:04:05.000000"))

	l.mu.Lock()
	defer l.mu.Unlock()
	f, err := os.OpenFile(l.file, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if st, err := f.Stat(); err == nil && st.Size() == 0 {
		_ = w.Write(sanitizeCSV(l.headers))
	}
	_ = w.Write(sanitizeCSV(row))
	w.Flush()
	// One write of whole rows: a crash leaves the file with complete rows.
	if _, err := f.Write(buf.Bytes()); err != nil {
		return err
	}
	return f.Sync()
}

// cell is the CSV form of one value: files are copied into the directory and named by
// their path relative to it; text stays as it is; anything else is JSON.
func (l *csvLogger) cell(i int, v reflect.Value) (string, error) {
	if !v.IsValid() {
		return "", nil
	}
	switch x := v.Interface().(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case FileData:
		if x.Path == "" && x.URL == "" {
			return "", nil
		}
		return l.saveFile(i, x)
	case []FileData:
		paths := make([]string, len(x))
		for k, fd := range x {
			p, err := l.saveFile(i, fd)
			if err != nil {
				return "", err
			}
			paths[k] = p
		}
		b, err := json.Marshal(paths)
		return string(b), err
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), nil
	case bool:
		return strconv.FormatBool(x), nil
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// saveFile copies a received file to <dir>/<header>/<random>/<name> and returns that
// path relative to dir (a file known by URL only is recorded as its URL).
func (l *csvLogger) saveFile(i int, fd FileData) (string, error) {
	if fd.Path == "" {
		return fd.URL, nil
	}
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	sub := filepath.Join(safeName(l.headers[i]), hex.EncodeToString(rnd[:]))
	if err := os.MkdirAll(filepath.Join(l.dir, sub), 0o755); err != nil {
		return "", err
	}
	name := safeName(or(fd.OrigName, filepath.Base(fd.Path)))
	rel := filepath.Join(sub, name)
	src, err := os.Open(fd.Path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	dst, err := os.OpenFile(filepath.Join(l.dir, rel), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return "", err
	}
	return filepath.ToSlash(rel), dst.Close()
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

// sanitizeCSV defuses cells a spreadsheet would run as formulas, as Gradio does.
func sanitizeCSV(row []string) []string {
	out := make([]string, len(row))
	for i, c := range row {
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			if _, err := strconv.ParseFloat(c, 64); err != nil {
				c = "'" + c
			}
		}
		out[i] = c
	}
	return out
}

// flagParam is the Go type a flag handler takes for c: files as FileData, so that they
// are copied as they are; other values as the component gives them.
func flagParam(c Component) reflect.Type {
	if ti, ok := c.(TypedInput); ok {
		for _, t := range []reflect.Type{fileDataType, reflect.TypeFor[[]FileData]()} {
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

// flagFn is a handler that flags its arguments (one per component) with option, and
// returns reply for the Flag button (nothing when reply is "").
func (l *csvLogger) flagFn(option, reply string) any {
	params := []reflect.Type{ctxType}
	for _, c := range l.comps {
		params = append(params, flagParam(c))
	}
	outs := []reflect.Type{errType}
	if reply != "" {
		outs = []reflect.Type{updateType, errType}
	}
	t := reflect.FuncOf(params, outs, false)
	return reflect.MakeFunc(t, func(in []reflect.Value) []reflect.Value {
		ctx := in[0].Interface().(context.Context)
		err := l.flag(in[1:], option, "")
		errv := reflect.Zero(errType)
		if err != nil {
			// The details name server paths: they go to the log, not to the user.
			if a := appFrom(ctx); a != nil {
				a.log.Error("gradio: flagging failed", "dir", l.dir, "error", err)
			}
			e := error(Error{Title: "Flag", Message: "The sample could not be saved."})
			errv = reflect.ValueOf(&e).Elem()
		}
		if reply == "" {
			return []reflect.Value{errv}
		}
		return []reflect.Value{reflect.ValueOf(Update{Value: reply}), errv}
	}).Interface()
}
