package gradio

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

func TestDecodeEventData(t *testing.T) {
	liked := true
	cases := []struct {
		raw  string
		want EventData
		err  string
	}{
		{``, EventData{}, ""},
		{`null`, EventData{}, ""},
		{`{"index": 2, "value": "b", "selected": false}`, EventData{Index: 2.0, Value: "b", Selected: false}, ""},
		{`{"index": [1, 3], "value": 7, "row_value": [1, 2], "col_value": ["x"]}`, EventData{Index: []any{1.0, 3.0}, Value: 7.0, Selected: true, RowValue: []any{1.0, 2.0}, ColValue: []any{"x"}}, ""},
		{`{"index": 0, "value": "hi", "liked": true}`, EventData{Index: 0.0, Value: "hi", Selected: true, Liked: &liked}, ""},
		{`{"index": 0, "value": ["hi"], "liked": "Inaccurate"}`, EventData{Index: 0.0, Value: []any{"hi"}, Selected: true, Feedback: "Inaccurate"}, ""},
		{`{"liked": null}`, EventData{Selected: true}, ""},
		{`{"liked": 3}`, EventData{}, "liked must be a bool"},
		{`[1, 2]`, EventData{}, "must be a JSON object"},
		{`{"row_value": "x"}`, EventData{}, "must be a JSON object"},
	}
	for _, c := range cases {
		got, err := decodeEventData(json.RawMessage(c.raw))
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("decodeEventData(%s) error = %v, want %q", c.raw, err, c.err)
			}
			continue
		}
		got.Raw = nil
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("decodeEventData(%s) = %+v, %v; want %+v", c.raw, got, err, c.want)
		}
	}
}

func FuzzDecodeEventData(f *testing.F) {
	f.Add(`{"index": [1, 2], "value": "x", "selected": true}`)
	f.Add(`{"liked": false}`)
	f.Add(`{"liked": "Inaccurate"}`)
	f.Fuzz(func(t *testing.T, raw string) {
		ev, err := decodeEventData(json.RawMessage(raw))
		if err == nil && len(strings.TrimSpace(raw)) > 0 && strings.TrimSpace(raw) != "null" && ev.Raw == nil {
			t.Fatalf("accepted %q without keeping it raw", raw)
		}
	})
}

// A handler that takes EventData gets what the page sent with the event.
func TestHandlerReceivesEventData(t *testing.T) {
	radio := &Radio{Choices: []string{"a", "b"}}
	out := &Textbox{}
	radio.Select(func(ev EventData, v string) string {
		return fmt.Sprintf("%v %v %v %s", ev.Index, ev.Value, ev.Selected, v)
	}, In(radio), Out(out), EventOptions{APIName: "sel"})
	app, err := (&Blocks{Children: []Component{radio, out}}).Build(WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if !app.cfg.Dependencies[0].CollectsEventData {
		t.Error("collects_event_data is false for a handler taking EventData")
	}
	body := `{"data": ["b"], "event_data": {"index": 1, "value": "b", "selected": true}, "fn_index": 0, "session_hash": "s"}`
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/gradio_api/run/sel", strings.NewReader(body)))
	if !strings.Contains(rec.Body.String(), `"data":["1 b true b"]`) {
		t.Errorf("run: %d %s", rec.Code, rec.Body)
	}
	rec = httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/gradio_api/run/sel", strings.NewReader(`{"data": ["a"], "event_data": [1], "fn_index": 0}`)))
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "event_data") {
		t.Errorf("bad event_data: %d %s", rec.Code, rec.Body)
	}
}
