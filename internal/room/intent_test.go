package room

import (
	"encoding/json"
	"testing"
)

func TestDecodeIntent(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		kind string
		c    int
	}{
		{`{"kind":"value","component":3,"value":"hi"}`, true, KindValue, 3},
		{`{"kind":"value","component":3,"value":null}`, true, KindValue, 3},
		{`{"kind":"value","component":3, "value": { "a" : [1, 2] } }`, true, KindValue, 3},
		{`{"kind":"value","value":"hi"}`, false, "", 0},
		{`{"kind":"value","component":3}`, false, "", 0},
		{`{"kind":"value","component":-1,"value":1}`, false, "", 0},
		{`{"kind":"value","component":1.5,"value":1}`, false, "", 0},
		{`{"kind":"value","component":"3","value":1}`, false, "", 0},
		{`{"kind":"editing","component":2}`, true, KindEditing, 2},
		{`{"kind":"editing","component":null}`, true, KindEditing, -1},
		{`{"kind":"editing"}`, true, KindEditing, -1},
		{`{"kind":"name","name":"Ann"}`, true, KindName, -1},
		{`{"kind":"name"}`, false, "", 0},
		{`{"kind":"role","member":"m","role":"viewer"}`, true, KindRole, -1},
		{`{"kind":"role","member":"m"}`, false, "", 0},
		{`{"kind":"lock","locked":true}`, true, KindLock, -1},
		{`{"kind":"lock"}`, false, "", 0},
		{`{"kind":"run","fn_index":0}`, false, "", 0},
		{`{"kind":"nuke"}`, false, "", 0},
		{`{}`, false, "", 0},
		{`[]`, false, "", 0},
		{`{"kind":"lock","locked":true} {}`, false, "", 0},
		{`{"kind":"lock","locked":true,"extra":1}`, false, "", 0},
		{``, false, "", 0},
	} {
		in, err := DecodeIntent([]byte(tc.in))
		if (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok=%v", tc.in, err, tc.ok)
			continue
		}
		if tc.ok && (in.Kind != tc.kind || in.Component != tc.c) {
			t.Errorf("%s: got %+v", tc.in, in)
		}
	}
	in, _ := DecodeIntent([]byte(`{"kind":"value","component":3, "value": { "a" : [1, 2] } }`))
	if string(in.Value) != `{"a":[1,2]}` {
		t.Errorf("value not compacted: %s", in.Value)
	}
}

// FuzzDecodeIntent: client input never panics, and what decodes is well-formed.
func FuzzDecodeIntent(f *testing.F) {
	for _, s := range []string{`{"kind":"value","component":3,"value":"hi"}`, `{"kind":"editing","component":null}`,
		`{"kind":"role","member":"m","role":"viewer"}`, `{"kind":"lock","locked":false}`, `{"kind":"name","name":"\u0000x"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		in, err := DecodeIntent(b)
		if err != nil {
			return
		}
		switch in.Kind {
		case KindValue:
			if in.Component < 0 || !json.Valid(in.Value) {
				t.Fatalf("bad value intent %+v from %q", in, b)
			}
		case KindEditing, KindName, KindRole, KindLock:
		default:
			t.Fatalf("kind %q from %q", in.Kind, b)
		}
		_ = cleanName(in.Name)
	})
}
