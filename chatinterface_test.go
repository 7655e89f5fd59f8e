package gradio_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/gradiotest"
)

// respond is the function of Gradio's reference chat capture: it streams "You said:
// <message>. Here is a streamed answer." a word at a time.
func respond(message string, history []gradio.Message) iter.Seq[string] {
	return func(yield func(string) bool) {
		words := strings.Fields("You said: " + message + ". Here is a streamed answer.")
		for i := range words {
			if !yield(strings.Join(words[:i+1], " ")) {
				return
			}
		}
	}
}

// Every shape of chat function Build accepts.
func TestChatInterfaceSignatures(t *testing.T) {
	slider := &gradio.Slider{Label: "Temperature"}
	ok := []struct {
		name       string
		fn         any
		multimodal bool
		extra      []gradio.Component
	}{
		{"string", func(string, []gradio.Message) string { return "" }, false, nil},
		{"ctx and error", func(context.Context, string, []gradio.Message) (string, error) { return "", nil }, false, nil},
		{"message", func(string, []gradio.Message) gradio.Message { return gradio.Message{} }, false, nil},
		{"messages", func(string, []gradio.Message) []gradio.Message { return nil }, false, nil},
		{"seq", func(string, []gradio.Message) iter.Seq[string] { return nil }, false, nil},
		{"seq2", func(context.Context, string, []gradio.Message) iter.Seq2[[]gradio.Message, error] { return nil }, false, nil},
		{"seq and error", func(string, []gradio.Message) (iter.Seq[gradio.Message], error) { return nil, nil }, false, nil},
		{"multimodal", func(gradio.MultimodalValue, []gradio.Message) string { return "" }, true, nil},
		{"multimodal as text", func(string, []gradio.Message) string { return "" }, true, nil},
		{"additional input", func(string, []gradio.Message, float64) string { return "" }, false, []gradio.Component{slider}},
		{"additional input converted", func(string, []gradio.Message, int) string { return "" }, false, []gradio.Component{slider}},
		{"additional output", func(string, []gradio.Message) (string, string, error) { return "", "", nil }, false, nil},
		{"additional output streamed", func(string, []gradio.Message) iter.Seq[[]any] { return nil }, false, nil},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			ci := &gradio.ChatInterface{Fn: c.fn, Multimodal: c.multimodal, AdditionalInputs: c.extra}
			if strings.HasPrefix(c.name, "additional output") {
				ci.AdditionalOutputs = []gradio.Component{&gradio.Code{Label: "Artifact"}}
			}
			app, err := ci.Build(gradio.WithTempDir(t.TempDir()))
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			_ = app.Close()
		})
	}

	bad := []struct {
		name       string
		fn         any
		multimodal bool
		extra      []gradio.Component
		want       string
	}{
		{"nil", nil, false, nil, "Fn is nil"},
		{"not a function", "hello", false, nil, "must be a function, got string"},
		{"no history", func(string) string { return "" }, false, nil, "takes 1 value(s) but the chat passes 2"},
		{"missing additional input", func(string, []gradio.Message) string { return "" }, false, []gradio.Component{slider}, `1 additional input(s): slider "Temperature"`},
		{"message type", func(int, []gradio.Message) string { return "" }, false, nil, "the message (parameter 1) is int; want string or gradio.MultimodalValue"},
		{"multimodal without Multimodal", func(gradio.MultimodalValue, []gradio.Message) string { return "" }, false, nil, "not Multimodal"},
		{"history type", func(string, []string) string { return "" }, false, nil, "the history (parameter 2) is []string; want []gradio.Message"},
		{"additional input type", func(string, []gradio.Message, bool) string { return "" }, false, []gradio.Component{slider}, `parameter 3 is bool, but input slider "Temperature" gives float64`},
		{"no result", func(string, []gradio.Message) {}, false, nil, "returns 0 value(s)"},
		{"two results", func(string, []gradio.Message) (string, string) { return "", "" }, false, nil, "returns 2 value(s)"},
		{"result type", func(string, []gradio.Message) int { return 0 }, false, nil, "the response is int; want a string"},
		{"streamed type", func(string, []gradio.Message) iter.Seq[int] { return nil }, false, nil, "the response is int"},
		{"variadic", func(string, ...gradio.Message) string { return "" }, false, nil, "variadic"},
		{"additional output missing", func(string, []gradio.Message) string { return "" }, false, nil, `want the response and one value per additional output (code "Artifact")`},
		{"additional output type", func(string, []gradio.Message) (string, int) { return "", 0 }, false, nil, `result 2 is int, but output code "Artifact" takes string`},
		{"additional output not streamed as []any", func(string, []gradio.Message) iter.Seq[string] { return nil }, false, nil, "it must stream []any"},
	}
	for _, c := range bad {
		t.Run("rejects "+c.name, func(t *testing.T) {
			ci := &gradio.ChatInterface{Fn: c.fn, Multimodal: c.multimodal, AdditionalInputs: c.extra}
			if strings.HasPrefix(c.name, "additional output") {
				ci.AdditionalOutputs = []gradio.Component{&gradio.Code{Label: "Artifact"}}
			}
			app, err := ci.Build(gradio.WithTempDir(t.TempDir()))
			if err == nil {
				_ = app.Close()
				t.Fatal("Build accepted it")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not say %q", err, c.want)
			}
		})
	}
	t.Run("rejects a textbox of the wrong kind", func(t *testing.T) {
		ci := &gradio.ChatInterface{Fn: respond, Textbox: &gradio.Number{}}
		if _, err := ci.Build(); err == nil || !strings.Contains(err.Error(), "*Textbox or a *MultimodalTextbox") {
			t.Errorf("err = %v", err)
		}
	})
}

