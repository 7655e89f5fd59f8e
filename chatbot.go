package gradio

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Message is one message of a Chatbot conversation.
type Message struct {
	// Role is "user", "assistant" or "system".
	Role string
	// Content is the message's text, in Markdown. As in Gradio, returned text is
	// dedented (see Markdown). A received message whose content has several text parts
	// gets them joined by blank lines.
	Content string
	// Files are attachments (images, audio and video are shown inline, other files as
	// links), shown after the text. Received files are in the app's file cache; returned
	// ones are served as File outputs are.
	Files []FileData
	// Metadata, when set, shows the message as a collapsible "thought" (a tool call, a
	// reasoning step) titled Metadata.Title.
	Metadata *MessageMetadata
	// Options are buttons shown under the message; clicking one fires OptionSelect.
	Options []MessageOption
}

// MessageMetadata turns a Message into a collapsible thought.
type MessageMetadata struct {
	// Title is the thought's heading; a thought needs one to be shown as such.
	Title string
	// ID names the thought, and ParentID nests it under another thought.
	ID, ParentID string
	// Log is shown next to the title, in a subdued font.
	Log string
	// Duration, in seconds, is shown next to the title when positive.
	Duration float64
	// Status is "pending" (a spinner; the thought starts open), "done" (it starts
	// closed), or empty (it starts open, without a spinner).
	Status string
}

// MessageOption is a button under a Message.
type MessageOption struct {
	// Value is what OptionSelect receives.
	Value string
	// Label is the button's text; empty means Value.
	Label string
}

// ChatExample is an example shown in an empty Chatbot; clicking it fires
// ExampleSelect.
type ChatExample struct {
	// Text is the message the example stands for; DisplayText, when set, is shown
	// instead.
	Text, DisplayText string
	// Icon is an image shown in the example's box; the zero FileData means none.
	Icon FileData
	// Files are attachments of the example's message.
	Files []FileData
	// AdditionalInputs, in a ChatInterface, are values for its AdditionalInputs (one
	// each, in the Go form a handler returns; nil leaves one as it is), set when the
	// example is clicked, before it is answered. A Chatbot alone ignores them.
	AdditionalInputs []any
}

// LatexDelimiter marks LaTeX in Markdown text: text between Left and Right is
// rendered as a formula, on its own line when Display is set.
type LatexDelimiter struct {
	Left, Right string
	Display     bool
}

// latexProps is the wire form of delimiters; nil means Gradio's default, $$...$$.
func latexProps(d []LatexDelimiter) []map[string]any {
	if d == nil {
		return []map[string]any{{"left": "$$", "right": "$$", "display": true}}
	}
	out := make([]map[string]any, len(d))
	for i, l := range d {
		out[i] = map[string]any{"left": l.Left, "right": l.Right, "display": l.Display}
	}
	return out
}

func checkLatex(d []LatexDelimiter) error {
	for i, l := range d {
		if l.Left == "" || l.Right == "" {
			return fmt.Errorf("LatexDelimiters[%d] needs both Left and Right", i)
		}
	}
	return nil
}

