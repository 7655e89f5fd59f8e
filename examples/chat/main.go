// Command chat is a chat app: a multimodal textbox feeds a Chatbot whose answer streams
// in word by word, after a collapsible "thought". Retry, undo and like work as in any
// LLM chat page. The "model" only describes what it was sent; the demos of real models
// live elsewhere.
//
//	go run ./examples/chat   # then open http://127.0.0.1:7860
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
	chat := &gradio.Chatbot{
		Label:       "Chat",
		Layout:      "panel",
		Placeholder: "**Say something**, or attach a file.",
		Editable:    "user",
		Height:      480,
	}
	box := &gradio.MultimodalTextbox{Placeholder: "Message", FileCount: "multiple", ShowLabel: gradio.False}

	// Submitting adds the user's message and clears the box; the answer follows.
	box.Submit(addMessage, gradio.In(chat, box), gradio.Out(chat, box), gradio.EventOptions{APIName: "add", Queue: gradio.False}).
		Then(answer, gradio.In(chat), gradio.Out(chat), gradio.EventOptions{APIName: "answer"})

	// Retry drops the answer to the last user message and streams a new one.
	chat.Retry(func(ctx context.Context, ev gradio.EventData, history []gradio.Message) iter.Seq[[]gradio.Message] {
		return answer(ctx, upTo(history, ev))
	}, gradio.In(chat), gradio.Out(chat), gradio.EventOptions{APIName: "retry"})

	// Undo takes the last user message back into the box.
	chat.Undo(func(ev gradio.EventData, history []gradio.Message) ([]gradio.Message, gradio.MultimodalValue) {
		i, _ := ev.Index.(float64)
		if int(i) < 0 || int(i) >= len(history) {
			return history, gradio.MultimodalValue{}
		}
		m := history[int(i)]
		return history[:int(i)], gradio.MultimodalValue{Text: m.Content, Files: m.Files}
	}, gradio.In(chat), gradio.Out(chat, box), gradio.EventOptions{APIName: "undo", Queue: gradio.False})

	chat.Like(func(ev gradio.EventData) {
		switch {
		case ev.Liked != nil:
			log.Printf("message %v liked: %v", ev.Index, *ev.Liked)
		case ev.Feedback != "":
			log.Printf("message %v: %s", ev.Index, ev.Feedback)
		}
	}, nil, nil, gradio.EventOptions{Queue: gradio.False, APIVisibility: gradio.Private})

	app := &gradio.Blocks{
		Title:    "Chat",
		Children: []gradio.Component{&gradio.Markdown{Value: "# Chat"}, chat, box},
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}

// addMessage appends the user's text and files to the conversation.
func addMessage(history []gradio.Message, in gradio.MultimodalValue) ([]gradio.Message, gradio.MultimodalValue, error) {
	if strings.TrimSpace(in.Text) == "" && len(in.Files) == 0 {
		return nil, in, gradio.Error{Message: "Write a message or attach a file."}
	}
	return append(history, gradio.Message{Role: "user", Content: in.Text, Files: in.Files}), gradio.MultimodalValue{}, nil
}

// upTo returns the conversation up to and including the user message ev points at.
func upTo(history []gradio.Message, ev gradio.EventData) []gradio.Message {
	if i, ok := ev.Index.(float64); ok && int(i) >= 0 && int(i) < len(history) {
		return history[:int(i)+1]
	}
	return history
}

// answer streams a reply to the last user message: a thought that "reads" it, then the
// words of the reply one at a time. Each step yields the whole conversation; the server
// sends only what changed.
func answer(ctx context.Context, history []gradio.Message) iter.Seq[[]gradio.Message] {
	return func(yield func([]gradio.Message) bool) {
		if len(history) == 0 {
			return
		}
		last := history[len(history)-1]
		start := time.Now()
		thought := gradio.Message{Role: "assistant", Content: "Reading the message…",
			Metadata: &gradio.MessageMetadata{Title: "Thinking", Status: "pending"}}
		history = append(history, thought)
		if !yield(history) {
			return
		}
		time.Sleep(300 * time.Millisecond)
		words := strings.Fields(last.Content)
		history[len(history)-1].Content = fmt.Sprintf("%d words, %d files.", len(words), len(last.Files))
		history[len(history)-1].Metadata = &gradio.MessageMetadata{Title: "Thinking", Status: "done", Duration: time.Since(start).Seconds()}

		reply := describe(words, last.Files)
		history = append(history, gradio.Message{Role: "assistant"})
		for _, w := range strings.SplitAfter(reply, " ") {
			history[len(history)-1].Content += w
			if !yield(history) || ctx.Err() != nil {
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
