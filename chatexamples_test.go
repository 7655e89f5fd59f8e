package gradio_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

// An example's AdditionalInputs set the additional inputs when it is clicked (Gradio's
// [message, input, ...] examples); the answer then reads them.
func TestChatInterfaceExamplesFillAdditionalInputs(t *testing.T) {
	var seen []string
	fn := func(message string, history []gradio.Message, temp float64, persona string) string {
		seen = append(seen, fmt.Sprintf("%s/%g/%s", message, temp, persona))
		return "ok"
	}
	examples := []gradio.ChatExample{
		{Text: "Ahoy", AdditionalInputs: []any{0.2, "pirate"}},
		{Text: "Plain"},
		{Text: "Warm", AdditionalInputs: []any{1}}, // an int for a Slider; the persona stays
	}
	for _, fill := range []bool{false, true} {
		t.Run(fmt.Sprint("fill=", fill), func(t *testing.T) {
			seen = nil
			ci := &gradio.ChatInterface{
				Fn: fn,
				AdditionalInputs: []gradio.Component{
					&gradio.Slider{Label: "Temperature", Maximum: 2}, &gradio.Textbox{Label: "Persona"},
				},
				Examples: examples, FillExamples: fill,
			}
			app := build(t, ci)
			srv := httptest.NewServer(app)
			defer srv.Close()
			c := gradiotest.New(app)
			api, extra := "example_clicked", 4 // after the box, the saved message, the history and the chat
			if fill {
				api, extra = "example_populated", 1
			}
			click := func(i int) []any {
				t.Helper()
				body, _ := json.Marshal(map[string]any{"data": []any{[]any{}}, "event_data": map[string]any{"index": i}, "session_hash": c.Session})
				resp, err := http.Post(srv.URL+"/gradio_api/run/"+api, "application/json", strings.NewReader(string(body)))
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				var out struct{ Data []any }
				if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK || len(out.Data) != extra+2 {
					t.Fatalf("%s: %d %v %v", api, resp.StatusCode, err, out.Data)
				}
				return out.Data[extra:]
			}
			value := func(u any) any {
				m, _ := u.(map[string]any)
				if m["__type__"] != "update" {
					t.Errorf("%v is not an update", u)
				}
				return m["value"]
			}
			got := click(0)
			if value(got[0]) != 0.2 || value(got[1]) != "pirate" {
				t.Errorf("example 0 sets %v", got)
			}
			if !fill {
				// What the page then sends: the inputs' new values.
				if _, err := c.Predict("_submit_fn", 0.2, "pirate"); err != nil {
					t.Fatal(err)
				}
			}
			got = click(1)
			if value(got[0]) != nil || value(got[1]) != nil {
				t.Errorf("an example without values changes the inputs: %v", got)
			}
			got = click(2)
			if value(got[0]) != 1.0 || value(got[1]) != nil {
				t.Errorf("example 2 sets %v", got)
			}
			if !fill && fmt.Sprint(seen) != "[Ahoy/0.2/pirate]" {
				t.Errorf("fn saw %v", seen)
			}
		})
	}
}

func TestChatInterfaceExampleInputsAreChecked(t *testing.T) {
	fn := func(message string, history []gradio.Message, temp float64) string { return "" }
	for _, tc := range []struct {
		values []any
		err    string
	}{
		{[]any{0.5, "extra"}, "2 additional input value(s) for 1 additional input(s)"},
		{[]any{"hot"}, "cannot take string"},
	} {
		ci := &gradio.ChatInterface{
			Fn: fn, AdditionalInputs: []gradio.Component{&gradio.Slider{Label: "Temperature"}},
			Examples: []gradio.ChatExample{{Text: "x", AdditionalInputs: tc.values}},
		}
		if _, err := ci.Build(gradio.WithQuiet()); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%v: Build error %v, want %q", tc.values, err, tc.err)
		}
	}
}
