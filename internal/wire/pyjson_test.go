package wire

import "testing"

func TestPyJSON(t *testing.T) {
	cases := []struct {
		in   any
		want string
	}{
		{[]any{"Hello, World!"}, `["Hello, World!"]`},
		{map[string]any{"error": "x: y", "visible": true}, `{"error": "x: y", "visible": true}`},
		{[]any{"<b>&</b>"}, `["<b>&</b>"]`},
		{[]any{"café ☕ 😀"}, `["caf\u00e9 \u2615 \ud83d\ude00"]`},
		{[]any{`quote " and \ backslash`}, `["quote \" and \\ backslash"]`},
		{nil, `null`},
		{[]any{1.5, nil, []any{}}, `[1.5, null, []]`},
	}
	for _, c := range cases {
		got, err := PyJSON(c.in)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("PyJSON(%#v) = %s, want %s", c.in, got, c.want)
		}
	}
}
