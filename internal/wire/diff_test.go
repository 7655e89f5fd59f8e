package wire

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

func decode(t testing.TB, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("decode %s: %v", s, err)
	}
	return v
}

// The expected edit lists are those Gradio's own diff produces (protocol.md §3.5).
func TestDiffMatchesGradio(t *testing.T) {
	cases := []struct{ old, new, want string }{
		{`"0"`, `"01"`, `[["append",[],"1"]]`},
		{`"abc"`, `"xyz"`, `[["replace",[],"xyz"]]`},
		{`null`, `"x"`, `[["replace",[],"x"]]`},
		{`[1,2,3,4,5]`, `[1,2]`, `[["delete",[2],null],["delete",[2],null],["delete",[2],null]]`},
		{`{"a":1,"b":2}`, `{"a":1,"c":3}`, `[["delete",["b"],null],["add",["c"],3]]`},
		{`["a"]`, `["a"]`, `[]`},
		{`[{"role":"assistant","content":"Hel"}]`, `[{"role":"assistant","content":"Hello"}]`, `[["append",[0,"content"],"lo"]]`},
		{`[1]`, `[1,2]`, `[["add",[1],2]]`},
		{`1`, `2`, `[["replace",[],2]]`},
		{`true`, `true`, `[]`},
		{`"same"`, `"same"`, `[]`},
		{`{"a":[1]}`, `{"a":"x"}`, `[["replace",["a"],"x"]]`},
	}
	for _, c := range cases {
		got, err := json.Marshal(Diff(decode(t, c.old), decode(t, c.new)))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("Diff(%s, %s) = %s, want %s", c.old, c.new, got, c.want)
		}
	}
}

func TestApplyInvertsDiff(t *testing.T) {
	pairs := [][2]string{
		{`{"x":[1,{"y":"ab"}],"z":null}`, `{"x":[1,{"y":"abc"},3],"w":true}`},
		{`[1,2,3]`, `[]`},
		{`[]`, `[{"a":1}]`},
		{`"a"`, `["a"]`},
	}
	for _, p := range pairs {
		old, want := decode(t, p[0]), decode(t, p[1])
		edits := Diff(old, want)
		b, _ := json.Marshal(edits)
		var back []Edit
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal %s: %v", b, err)
		}
		got, err := Apply(decode(t, p[0]), back)
		if err != nil {
			t.Fatalf("Apply(%s, %s): %v", p[0], b, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Apply(%s, %s) = %v, want %v", p[0], b, got, want)
		}
	}
}

func TestApplyRejectsBadEdits(t *testing.T) {
	cases := []struct{ value, edits string }{
		{`1`, `[["append",[],"x"]]`},
		{`"s"`, `[["add",[],"x"]]`},
		{`[1]`, `[["delete",[5],null]]`},
		{`[1]`, `[["add",[7],1]]`},
		{`[1]`, `[["replace",["k"],1]]`},
		{`{"a":1}`, `[["replace",[0],1]]`},
		{`"s"`, `[["replace",[0],1]]`},
		{`[[1]]`, `[["replace",[3,0],1]]`},
	}
	for _, c := range cases {
		var edits []Edit
		if err := json.Unmarshal([]byte(c.edits), &edits); err != nil {
			t.Fatal(err)
		}
		if _, err := Apply(decode(t, c.value), edits); err == nil {
			t.Errorf("Apply(%s, %s) succeeded, want an error", c.value, c.edits)
		}
	}
}

func TestEditUnmarshalRejectsMalformed(t *testing.T) {
	for _, s := range []string{`[]`, `["replace",[]]`, `[1,[],2]`, `["add",[1.5],1]`, `["add",[-1],1]`, `["add",[true],1]`, `{}`, `["add","x",1]`} {
		var e Edit
		if err := json.Unmarshal([]byte(s), &e); err == nil {
			t.Errorf("Unmarshal(%s) succeeded, want an error", s)
		}
	}
}

func TestGenericNormalisesTypedValues(t *testing.T) {
	type msg struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	}
	got, err := Generic([]msg{{"user", "hi"}})
	if err != nil {
		t.Fatal(err)
	}
	want := decode(t, `[{"role":"user","content":"hi"}]`)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Generic = %#v, want %#v", got, want)
	}
}

func FuzzDiffApply(f *testing.F) {
	f.Add(`{"a":[1,"x"]}`, `{"a":[1,"xy",null]}`)
	f.Add(`"abc"`, `"abcdef"`)
	f.Add(`[1,2,3,4]`, `[1]`)
	f.Fuzz(func(t *testing.T, a, b string) {
		var old, want any
		if json.Unmarshal([]byte(a), &old) != nil || json.Unmarshal([]byte(b), &want) != nil {
			return
		}
		edits := Diff(old, want)
		enc, err := json.Marshal(edits)
		if err != nil {
			t.Fatal(err)
		}
		var back []Edit
		if err := json.Unmarshal(enc, &back); err != nil {
			t.Fatalf("edits %s do not decode: %v", enc, err)
		}
		var fresh any
		_ = json.Unmarshal([]byte(a), &fresh)
		got, err := Apply(fresh, back)
		if err != nil {
			t.Fatalf("Apply(%s, %s): %v", a, enc, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Apply(%s, Diff(%s, %s)) = %v", a, a, b, got)
		}
	})
}

// FuzzApply feeds arbitrary client-side edit lists to Apply: it must error, never panic.
func FuzzApply(f *testing.F) {
	f.Add(`[1,{"a":"b"}]`, `[["append",[1,"a"],"c"],["delete",[0],null]]`)
	f.Add(`null`, `[["replace",[],1]]`)
	f.Fuzz(func(t *testing.T, value, edits string) {
		var v any
		var e []Edit
		if json.Unmarshal([]byte(value), &v) != nil || json.Unmarshal([]byte(edits), &e) != nil {
			return
		}
		_, _ = Apply(v, e)
	})
}

func TestGenericRejectsNonFinite(t *testing.T) {
	for _, v := range []any{math.NaN(), math.Inf(1), []any{1.0, math.Inf(-1)}, map[string]any{"x": math.NaN()}} {
		if _, err := Generic(v); err == nil {
			t.Errorf("Generic(%v) succeeded; JSON cannot carry it", v)
		}
	}
}

func TestEditMarshalJSON(t *testing.T) {
	for _, c := range []struct {
		e    Edit
		want string
	}{
		{Edit{EditAppend, nil, "tok <b>"}, `["append",[],"tok \u003cb\u003e"]`},
		{Edit{EditReplace, []any{0, "k"}, map[string]any{"a": 1}}, `["replace",[0,"k"],{"a":1}]`},
		{Edit{EditDelete, []any{2}, nil}, `["delete",[2],null]`},
		{Edit{`odd"action`, nil, 1.5}, `["odd\"action",[],1.5]`},
	} {
		b, err := json.Marshal(c.e)
		if err != nil || string(b) != c.want {
			t.Errorf("%+v: %s, %v; want %s", c.e, b, err, c.want)
		}
		var back Edit
		if err := json.Unmarshal(b, &back); err != nil || back.Action != c.e.Action {
			t.Errorf("%s does not read back: %+v, %v", b, back, err)
		}
	}
}