// The API endpoint is the function's name; a streamed answer comes as the text so far,
// and each session keeps its history.
func TestChatInterfaceAPI(t *testing.T) {
	app := build(t, &gradio.ChatInterface{Fn: respond, Title: "Echo chat"})
	c := gradiotest.New(app)
	steps, err := c.Stream("/respond", "Hi there")
	if err != nil {
		t.Fatal(err)
	}
	var got []any
	for _, s := range steps {
		got = append(got, s[0])
	}
	want := []any{"You", "You said:", "You said: Hi", "You said: Hi there.", "You said: Hi there. Here", "You said: Hi there. Here is",
		"You said: Hi there. Here is a", "You said: Hi there. Here is a streamed", "You said: Hi there. Here is a streamed answer.",
		"You said: Hi there. Here is a streamed answer."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("streamed %q\nwant     %q", got, want)
	}

	// The history is the session's: a second call sees the first exchange.
	counter := func(message string, history []gradio.Message) string {
		return fmt.Sprintf("%d before %q", len(history), message)
	}
	app = build(t, &gradio.ChatInterface{Fn: counter})
	c = gradiotest.New(app)
	for i, want := range []string{`0 before "a"`, `2 before "b"`, `4 before "c"`} {
		out, err := c.Predict("/chat", string(rune('a'+i)))
		if err != nil {
			t.Fatal(err)
		}
		if out[0] != want {
			t.Errorf("call %d: %v, want %s", i+1, out[0], want)
		}
	}
	if out, _ := gradiotest.New(app).Predict("/chat", "x"); out[0] != `0 before "x"` {
		t.Errorf("a new session sees %v", out[0])
	}
}

// A Message answer reaches API clients in its wire form; an error is the user's.
func TestChatInterfaceMessagesAndErrors(t *testing.T) {
	thought := func(message string, _ []gradio.Message) ([]gradio.Message, error) {
		if message == "fail" {
			return nil, gradio.Error{Message: "cannot answer that"}
		}
		return []gradio.Message{
			{Content: "thinking", Metadata: &gradio.MessageMetadata{Title: "Plan"}},
			{Content: "Answer to " + message},
		}, nil
	}
	app := build(t, &gradio.ChatInterface{Fn: thought, Event: gradio.EventOptions{APIName: "ask"}})
	c := gradiotest.New(app)
	out, err := c.Predict("/ask", "x")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(out[0])
	want := `[{"content":[{"text":"thinking","type":"text"}],"metadata":{"title":"Plan"},"options":null,"role":"assistant"},{"content":[{"text":"Answer to x","type":"text"}],"metadata":null,"options":null,"role":"assistant"}]`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	var ae *gradiotest.AppError
	if _, err := c.Predict("/ask", "fail"); !errors.As(err, &ae) || ae.Message != "cannot answer that" {
		t.Errorf("err = %v", err)
	}
}

