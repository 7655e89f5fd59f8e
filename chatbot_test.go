package gradio

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/wire"
)

func TestChatbotPreprocess(t *testing.T) {
	c := &Chatbot{}
	checkDecode(t, c, []decodeCase{
		// Gradio's API example (showcase.info.json).
		{"example", `[{"role": "user", "metadata": null, "content": [{"text": "Hello!", "type": "text"}], "options": null}, {"role": "assistant", "metadata": null, "content": [{"text": "How can I help you?", "type": "text"}], "options": null}]`,
			[]Message{{Role: "user", Content: "Hello!"}, {Role: "assistant", Content: "How can I help you?"}}, ""},
		{"thought and options", `[{"role":"assistant","content":[{"type":"text","text":"a"},{"text":"b"}],
			"metadata":{"title":"Tool","id":3,"parent_id":"p","log":"ok","duration":1.5,"status":"done"},
			"options":[{"value":"yes","label":"Yes"},{"value":"no"}]}]`,
			[]Message{{Role: "assistant", Content: "a\n\nb", Metadata: &MessageMetadata{Title: "Tool", ID: "3", ParentID: "p", Log: "ok", Duration: 1.5, Status: "done"},
				Options: []MessageOption{{"yes", "Yes"}, {"no", ""}}}}, ""},
		{"string content", `[{"role":"system","content":"Be brief."}]`, []Message{{Role: "system", Content: "Be brief."}}, ""},
		{"empty metadata", `[{"role":"user","content":[],"metadata":{}}]`, []Message{{Role: "user", Metadata: &MessageMetadata{}}}, ""},
		{"null", `null`, []Message{}, ""},
		{"empty", `[]`, []Message{}, ""},
		{"unknown role", `[{"role":"user","content":[]},{"role":"bot","content":[]}]`, nil, `message 2: role "bot" is not one of "user", "assistant", "system"`},
		{"no role", `[{"content":[]}]`, nil, `message 1: "role" must be one of "user", "assistant", "system"; got nothing`},
		{"numeric role", `[{"role":1,"content":[]}]`, nil, `"role" must be one of "user", "assistant", "system"; got a number`},
		{"no content", `[{"role":"user"}]`, nil, `message 1: "content" must be an array of parts, got nothing`},
		{"component part", `[{"role":"assistant","content":[{"type":"component","component":"image","value":null,"constructor_args":{},"props":{}}]}]`, nil,
			`message 1: content part 1: "component" parts are not supported`},
		{"unknown part", `[{"role":"user","content":[{"type":"video"}]}]`, nil, `content part 1: unknown part type "video"`},
		{"part not object", `[{"role":"user","content":["hi"]}]`, nil, `content part 1: expected an object {"type": "text"`},
		{"text not string", `[{"role":"user","content":[{"type":"text","text":5}]}]`, nil, `a text part's "text" must be a string, got a number`},
		{"file without app", `[{"role":"user","content":[{"type":"file","file":` + fileJSON("/x.png") + `}]}]`, nil, "content part 1: a Chatbot input needs a running app"},
		{"file not a file", `[{"role":"user","content":[{"type":"file","file":"/x.png"}]}]`, nil, "expected a file, an object"},
		{"bad alt text", `[{"role":"user","content":[{"type":"file","file":{},"alt_text":1}]}]`, nil, `"alt_text" must be a string or null`},
		{"bad status", `[{"role":"user","content":[],"metadata":{"status":"running"}}]`, nil, `metadata "status" "running" is not one of "pending", "done"`},
		{"bad title", `[{"role":"user","content":[],"metadata":{"title":1}}]`, nil, `metadata "title" must be a string, got a number`},
		{"bad id", `[{"role":"user","content":[],"metadata":{"id":[1]}}]`, nil, `metadata "id" must be a string or a number, got an array`},
		{"bad duration", `[{"role":"user","content":[],"metadata":{"duration":"1s"}}]`, nil, `metadata "duration": expected a number, got a string`},
		{"metadata not object", `[{"role":"user","content":[],"metadata":"x"}]`, nil, `"metadata" must be an object or null, got a string`},
		{"option without value", `[{"role":"user","content":[],"options":[{"label":"x"}]}]`, nil, `option 1 has no "value"`},
		{"options not array", `[{"role":"user","content":[],"options":{}}]`, nil, `"options" must be an array`},
		{"object", `{"role":"user"}`, nil, "expected an array of messages"},
		{"message not object", `["hi"]`, nil, "message 1: expected an object"},
	})
}

