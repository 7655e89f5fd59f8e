// Package sqliteflag keeps flagged samples in a SQLite database, for
// gradio.Interface's FlaggingCallback and gradio.FlagButton's Saver:
//
//	app := &gradio.Interface{
//		Fn: classify, Inputs: ..., Outputs: ...,
//		Flagging:         gradio.FlagManual,
//		FlaggingCallback: sqliteflag.Open("flags.db"),
//	}
//
// The database holds one row per sample in a table "flags": the values as a JSON
// object keyed by the fields' labels, the option, the username and the time; a table
// "flag_schemas" holds each distinct list of fields (labels and component kinds), so
// that several interfaces, or versions of one, share the file. Query it with SQLite's
// JSON functions (SELECT json_extract(data, '$.Name') FROM flags) or with Samples.
// Files are copied into a directory next to the database: "flags_files" for
// "flags.db". The database is in WAL mode, so it can be read while the app runs.
package sqliteflag

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gradio-go/gradio"

	_ "modernc.org/sqlite" // registers "sqlite"
)

// Saver is a gradio.FlagSaver writing to one SQLite database. It opens the database
// when the first app using it is built; it is safe for concurrent use by any number
// of apps and buttons.
type Saver struct {
	path string

	mu      sync.Mutex
	db      *sql.DB
	files   string           // absolute path of the files directory
	schemas map[string]int64 // schema JSON -> id
}

var _ gradio.FlagSaver = (*Saver)(nil)

// Open returns a Saver for the database at path (created, with its directory, if
// missing). Nothing is opened until an app using it is built: a path that cannot be
// written is an error from the app's Build.
func Open(path string) *Saver { return &Saver{path: path} }

// FilesDir is the directory the flagged files are copied into: the database's path
// without its extension, plus "_files".
func (s *Saver) FilesDir() string {
	return strings.TrimSuffix(s.path, filepath.Ext(s.path)) + "_files"
}

const schema = `
CREATE TABLE IF NOT EXISTS flag_schemas (
	id     INTEGER PRIMARY KEY,
	fields TEXT NOT NULL UNIQUE -- JSON: [{"key": ..., "label": ..., "kind": ...}, ...]
);
CREATE TABLE IF NOT EXISTS flags (
	id        INTEGER PRIMARY KEY,
	schema_id INTEGER NOT NULL REFERENCES flag_schemas(id),
	data      TEXT NOT NULL,    -- JSON object: field key -> value
	flag      TEXT NOT NULL,    -- the flagging option, or ''
	username  TEXT NOT NULL,    -- the logged-in user, or ''
	time      TEXT NOT NULL     -- UTC, RFC 3339 with nanoseconds
);
CREATE INDEX IF NOT EXISTS flags_time ON flags(time);
`

// open opens the database and the files directory, once.
func (s *Saver) open(ctx context.Context) (*sql.DB, error) {
	if s.db != nil {
		return s.db, nil
	}
	fail := func(err error) (*sql.DB, error) {
		return nil, fmt.Errorf("sqliteflag: open %s: %w", s.path, err)
	}
	if s.path == "" {
		return fail(errors.New("empty path"))
	}
	abs, err := filepath.Abs(s.path)
	if err != nil {
		return fail(err)
	}
	files := strings.TrimSuffix(abs, filepath.Ext(abs)) + "_files"
	if err := os.MkdirAll(files, 0o755); err != nil {
		return fail(fmt.Errorf("files directory: %w", err))
	}
	probe, err := os.CreateTemp(files, ".probe-*")
	if err != nil {
		return fail(fmt.Errorf("files directory cannot be written: %w", err))
	}
	probe.Close()
	os.Remove(probe.Name())
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fail(err)
	}
	f.Close()
	// A file: URI with an escaped path, so that a ? or # in the path stays in it.
	dsn := "file:" + (&url.URL{Path: abs}).EscapedPath() +
		"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fail(err)
	}
	// One connection: the writes of this process queue in database/sql, not in
	// SQLite's busy handler.
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return fail(err)
	}
	s.db, s.files, s.schemas = db, files, map[string]int64{}
	return db, nil
}

// Close closes the database. A later build or Flag opens it again.
func (s *Saver) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db, s.schemas = nil, nil
	return err
}

// Field is one field of a stored schema.
type Field struct {
	// Key is the field's key in the data object: its label, with " (2)", " (3)"...
	// appended to repeated labels.
	Key   string `json:"key"`
	Label string `json:"label"`
	// Kind is the component's kind, such as "textbox" or "image".
	Kind string `json:"kind"`
}