// Chatbot shows a conversation: a list of messages from the user and the assistant,
// rendered as Markdown, with attachments. Its value is a []Message. A handler that
// streams the conversation (returning iter.Seq[[]Message]) sends only what changed:
// growing the last message's Content sends the new text alone.
type Chatbot struct {
	Events
	// Value is the initial conversation.
	Value []Message
	// Height is the component's height in pixels; 0 means 400. MinHeight and MaxHeight
	// bound it when positive.
	Height, MinHeight, MaxHeight int
	// Resizable lets the user resize the component.
	Resizable bool
	// Layout is "bubble" (the default: speech bubbles on alternating sides) or "panel"
	// (a column, as LLM chat apps show it).
	Layout string
	// Placeholder is shown (as Markdown) while there are no messages.
	Placeholder string
	// Examples are shown while there are no messages.
	Examples []ChatExample
	// Editable lets the user edit messages: "user" (their own) or "all"; empty means
	// none.
	Editable string
	// AvatarImages are the pictures of the user and of the assistant; the zero
	// FileData means none. Give a URL, or a Path the app serves (see WithAllowedPaths).
	AvatarImages [2]FileData
	// SanitizeHTML removes unsafe HTML from messages; it defaults to True.
	SanitizeHTML Bool
	// RenderMarkdown renders messages as Markdown; it defaults to True.
	RenderMarkdown Bool
	// LineBreaks turns single newlines into line breaks; it defaults to True.
	LineBreaks Bool
	// LatexDelimiters mark LaTeX; nil means $$...$$, an empty slice turns LaTeX off.
	LatexDelimiters []LatexDelimiter
	// AllowTags are the non-standard HTML tags (such as "thinking") kept in messages
	// while sanitizing; nil keeps every such tag, an empty slice none.
	AllowTags []string
	// FeedbackOptions are the reactions offered on assistant messages when there is a
	// Like listener: "Like" and "Dislike" show as thumbs, others under a flag. Nil
	// means Like and Dislike.
	FeedbackOptions []string
	// FeedbackValue is the reaction shown as given on each assistant message, in order
	// ("Like", "Dislike" or another of FeedbackOptions; empty for none).
	FeedbackValue []string
	// LikeUserMessage offers the reactions on user messages too.
	LikeUserMessage bool
	// Buttons are "share", "copy" (on each message) and "copy_all"; nil means all three.
	Buttons []string
	// Watermark is appended to copied messages.
	Watermark string
	// GroupConsecutiveMessages shows consecutive messages of one role in one bubble;
	// it defaults to True.
	GroupConsecutiveMessages Bool
	// AllowFileDownloads adds a download button to media in messages; it defaults to
	// True.
	AllowFileDownloads Bool
	// Autoscroll scrolls to the newest message; it defaults to True.
	Autoscroll Bool
	RTL        bool

	Label       string
	ShowLabel   Bool
	Container   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

var (
	chatRoles   = []string{"user", "assistant", "system"}
	chatButtons = []string{"share", "copy", "copy_all"}
	messageList = reflect.TypeFor[[]Message]()
)

// The events of a Chatbot that Gradio announces in its props.
const (
	eventLike  = "like"
	eventRetry = "retry"
	eventUndo  = "undo"
)

func (c *Chatbot) Kind() string { return "chatbot" }

func (c *Chatbot) Props() map[string]any {
	p := common{c.Label, "", c.ShowLabel, c.Container, c.Scale, c.MinWidth, c.Visible, Unset, c.ElemID, c.ElemClasses}.into(props{})
	p["_undoable"] = hasListener(&c.Events, c, eventUndo)
	p["_retryable"] = hasListener(&c.Events, c, eventRetry)
	p["likeable"] = hasListener(&c.Events, c, eventLike)
	p["_selectable"] = hasListener(&c.Events, c, EventSelect)
	p["autoscroll"] = c.Autoscroll.or(true)
	p["height"] = orInt(c.Height, 400)
	if c.MinHeight > 0 {
		p["min_height"] = c.MinHeight
	}
	if c.MaxHeight > 0 {
		p["max_height"] = c.MaxHeight
	}
	p["resizable"] = c.Resizable
	p.str("editable", c.Editable)
	p["latex_delimiters"] = latexProps(c.LatexDelimiters)
	p["rtl"] = c.RTL
	p["buttons"] = orList(c.Buttons, chatButtons)
	p.str("watermark", c.Watermark)
	avatars := []any{nil, nil}
	for i, fd := range c.AvatarImages {
		if !fd.IsZero() {
			avatars[i] = staticFile(fd)
		}
	}
	p["avatar_images"] = avatars
	p["sanitize_html"] = c.SanitizeHTML.or(true)
	p["render_markdown"] = c.RenderMarkdown.or(true)
	p["feedback_options"] = orList(c.FeedbackOptions, []string{"Like", "Dislike"})
	if c.FeedbackValue != nil {
		fv := make([]any, len(c.FeedbackValue))
		for i, v := range c.FeedbackValue {
			if v != "" {
				fv[i] = v
			}
		}
		p["feedback_value"] = fv
	}
	p["line_breaks"] = c.LineBreaks.or(true)
	p.str("layout", c.Layout)
	p.str("placeholder", c.Placeholder)
	if c.Examples != nil {
		ex := make([]map[string]any, len(c.Examples))
		for i, e := range c.Examples {
			m := map[string]any{}
			if e.Text != "" {
				m["text"] = e.Text
			}
			if e.DisplayText != "" {
				m["display_text"] = e.DisplayText
			}
			if !e.Icon.IsZero() {
				m["icon"] = staticFile(e.Icon)
			}
			if e.Files != nil {
				fs := make([]any, len(e.Files))
				for j, fd := range e.Files {
					fs[j] = staticFile(fd)
				}
				m["files"] = fs
			}
			ex[i] = m
		}
		p["examples"] = ex
	}
	p["allow_file_downloads"] = c.AllowFileDownloads.or(true)
	p["group_consecutive_messages"] = c.GroupConsecutiveMessages.or(true)
	if c.AllowTags == nil {
		p["allow_tags"] = true
	} else if len(c.AllowTags) == 0 {
		p["allow_tags"] = false
	} else {
		p["allow_tags"] = c.AllowTags
	}
	p["like_user_message"] = c.LikeUserMessage
	if len(c.Value) > 0 {
		if v, err := encodeMessages(context.Background(), c.Value, true); err == nil {
			p["value"] = v
		}
	}
	return p
}

func (c *Chatbot) Validate() error {
	switch {
	case c.Height < 0 || c.MinHeight < 0 || c.MaxHeight < 0:
		return fmt.Errorf("Height (%d), MinHeight (%d) and MaxHeight (%d) must not be negative", c.Height, c.MinHeight, c.MaxHeight)
	case c.Layout != "" && c.Layout != "bubble" && c.Layout != "panel":
		return fmt.Errorf("Layout %q is not one of bubble, panel", c.Layout)
	case c.Editable != "" && c.Editable != "user" && c.Editable != "all":
		return fmt.Errorf("Editable %q is not one of user, all", c.Editable)
	}
	if err := checkOneOf("Buttons", c.Buttons, chatButtons); err != nil {
		return err
	}
	if err := checkLatex(c.LatexDelimiters); err != nil {
		return err
	}
	for i, e := range c.Examples {
		if e.Text == "" && e.DisplayText == "" && len(e.Files) == 0 {
			return fmt.Errorf("Examples[%d] has no Text, DisplayText or Files", i)
		}
	}
	if _, err := encodeMessages(context.Background(), c.Value, true); err != nil {
		return fmt.Errorf("Value: %w", err)
	}
	return nil
}

func (c *Chatbot) ValueType() reflect.Type { return messageList }

func (c *Chatbot) rules() fileRules { return fileRules{what: "a Chatbot"} }

const messageShape = `{"role": "user"|"assistant"|"system", "content": [{"type": "text", "text": ...} or {"type": "file", "file": <a file>}, ...]}`

// Preprocess decodes the conversation. Every message needs a known role; its text
// parts are joined into Content and its file parts, which must be files uploaded to
// or produced by this app, become Files. Component parts are refused. Null gives an
// empty conversation.
func (c *Chatbot) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	if isNull(p) {
		return []Message{}, nil
	}
	var items []json.RawMessage
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &items) != nil {
		return nil, fmt.Errorf("expected an array of messages, each %s; got %s", messageShape, jsonKindOf(p))
	}
	out := make([]Message, len(items))
	for i, item := range items {
		m, err := c.decodeMessage(ctx, item)
		if err != nil {
			return nil, fmt.Errorf("message %d: %w", i+1, err)
		}
		out[i] = m
	}
	return out, nil
}