// What the page does on Enter: save the message and show it (no queue), then stream
// the answer into the chat; retry answers the last message again.
func TestChatInterfacePageFlow(t *testing.T) {
	temp := &gradio.Slider{Label: "Temperature", Value: 0.5, Maximum: 1}
	var seen []string
	fn := func(ctx context.Context, message string, history []gradio.Message, temperature float64) iter.Seq[string] {
		seen = append(seen, fmt.Sprintf("%s/%d/%v", message, len(history), temperature))
		return respond(message, history)
	}
	app := build(t, &gradio.ChatInterface{Fn: fn, AdditionalInputs: []gradio.Component{temp}})
	c := gradiotest.New(app)
	out, err := c.Predict("_clear_and_save_textbox", "Hi there", []any{})
	if err != nil {
		t.Fatal(err)
	}
	box, _ := out[0].(map[string]any)
	if box["__type__"] != "update" || box["value"] != "" || box["interactive"] != false || box["stop_btn"] != true {
		t.Errorf("the box becomes %v, want emptied and locked with a stop button", out[0])
	}
	user := map[string]any{"role": "user", "metadata": nil, "content": []any{map[string]any{"text": "Hi there", "type": "text"}}, "options": nil}
	if !reflect.DeepEqual(out[1], []any{user}) {
		t.Errorf("the chat shows %v", out[1])
	}
	steps, err := c.Stream("_submit_fn", 0.7)
	if err != nil {
		t.Fatal(err)
	}
	last := steps[len(steps)-1][0].([]any)
	if len(steps) < 9 || len(last) != 2 {
		t.Fatalf("%d steps, last %v", len(steps), last)
	}
	answer := last[1].(map[string]any)["content"].([]any)[0].(map[string]any)["text"]
	if answer != "You said: Hi there. Here is a streamed answer." {
		t.Errorf("answer %v", answer)
	}
	if fmt.Sprint(seen) != "[Hi there/0/0.7]" {
		t.Errorf("fn saw %v", seen)
	}

	// Retry takes the chat as the page shows it.
	if _, err := c.Predict("_pop_last_user_message", last); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Stream("_submit_fn", 0.2); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(seen) != "[Hi there/0/0.7 Hi there/0/0.2]" {
		t.Errorf("fn saw %v", seen)
	}

	// An empty message is ignored without a word.
	if _, err := c.Predict("_clear_and_save_textbox", "  ", []any{}); err == nil {
		t.Error("an empty message was accepted")
	}
}

// /gradio_api/info of a ChatInterface is Gradio's: testdata/gradio-chat.info.json is
// real Gradio 6.25's for the same app.
func TestChatInterfaceInfoMatchesGradio(t *testing.T) {
	app := build(t, &gradio.ChatInterface{Fn: respond, Title: "Echo chat"})
	srv := httptest.NewServer(app)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/gradio_api/info")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var got, want map[string]any
	if err := json.Unmarshal([]byte(strings.ReplaceAll(string(body), srv.URL, "http://ROOT")), &got); err != nil {
		t.Fatal(err)
	}
	ref, err := os.ReadFile(filepath.Join("testdata", "gradio-chat.info.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(strings.ReplaceAll(string(ref), "http://127.0.0.1:7911", "http://ROOT")), &want); err != nil {
		t.Fatal(err)
	}
	// The code snippets are this package's own (they add Go); the rest must be equal.
	for _, doc := range []map[string]any{got, want} {
		for _, ep := range doc["named_endpoints"].(map[string]any) {
			delete(ep.(map[string]any), "code_snippets")
		}
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", "  ")
		w, _ := json.MarshalIndent(want, "", "  ")
		t.Errorf("info differs from Gradio's:\ngot  %s\nwant %s", g, w)
	}

	// The config: a chat_interface whose public function is the only documented one.
	resp, err = http.Get(srv.URL + "/config")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Mode         string `json:"mode"`
		Title        string `json:"title"`
		FillHeight   bool   `json:"fill_height"`
		Dependencies []struct {
			APIName       string `json:"api_name"`
			APIVisibility string `json:"api_visibility"`
			Types         struct{ Generator bool }
		} `json:"dependencies"`
	}
	err = json.NewDecoder(resp.Body).Decode(&cfg)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Mode != "chat_interface" || cfg.Title != "Echo chat" || !cfg.FillHeight {
		t.Errorf("mode %q, title %q, fill_height %v", cfg.Mode, cfg.Title, cfg.FillHeight)
	}
	names := map[string]string{}
	for _, d := range cfg.Dependencies {
		names[d.APIName] = d.APIVisibility
	}
	for name, vis := range map[string]string{"respond": "public", "_clear_and_save_textbox": "undocumented", "_submit_fn": "undocumented",
		"_pop_last_user_message": "undocumented", "_pop_last_user_message_1": "undocumented", "option_clicked": "undocumented"} {
		if names[name] != vis {
			t.Errorf("dependency %s is %q, want %q (all: %v)", name, names[name], vis, names)
		}
	}
}

