package gradio

// chatHistory is a ChatInterface's side panel of past conversations (SaveHistory). It
// lives in the browser: the page keeps the conversations in localStorage under
// storageKey, lists them with a "New chat" button, and is kept in step with the chat by
// browser-side listeners (its value is the current conversation, set after every
// answer; picking one fires select with it as the value). The server never sees them.
type chatHistory struct {
	Events
	storageKey string
}

func (h *chatHistory) Kind() string { return "chathistory" }

func (h *chatHistory) Props() map[string]any {
	return map[string]any{"storage_key": h.storageKey, "visible": true, "elem_classes": []string{}}
}

// skipAPI keeps the panel out of the API: it is neither an input nor an output.
func (h *chatHistory) skipAPI() bool { return true }
