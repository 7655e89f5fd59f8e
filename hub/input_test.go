package hub

import (
	stdhtml "html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCheckUserName(t *testing.T) {
	for name, ok := range map[string]bool{
		"alice": true, "a1": true, "bob-smith": true, "x": false, "": false, "Alice": false,
		"-bob": false, "bob-": false, "bo--b": false, "bo b": false, "bob/x": false, "bób": false,
		strings.Repeat("a", 39): true, strings.Repeat("a", 40): false,
		"settings": false, "api": false, "s": false, "static": false,
	} {
		if err := checkUserName(name); (err == nil) != ok {
			t.Errorf("checkUserName(%q) = %v, want ok=%v", name, err, ok)
		}
	}
}

func TestNormaliseTags(t *testing.T) {
	got, err := normaliseTags([]string{" Text ", "text", "", "vision", "TEXT"})
	if err != nil || strings.Join(got, ",") != "text,vision" {
		t.Errorf("normaliseTags = %v, %v", got, err)
	}
	for _, bad := range [][]string{{"two words"}, {"<b>"}, make([]string, 11), {strings.Repeat("a", 33)}} {
		if _, err := normaliseTags(bad); err == nil {
			t.Errorf("normaliseTags(%q) accepted", bad)
		}
	}
}

func TestCheckText(t *testing.T) {
	for s, ok := range map[string]bool{"plain": true, "line\nbreak\ttab": true, "nul\x00": false, "bell\a": false,
		"del\x7f": false, "\xff\xfe": false, strings.Repeat("a", 201): false} {
		if err := checkText("it", s, 200); (err == nil) != ok {
			t.Errorf("checkText(%q) = %v, want ok=%v", s, err, ok)
		}
	}
}

func TestSafeNext(t *testing.T) {
	for in, want := range map[string]string{"/alice/hello": "/alice/hello", "": "/", "https://evil.example": "/",
		"//evil.example": "/", "/\\evil.example": "/", "/x\r\nSet-Cookie: a=b": "/", "settings": "/"} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPasswordHash(t *testing.T) {
	h := hashPassword("correct horse")
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("hash %q is not an argon2id PHC string with the expected parameters", h)
	}
	if ok, err := checkPassword(h, "correct horse"); !ok || err != nil {
		t.Errorf("right password: %v %v", ok, err)
	}
	if ok, _ := checkPassword(h, "correct horsE"); ok {
		t.Error("wrong password accepted")
	}
	if h == hashPassword("correct horse") {
		t.Error("two hashes of one password are equal: the salt is not random")
	}
	for _, bad := range []string{"", "plain", "$argon2i$v=19$m=1,t=1,p=1$AA$AA", "$argon2id$v=19$m=0,t=1,p=1$AA$AA", "$argon2id$v=19$m=8,t=1,p=1$!!$AA"} {
		if _, err := checkPassword(bad, "x"); err == nil {
			t.Errorf("checkPassword accepted the hash %q", bad)
		}
	}
}

func TestRenderMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"**bold**":                       "<strong>bold</strong>",
		"x <script>alert(1)</script> hi": "hi",
		"[x](javascript:alert(1))":       "x",
		"[x](https://example.com)":       `href="https://example.com"`,
		"<img src=x onerror=alert(1)>":   "",
		"| a |\n|---|\n| 1 |":            "<table>",
	} {
		got, err := renderMarkdown(in)
		if err != nil || !strings.Contains(got, want) {
			t.Errorf("renderMarkdown(%q) = %q, want it to hold %q", in, got, want)
		}
		assertSafe(t, in, got)
	}
}

var (
	htmlTag     = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	badTag      = regexp.MustCompile(`(?i)^<(script|iframe|style|object|embed|form|input|meta|link|base)\b`)
	handlerAttr = regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	badURLAttr  = regexp.MustCompile(`(?i)\s(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data):`)
	urlNoise    = strings.NewReplacer("\t", "", "\n", "", "\r", "")
)

// unsafeTag returns the first tag of html that could run script: a dangerous element,
// an event handler attribute, a script URL in a link. Text may say anything
// ("javascript:" in a sentence is escaped text, not a link).
func unsafeTag(html string) string {
	for _, tag := range htmlTag.FindAllString(html, -1) {
		// A browser decodes entities in attributes and skips tabs and line breaks in a
		// URL's scheme: check what it would see.
		seen := urlNoise.Replace(stdhtml.UnescapeString(tag))
		if badTag.MatchString(tag) || handlerAttr.MatchString(tag) || badURLAttr.MatchString(seen) {
			return tag
		}
	}
	return ""
}

func assertSafe(t *testing.T, in, html string) {
	t.Helper()
	if tag := unsafeTag(html); tag != "" {
		t.Errorf("renderMarkdown(%q) = %q holds the unsafe tag %q", in, html, tag)
	}
}

// The checker itself must catch what it is there to catch.
func TestUnsafeTag(t *testing.T) {
	for html, bad := range map[string]bool{
		`<p>javascript: is text</p>`:                     false,
		`<a href="https://x.example/?a=1&amp;b=2">x</a>`: false,
		`<a href="!&#39;" rel="nofollow">x</a>`:          false,
		`<script>alert(1)</script>`:                      true,
		`<img src="x" onerror="alert(1)">`:               true,
		`<a href="javascript:alert(1)">x</a>`:            true,
		`<a href="jav&#x61;script:alert(1)">x</a>`:       true,
		"<a href=\"java\tscript:alert(1)\">x</a>":        true,
		`<iframe src="https://x.example"></iframe>`:      true,
	} {
		if got := unsafeTag(html) != ""; got != bad {
			t.Errorf("unsafeTag(%q) flagged=%v, want %v", html, got, bad)
		}
	}
}

func FuzzRenderMarkdown(f *testing.F) {
	for _, s := range []string{"**x**", "<script>x</script>", "[a](javascript:b)", "<a href=\"java\tscript:x\">y</a>", "![i](data:text/html,x)", "`<b>`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if checkComment(src) != "" {
			return
		}
		html, err := renderMarkdown(src)
		if err != nil {
			t.Fatalf("renderMarkdown(%q): %v", src, err)
		}
		if !utf8.ValidString(html) {
			t.Errorf("renderMarkdown(%q) is not UTF-8", src)
		}
		assertSafe(t, src, html)
	})
}

func FuzzNames(f *testing.F) {
	for _, s := range []string{"alice", "a-b", "-x", "settings", "Ab", "tag one"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if checkUserName(s) == nil {
			if reserved[s] || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" || strings.Contains(s, "--") {
				t.Errorf("checkUserName accepted %q", s)
			}
		}
		tags, err := normaliseTags(strings.Split(s, ","))
		if err == nil {
			for _, tag := range tags {
				if checkName("a tag", tag, 1, 32) != nil {
					t.Errorf("normaliseTags kept %q", tag)
				}
			}
		}
		if n := safeNext(s); !strings.HasPrefix(n, "/") || strings.HasPrefix(n, "//") || strings.ContainsAny(n, "\r\n") {
			t.Errorf("safeNext(%q) = %q leaves the hub", s, n)
		}
	})
}