func (c *Chatbot) decodeMessage(ctx context.Context, p json.RawMessage) (Message, error) {
	var raw struct {
		Role     json.RawMessage `json:"role"`
		Content  json.RawMessage `json:"content"`
		Metadata json.RawMessage `json:"metadata"`
		Options  json.RawMessage `json:"options"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return Message{}, fmt.Errorf("expected an object %s, got %s", messageShape, jsonKindOf(p))
	}
	var m Message
	if jsonKindOf(raw.Role) != "a string" || json.Unmarshal(raw.Role, &m.Role) != nil {
		return Message{}, fmt.Errorf(`"role" must be one of "user", "assistant", "system"; got %s`, jsonKindOf(raw.Role))
	}
	if !slices.Contains(chatRoles, m.Role) {
		return Message{}, fmt.Errorf(`role %q is not one of "user", "assistant", "system"`, m.Role)
	}
	var texts []string
	switch jsonKindOf(raw.Content) {
	case "a string":
		var s string
		_ = json.Unmarshal(raw.Content, &s)
		texts = append(texts, s)
	case "an array":
		var parts []json.RawMessage
		if json.Unmarshal(raw.Content, &parts) != nil {
			return Message{}, errors.New(`"content" must be an array of parts`)
		}
		for j, part := range parts {
			text, fd, err := c.decodePart(ctx, part)
			if err != nil {
				return Message{}, fmt.Errorf("content part %d: %w", j+1, err)
			}
			if fd != nil {
				m.Files = append(m.Files, *fd)
			} else {
				texts = append(texts, text)
			}
		}
	default:
		return Message{}, fmt.Errorf(`"content" must be an array of parts, got %s`, jsonKindOf(raw.Content))
	}
	m.Content = strings.Join(texts, "\n\n")
	var err error
	if m.Metadata, err = decodeMetadata(raw.Metadata); err != nil {
		return Message{}, err
	}
	if m.Options, err = decodeOptions(raw.Options); err != nil {
		return Message{}, err
	}
	return m, nil
}

// decodePart decodes one content part: its text, or its file.
func (c *Chatbot) decodePart(ctx context.Context, p json.RawMessage) (string, *FileData, error) {
	var raw struct {
		Type    *string         `json:"type"`
		Text    json.RawMessage `json:"text"`
		File    json.RawMessage `json:"file"`
		AltText json.RawMessage `json:"alt_text"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return "", nil, fmt.Errorf(`expected an object {"type": "text", "text": ...} or {"type": "file", "file": <a file>}, got %s`, jsonKindOf(p))
	}
	kind := ""
	switch {
	case raw.Type != nil:
		kind = *raw.Type
	case raw.Text != nil:
		kind = "text"
	case raw.File != nil:
		kind = "file"
	}
	switch kind {
	case "text":
		var s string
		if jsonKindOf(raw.Text) != "a string" || json.Unmarshal(raw.Text, &s) != nil {
			return "", nil, fmt.Errorf(`a text part's "text" must be a string, got %s`, jsonKindOf(raw.Text))
		}
		return s, nil, nil
	case "file":
		if k := jsonKindOf(raw.AltText); k != "nothing" && k != "null" && k != "a string" {
			return "", nil, fmt.Errorf(`a file part's "alt_text" must be a string or null, got %s`, k)
		}
		fd, err := decodeFile(ctx, raw.File, c.rules())
		if err != nil {
			return "", nil, err
		}
		return "", &fd, nil
	case "component":
		return "", nil, errors.New(`"component" parts are not supported; send text and files`)
	}
	return "", nil, fmt.Errorf(`unknown part type %q: expected "text" or "file"`, kind)
}

