package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// sse writes server-sent events as OpenAI does, flushing each.
func sse(w http.ResponseWriter, events ...string) {
	for _, e := range events {
		fmt.Fprint(w, e)
		w.(http.Flusher).Flush()
	}
}

func delta(text string) string {
	b, _ := json.Marshal(text)
	return `data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":` + string(b) + `},"finish_reason":null}]}` + "\n\n"
}

const (
	roleChunk   = `data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}` + "\n\n"
	finishChunk = `data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}` + "\n\n"
	usageChunk  = `data: {"id":"c1","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":3}}` + "\n\n"
	done        = "data: [DONE]\n\n"
)

func streamHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
}

// collect runs a stream to its end: the text, and the error if one came.
func collect(t *testing.T, c *Client, ctx context.Context, req Request) (pieces []string, err error) {
	t.Helper()
	for text, e := range c.Stream(ctx, req) {
		if e != nil {
			if err != nil {
				t.Errorf("a second error after %v: %v", err, e)
			}
			err = e
			continue
		}
		if err != nil {
			t.Errorf("text %q after the error %v", text, err)
		}
		pieces = append(pieces, text)
	}
	return pieces, err
}

func TestStream(t *testing.T) {
	var got body
	var auth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
			http.Error(w, "not here", http.StatusNotFound)
			return
		}
		auth = r.Header.Get("Authorization")
		if err := json.NewDecoder(r.Body).Decode(&got); err != nil {
			t.Error(err)
		}
		streamHeaders(w)
		sse(w, roleChunk, ": keep-alive\n\n", delta("Hello"), delta(", "), "data:"+strings.TrimPrefix(delta("world"), "data: "),
			delta("!\nA second line."), finishChunk, usageChunk, done)
	}))
	defer srv.Close()

	temp, seed := 0.5, int64(7)
	c := &Client{BaseURL: srv.URL + "/v1/", APIKey: "sk-test", Model: "tiny"}
	pieces, err := collect(t, c, context.Background(), Request{
		Messages:    []Message{{"system", "Be brief."}, {"user", "Hi"}},
		Temperature: &temp, MaxTokens: 20, Seed: &seed,
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Hello", ", ", "world", "!\nA second line."}; strings.Join(pieces, "|") != strings.Join(want, "|") {
		t.Errorf("pieces %q, want %q", pieces, want)
	}
	if auth != "Bearer sk-test" {
		t.Errorf("Authorization %q", auth)
	}
	if got.Model != "tiny" || !got.Stream || len(got.Messages) != 2 || got.Messages[1] != (Message{"user", "Hi"}) ||
		got.Temperature == nil || *got.Temperature != 0.5 || got.MaxTokens != 20 || got.Seed == nil || *got.Seed != 7 {
		t.Errorf("request body %+v", got)
	}
}

// Without a key, model or options, the request carries none of them.
func TestStreamMinimalRequest(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var raw map[string]any
		_ = json.NewDecoder(r.Body).Decode(&raw)
		if r.Header.Get("Authorization") != "" || len(raw) != 2 || raw["stream"] != true {
			t.Errorf("Authorization %q, body %v: want no key, and only the messages and stream", r.Header.Get("Authorization"), raw)
		}
		streamHeaders(w)
		sse(w, delta("ok"), done)
	}))
	defer srv.Close()
	pieces, err := collect(t, &Client{BaseURL: srv.URL}, context.Background(), Request{Messages: []Message{{"user", "Hi"}}})
	if err != nil || strings.Join(pieces, "") != "ok" {
		t.Errorf("pieces %q, error %v", pieces, err)
	}
}

func TestStreamErrorResponses(t *testing.T) {
	for _, c := range []struct {
		name, contentType, body string
		status                  int
		want                    APIError
		text                    string
	}{
		{"openai", "application/json", `{"error":{"message":"Incorrect API key provided: sk-bad.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`,
			401, APIError{StatusCode: 401, Message: "Incorrect API key provided: sk-bad.", Type: "invalid_request_error", Code: "invalid_api_key"},
			"openai: the server answered 401 Unauthorized: Incorrect API key provided: sk-bad. (invalid_request_error, invalid_api_key)"},
		{"string error", "application/json", `{"error":"model 'nope' not found"}`,
			404, APIError{StatusCode: 404, Message: "model 'nope' not found"},
			"openai: the server answered 404 Not Found: model 'nope' not found"},
		{"plain text", "text/plain", "upstream connect error\n",
			502, APIError{StatusCode: 502, Message: "upstream connect error"},
			"openai: the server answered 502 Bad Gateway: upstream connect error"},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", c.contentType)
				w.WriteHeader(c.status)
				fmt.Fprint(w, c.body)
			}))
			defer srv.Close()
			pieces, err := collect(t, &Client{BaseURL: srv.URL}, context.Background(), Request{Messages: []Message{{"user", "Hi"}}})
			var ae *APIError
			if !errors.As(err, &ae) {
				t.Fatalf("pieces %q, error %v: want an *APIError", pieces, err)
			}
			if err.Error() != c.text {
				t.Errorf("message %q, want %q", err, c.text)
			}
			got := *ae
			got.Status = ""
			if got != c.want {
				t.Errorf("error %+v, want %+v", got, c.want)
			}
		})
	}
}