func TestChatbotFiles(t *testing.T) {
	ctx, cache, _ := fileTestApp(t)
	png := cacheFile(t, cache, "cat.png", []byte("not really a png"))
	c := &Chatbot{}
	got, err := c.Preprocess(ctx, json.RawMessage(`[{"role":"user","content":[{"type":"file","file":`+fileJSON(png)+`,"alt_text":"a cat"},{"type":"text","text":"look"}]}]`))
	if err != nil {
		t.Fatal(err)
	}
	msgs := got.([]Message)
	if len(msgs) != 1 || msgs[0].Content != "look" || len(msgs[0].Files) != 1 || msgs[0].Files[0].Path != png || msgs[0].Files[0].MimeType != "image/png" {
		t.Fatalf("Preprocess = %+v", msgs)
	}
	if _, err := c.Preprocess(ctx, json.RawMessage(`[{"role":"user","content":[{"type":"file","file":`+fileJSON("/etc/passwd")+`}]}]`)); err == nil ||
		!strings.Contains(err.Error(), `message 1: content part 1: file not allowed: "/etc/passwd"`) {
		t.Errorf("a file outside the cache: %v", err)
	}
	// Files a handler returns are served from the cache, after the text.
	out, err := c.Postprocess(ctx, msgs)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(out)
	u := "http://host:7860/gradio_api/file=" + png
	want := `[{"role":"user","metadata":null,"content":[{"text":"look","type":"text"},{"file":{"path":` + jsonString(png) + `,"url":` + jsonString(u) +
		`,"size":16,"orig_name":"cat.png","mime_type":"image/png","is_stream":false,"meta":{"_type":"gradio.FileData"}},"alt_text":null,"type":"file"}],"options":null}]`
	if string(b) != want {
		t.Errorf("Postprocess = %s\nwant %s", b, want)
	}
	// A message with files only has no text part.
	out, _ = c.Postprocess(ctx, []Message{{Role: "assistant", Files: []FileData{{URL: "https://example.com/a.mp3"}}}})
	b, _ = json.Marshal(out)
	if strings.Contains(string(b), `"text"`) || !strings.Contains(string(b), `"url":"https://example.com/a.mp3"`) {
		t.Errorf("files only = %s", b)
	}
	if _, err := c.Postprocess(ctx, []Message{{Role: "user"}, {Role: "user", Files: []FileData{{Path: "/etc/passwd"}}}}); err == nil || !strings.Contains(err.Error(), "message 2, file 1:") {
		t.Errorf("a file the app may not serve: %v", err)
	}
}

func TestChatbotPostprocess(t *testing.T) {
	checkEncode(t, &Chatbot{}, []encodeCase{
		{"messages", []Message{{Role: "user", Content: "Hi"}, {Role: "assistant", Content: "Hello! How can I help?"}},
			`[{"role": "user", "metadata": null, "content": [{"text": "Hi", "type": "text"}], "options": null}, {"role": "assistant", "metadata": null, "content": [{"text": "Hello! How can I help?", "type": "text"}], "options": null}]`, ""},
		{"empty message keeps a text part", []Message{{Role: "assistant"}}, `[{"role":"assistant","metadata":null,"content":[{"text":"","type":"text"}],"options":null}]`, ""},
		{"dedented, as Gradio", []Message{{Role: "assistant", Content: "\n  Steps:\n    1. a\n    2. b\n"}},
			`[{"role":"assistant","metadata":null,"content":[{"text":"Steps:\n  1. a\n  2. b","type":"text"}],"options":null}]`, ""},
		{"thought", []Message{{Role: "assistant", Content: "ran", Metadata: &MessageMetadata{Title: "Search", ID: "1", Duration: 0.5, Status: "pending"}}},
			`[{"role":"assistant","metadata":{"title":"Search","id":"1","duration":0.5,"status":"pending"},"content":[{"text":"ran","type":"text"}],"options":null}]`, ""},
		{"options", []Message{{Role: "assistant", Content: "?", Options: []MessageOption{{Value: "a"}, {Value: "b", Label: "B"}}}},
			`[{"role":"assistant","metadata":null,"content":[{"text":"?","type":"text"}],"options":[{"value":"a"},{"value":"b","label":"B"}]}]`, ""},
		{"nil", nil, `[]`, ""},
		{"no role", []Message{{Content: "hi"}}, "", `message 1: role "" is not one of "user", "assistant", "system"`},
		{"bad role", []Message{{Role: "user"}, {Role: "bot"}}, "", `message 2: role "bot"`},
		{"bad status", []Message{{Role: "user", Metadata: &MessageMetadata{Status: "busy"}}}, "", `metadata Status "busy"`},
		{"bad duration", []Message{{Role: "user", Metadata: &MessageMetadata{Duration: -1}}}, "", "metadata Duration -1"},
		{"file without app", []Message{{Role: "user", Files: []FileData{{Path: "/tmp/x.png"}}}}, "", "a Chatbot output needs a running app"},
	})
}

