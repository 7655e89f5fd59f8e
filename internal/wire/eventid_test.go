package wire

import (
	"strconv"
	"strings"
	"testing"
)

func TestParseEventID(t *testing.T) {
	cases := []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"", 0, false},
		{"0", 0, true},
		{"42", 42, true},
		{" 42 ", 42, true},
		{"0042", 42, true},
		{"18446744073709551615", 1<<64 - 1, true},
		{"18446744073709551616", 0, false}, // overflows
		{"123456789012345678901", 0, false},
		{"-1", 0, false},
		{"+1", 0, false},
		{"1e3", 0, false},
		{"0x10", 0, false},
		{"4 2", 0, false},
		{"٣", 0, false}, // a non-ASCII digit
		{"abc", 0, false},
		{"12\n", 12, true},
	}
	for _, c := range cases {
		got, ok := ParseEventID(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseEventID(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func FuzzParseEventID(f *testing.F) {
	for _, s := range []string{"", "1", " 17 ", "18446744073709551615", "99999999999999999999", "-0", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, ok := ParseEventID(s)
		if !ok {
			return
		}
		want, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
		if err != nil || want != id {
			t.Fatalf("ParseEventID(%q) = %d, but ParseUint gives %d, %v", s, id, want, err)
		}
	})
}
