package gradio

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// flagLocks serialises the writers of one CSV file within the process, so that two apps
// (or two builds) flagging into the same directory append whole rows.
var flagLocks sync.Map // absolute path -> *sync.Mutex

// csvLogger is the default FlagSaver, Gradio's CSVLogger: it appends flagged samples
// to a CSV file in the flagging directory, one row per flag, with the files a sample
// refers to copied under the directory. The first row holds the headers: the fields'
// labels, then "flag", "username" and "timestamp". A file whose headers differ (the
// interface changed) is left alone: the rows go to the next datasetN.csv.
type csvLogger struct {
	mu      sync.Mutex // guards the fields below
	dir     string
	file    string // absolute path of the CSV file
	headers []string
	fileMu  *sync.Mutex
}

var _ FlagSaver = (*csvLogger)(nil)

// Setup prepares dir for flagging fields, checking now that it can be written.
func (l *csvLogger) Setup(dir string, fields []FlagField) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("gradio: flagging directory %q: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return fmt.Errorf("gradio: flagging directory %q cannot be created: %w", dir, err)
	}
	probe, err := os.CreateTemp(abs, ".probe-*")
	if err != nil {
		return fmt.Errorf("gradio: flagging directory %q cannot be written: %w", dir, err)
	}
	probe.Close()
	os.Remove(probe.Name())

	var headers []string
	for _, f := range fields {
		headers = append(headers, f.Label)
	}
	headers = append(headers, "flag", "username", "timestamp")
	var file string
	for n := 1; ; n++ {
		name := filepath.Join(abs, "dataset"+strconv.Itoa(n)+".csv")
		head, err := readHeader(name)
		if errors.Is(err, os.ErrNotExist) || err == nil && slices.Equal(head, headers) {
			file = name
			break
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("gradio: flagging file %s: %w", name, err)
		}
	}
	m, _ := flagLocks.LoadOrStore(file, &sync.Mutex{})
	l.mu.Lock()
	defer l.mu.Unlock()
	l.dir, l.file, l.headers, l.fileMu = abs, file, headers, m.(*sync.Mutex)
	return nil
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

// Flag appends one row: the values, the option chosen, the user and the time.
func (l *csvLogger) Flag(_ context.Context, s FlagSample) error {
	l.mu.Lock()
	dir, file, headers, fileMu := l.dir, l.file, l.headers, l.fileMu
	l.mu.Unlock()
	if file == "" {
		return errors.New("gradio: the CSV logger is not set up")
	}
	if len(s.Values)+3 != len(headers) {
		return fmt.Errorf("gradio: a sample of %d values for %d fields", len(s.Values), len(headers)-3)
	}
	if err := s.CopyFiles(dir); err != nil {
		return err
	}
	row := make([]string, 0, len(headers))
	for _, v := range s.Values {
		cell, err := csvCell(v.Value)
		if err != nil {
			return fmt.Errorf("%s: %w", describe(v.Component), err)
		}
		row = append(row, cell)
	}
	row = append(row, s.Option, s.Username, s.Time.Format("2006-01-02 15:04:05.000000"))

	fileMu.Lock()
	defer fileMu.Unlock()
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if st, err := f.Stat(); err == nil && st.Size() == 0 {
		_ = w.Write(sanitizeCSV(headers))
	}
	_ = w.Write(sanitizeCSV(row))
	w.Flush()
	// One write of whole rows: a crash leaves the file with complete rows.
	if _, err := f.Write(buf.Bytes()); err != nil {
		return err
	}
	return f.Sync()
}

// csvCell is the CSV form of one value: files (already copied) are named by their path
// relative to the directory; text stays as it is; anything else is JSON.
func csvCell(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case FileData:
		return or(x.Path, x.URL), nil
	case []FileData:
		paths := make([]string, len(x))
		for k, fd := range x {
			paths[k] = or(fd.Path, fd.URL)
		}
		b, err := json.Marshal(paths)
		return string(b), err
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), nil
	case bool:
		return strconv.FormatBool(x), nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return string(b), nil
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