// Streaming a growing answer sends one append per token: the text stays one part.
func TestChatbotStreamDiffs(t *testing.T) {
	c := &Chatbot{}
	history := []Message{{Role: "user", Content: "Hi there"}, {Role: "assistant", Content: "You"}}
	prev := chatGeneric(t, c, history)
	for _, tok := range []string{" said:", " Hi", "\n\nthere."} {
		history[1].Content += tok
		next := chatGeneric(t, c, history)
		edits := wire.Diff(prev, next)
		b, _ := json.Marshal(edits)
		want, _ := json.Marshal([]any{[]any{"append", []any{1, "content", 0, "text"}, tok}})
		if string(b) != string(want) {
			t.Errorf("appending %q: edits %s, want %s", tok, b, want)
		}
		prev = next
	}
	// A new message is one add.
	history = append(history, Message{Role: "user", Content: "Bye"})
	edits := wire.Diff(prev, chatGeneric(t, c, history))
	if len(edits) != 1 || edits[0].Action != wire.EditAdd || fmt.Sprint(edits[0].Path) != "[2]" {
		t.Errorf("a new message: edits %+v", edits)
	}
}

func chatGeneric(t *testing.T, c *Chatbot, msgs []Message) any {
	t.Helper()
	v, err := c.Postprocess(context.Background(), msgs)
	if err != nil {
		t.Fatal(err)
	}
	g, err := wire.Generic(v)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestChatbotProps(t *testing.T) {
	// Gradio 6.25's props of a default Chatbot (showcase.config.json), minus "value".
	checkProps(t, &Chatbot{Label: "Chatbot"}, map[string]any{
		"_undoable": false, "_retryable": false, "likeable": false, "_selectable": false, "label": "Chatbot", "show_label": true,
		"container": true, "min_width": 160, "visible": true, "elem_classes": []any{}, "autoscroll": true, "height": 400, "resizable": false,
		"latex_delimiters": []any{map[string]any{"left": "$$", "right": "$$", "display": true}}, "rtl": false,
		"buttons": []any{"share", "copy", "copy_all"}, "avatar_images": []any{nil, nil}, "sanitize_html": true, "render_markdown": true,
		"feedback_options": []any{"Like", "Dislike"}, "line_breaks": true, "allow_file_downloads": true, "group_consecutive_messages": true,
		"allow_tags": true, "like_user_message": false, "value": nil, "examples": nil, "layout": nil, "editable": nil, "placeholder": nil, "feedback_value": nil,
	})
	c := &Chatbot{Value: []Message{{Role: "user", Content: "Hi"}}, Height: 600, Layout: "panel", Editable: "all", Placeholder: "Ask",
		AvatarImages: [2]FileData{{}, {URL: "https://example.com/bot.png"}}, AllowTags: []string{"thinking"}, FeedbackOptions: []string{"Like"},
		Buttons: []string{}, FeedbackValue: []string{"", "Like"}, Examples: []ChatExample{{Text: "Hello", DisplayText: "Say hello", Files: []FileData{{URL: "https://example.com/a.pdf"}}}}}
	c.Like(func(EventData) {}, nil, nil)
	c.Retry(func() {}, nil, nil)
	checkProps(t, c, map[string]any{
		"likeable": true, "_retryable": true, "_undoable": false, "height": 600, "layout": "panel", "editable": "all", "placeholder": "Ask",
		"allow_tags": []any{"thinking"}, "feedback_options": []any{"Like"}, "buttons": []any{}, "feedback_value": []any{nil, "Like"},
		"avatar_images": []any{nil, map[string]any{"path": "https://example.com/bot.png", "url": "https://example.com/bot.png", "size": nil,
			"orig_name": "bot.png", "mime_type": "image/png", "is_stream": false, "meta": map[string]any{"_type": "gradio.FileData"}}},
		"examples": []any{map[string]any{"text": "Hello", "display_text": "Say hello", "files": []any{map[string]any{"path": "https://example.com/a.pdf",
			"url": "https://example.com/a.pdf", "size": nil, "orig_name": "a.pdf", "mime_type": "application/pdf", "is_stream": false,
			"meta": map[string]any{"_type": "gradio.FileData"}}}}},
		"value": []any{map[string]any{"role": "user", "metadata": nil, "content": []any{map[string]any{"text": "Hi", "type": "text"}}, "options": nil}},
	})
	checkProps(t, &Chatbot{AllowTags: []string{}}, map[string]any{"allow_tags": false})
	checkSchema(t, c, strings.ReplaceAll(chatbotSchemaGradio, "~BT~", "`"))
	b, _ := json.Marshal(c.ExampleValue())
	if !jsonEqual(t, string(b), `[{"role": "user", "metadata": null, "content": [{"text": "Hello!", "type": "text"}], "options": null}, {"role": "assistant", "metadata": null, "content": [{"text": "How can I help you?", "type": "text"}], "options": null}]`) {
		t.Errorf("ExampleValue = %s", b)
	}
	if pt := pythonType(c.APISchema()); !strings.HasPrefix(pt, "list[dict(") {
		t.Errorf("python type %q", pt)
	}
}

// chatbotSchemaGradio is Gradio 6.25's Chatbot schema (showcase.config.json), with
// backquotes written ~BT~.
const chatbotSchemaGradio = `{"$defs": {"ComponentMessage": {"properties": {"component": {"title": "Component", "type": "string"}, "value": {"title": "Value"}, "constructor_args": {"title": "Constructor Args", "type": "object"}, "props": {"title": "Props", "type": "object"}, "type": {"const": "component", "default": "component", "title": "Type", "type": "string"}}, "required": ["component", "value", "constructor_args", "props"], "title": "ComponentMessage", "type": "object"}, "FileData": {"description": "The FileData class is a subclass of the GradioModel class that represents a file object within a Gradio interface. It is used to store file data and metadata when a file is uploaded.\n\nAttributes:\n    path: The server file path where the file is stored.\n    url: The normalized server URL pointing to the file.\n    size: The size of the file in bytes.\n    orig_name: The original filename before upload.\n    mime_type: The MIME type of the file.\n    is_stream: Indicates whether the file is a stream.\n    meta: Additional metadata used internally (should not be changed).", "properties": {"path": {"title": "Path", "type": "string"}, "url": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Url"}, "size": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": null, "title": "Size"}, "orig_name": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Orig Name"}, "mime_type": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Mime Type"}, "is_stream": {"default": false, "title": "Is Stream", "type": "boolean"}, "meta": {"$ref": "#/$defs/FileDataMeta"}}, "required": ["path"], "title": "FileData", "type": "object"}, "FileDataMeta": {"properties": {"_type": {"const": "gradio.FileData", "title": "Type", "type": "string"}}, "required": ["_type"], "title": "FileDataMeta", "type": "object"}, "FileMessage": {"properties": {"file": {"$ref": "#/$defs/FileData"}, "alt_text": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Alt Text"}, "type": {"const": "file", "default": "file", "title": "Type", "type": "string"}}, "required": ["file"], "title": "FileMessage", "type": "object"}, "Message": {"properties": {"role": {"title": "Role", "type": "string"}, "metadata": {"anyOf": [{"$ref": "#/$defs/MetadataDict"}, {"type": "null"}], "default": null}, "content": {"items": {"anyOf": [{"$ref": "#/$defs/TextMessage"}, {"$ref": "#/$defs/FileMessage"}, {"$ref": "#/$defs/ComponentMessage"}]}, "title": "Content", "type": "array"}, "options": {"anyOf": [{"items": {"$ref": "#/$defs/OptionDict"}, "type": "array"}, {"type": "null"}], "default": null, "title": "Options"}}, "required": ["role", "content"], "title": "Message", "type": "object"}, "MetadataDict": {"description": "A typed dictionary to represent metadata for a message in the Chatbot component. An\ninstance of this dictionary is used for the ~BT~metadata~BT~ field in a ChatMessage when\nthe chat message should be displayed as a thought.\nParameters:\n    title: The title of the \"thought\" message. Required if the message is to be displayed as a thought.\n    id: The ID of the message. Only used for nested thoughts. Nested thoughts can be nested by setting the parent_id to the id of the parent thought.\n    parent_id: The ID of the parent message. Only used for nested thoughts.\n    log: A string message to display next to the thought title in a subdued font.\n    duration: The duration of the message in seconds. Appears next to the thought title in a subdued font inside a parentheses.\n    status: if set to ~BT~\"pending\"~BT~, a spinner appears next to the thought title and the accordion is initialized open.  If ~BT~status~BT~ is ~BT~\"done\"~BT~, the thought accordion is initialized closed. If ~BT~status~BT~ is not provided, the thought accordion is initialized open and no spinner is displayed.", "properties": {"title": {"title": "Title", "type": "string"}, "id": {"anyOf": [{"type": "integer"}, {"type": "string"}], "title": "Id"}, "parent_id": {"anyOf": [{"type": "integer"}, {"type": "string"}], "title": "Parent Id"}, "log": {"title": "Log", "type": "string"}, "duration": {"title": "Duration", "type": "number"}, "status": {"enum": ["pending", "done"], "title": "Status", "type": "string"}}, "title": "MetadataDict", "type": "object"}, "OptionDict": {"description": "A typed dictionary to represent an option in a ChatMessage. A list of these\ndictionaries is used for the ~BT~options~BT~ field in a ChatMessage.\nParameters:\n    value: The value to return when the option is selected.\n    label: The text to display in the option, if different from the value.", "properties": {"value": {"title": "Value", "type": "string"}, "label": {"title": "Label", "type": "string"}}, "required": ["value"], "title": "OptionDict", "type": "object"}, "TextMessage": {"properties": {"text": {"title": "Text", "type": "string"}, "type": {"const": "text", "default": "text", "title": "Type", "type": "string"}}, "required": ["text"], "title": "TextMessage", "type": "object"}}, "items": {"$ref": "#/$defs/Message"}, "title": "ChatbotDataMessages", "type": "array", "additional_description": null}`

func TestChatbotValidate(t *testing.T) {
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero":       {&Chatbot{}, ""},
		"full":       {&Chatbot{Layout: "bubble", Editable: "user", Buttons: []string{"copy"}, Value: []Message{{Role: "system", Content: "x"}}}, ""},
		"layout":     {&Chatbot{Layout: "grid"}, `Layout "grid" is not one of bubble, panel`},
		"editable":   {&Chatbot{Editable: "assistant"}, `Editable "assistant" is not one of user, all`},
		"buttons":    {&Chatbot{Buttons: []string{"download"}}, `Buttons: "download" is not one of share, copy, copy_all`},
		"height":     {&Chatbot{Height: -1}, "must not be negative"},
		"value role": {&Chatbot{Value: []Message{{Content: "x"}}}, `Value: message 1: role ""`},
		"example":    {&Chatbot{Examples: []ChatExample{{}}}, "Examples[0] has no Text"},
		"latex":      {&Chatbot{LatexDelimiters: []LatexDelimiter{{Right: "$"}}}, "needs both Left and Right"},
	})
}

