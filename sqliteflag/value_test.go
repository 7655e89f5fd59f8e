package sqliteflag_test

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/sqliteflag"
)

func TestDecodeValue(t *testing.T) {
	dir := filepath.FromSlash("/srv/flags_files")
	file := `{"path":"Doc/ab/x.txt","orig_name":"x.txt","size":3,"meta":{"_type":"gradio.FileData"}}`
	for _, tc := range []struct {
		name, raw string
		want      any
		err       string
	}{
		{"text", `"hi"`, "hi", ""},
		{"number", `2.5`, 2.5, ""},
		{"null", `null`, nil, ""},
		{"object", `{"a":1}`, map[string]any{"a": 1.0}, ""},
		{"list", `[1,"a"]`, []any{1.0, "a"}, ""},
		{"empty list", `[]`, []any{}, ""},
		{"file", file, gradio.FileData{Path: filepath.Join(dir, "Doc", "ab", "x.txt"), OrigName: "x.txt", Size: 3}, ""},
		{"files", "[" + file + "," + file + "]", []gradio.FileData{
			{Path: filepath.Join(dir, "Doc", "ab", "x.txt"), OrigName: "x.txt", Size: 3},
			{Path: filepath.Join(dir, "Doc", "ab", "x.txt"), OrigName: "x.txt", Size: 3},
		}, ""},
		{"url file", `{"url":"https://example.com/a.png","meta":{"_type":"gradio.FileData"}}`, gradio.FileData{URL: "https://example.com/a.png"}, ""},
		{"a file among values", "[" + file + `,1]`, []any{map[string]any{"path": "Doc/ab/x.txt", "orig_name": "x.txt", "size": 3.0, "meta": map[string]any{"_type": "gradio.FileData"}}, 1.0}, ""},
		{"other meta", `{"path":"x","meta":{"_type":"other"}}`, map[string]any{"path": "x", "meta": map[string]any{"_type": "other"}}, ""},
		{"escape", `{"path":"../../etc/passwd","meta":{"_type":"gradio.FileData"}}`, nil, "not inside"},
		{"absolute", `{"path":"/etc/passwd","meta":{"_type":"gradio.FileData"}}`, nil, "not inside"},
		{"backslash", `{"path":"..\\x","meta":{"_type":"gradio.FileData"}}`, nil, "not inside"},
		{"escape in a list", "[" + file + `,{"path":"../x","meta":{"_type":"gradio.FileData"}}]`, nil, "not inside"},
		{"broken", `{"a":`, nil, "unexpected end"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := sqliteflag.DecodeValue(json.RawMessage(tc.raw), dir)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %#v, %v; want %#v", got, err, tc.want)
			}
		})
	}
}

func FuzzDecodeValue(f *testing.F) {
	for _, s := range []string{`"a"`, `[1]`, `{"path":"a/b","meta":{"_type":"gradio.FileData"}}`, `[{"path":"../a","meta":{"_type":"gradio.FileData"}}]`, `{`} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := sqliteflag.DecodeValue(json.RawMessage(raw), dir)
		if err != nil {
			return
		}
		check := func(fd gradio.FileData) {
			if fd.Path == "" {
				return
			}
			if rel, err := filepath.Rel(dir, fd.Path); err != nil || !filepath.IsLocal(rel) {
				t.Fatalf("%q decodes to a file outside the directory: %s", raw, fd.Path)
			}
		}
		switch x := v.(type) {
		case gradio.FileData:
			check(x)
		case []gradio.FileData:
			for _, fd := range x {
				check(fd)
			}
		}
	})
}
