// Command chat is a ChatInterface: a message box that takes files feeds a chat whose
// answer streams in word by word, after a collapsible "thought". Retry, undo, editing,
// a stop button, example prompts, likes and a side panel of past conversations (kept in
// the browser across reloads) work as in any LLM chat page. The "model" only describes
// what it was sent; the demos of real models live elsewhere.
//
//	go run ./examples/chat   # then open http://127.0.0.1:7860
//
// API clients call it as /chat, with {"text": ..., "files": [...]} as the message.
package main

import (
	"context"
	"fmt"
	"iter"
	"log"
	"strings"
	"time"

	"github.com/gradio-go/gradio"
)

func main() {
	bot := &gradio.Chatbot{Label: "Chat", Layout: "panel", Height: 480, Placeholder: "**Say something**, or attach a file."}
	bot.Like(func(ev gradio.EventData) {
		if ev.Liked != nil {
			log.Printf("message %v liked: %v", ev.Index, *ev.Liked)
		}
	}, nil, nil, gradio.EventOptions{Queue: gradio.False, APIVisibility: gradio.Private})

	app := &gradio.ChatInterface{
		Fn:          chat, // served as /chat
		Multimodal:  true,
		Chatbot:     bot,
		Title:       "Chat",
		Editable:    true,
		SaveHistory: true,
		Examples:    []gradio.ChatExample{{Text: "Which word is the longest in this sentence?"}, {Text: "Hello there"}},
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}

// chat streams a reply to the message: a thought that "reads" it, then the words of the
// reply one at a time. Each step yields the whole answer so far; only what changed is
// sent.
func chat(ctx context.Context, message gradio.MultimodalValue, history []gradio.Message) iter.Seq[[]gradio.Message] {
	return func(yield func([]gradio.Message) bool) {
		start := time.Now()
		thought := gradio.Message{Content: "Reading the message…", Metadata: &gradio.MessageMetadata{Title: "Thinking", Status: "pending"}}
		if !yield([]gradio.Message{thought}) {
			return
		}
		time.Sleep(300 * time.Millisecond)
		words := strings.Fields(message.Text)
		thought.Content = fmt.Sprintf("%d words, %d files, %d earlier messages.", len(words), len(message.Files), len(history))
		thought.Metadata = &gradio.MessageMetadata{Title: "Thinking", Status: "done", Duration: time.Since(start).Seconds()}
		reply := gradio.Message{}
		for _, w := range strings.SplitAfter(describe(words, message.Files), " ") {
			reply.Content += w
			if !yield([]gradio.Message{thought, reply}) || ctx.Err() != nil {
				return
			}
			time.Sleep(40 * time.Millisecond)
		}
	}
}

func describe(words []string, files []gradio.FileData) string {
	var b strings.Builder
	switch len(words) {
	case 0:
		b.WriteString("You sent no text. ")
	default:
		fmt.Fprintf(&b, "You wrote %d words; the longest is **%s**. ", len(words), longest(words))
	}
	for _, f := range files {
		fmt.Fprintf(&b, "You attached `%s` (%d bytes). ", f.OrigName, f.Size)
	}
	b.WriteString("Try *retry*, *undo*, editing your message, or the thumbs.")
	return b.String()
}

func longest(words []string) string {
	best := ""
	for _, w := range words {
		if len([]rune(w)) > len([]rune(best)) {
			best = w
		}
	}
	return best
}