// fieldsOf lists the fields of a schema, with unique keys.
func fieldsOf(fields []gradio.FlagField) []Field {
	out := make([]Field, len(fields))
	seen := map[string]bool{}
	for i, f := range fields {
		key := f.Label
		for n := 2; seen[key]; n++ {
			key = f.Label + " (" + strconv.Itoa(n) + ")"
		}
		seen[key] = true
		kind := ""
		if f.Component != nil {
			kind = f.Component.Kind()
		}
		out[i] = Field{Key: key, Label: f.Label, Kind: kind}
	}
	return out
}

// schemaID returns the id of the schema of fields, storing it if it is new. s.mu is
// held.
func (s *Saver) schemaID(ctx context.Context, db *sql.DB, fields []Field) (int64, error) {
	b, err := json.Marshal(fields)
	if err != nil {
		return 0, err
	}
	if id, ok := s.schemas[string(b)]; ok {
		return id, nil
	}
	if _, err := db.ExecContext(ctx, `INSERT OR IGNORE INTO flag_schemas (fields) VALUES (?)`, string(b)); err != nil {
		return 0, err
	}
	var id int64
	if err := db.QueryRowContext(ctx, `SELECT id FROM flag_schemas WHERE fields = ?`, string(b)).Scan(&id); err != nil {
		return 0, err
	}
	s.schemas[string(b)] = id
	return id, nil
}

// Setup opens the database and records the fields' schema. The flagging directory is
// not used: files go next to the database.
func (s *Saver) Setup(_ string, fields []gradio.FlagField) error {
	ctx := context.Background()
	s.mu.Lock()
	defer s.mu.Unlock()
	db, err := s.open(ctx)
	if err != nil {
		return err
	}
	if _, err := s.schemaID(ctx, db, fieldsOf(fields)); err != nil {
		return fmt.Errorf("sqliteflag: %s: %w", s.path, err)
	}
	return nil
}

// Flag copies the sample's files next to the database and stores one row.
func (s *Saver) Flag(ctx context.Context, sample gradio.FlagSample) error {
	s.mu.Lock()
	db, err := s.open(ctx)
	var id int64
	var files string
	fields := make([]gradio.FlagField, len(sample.Values))
	for i, v := range sample.Values {
		fields[i] = v.FlagField
	}
	keyed := fieldsOf(fields)
	if err == nil {
		files = s.files
		id, err = s.schemaID(ctx, db, keyed)
	}
	s.mu.Unlock()
	if err != nil {
		return err
	}
	if err := sample.CopyFiles(files); err != nil {
		return err
	}
	data := make(map[string]json.RawMessage, len(sample.Values))
	for i, v := range sample.Values {
		raw, err := encodeValue(v.Value)
		if err != nil {
			return fmt.Errorf("sqliteflag: %s: %w", v.Label, err)
		}
		data[keyed[i].Key] = raw
	}
	b, err := json.Marshal(data)
	if err != nil {
		return err
	}
	t := sample.Time
	if t.IsZero() {
		t = time.Now()
	}
	_, err = db.ExecContext(ctx, `INSERT INTO flags (schema_id, data, flag, username, time) VALUES (?, ?, ?, ?, ?)`,
		id, string(b), sample.Option, sample.Username, t.UTC().Format(time.RFC3339Nano))
	return err
}

// Sample is one stored sample.
type Sample struct {
	ID     int64
	Fields []Field
	// Values holds one value per field, decoded from JSON (numbers are float64); files
	// are gradio.FileData or []gradio.FileData whose Path is in FilesDir.
	Values   []any
	Option   string
	Username string
	Time     time.Time
}

// Samples returns the stored samples, oldest first.
func (s *Saver) Samples(ctx context.Context) ([]Sample, error) {
	s.mu.Lock()
	db, err := s.open(ctx)
	files := s.files
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	rows, err := db.QueryContext(ctx, `SELECT f.id, s.fields, f.data, f.flag, f.username, f.time
		FROM flags f JOIN flag_schemas s ON s.id = f.schema_id ORDER BY f.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Sample
	for rows.Next() {
		var sm Sample
		var fields, data, t string
		if err := rows.Scan(&sm.ID, &fields, &data, &sm.Option, &sm.Username, &t); err != nil {
			return nil, err
		}
		if err := sm.decode(fields, data, files); err != nil {
			return nil, fmt.Errorf("sqliteflag: sample %d: %w", sm.ID, err)
		}
		if sm.Time, err = time.Parse(time.RFC3339Nano, t); err != nil {
			return nil, fmt.Errorf("sqliteflag: sample %d: %w", sm.ID, err)
		}
		out = append(out, sm)
	}
	return out, rows.Err()
}
