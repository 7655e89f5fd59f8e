package client

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

// show renders frames for comparison: id (or -), event and data of each.
func show(fs []frame) string {
	var b strings.Builder
	for _, f := range fs {
		if f.hasID {
			b.WriteString(strconv.FormatUint(f.id, 10))
		} else {
			b.WriteString("-")
		}
		b.WriteString("|" + f.event + "|" + string(f.data) + ";")
	}
	return b.String()
}

func readAll(r io.Reader) ([]frame, error) {
	fr := newFrameReader(r)
	var out []frame
	for {
		f, err := fr.next()
		if err != nil {
			return out, err
		}
		out = append(out, f)
	}
}

func TestFrameReader(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"data", "data: {\"a\":1}\n\n", "-||{\"a\":1};"},
		{"id then data", "id: 7\ndata: x\n\n", "7||x;"},
		{"no space", "id:7\ndata:x\n\n", "7||x;"},
		{"one space only", "data:  x\n\n", "-|| x;"},
		{"crlf", "id: 8\r\ndata: y\r\n\r\n", "8||y;"},
		{"event", "id: 1\nevent: complete\ndata: [\"a\"]\n\n", "1|complete|[\"a\"];"},
		{"bad id", "id: 1x\ndata: z\n\n", "-||z;"},
		{"overflowing id", "id: 99999999999999999999\ndata: z\n\n", "-||z;"},
		{"two data lines", "data: a\ndata: b\n\n", "-||a\nb;"},
		{"comments and blank lines", ": hi\n\n\n\ndata: a\n\n", "-||a;"},
		{"unknown field", "retry: 10\ndata: a\n\n", "-||a;"},
		{"no field", "data\n\ndata: a\n\n", "-||a;"},
		{"several", "id: 1\ndata: a\n\nid: 2\ndata: b\n\n", "1||a;2||b;"},
		{"cut mid-frame", "id: 1\ndata: a\n\nid: 2\ndata: b", "1||a;"},
		{"cut mid-line", "id: 1\ndata: a\n\nid: 2\nda", "1||a;"},
	}
	for _, c := range cases {
		for _, r := range []struct {
			name string
			r    io.Reader
		}{{"whole", strings.NewReader(c.in)}, {"bytewise", iotest.OneByteReader(strings.NewReader(c.in))}} {
			got, err := readAll(r.r)
			if err != io.EOF {
				t.Errorf("%s, %s: err %v, want io.EOF", c.name, r.name, err)
			}
			if show(got) != c.want {
				t.Errorf("%s, %s: %q, want %q", c.name, r.name, show(got), c.want)
			}
		}
	}
	// A broken connection is reported as such, not as an end.
	boom := errors.New("reset")
	got, err := readAll(io.MultiReader(strings.NewReader("id: 3\ndata: a\n\ndata: b\n"), iotest.ErrReader(boom)))
	if !errors.Is(err, boom) || show(got) != "3||a;" {
		t.Errorf("broken stream: %q, %v", show(got), err)
	}
}

func FuzzFrameReader(f *testing.F) {
	for _, s := range []string{"id: 1\ndata: {}\n\n", "data:x\r\n\r\n", "id: 18446744073709551616\n\n", ": c\n\nevent: e\ndata: a\ndata: b\n\n", "id:\ndata\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := readAll(strings.NewReader(s))
		if err != io.EOF {
			t.Fatalf("err %v, want io.EOF", err)
		}
		for _, fr := range got {
			if fr.hasID {
				// An id is one the server could have written: its digits read back.
				if !strings.Contains(s, strconv.FormatUint(fr.id, 10)) {
					t.Fatalf("id %d is not in the input %q", fr.id, s)
				}
			} else if fr.id != 0 {
				t.Fatalf("an invalid id read as %d", fr.id)
			}
			if len(fr.data) > len(s) {
				t.Fatalf("data longer than the input")
			}
		}
		// Bytewise reading gives the same frames.
		again, _ := readAll(iotest.OneByteReader(strings.NewReader(s)))
		if show(again) != show(got) {
			t.Fatalf("bytewise %q, whole %q", show(again), show(got))
		}
	})
}