func decodeMetadata(p json.RawMessage) (*MessageMetadata, error) {
	if isNull(p) {
		return nil, nil
	}
	var raw struct {
		Title, Log, Status json.RawMessage
		ID                 json.RawMessage `json:"id"`
		ParentID           json.RawMessage `json:"parent_id"`
		Duration           json.RawMessage `json:"duration"`
	}
	if jsonKindOf(p) != "an object" || json.Unmarshal(p, &raw) != nil {
		return nil, fmt.Errorf(`"metadata" must be an object or null, got %s`, jsonKindOf(p))
	}
	md := &MessageMetadata{}
	var err error
	str := func(name string, v json.RawMessage, numOK bool) string {
		if err != nil || isNull(v) {
			return ""
		}
		switch jsonKindOf(v) {
		case "a string":
			var s string
			_ = json.Unmarshal(v, &s)
			return s
		case "a number":
			if numOK {
				var f float64
				if e := json.Unmarshal(v, &f); e == nil {
					return fmtNum(f)
				}
			}
		}
		if numOK {
			err = fmt.Errorf("metadata %q must be a string or a number, got %s", name, jsonKindOf(v))
		} else {
			err = fmt.Errorf("metadata %q must be a string, got %s", name, jsonKindOf(v))
		}
		return ""
	}
	md.Title, md.Log, md.Status = str("title", raw.Title, false), str("log", raw.Log, false), str("status", raw.Status, false)
	md.ID, md.ParentID = str("id", raw.ID, true), str("parent_id", raw.ParentID, true)
	if err != nil {
		return nil, err
	}
	if md.Status != "" && md.Status != "pending" && md.Status != "done" {
		return nil, fmt.Errorf(`metadata "status" %q is not one of "pending", "done"`, md.Status)
	}
	if !isNull(raw.Duration) {
		if md.Duration, err = decodeNumber(raw.Duration); err != nil {
			return nil, fmt.Errorf(`metadata "duration": %w`, err)
		}
	}
	return md, nil
}