// Building twice gives the same app: the interface's listeners on its Chatbot are not
// added again.
func TestChatInterfaceBuildsTwice(t *testing.T) {
	chat := &gradio.Chatbot{Label: "Talk"}
	ci := &gradio.ChatInterface{Fn: respond, Chatbot: chat, Examples: []gradio.ChatExample{{Text: "Hello"}}, Editable: true, SaveHistory: true}
	var configs []string
	for range 2 {
		app := build(t, ci)
		srv := httptest.NewServer(app)
		resp, err := http.Get(srv.URL + "/config")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		srv.Close()
		var v map[string]any
		_ = json.Unmarshal([]byte(strings.ReplaceAll(string(b), srv.URL, "")), &v)
		delete(v, "app_id")
		s, _ := json.Marshal(v)
		configs = append(configs, string(s))
	}
	if configs[0] != configs[1] {
		t.Error("the second build differs from the first")
	}
	for _, want := range []string{`"type":"chathistory"`, `"editable":"user"`, `"examples":[{"text":"Hello"}]`, `"api_name":"example_clicked"`, `"api_name":"_edit_message"`} {
		if !strings.Contains(configs[0], want) {
			t.Errorf("config lacks %s", want)
		}
	}
}

// Editing a user message answers the edited text, with the history before it; clicking
// an example or a message's option sends it.
func TestChatInterfaceEditExamplesOptions(t *testing.T) {
	var seen []string
	fn := func(message string, history []gradio.Message) gradio.Message {
		seen = append(seen, fmt.Sprintf("%s/%d", message, len(history)))
		return gradio.Message{Content: "ok", Options: []gradio.MessageOption{{Value: "more"}}}
	}
	app := build(t, &gradio.ChatInterface{Fn: fn, Editable: true, Examples: []gradio.ChatExample{{Text: "first example"}}})
	srv := httptest.NewServer(app)
	defer srv.Close()
	c := gradiotest.New(app)
	// run calls an unqueued listener with event data, as the page does.
	run := func(api string, data []any, event map[string]any) []any {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"data": data, "event_data": event, "session_hash": c.Session})
		resp, err := http.Post(srv.URL+"/gradio_api/run/"+api, "application/json", strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct{ Data []any }
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d %v", api, resp.StatusCode, err)
		}
		return out.Data
	}
	msg := func(role, text string) map[string]any {
		return map[string]any{"role": role, "content": []any{map[string]any{"type": "text", "text": text}}}
	}
	chat := []any{msg("user", "a"), msg("assistant", "b"), msg("user", "c"), msg("assistant", "d")}
	// Each listener sets the message and the history in the session's State; any of the
	// chained _submit_fn listeners then answers them.

	out := run("_edit_message", []any{chat}, map[string]any{"index": 2, "value": "c2"})
	if shown := out[3].([]any); len(shown) != 3 {
		t.Errorf("after the edit the chat shows %v", shown)
	}
	if _, err := c.Predict("_submit_fn"); err != nil {
		t.Fatal(err)
	}
	run("example_clicked", []any{[]any{}}, map[string]any{"index": 0, "value": map[string]any{"text": "first example", "files": []any{}}})
	if _, err := c.Predict("_submit_fn"); err != nil {
		t.Fatal(err)
	}
	run("option_clicked", []any{chat}, map[string]any{"index": 3, "value": "more"})
	if _, err := c.Predict("_submit_fn"); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(seen); got != "[c2/2 first example/0 more/4]" {
		t.Errorf("fn saw %s", got)
	}
}

