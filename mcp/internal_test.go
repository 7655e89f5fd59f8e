package mcp

import (
	"crypto/tls"
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/gradio-go/gradio/client"
	"github.com/gradio-go/gradio/internal/wire"
)

func TestCleanSchema(t *testing.T) {
	var raw map[string]any
	err := json.Unmarshal([]byte(`{
		"$defs": {"Item": {"type": "object", "title": "Item", "properties": {"type": {"type": "string"}, "next": {"$ref": "#/$defs/Item"}}}},
		"type": "array", "items": {"$ref": "#/$defs/Item"},
		"anyOf": [{"type": {}, "description": "any valid json"}, {"type": "null"}],
		"additional_description": "Gradio's own", "default": {"type": {}}
	}`), &raw)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(clean(raw, raw["$defs"].(map[string]any), 0))
	var m map[string]any
	json.Unmarshal(got, &m)
	if _, ok := m["$defs"]; ok {
		t.Errorf("$defs kept: %s", got)
	}
	if _, ok := m["additional_description"]; ok {
		t.Errorf("additional_description kept: %s", got)
	}
	item := m["items"].(map[string]any)
	props := item["properties"].(map[string]any)
	if item["title"] != "Item" || props["type"].(map[string]any)["type"] != "string" {
		t.Errorf("the reference was not inlined, or the property named type was dropped: %s", got)
	}
	// Recursion stops at a small depth, with "any value".
	depth := 0
	for s := item; s != nil; depth++ {
		p, _ := s["properties"].(map[string]any)
		s, _ = p["next"].(map[string]any)
	}
	if depth < 3 || depth > 10 {
		t.Errorf("recursive definition inlined %d levels", depth)
	}
	if a := m["anyOf"].([]any)[0].(map[string]any); a["type"] != nil || a["description"] != "any valid json" {
		t.Errorf("invalid type kept: %v", a)
	}
	if d := m["default"].(map[string]any); d["type"] == nil {
		t.Errorf("data in default changed: %v", d)
	}
}

func TestParamSchema(t *testing.T) {
	for _, tc := range []struct {
		p    client.Parameter
		kind fileKind
		want string
	}{
		{client.Parameter{Name: "x", Type: map[string]any{"type": "number"}, HasDefault: true, Default: 3.0, Label: "Width in px"},
			notFile, `{"type":"number","title":"Width in px","default":3}`},
		{client.Parameter{Name: "first_name", Type: map[string]any{"type": "string"}, Label: "First name"},
			notFile, `{"type":"string"}`},
		{client.Parameter{Name: "img", Type: map[string]any{"title": "ImageData", "type": "object"}},
			oneFile, `{"type":"string","description":"` + fileDescription + `"}`},
		{client.Parameter{Name: "f", Type: map[string]any{"type": "object"}, PythonType: struct {
			Type string `json:"type"`
		}{"filepath"}}, oneFile, `{"type":"string","description":"` + fileDescription + `"}`},
		{client.Parameter{Name: "any", Type: map[string]any{"type": map[string]any{}, "description": "any valid json"}, Label: "parameter_3"},
			notFile, `{"description":"any valid json"}`},
	} {
		s, kind := paramSchema(tc.p)
		b, _ := json.Marshal(s)
		if kind != tc.kind || string(b) != tc.want {
			t.Errorf("%s: %v %s, want %v %s", tc.p.Name, kind, b, tc.kind, tc.want)
		}
	}
}

func TestDecodeData(t *testing.T) {
	for _, tc := range []struct{ in, data, mime, name string }{
		{"data:image/png;base64,iVBORw0KGgo=", "\x89PNG\r\n\x1a\n", "image/png", "file.png"},
		{"data:,hello%20world", "hello world", "text/plain", "file.txt"},
		{"data:application/pdf;base64,JVBERi0=", "%PDF-", "application/pdf", "file.pdf"},
		{"aGVsbG8", "hello", "text/plain", "file.txt"},                   // unpadded
		{"aGVs\nbG8=", "hello", "text/plain", "file.txt"},                // across lines
		{"AAH_", "\x00\x01\xff", "application/octet-stream", "file.bin"}, // URL-safe
		{"data:audio/x-wav;base64,UklGRg==", "RIFF", "audio/x-wav", "file.wav"},
	} {
		data, mimeType, err := decodeData(tc.in)
		if err != nil || string(data) != tc.data || mimeType != tc.mime {
			t.Errorf("decodeData(%q) = %q, %q, %v; want %q, %q", tc.in, data, mimeType, err, tc.data, tc.mime)
			continue
		}
		if got := fileName(mimeType, data); got != tc.name {
			t.Errorf("fileName(%q) = %q, want %q", mimeType, got, tc.name)
		}
	}
	for _, bad := range []string{"", "not base64!", "data:text/plain;base64", "data:;base64,%%%"} {
		if _, _, err := decodeData(bad); err == nil {
			t.Errorf("decodeData(%q) accepted", bad)
		}
	}
}