func decodeOptions(p json.RawMessage) ([]MessageOption, error) {
	if isNull(p) {
		return nil, nil
	}
	var raw []struct {
		Value *string `json:"value"`
		Label *string `json:"label"`
	}
	if jsonKindOf(p) != "an array" || json.Unmarshal(p, &raw) != nil {
		return nil, fmt.Errorf(`"options" must be an array of {"value": <a string>, "label": <a string>} or null, got %s`, jsonKindOf(p))
	}
	out := make([]MessageOption, len(raw))
	for i, o := range raw {
		if o.Value == nil {
			return nil, fmt.Errorf(`option %d has no "value"`, i+1)
		}
		out[i].Value = *o.Value
		if o.Label != nil {
			out[i].Label = *o.Label
		}
	}
	return out, nil
}

// Postprocess sends the conversation. Every message needs a known role. A message's
// Content becomes one text part (dedented, as Gradio does), followed by one file part
// per file; a message with neither still has an empty text part, which later text
// extends. nil clears the conversation.
func (c *Chatbot) Postprocess(ctx context.Context, v any) (any, error) {
	msgs, _ := v.([]Message)
	return encodeMessages(ctx, msgs, false)
}

// APISchema is Gradio's ChatbotDataMessages schema.
func (c *Chatbot) APISchema() map[string]any {
	s := schemaJSON(chatbotSchemaJSON)
	defs := s["$defs"].(map[string]any)
	for k, v := range fileDefs() {
		defs[k] = v
	}
	return s
}

// chatbotSchemaJSON is Gradio's schema without the FileData definitions (fileDefs).
const chatbotSchemaJSON = `{"$defs": {"ComponentMessage": {"properties": {"component": {"title": "Component", "type": "string"}, "value": {"title": "Value"}, "constructor_args": {"title": "Constructor Args", "type": "object"}, "props": {"title": "Props", "type": "object"}, "type": {"const": "component", "default": "component", "title": "Type", "type": "string"}}, "required": ["component", "value", "constructor_args", "props"], "title": "ComponentMessage", "type": "object"}, "FileMessage": {"properties": {"file": {"$ref": "#/$defs/FileData"}, "alt_text": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Alt Text"}, "type": {"const": "file", "default": "file", "title": "Type", "type": "string"}}, "required": ["file"], "title": "FileMessage", "type": "object"}, "Message": {"properties": {"role": {"title": "Role", "type": "string"}, "metadata": {"anyOf": [{"$ref": "#/$defs/MetadataDict"}, {"type": "null"}], "default": null}, "content": {"items": {"anyOf": [{"$ref": "#/$defs/TextMessage"}, {"$ref": "#/$defs/FileMessage"}, {"$ref": "#/$defs/ComponentMessage"}]}, "title": "Content", "type": "array"}, "options": {"anyOf": [{"items": {"$ref": "#/$defs/OptionDict"}, "type": "array"}, {"type": "null"}], "default": null, "title": "Options"}}, "required": ["role", "content"], "title": "Message", "type": "object"}, "MetadataDict": {"description": "A typed dictionary to represent metadata for a message in the Chatbot component. An\ninstance of this dictionary is used for the ` + "`metadata`" + ` field in a ChatMessage when\nthe chat message should be displayed as a thought.\nParameters:\n    title: The title of the \"thought\" message. Required if the message is to be displayed as a thought.\n    id: The ID of the message. Only used for nested thoughts. Nested thoughts can be nested by setting the parent_id to the id of the parent thought.\n    parent_id: The ID of the parent message. Only used for nested thoughts.\n    log: A string message to display next to the thought title in a subdued font.\n    duration: The duration of the message in seconds. Appears next to the thought title in a subdued font inside a parentheses.\n    status: if set to ` + "`\\\"pending\\\"`" + `, a spinner appears next to the thought title and the accordion is initialized open.  If ` + "`status`" + ` is ` + "`\\\"done\\\"`" + `, the thought accordion is initialized closed. If ` + "`status`" + ` is not provided, the thought accordion is initialized open and no spinner is displayed.", "properties": {"title": {"title": "Title", "type": "string"}, "id": {"anyOf": [{"type": "integer"}, {"type": "string"}], "title": "Id"}, "parent_id": {"anyOf": [{"type": "integer"}, {"type": "string"}], "title": "Parent Id"}, "log": {"title": "Log", "type": "string"}, "duration": {"title": "Duration", "type": "number"}, "status": {"enum": ["pending", "done"], "title": "Status", "type": "string"}}, "title": "MetadataDict", "type": "object"}, "OptionDict": {"description": "A typed dictionary to represent an option in a ChatMessage. A list of these\ndictionaries is used for the ` + "`options`" + ` field in a ChatMessage.\nParameters:\n    value: The value to return when the option is selected.\n    label: The text to display in the option, if different from the value.", "properties": {"value": {"title": "Value", "type": "string"}, "label": {"title": "Label", "type": "string"}}, "required": ["value"], "title": "OptionDict", "type": "object"}, "TextMessage": {"properties": {"text": {"title": "Text", "type": "string"}, "type": {"const": "text", "default": "text", "title": "Type", "type": "string"}}, "required": ["text"], "title": "TextMessage", "type": "object"}}, "items": {"$ref": "#/$defs/Message"}, "title": "ChatbotDataMessages", "type": "array", "additional_description": null}`

