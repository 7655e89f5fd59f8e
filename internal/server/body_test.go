package server

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestDecodeJSON(t *testing.T) {
	cases := []struct {
		body   string
		status int
		msg    string
	}{
		{``, 400, "empty"},
		{`   `, 400, "empty"},
		{`[1]`, 400, "must be a JSON object"},
		{`"x"`, 400, "must be a JSON object"},
		{`{"data": [`, 400, "Malformed JSON"},
		{`{"data": "x"}`, 400, `"data" must be an array`},
		{`{"fn_index": "0"}`, 400, `"fn_index" must be a number`},
		{`{"session_hash": 5}`, 400, `"session_hash" must be a string`},
		{`{"data": []} trailing`, 400, "Malformed JSON"},
	}
	for _, c := range cases {
		var b predictBody
		err := decodeJSON([]byte(c.body), &b)
		var be *bodyError
		if !errors.As(err, &be) || be.status != c.status || !strings.Contains(be.msg, c.msg) {
			t.Errorf("decodeJSON(%q) = %v, want %d containing %q", c.body, err, c.status, c.msg)
		}
	}
	var b predictBody
	if err := decodeJSON([]byte(`{"data":["a",1],"fn_index":2,"session_hash":"s","extra":true}`), &b); err != nil {
		t.Fatalf("valid body: %v", err)
	}
	if len(*b.Data) != 2 || *b.FnIndex != 2 || *b.SessionHash != "s" {
		t.Errorf("decoded %+v", b)
	}
}

func TestFillSkipped(t *testing.T) {
	fn := &Fn{Inputs: 3, Skipped: []bool{false, true, false}}
	raw := func(s ...string) []json.RawMessage {
		out := make([]json.RawMessage, len(s))
		for i, v := range s {
			out[i] = json.RawMessage(v)
		}
		return out
	}
	join := func(d []json.RawMessage) string {
		b, _ := json.Marshal(d)
		return string(b)
	}
	if got := join(fillSkipped(fn, raw(`1`, `2`))); got != `[1,null,2]` {
		t.Errorf("two values for two visible inputs = %s, want [1,null,2]", got)
	}
	if got := join(fillSkipped(fn, raw(`1`, `2`, `3`))); got != `[1,2,3]` {
		t.Errorf("all values given = %s", got)
	}
	if got := join(fillSkipped(fn, raw(`1`))); got != `[1]` {
		t.Errorf("too few values must be left for Prepare to refuse, got %s", got)
	}
}

func TestKeywordData(t *testing.T) {
	fn := &Fn{APIName: "f", Inputs: 3, Skipped: []bool{false, true, false},
		Params: []Param{{Name: "a"}, {Name: "b", HasDefault: true, Default: json.RawMessage(`"dflt"`)}}}
	cases := []struct {
		kw   string
		want string
		err  string
	}{
		{`{"a": 1, "b": 2}`, `[1,null,2]`, ""},
		{`{"a": 1}`, `[1,null,"dflt"]`, ""},
		{`{"b": 2}`, "", `missing parameter "a"`},
		{`{"a": 1, "c": 3}`, "", `unknown parameter "c"; /f takes a, b`},
	}
	for _, c := range cases {
		var kw map[string]json.RawMessage
		_ = json.Unmarshal([]byte(c.kw), &kw)
		data, err := keywordData(fn, kw)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: err %v, want %q", c.kw, err, c.err)
			}
			continue
		}
		b, _ := json.Marshal(data)
		if err != nil || string(b) != c.want {
			t.Errorf("%s = %s, %v; want %s", c.kw, b, err, c.want)
		}
	}
}

// FuzzDecodeJSON: any body either decodes or is refused with a 4xx, never a panic.
func FuzzDecodeJSON(f *testing.F) {
	f.Add([]byte(`{"data":["Ada"],"event_data":null,"fn_index":0,"trigger_id":null,"session_hash":"s"}`))
	f.Add([]byte(`{"data": [`))
	f.Add([]byte(`{"fn_index": 1e400}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var b predictBody
		err := decodeJSON(body, &b)
		var be *bodyError
		if err != nil && (!errors.As(err, &be) || be.status < 400 || be.status > 499 || be.msg == "") {
			t.Fatalf("decodeJSON(%q) = %v: want a 4xx with a message", body, err)
		}
		var kw map[string]json.RawMessage
		_ = decodeJSON(body, &kw)
	})
}

// TestRawValues: the "data" array decodes as before, values with commas, brackets and
// escaped quotes in strings included, and more than maxValues values are refused
// before any is decoded.
func TestRawValues(t *testing.T) {
	many := func(n int) string { return "[" + strings.TrimSuffix(strings.Repeat(`{"a":[1,2]},`, n), ",") + "]" }
	for _, c := range []struct {
		in   string
		n    int
		fail bool
	}{
		{`[]`, 0, false},
		{`["a,b", "\",\"", "[,", {"x":[1,2,{"y":","}]}, [[],[]], "\\", "\\\","]`, 7, false},
		{many(maxValues), maxValues, false},
		{many(maxValues + 1), 0, true},
		{`"x"`, 0, true},
		{`{"0":"a"}`, 0, true},
	} {
		var b predictBody
		err := decodeJSON([]byte(`{"data":`+c.in+`}`), &b)
		if c.fail {
			var be *bodyError
			if !errors.As(err, &be) || be.status != 400 {
				t.Errorf("%.40s: %v, want a 400", c.in, err)
			}
			continue
		}
		var plain []json.RawMessage
		if err2 := json.Unmarshal([]byte(c.in), &plain); err != nil || err2 != nil || len(*b.Data) != c.n || len(plain) != c.n {
			t.Errorf("%.40s: %v, %d values; want %d", c.in, err, len(*b.Data), c.n)
		}
	}
}
