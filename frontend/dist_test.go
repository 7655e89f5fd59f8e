//go:build !nofrontend

package frontend

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// The index references its hashed assets, and they exist.
func TestIndexReferencesAssets(t *testing.T) {
	index, err := fs.ReadFile(FS(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	refs := regexp.MustCompile(`\./(assets/[^"]+)`).FindAllStringSubmatch(string(index), -1)
	if len(refs) < 2 {
		t.Fatalf("index.html references %d assets, want the script and the style sheet", len(refs))
	}
	for _, r := range refs {
		if _, err := fs.Stat(FS(), r[1]); err != nil {
			t.Errorf("index.html references %s: %v", r[1], err)
		}
	}
	for _, marker := range []string{"%TITLE%", "<!--gradio:head-->", "<gradio-app>"} {
		if !bytes.Contains(index, []byte(marker)) {
			t.Errorf("index.html lacks %s, which the server fills in", marker)
		}
	}
}

// Budget: the JavaScript a page loads first — the entry script and the chunks it imports
// statically, not those loaded with import() on demand — is at most 120 KB gzipped.
func TestInitialJavaScriptBudget(t *testing.T) {
	const budget = 120 << 10
	index, err := fs.ReadFile(FS(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	entry := regexp.MustCompile(`src="\./(assets/[^"]+\.js)"`).FindSubmatch(index)
	if entry == nil {
		t.Fatal("index.html has no module script")
	}
	// Minified static imports look like import{a as b}from"./chunk-X.js" or
	// import"./chunk-X.js"; dynamic ones are import("./chunk-X.js").
	static := regexp.MustCompile(`(?:from|import)\s*"\./([^"]+\.js)"`)
	seen := map[string]bool{}
	total := 0
	queue := []string{string(entry[1])}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		b, err := fs.ReadFile(FS(), p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(b)
		zw.Close()
		t.Logf("%s: %d bytes, %d gzipped", p, len(b), buf.Len())
		total += buf.Len()
		for _, m := range static.FindAllSubmatch(b, -1) {
			queue = append(queue, "assets/"+string(m[1]))
		}
	}
	t.Logf("initial JavaScript: %d bytes gzipped in %d file(s)", total, len(seen))
	if total > budget {
		t.Errorf("initial JavaScript is %d bytes gzipped, over the %d budget", total, budget)
	}
}

// Budget: the embedded fonts (assets/fonts, which themes name; see package theme) add
// at most 250 KB to every binary. A page loads only the faces its text needs.
func TestFontBudget(t *testing.T) {
	const budget = 250 << 10
	entries, err := fs.ReadDir(FS(), "assets/fonts")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		total += int(info.Size())
	}
	t.Logf("fonts: %d bytes in %d files", total, len(entries))
	if total > budget {
		t.Errorf("the fonts are %d bytes, over the %d budget", total, budget)
	}
}

// messageURLs are URLs that libraries print in warnings and error messages; nothing
// fetches them. A new one must be checked and added here by hand.
var messageURLs = map[string]bool{
	"https://github.com/highlightjs/highlight.js/issues/2277":   true, // deprecation warning
	"https://github.com/highlightjs/highlight.js/wiki/security": true, // unescaped-HTML warning
	"https://github.com/markedjs/marked.":                       true, // "please report" error text
	"https://github.com/vega/vega-lite/issues/2415":             true, // warning text
	"https://vega.github.io/schema/vega/v6.json":                true, // $schema id in compiled specs
}

// Nothing in the UI reaches outside the app: no CDN, no web fonts, no telemetry. The
// only absolute URLs allowed are XML namespace names, which are identifiers, and the
// message URLs above.
func TestNoExternalURLs(t *testing.T) {
	url := regexp.MustCompile(`(?i)\b(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s"'<>)\x60]*`)
	allowed := regexp.MustCompile(`^(?:https?:)?//www\.w3\.org/`)
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".LEGAL.txt") {
			return err
		}
		b, err := fs.ReadFile(FS(), p)
		if err != nil {
			return err
		}
		for _, m := range url.FindAllString(string(b), -1) {
			if !allowed.MatchString(m) && !messageURLs[m] {
				t.Errorf("%s contains an external URL: %s", p, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