// The stream of the API endpoint carries what Gradio's does, message for message: the
// first value in full, then text diffs, and the State output as null or no change
// (testdata/gradio-chat.api-respond.sse.txt is real Gradio 6.25's).
func TestChatInterfaceStreamMatchesGradio(t *testing.T) {
	app := build(t, &gradio.ChatInterface{Fn: respond, Title: "Echo chat"})
	srv := httptest.NewServer(app)
	defer srv.Close()
	fnIndex := -1
	resp, err := http.Get(srv.URL + "/config")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Dependencies []struct {
			ID      int    `json:"id"`
			APIName string `json:"api_name"`
		} `json:"dependencies"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&cfg)
	resp.Body.Close()
	for _, d := range cfg.Dependencies {
		if d.APIName == "respond" {
			fnIndex = d.ID
		}
	}
	body := fmt.Sprintf(`{"data": ["Hi there", null], "event_data": null, "fn_index": %d, "trigger_id": null, "session_hash": "chatapi01"}`, fnIndex)
	resp, err = http.Post(srv.URL+"/gradio_api/queue/join", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	resp, err = http.Get(srv.URL + "/gradio_api/queue/data?session_hash=chatapi01")
	if err != nil {
		t.Fatal(err)
	}
	stream, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	ref, err := os.ReadFile(filepath.Join("testdata", "gradio-chat.api-respond.sse.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// outputs keeps, per message, its kind and its output data.
	outputs := func(sse []byte) []string {
		var out []string
		for _, line := range strings.Split(string(sse), "\n") {
			var m struct {
				Msg    string `json:"msg"`
				Output *struct {
					Data json.RawMessage `json:"data"`
				} `json:"output"`
			}
			if !strings.HasPrefix(line, "data: ") || json.Unmarshal([]byte(line[6:]), &m) != nil || m.Output == nil {
				continue
			}
			out = append(out, m.Msg+" "+string(m.Output.Data))
		}
		return out
	}
	got, want := outputs(stream), outputs(ref)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stream:\n%s\nGradio's:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Additional outputs get the function's further results, streamed or not, on the page
// and through the API.
func TestChatInterfaceAdditionalOutputs(t *testing.T) {
	code := &gradio.Code{Label: "Artifact"}
	stream := func(message string, _ []gradio.Message) iter.Seq2[[]any, error] {
		return func(yield func([]any, error) bool) {
			if !yield([]any{"drafting", "// " + message}, nil) {
				return
			}
			if message == "bad" {
				yield([]any{42, "x"}, nil)
				return
			}
			yield([]any{gradio.Message{Content: "done"}, "// " + message + "\nok()"}, nil)
		}
	}
	app := build(t, &gradio.ChatInterface{Fn: stream, AdditionalOutputs: []gradio.Component{code}, Event: gradio.EventOptions{APIName: "build"}})
	c := gradiotest.New(app)
	out, err := c.Predict("/build", "go")
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := json.Marshal(out); string(b) != `[{"content":[{"text":"done","type":"text"}],"metadata":null,"options":null,"role":"assistant"},"// go\nok()"]` {
		t.Errorf("API gave %s", b)
	}
	if _, err := c.Predict("_clear_and_save_textbox", "go", []any{}); err != nil {
		t.Fatal(err)
	}
	out, err = c.Predict("_submit_fn")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[1] != "// go\nok()" || len(out[0].([]any)) != 2 {
		t.Errorf("the page got %v", out)
	}
	if _, err := c.Predict("/build", "bad"); err == nil {
		t.Error("a response of the wrong type was accepted")
	}

	plain := func(message string, _ []gradio.Message) (string, string) { return "ok", "// " + message }
	app = build(t, &gradio.ChatInterface{Fn: plain, AdditionalOutputs: []gradio.Component{&gradio.Code{Label: "Artifact"}}})
	out, err = gradiotest.New(app).Predict("/chat", "hi")
	if err != nil || len(out) != 2 || out[0] != "ok" || out[1] != "// hi" {
		t.Errorf("got %v, %v", out, err)
	}
}
