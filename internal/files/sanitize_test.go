package files

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitizeName(t *testing.T) {
	long := strings.Repeat("a", 300)
	longRunes := strings.Repeat("é", 150) // 300 bytes, 2 bytes per rune
	tests := []struct {
		name, in, want string
	}{
		{"plain", "cat.png", "cat.png"},
		{"blob", "blob", "blob"},
		{"spaces kept", "my cat.png", "my cat.png"},
		{"unix dirs stripped", "/etc/passwd", "passwd"},
		{"windows dirs stripped", `C:\Users\me\cat.png`, "cat.png"},
		{"mixed dirs", `a/b\c/d.txt`, "d.txt"},
		{"trailing slash", "photos/", "photos"},
		{"relative node path", "./local/path.png", "path.png"},
		{"forbidden chars", "a<b>c:d\"e|f?g*h$i!j{k}l`m.txt", "abcdefghijklm.txt"},
		{"control chars", "a\x00b\x01c\x1fd\x7fe\n\r\t.txt", "abcde.txt"},
		{"unicode kept", "日本語 ファイル.png", "日本語 ファイル.png"},
		{"emoji kept", "🐱.gif", "🐱.gif"},
		{"invalid utf8 dropped", "a\xffb.txt", "ab.txt"},
		{"empty", "", ""},
		{"only forbidden", `<>:"|?*`, ""},
		{"only dirs", "///", ""},
		{"dot", ".", ""},
		{"dotdot", "..", ""},
		{"dotdot after dir", "a/..", ""},
		{"dotdot from stripped chars", ".\x00.", ""},
		{"three dots is a name", "...", "..."},
		{"dotfile", ".bashrc", ".bashrc"},
		{"exactly 200", long[:200], long[:200]},
		{"long no ext", long, long[:200]},
		{"long keeps ext", long + ".png", long[:196] + ".png"},
		{"long unicode keeps ext", longRunes + ".txt", strings.Repeat("é", 98) + ".txt"},
		{"long odd unicode cut", "x" + longRunes + ".txt", "x" + strings.Repeat("é", 97) + ".txt"},
		{"long ext", "a." + long, ("a." + long)[:200]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sanitizeName(tt.in)
			if got != tt.want {
				t.Errorf("sanitizeName(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if len(got) > maxNameBytes {
				t.Errorf("sanitizeName(%q) is %d bytes", tt.in, len(got))
			}
		})
	}
}

func TestRandomName(t *testing.T) {
	re := regexp.MustCompile(`^tmp[0-9a-f]{10}$`)
	a, b := randomName(), randomName()
	if !re.MatchString(a) || !re.MatchString(b) {
		t.Fatalf("randomName() = %q, %q; want tmp + 10 hex", a, b)
	}
	if a == b {
		t.Fatalf("randomName() repeated %q", a)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", ".", "..", "a/..", "cat.png", `C:\x\y.txt`, "\x00.\x00.",
		strings.Repeat("é", 150) + ".txt", "a." + strings.Repeat("b", 300), "\xff\xfe", "日本.png"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := sanitizeName(in)
		if len(got) > maxNameBytes {
			t.Fatalf("%q: result is %d bytes", in, len(got))
		}
		if got == "." || got == ".." {
			t.Fatalf("%q: result %q", in, got)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("%q: invalid UTF-8 %q", in, got)
		}
		if i := strings.IndexAny(got, forbiddenChars); i >= 0 {
			t.Fatalf("%q: result %q contains %q", in, got, got[i])
		}
		for _, r := range got {
			if r < 0x20 || r == 0x7f {
				t.Fatalf("%q: result %q contains control char %U", in, got, r)
			}
		}
		if sanitizeName(got) != got {
			t.Fatalf("%q: not idempotent: %q -> %q", in, got, sanitizeName(got))
		}
	})
}
