// Command generate is a chat whose replies stream in a word at a time. They come from a
// trigram language model of Jane Austen's Pride and Prejudice, trained when the app
// starts (in a fraction of a second), or, when OPENAI_BASE_URL is set, from any server
// that speaks OpenAI's chat completions API:
//
//	go run ./examples/generate   # then open http://127.0.0.1:7860
//
//	OPENAI_BASE_URL=http://127.0.0.1:11434/v1 OPENAI_MODEL=llama3.2 go run ./examples/generate
//	OPENAI_BASE_URL=https://api.openai.com/v1 OPENAI_API_KEY=sk-... OPENAI_MODEL=gpt-4o-mini go run ./examples/generate
//
// The app is a ChatInterface: the chat, the temperature, seed and length controls, the
// examples, retry, undo, stop and the /chat API endpoint come from the few lines in
// main. `go run ./examples/generate/perplexity` measures the local model.
package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/internal/ngram"
	"github.com/gradio-go/gradio/examples/internal/openai"
)

func main() {
	client, err := openai.FromEnv()
	if err != nil {
		log.Fatal(err)
	}
	app, err := newApp(client)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("generate: %s", app.Chatbot.Label)
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}

// newApp returns the chat: answered by the OpenAI-compatible server client talks to,
// or by the local model (trained here) when client is nil. The description and the
// chat's label say which.
func newApp(client *openai.Client) (*gradio.ChatInterface, error) {
	var fn any
	var model, description string
	if client != nil {
		fn, model = (&remote{client}).respond, or(client.Model, "the server's default model")
		description = fmt.Sprintf("Replies come from **%s** at `%s`, an OpenAI-compatible server (`OPENAI_BASE_URL`). Unset `OPENAI_BASE_URL` to chat with the local trigram model instead.",
			model, client.Endpoint())
	} else {
		start := time.Now()
		bot, err := ngram.NewBot(ngram.Book(), 3)
		if err != nil {
			return nil, err
		}
		took := time.Since(start)
		m := bot.Model()
		fn, model = (&local{bot, tokenDelay}).respond, "Local trigram model of Pride and Prejudice"
		description = fmt.Sprintf("Replies come from a **trigram model of Jane Austen's *Pride and Prejudice***, trained as the app started: %s words and marks, %s different ones, in %d ms. "+
			"It writes a sentence around a word of your message, then goes on as it pleases. Set `OPENAI_BASE_URL` (with `OPENAI_MODEL` and `OPENAI_API_KEY`) to talk to an OpenAI-compatible server instead.",
			thousands(m.Tokens()), thousands(m.Vocabulary()), took.Milliseconds())
	}
	return &gradio.ChatInterface{
		Fn:          fn,
		Title:       "Generate",
		Description: description,
		Chatbot:     &gradio.Chatbot{Label: model, Height: 440, Placeholder: "**Ask something**, or pick an example."},
		AdditionalInputs: []gradio.Component{
			&gradio.Slider{Label: "Temperature", Minimum: 0.1, Maximum: 1.5, Step: 0.05, Value: 0.8, Info: "Lower is more predictable."},
			&gradio.Slider{Label: "Max tokens", Minimum: 10, Maximum: 200, Step: 10, Value: 80},
			&gradio.Number{Label: "Seed", Placeholder: "random", Info: "The same seed gives the same reply (empty or 0: a new one each time)."},
		},
		Examples: []gradio.ChatExample{
			{Text: "What do you think of Mr. Darcy?"},
			{Text: "Tell me about the ball at Netherfield."},
			{Text: "Is Pemberley a fine house?"},
		},
		Event: gradio.EventOptions{APIName: "chat", ParamNames: []string{"temperature", "max_tokens", "seed"}},
	}, nil
}

// tokenDelay is the local model's pause between tokens, to read them come in as from
// a large model (the n-gram model itself writes a reply in a few milliseconds).
var tokenDelay = 25 * time.Millisecond

// local answers with the n-gram model.
type local struct {
	bot   *ngram.Bot
	delay time.Duration // between tokens, to read them come in
}

// respond streams the model's reply, the whole text so far each time.
func (l *local) respond(ctx context.Context, message string, _ []gradio.Message, temperature float64, maxTokens int, seed int) iter.Seq[string] {
	s := uint64(seed)
	if s == 0 {
		s = rand.Uint64()
	}
	return func(yield func(string) bool) {
		var toks []string
		for tok := range l.bot.Reply(message, ngram.Options{Temperature: temperature, MaxTokens: maxTokens, Seed: s}) {
			toks = append(toks, tok)
			if !yield(ngram.Detokenize(toks)) {
				return
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(l.delay):
			}
		}
	}
}

// remote answers with an OpenAI-compatible server.
type remote struct{ client *openai.Client }

// respond sends the conversation and streams the server's reply, the whole text so far
// each time. A failure is shown to the user, with the server's message.
func (r *remote) respond(ctx context.Context, message string, history []gradio.Message, temperature float64, maxTokens int, seed int) iter.Seq2[string, error] {
	req := openai.Request{Temperature: &temperature, MaxTokens: maxTokens}
	if seed != 0 {
		s := int64(seed)
		req.Seed = &s
	}
	for _, m := range history {
		if m.Metadata == nil && m.Content != "" && (m.Role == "user" || m.Role == "assistant") {
			req.Messages = append(req.Messages, openai.Message{Role: m.Role, Content: m.Content})
		}
	}
	req.Messages = append(req.Messages, openai.Message{Role: "user", Content: message})
	return func(yield func(string, error) bool) {
		text := ""
		for piece, err := range r.client.Stream(ctx, req) {
			if err != nil {
				if !errors.Is(err, context.Canceled) {
					yield(text, gradio.Error{Title: "The model's server", Message: err.Error()})
				}
				return
			}
			text += piece
			if !yield(text, nil) {
				return
			}
		}
	}
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
