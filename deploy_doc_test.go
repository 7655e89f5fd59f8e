package gradio

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// docs/deploy.md names only environment variables the code has, and every one the
// package reads, so that the deployment guide cannot drift from the code: a variable
// renamed or removed in the code fails here until the guide follows, and so does a new
// one the guide does not list yet.
func TestDeployDocMatchesCode(t *testing.T) {
	doc, err := os.ReadFile("docs/deploy.md")
	if err != nil {
		t.Fatal(err)
	}
	name := regexp.MustCompile(`GRADIO_[A-Z0-9_]*[A-Z0-9]`)
	read := regexp.MustCompile(`os\.(?:Getenv|LookupEnv)\("(GRADIO_[A-Z0-9_]+)"\)`)

	// Every GRADIO_ name in the module's non-test Go sources (nested modules, testdata
	// and node_modules aside), and those the root package reads from the environment.
	inCode, readHere := map[string]bool{}, map[string]bool{}
	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			base := d.Name()
			if p != "." && (strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_") || base == "testdata" || base == "node_modules") {
				return fs.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); p != "." && err == nil {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, n := range name.FindAllString(string(src), -1) {
			inCode[n] = true
		}
		if filepath.Dir(p) == "." {
			for _, m := range read.FindAllStringSubmatch(string(src), -1) {
				readHere[m[1]] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !readHere["GRADIO_NATS_URL"] || !inCode["GRADIO_JOBS"] {
		t.Fatalf("the scan of the sources found too little: %v", slices.Sorted(maps.Keys(inCode)))
	}

	inDoc := map[string]bool{}
	for _, n := range name.FindAllString(string(doc), -1) {
		if !inDoc[n] && !inCode[n] {
			t.Errorf("docs/deploy.md mentions %s, which no Go source of the module has", n)
		}
		inDoc[n] = true
	}
	for n := range readHere {
		if !inDoc[n] {
			t.Errorf("the package reads $%s, which docs/deploy.md does not list", n)
		}
	}
}