func (c *Chatbot) ExampleValue() any {
	return []any{
		map[string]any{"role": "user", "metadata": nil, "content": []any{map[string]any{"text": "Hello!", "type": "text"}}, "options": nil},
		map[string]any{"role": "assistant", "metadata": nil, "content": []any{map[string]any{"text": "How can I help you?", "type": "text"}}, "options": nil},
	}
}

// Change registers fn to run when the conversation changes, by the user or by a
// handler.
func (c *Chatbot) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventChange, fn, in, out, opts)
}

// Select registers fn to run when the user clicks a message. The handler's EventData
// has the message's Index and Value.
func (c *Chatbot) Select(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventSelect, fn, in, out, opts)
}

// Like registers fn to run when the user reacts to a message; registering it shows
// the FeedbackOptions. The handler's EventData has the message's Index and Value, and
// Liked (true for Like, false for Dislike).
func (c *Chatbot) Like(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, eventLike, fn, in, out, opts)
}

// Retry registers fn to run when the user asks for the last answer again; registering
// it shows the retry button.
func (c *Chatbot) Retry(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, eventRetry, fn, in, out, opts)
}

// Undo registers fn to run when the user takes back their last message; registering
// it shows the undo button.
func (c *Chatbot) Undo(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, eventUndo, fn, in, out, opts)
}

// Edit registers fn to run when the user edits a message (see Editable).
func (c *Chatbot) Edit(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, "edit", fn, in, out, opts)
}

// Copy registers fn to run when the user copies a message.
func (c *Chatbot) Copy(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, "copy", fn, in, out, opts)
}

// Clear registers fn to run when the user clears the conversation.
func (c *Chatbot) Clear(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, EventClear, fn, in, out, opts)
}

// ExampleSelect registers fn to run when the user clicks one of the Examples.
func (c *Chatbot) ExampleSelect(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, "example_select", fn, in, out, opts)
}

// OptionSelect registers fn to run when the user clicks one of a message's Options;
// the handler's EventData.Value is the option's Value.
func (c *Chatbot) OptionSelect(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(c, c, "option_select", fn, in, out, opts)
}

var (
	_ Input        = (*Chatbot)(nil)
	_ Output       = (*Chatbot)(nil)
	_ APIDescriber = (*Chatbot)(nil)
	_ Exampler     = (*Chatbot)(nil)
	_ Validator    = (*Chatbot)(nil)
)