// An error event in the middle of a stream ends it, after the text before it.
func TestStreamErrorEvent(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		streamHeaders(w)
		sse(w, delta("Half"), `data: {"error":{"message":"The server is overloaded.","type":"server_error"}}`+"\n\n", delta("never"))
	}))
	defer srv.Close()
	pieces, err := collect(t, &Client{BaseURL: srv.URL}, context.Background(), Request{})
	var ae *APIError
	if strings.Join(pieces, "") != "Half" || !errors.As(err, &ae) || ae.StatusCode != 0 ||
		err.Error() != "openai: the server sent an error in the stream: The server is overloaded. (server_error)" {
		t.Errorf("pieces %q, error %v", pieces, err)
	}
}

// A stream that stops before [DONE] is an error, whether it ends cleanly or the
// connection breaks in the middle of an event; one whose last choice finished is not.
func TestStreamCut(t *testing.T) {
	for _, c := range []struct {
		name    string
		serve   func(w http.ResponseWriter)
		wantErr string
	}{
		{"ended", func(w http.ResponseWriter) { sse(w, delta("One"), delta(" two")) }, ErrTruncated.Error()},
		{"broken", func(w http.ResponseWriter) {
			sse(w, delta("One"), delta(" two"), `data: {"choices":[{"delta":{"con`)
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		}, "openai: reading the stream: unexpected EOF"},
		{"finished without [DONE]", func(w http.ResponseWriter) { sse(w, delta("One"), delta(" two"), finishChunk) }, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				streamHeaders(w)
				c.serve(w)
			}))
			defer srv.Close()
			pieces, err := collect(t, &Client{BaseURL: srv.URL}, context.Background(), Request{})
			if strings.Join(pieces, "") != "One two" {
				t.Errorf("pieces %q", pieces)
			}
			if got := fmt.Sprint(err); c.wantErr == "" && err != nil || c.wantErr != "" && got != c.wantErr {
				t.Errorf("error %v, want %q", err, c.wantErr)
			}
		})
	}
}

// Cancelling the context ends the request: the stream yields an error that wraps
// context.Canceled, and the server sees its request end.
func TestStreamCancel(t *testing.T) {
	serverDone := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer close(serverDone)
		streamHeaders(w)
		for i := 0; ; i++ {
			sse(w, delta(fmt.Sprint(i, " ")))
			select {
			case <-r.Context().Done():
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	var err error
	for text, e := range (&Client{BaseURL: srv.URL}).Stream(ctx, Request{}) {
		if e != nil {
			err = e
			break
		}
		if n++; n == 3 {
			cancel()
		}
		_ = text
	}
	if !errors.Is(err, context.Canceled) || !strings.HasPrefix(err.Error(), "openai: ") {
		t.Errorf("after %d pieces, error %v: want one wrapping context.Canceled", n, err)
	}
	select {
	case <-serverDone:
	case <-time.After(5 * time.Second):
		t.Error("the server's request did not end")
	}
}

// Leaving the loop early closes the connection.
func TestStreamBreak(t *testing.T) {
	serverDone := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer close(serverDone)
		streamHeaders(w)
		for {
			sse(w, delta("more "))
			select {
			case <-r.Context().Done():
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}))
	defer srv.Close()
	for range (&Client{BaseURL: srv.URL}).Stream(context.Background(), Request{}) {
		break
	}
	select {
	case <-serverDone:
	case <-time.After(5 * time.Second):
		t.Error("the server's request did not end")
	}
}

// A server that ignores stream=true and answers with one JSON completion gives its
// text in one piece.
func TestNotStreamed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"choices":[{"index":0,"message":{"role":"assistant","content":"All at once."},"finish_reason":"stop"}]}`)
	}))
	defer srv.Close()
	pieces, err := collect(t, &Client{BaseURL: srv.URL}, context.Background(), Request{})
	if err != nil || strings.Join(pieces, "|") != "All at once." {
		t.Errorf("pieces %q, error %v", pieces, err)
	}
}

func TestUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	_, err := collect(t, &Client{BaseURL: url + "/v1"}, context.Background(), Request{})
	if err == nil || !strings.Contains(err.Error(), url+"/v1/chat/completions") {
		t.Errorf("error %v: want one naming the URL", err)
	}
}

func TestFromEnv(t *testing.T) {
	t.Setenv("OPENAI_BASE_URL", "")
	if c, err := FromEnv(); c != nil || err != nil {
		t.Errorf("without OPENAI_BASE_URL: %v, %v", c, err)
	}
	t.Setenv("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1")
	t.Setenv("OPENAI_API_KEY", "sk-x")
	t.Setenv("OPENAI_MODEL", "llama")
	c, err := FromEnv()
	if err != nil || c.BaseURL != "http://127.0.0.1:8080/v1" || c.APIKey != "sk-x" || c.Model != "llama" || c.Endpoint() != "http://127.0.0.1:8080/v1/chat/completions" {
		t.Errorf("FromEnv = %+v, %v", c, err)
	}
	for _, bad := range []string{"127.0.0.1:8080", "ftp://host/v1", "http://"} {
		t.Setenv("OPENAI_BASE_URL", bad)
		if c, err := FromEnv(); err == nil || !strings.Contains(err.Error(), "OPENAI_BASE_URL") {
			t.Errorf("OPENAI_BASE_URL=%q: %v, %v", bad, c, err)
		}
	}
}
