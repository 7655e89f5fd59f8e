package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/internal/ngram"
	"github.com/gradio-go/gradio/examples/internal/openai"
	"github.com/gradio-go/gradio/gradiotest"
)

// chat builds the app and returns a client of it.
func chat(t *testing.T, client *openai.Client) (*gradio.ChatInterface, *gradiotest.Client) {
	t.Helper()
	ci, err := newApp(client)
	if err != nil {
		t.Fatal(err)
	}
	app, err := ci.Build()
	if err != nil {
		t.Fatal(err)
	}
	return ci, gradiotest.New(app)
}

// stream calls the app's /chat endpoint and returns each text it showed.
func stream(t *testing.T, c *gradiotest.Client, args ...any) ([]string, error) {
	t.Helper()
	steps, err := c.Stream("/chat", args...)
	var texts []string
	for _, s := range steps {
		text, _ := s[0].(string)
		texts = append(texts, text)
	}
	return texts, err
}

// The local model's reply streams in a token at a time, each text the one before with
// a token more; a seed makes it the same every time.
func TestLocalModel(t *testing.T) {
	tokenDelay = 0
	ci, c := chat(t, nil)
	if !strings.Contains(ci.Description, "trigram model") || !strings.HasPrefix(ci.Chatbot.Label, "Local") {
		t.Errorf("description %q and label %q do not say the local model answers", ci.Description, ci.Chatbot.Label)
	}
	texts, err := stream(t, c, "Tell me about Pemberley.", 0.8, 40, 7)
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) < 5 {
		t.Fatalf("%d steps: %q", len(texts), texts)
	}
	final := texts[len(texts)-1]
	for i, text := range texts[1 : len(texts)-1] {
		if len(text) <= len(texts[i]) || len(ngram.Tokens(text)) != len(ngram.Tokens(texts[i]))+1 {
			t.Errorf("step %d %q does not add a token to %q", i+1, text, texts[i])
		}
	}
	if n := len(ngram.Tokens(final)); n > 40 || !strings.Contains(final, "Pemberley") {
		t.Errorf("the reply has %d tokens (want 40 at most) and should be about Pemberley: %q", n, final)
	}
	again, _ := stream(t, gradiotest.New(mustBuild(t, ci)), "Tell me about Pemberley.", 0.8, 40, 7)
	if !slices.Equal(texts, again) {
		t.Errorf("seed 7 twice:\n%q\n%q", final, again[len(again)-1])
	}
}

func mustBuild(t *testing.T, ci *gradio.ChatInterface) *gradio.App {
	t.Helper()
	app, err := ci.Build()
	if err != nil {
		t.Fatal(err)
	}
	return app
}

// With an OpenAI-compatible server, the app sends it the conversation and the options
// and streams its reply; the server's error reaches the user.
func TestRemoteModel(t *testing.T) {
	var got []map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req map[string]any
		_ = json.NewDecoder(r.Body).Decode(&req)
		got = append(got, req)
		msgs, _ := req["messages"].([]any)
		last, _ := msgs[len(msgs)-1].(map[string]any)
		if last["content"] == "fail" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"error":{"message":"Rate limit reached.","type":"requests"}}`)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		for _, piece := range []string{"Good", " day", ", madam."} {
			fmt.Fprintf(w, "data: {\"choices\":[{\"delta\":{\"content\":%q}}]}\n\n", piece)
			w.(http.Flusher).Flush()
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	defer srv.Close()

	ci, c := chat(t, &openai.Client{BaseURL: srv.URL + "/v1", Model: "austen-1"})
	if ci.Chatbot.Label != "austen-1" || !strings.Contains(ci.Description, srv.URL+"/v1/chat/completions") {
		t.Errorf("label %q and description %q do not name the server's model", ci.Chatbot.Label, ci.Description)
	}
	texts, err := stream(t, c, "Hello", 0.5, 30, 3)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Good", "Good day", "Good day, madam.", "Good day, madam."}; !slices.Equal(texts, want) {
		t.Errorf("streamed %q, want %q", texts, want)
	}
	// The second turn carries the first.
	if _, err := stream(t, c, "And you?", 0.5, 30, 0); err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(got[1])
	want := `{"max_tokens":30,"messages":[{"content":"Hello","role":"user"},{"content":"Good day, madam.","role":"assistant"},{"content":"And you?","role":"user"}],"model":"austen-1","stream":true,"temperature":0.5}`
	if string(body) != want {
		t.Errorf("second request %s\nwant %s", body, want)
	}
	if seed := got[0]["seed"]; seed != 3.0 {
		t.Errorf("first request's seed %v, want 3", seed)
	}

	_, err = stream(t, c, "fail", 0.5, 30, 0)
	var ae *gradiotest.AppError
	if !errors.As(err, &ae) || ae.Title != "The model's server" || !strings.Contains(ae.Message, "429 Too Many Requests: Rate limit reached.") {
		t.Errorf("error %v, want the server's", err)
	}
}