func TestToolName(t *testing.T) {
	for in, want := range map[string]string{"/greet": "greet", "/ToUpper": "ToUpper", "/a b/c": "a_b_c", "/": "tool"} {
		if got := toolName(in); got != want {
			t.Errorf("toolName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPublicRoot(t *testing.T) {
	st := &state{}
	r := httptest.NewRequest("POST", "http://example.com/gradio_api/mcp/", nil)
	if got := st.publicRoot(r); got != "http://example.com" {
		t.Errorf("plain: %q", got)
	}
	r.Header.Set("X-Forwarded-Proto", "https")
	r.Header.Set("X-Forwarded-Host", "public.example, proxy")
	if got := st.publicRoot(r); got != "https://public.example" {
		t.Errorf("forwarded: %q", got)
	}
	r = httptest.NewRequest("POST", "http://example.com/demo/gradio_api/mcp/", nil)
	r.URL.Path = "/gradio_api/mcp/" // as http.StripPrefix leaves it
	r.TLS = &tls.ConnectionState{}
	if got := st.publicRoot(r); got != "https://example.com/demo" {
		t.Errorf("mounted: %q", got)
	}
	st.rootPrefix = "/app"
	if got := st.publicRoot(r); got != "https://example.com/app" {
		t.Errorf("root path: %q", got)
	}
	st.fixedRoot = "https://fixed.example/x"
	if got := st.publicRoot(r); got != "https://fixed.example/x" {
		t.Errorf("absolute root path: %q", got)
	}
}

func TestProgressMapping(t *testing.T) {
	i, n, f := 2, 5, 0.25
	desc := "working"
	p, ok := progress(client.Update{Progress: []wire.ProgressUnit{{Index: &i, Length: &n, Desc: &desc}}}, "t")
	if !ok || p.Progress != 2 || p.Total != 5 || p.Message != "working" || p.ProgressToken != "t" {
		t.Errorf("step: %+v", p)
	}
	p, ok = progress(client.Update{Progress: []wire.ProgressUnit{{Progress: &f}}}, 7)
	if !ok || p.Progress != 0.25 || p.Total != 1 {
		t.Errorf("fraction: %+v", p)
	}
	if _, ok := progress(client.Update{}, "t"); ok {
		t.Error("an empty update made a notification")
	}
}

func TestPublicURL(t *testing.T) {
	st := &state{innerRoot: innerBase, apiPrefix: "/gradio_api"}
	root := "https://public.example"
	for _, tc := range []struct {
		fd   client.FileData
		want string
	}{
		{client.FileData{Path: "/tmp/x/a b.png", URL: innerBase + "/gradio_api/file=/tmp/x/a b.png"}, root + "/gradio_api/file=/tmp/x/a b.png"},
		{client.FileData{Path: "/tmp/x/a b.png"}, root + "/gradio_api/file=/tmp/x/a%20b.png"},
		{client.FileData{Path: "https://cdn.example/f.png", URL: "https://cdn.example/f.png"}, "https://cdn.example/f.png"},
	} {
		if got := st.publicURL(tc.fd, root); got != tc.want {
			t.Errorf("publicURL(%+v) = %q, want %q", tc.fd, got, tc.want)
		}
	}
	if p, ok := st.ownFile(root+"/gradio_api/file=/tmp/x/a%20b.png", root); !ok || p != "/tmp/x/a b.png" {
		t.Errorf("ownFile: %q %v", p, ok)
	}
	if _, ok := st.ownFile("https://elsewhere.example/gradio_api/file=/etc/passwd", root); ok {
		t.Error("another host's URL taken as the app's file")
	}
}
