package frontend

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The catalogs of built-in texts (src/core/messages/*.ts) hold one entry per line:
//
//	"key": "text",
var (
	entryRe       = regexp.MustCompile(`^\s*"([a-z_.]+)":\s*"((?:[^"\\]|\\.)*)",\s*$`)
	placeholderRe = regexp.MustCompile(`\{(\w+)\}`)
)

// readCatalog returns a catalog's texts by key, failing on a key given twice or on a
// line that looks like an entry but does not parse.
func readCatalog(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		m := entryRe.FindStringSubmatch(line)
		if m == nil {
			if strings.HasPrefix(strings.TrimSpace(line), `"`) {
				t.Errorf("%s:%d: not a \"key\": \"text\", entry: %s", path, i+1, line)
			}
			continue
		}
		if _, dup := out[m[1]]; dup {
			t.Errorf("%s:%d: %s is given twice", path, i+1, m[1])
		}
		out[m[1]] = m[2]
	}
	return out
}

func placeholders(s string) []string {
	var out []string
	for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Every locale has exactly the keys English has, each text non-empty and with the same
// placeholders; and index.ts loads every catalog.
func TestMessageCatalogs(t *testing.T) {
	dir := filepath.Join("src", "core", "messages")
	en := readCatalog(t, filepath.Join(dir, "en.ts"))
	if len(en) < 100 {
		t.Fatalf("en.ts has %d texts; the parser or the file is broken", len(en))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.ts"))
	index, err := os.ReadFile(filepath.Join(dir, "index.ts"))
	if err != nil {
		t.Fatal(err)
	}
	var locales []string
	for _, f := range files {
		loc := strings.TrimSuffix(filepath.Base(f), ".ts")
		if loc == "en" || loc == "index" {
			continue
		}
		locales = append(locales, loc)
		if !strings.Contains(string(index), `import("./`+loc+`")`) {
			t.Errorf("index.ts does not load %s.ts", loc)
		}
		msgs := readCatalog(t, f)
		for _, k := range slices.Sorted(maps.Keys(en)) {
			s, ok := msgs[k]
			if !ok {
				t.Errorf("%s: %s is missing", loc, k)
				continue
			}
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: %s is empty", loc, k)
			}
			if got, want := placeholders(s), placeholders(en[k]); !slices.Equal(got, want) {
				t.Errorf("%s: %s has placeholders %v, English has %v", loc, k, got, want)
			}
		}
		for k := range msgs {
			if _, ok := en[k]; !ok {
				t.Errorf("%s: %s is not an English key", loc, k)
			}
		}
	}
	for _, want := range []string{"de", "es", "fr", "ja", "zh-CN"} {
		if !slices.Contains(locales, want) {
			t.Errorf("no catalog for %s", want)
		}
	}
	t.Logf("%d texts in %d locales besides English: %v", len(en), len(locales), locales)
}