// A streaming chat handler: the queue stream carries the full conversation first,
// then one append per token, then the full conversation again.
func TestChatbotStreamEndToEnd(t *testing.T) {
	chat, box := &Chatbot{Label: "Chat"}, &Textbox{Label: "Message"}
	tokens := []string{"You", " said:", " Hi", " there."}
	box.Submit(func(text string, history []Message) iter.Seq[[]Message] {
		return func(yield func([]Message) bool) {
			history = append(history, Message{Role: "user", Content: text}, Message{Role: "assistant"})
			for _, tok := range tokens {
				history[len(history)-1].Content += tok
				if !yield(history) {
					return
				}
			}
		}
	}, In(box, chat), Out(chat), EventOptions{APIName: "respond"})
	app, err := (&Blocks{Children: []Component{chat, box}}).Build(WithTempDir(t.TempDir()), WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()
	resp, err := srv.Client().Post(srv.URL+"/gradio_api/queue/join", "application/json",
		strings.NewReader(`{"data":["Hi there",[]],"event_data":null,"fn_index":0,"trigger_id":null,"session_hash":"chat1"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("join: %s", resp.Status)
	}
	resp, err = srv.Client().Get(srv.URL + "/gradio_api/queue/data?session_hash=chat1")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var generating []string
	var completed string
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "data: ")
		if !ok {
			continue
		}
		var m struct {
			Msg    string `json:"msg"`
			Output struct {
				Data json.RawMessage `json:"data"`
			} `json:"output"`
		}
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		switch m.Msg {
		case "process_generating":
			generating = append(generating, string(m.Output.Data))
		case "process_completed":
			completed = string(m.Output.Data)
		}
		if m.Msg == "close_stream" {
			break
		}
	}
	first := `[[{"role":"user","metadata":null,"content":[{"text":"Hi there","type":"text"}],"options":null},{"role":"assistant","metadata":null,"content":[{"text":"You","type":"text"}],"options":null}]]`
	if len(generating) != len(tokens) || generating[0] != first {
		t.Fatalf("generating messages:\n%s\nwant %d, the first %s", strings.Join(generating, "\n"), len(tokens), first)
	}
	for i, tok := range tokens[1:] {
		want := `[[["append",[1,"content",0,"text"],` + jsonString(tok) + `]]]`
		if generating[i+1] != want {
			t.Errorf("diff %d = %s, want %s", i+1, generating[i+1], want)
		}
	}
	if want := strings.Replace(first, `"You"`, `"You said: Hi there."`, 1); completed != want {
		t.Errorf("completed = %s, want %s", completed, want)
	}
}

func FuzzChatbotPreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	_ = cache
	for _, s := range []string{
		`[{"role":"user","metadata":null,"content":[{"text":"Hello!","type":"text"}],"options":null}]`,
		`[{"role":"assistant","content":[{"type":"file","file":` + fileJSON(cached) + `}],"metadata":{"title":"t","id":1,"duration":2},"options":[{"value":"v"}]}]`,
		`null`, `[]`, `[{"role":"user","content":"hi"}]`, `[{"role":"x","content":[]}]`, `[{"role":"user","content":[{"type":"component"}]}]`,
	} {
		f.Add(s)
	}
	c := &Chatbot{}
	f.Fuzz(func(t *testing.T, payload string) {
		skipURLs(t, payload)
		v, err := c.Preprocess(ctx, json.RawMessage(payload))
		if err != nil {
			return
		}
		msgs := v.([]Message)
		for _, m := range msgs {
			if m.Role != "user" && m.Role != "assistant" && m.Role != "system" {
				t.Fatalf("accepted role %q", m.Role)
			}
			for _, fd := range m.Files {
				if _, err := os.Stat(fd.Path); err != nil {
					t.Fatalf("accepted a file that is not there: %+v", fd)
				}
			}
		}
		// Whatever is accepted can be shown.
		if _, err := c.Postprocess(ctx, msgs); err != nil {
			t.Fatalf("Postprocess of accepted %q: %v", payload, err)
		}
	})
}

func ExampleChatbot() {
	chat := &Chatbot{Label: "Assistant", Placeholder: "Ask me anything"}
	box := &Textbox{Placeholder: "Type a message"}
	box.Submit(func(text string, history []Message) iter.Seq[[]Message] {
		return func(yield func([]Message) bool) {
			history = append(history, Message{Role: "user", Content: text}, Message{Role: "assistant"})
			for _, word := range strings.Fields("You said: " + text) {
				history[len(history)-1].Content += word + " "
				if !yield(history) {
					return
				}
			}
		}
	}, In(box, chat), Out(chat))
}

// The generic form a conversation builds for stream diffs is exactly what a JSON round
// trip of its wire form gives.
func TestMessagesGenericJSON(t *testing.T) {
	dur := 1.5
	msgs := []Message{
		{Role: "user", Content: "hi <b>there</b> \u2028"},
		{Role: "assistant", Content: "", Metadata: &MessageMetadata{Title: "Thinking", Duration: dur, Status: "done"}},
		{Role: "assistant", Content: "pick", Options: []MessageOption{{Value: "a"}, {Value: "b", Label: "B"}}},
		{Role: "assistant", Content: "see", Files: []FileData{{URL: "https://example.com/cat.png"}}},
	}
	w, err := encodeMessages(context.Background(), msgs, true)
	if err != nil {
		t.Fatal(err)
	}
	got, err := w.GenericJSON()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal([]messageWire(w))
	var want any
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		gb, _ := json.Marshal(got)
		t.Errorf("generic form\n%s\nwant\n%s", gb, b)
	}
}
