// Package openai is a small streaming client of the chat completions API that OpenAI
// defined and that many servers copy (llama.cpp's server, Ollama, vLLM, LM Studio...):
// it sends a conversation with stream=true and hands back the reply's text as the
// server's server-sent events bring it.
package openai

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/url"
	"os"
	"strings"
)

// Client talks to one chat completions endpoint. Its zero value is not usable: set
// BaseURL and, for most servers, Model.
type Client struct {
	// BaseURL is the API's root, its version included, as in OpenAI's own SDKs:
	// "https://api.openai.com/v1", "http://127.0.0.1:11434/v1" (Ollama) or
	// "http://127.0.0.1:8080/v1" (llama.cpp). Requests go to BaseURL + "/chat/completions".
	BaseURL string
	// APIKey is sent as a bearer token; "" sends none, as local servers expect.
	APIKey string
	// Model names the model to ask; "" leaves it to the server.
	Model string
	// HTTPClient makes the requests; nil means http.DefaultClient.
	HTTPClient *http.Client
}

// FromEnv returns a client set by the environment variables OPENAI_BASE_URL,
// OPENAI_API_KEY and OPENAI_MODEL, or nil when OPENAI_BASE_URL is not set. It fails
// when OPENAI_BASE_URL is not an http or https URL.
func FromEnv() (*Client, error) {
	base := strings.TrimSpace(os.Getenv("OPENAI_BASE_URL"))
	if base == "" {
		return nil, nil
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("openai: OPENAI_BASE_URL=%q is not an http(s) URL such as http://127.0.0.1:8080/v1", base)
	}
	return &Client{
		BaseURL: base,
		APIKey:  strings.TrimSpace(os.Getenv("OPENAI_API_KEY")),
		Model:   strings.TrimSpace(os.Getenv("OPENAI_MODEL")),
	}, nil
}

// Endpoint is the URL the client posts to.
func (c *Client) Endpoint() string { return strings.TrimRight(c.BaseURL, "/") + "/chat/completions" }

// Message is one message of a conversation.
type Message struct {
	// Role is "system", "user" or "assistant".
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is what to ask; only Messages is required.
type Request struct {
	Messages []Message
	// Temperature, when not nil, is the sampling temperature (0 to 2).
	Temperature *float64
	// MaxTokens, when positive, caps the reply's length in tokens.
	MaxTokens int
	// Seed, when not nil, asks for reproducible sampling where the server supports it.
	Seed *int64
}

// APIError is an answer other than 2xx from the server, with the message its JSON body
// gave, or an error the server sent in the middle of a stream (StatusCode 0).
type APIError struct {
	StatusCode int    // the HTTP status, or 0 for an error inside a stream
	Status     string // as "401 Unauthorized"
	Message    string // the server's message, or the start of its body
	Type, Code string // the error's type and code, when the server gave them
}

func (e *APIError) Error() string {
	var b strings.Builder
	b.WriteString("openai: ")
	if e.StatusCode != 0 {
		b.WriteString("the server answered " + e.Status)
	} else {
		b.WriteString("the server sent an error in the stream")
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if e.Type != "" || e.Code != "" {
		b.WriteString(" (" + strings.Trim(e.Type+", "+e.Code, ", ") + ")")
	}
	return b.String()
}

// ErrTruncated is the error for a stream that ended before its [DONE] line and before
// any choice had a finish_reason: the connection was cut.
var ErrTruncated = errors.New("openai: the stream ended before [DONE]: the connection was cut or the server stopped")

// body is the JSON of a request.
type body struct {
	Model       string    `json:"model,omitempty"`
	Messages    []Message `json:"messages"`
	Stream      bool      `json:"stream"`
	Temperature *float64  `json:"temperature,omitempty"`
	MaxTokens   int       `json:"max_tokens,omitempty"`
	Seed        *int64    `json:"seed,omitempty"`
}

// chunk is one event of a stream, or (Message instead of Delta) a whole answer.
type chunk struct {
	Choices []struct {
		Delta        struct{ Content string } `json:"delta"`
		Message      struct{ Content string } `json:"message"`
		FinishReason *string                  `json:"finish_reason"`
	} `json:"choices"`
	Error json.RawMessage `json:"error"`
}

// Stream sends the request and yields the reply's text a piece at a time, as the
// server streams it, then stops; or yields one error and stops. A server that answers
// with a whole JSON completion instead of a stream gives its text in one piece.
// Cancelling ctx ends the request, and the error wraps ctx's.
func (c *Client) Stream(ctx context.Context, req Request) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		resp, err := c.post(ctx, req)
		if err != nil {
			yield("", err)
			return
		}
		defer resp.Body.Close()
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
			text, err := whole(resp.Body)
			yield(text, err)
			return
		}
		finished := false // a choice had a finish_reason
		done, err := events(resp.Body, func(data []byte) (bool, error) {
			if string(bytes.TrimSpace(data)) == "[DONE]" {
				return true, nil
			}
			var ch chunk
			if err := json.Unmarshal(data, &ch); err != nil {
				return false, fmt.Errorf("openai: an event that is not a chunk of JSON: %q: %w", cut(data), err)
			}
			if len(ch.Error) > 0 && string(ch.Error) != "null" {
				return false, apiError(&APIError{}, ch.Error)
			}
			if len(ch.Choices) == 0 {
				return false, nil // as the usage at the end
			}
			if r := ch.Choices[0].FinishReason; r != nil && *r != "" {
				finished = true
			}
			if text := ch.Choices[0].Delta.Content; text != "" && !yield(text, nil) {
				return true, errStop
			}
			return false, nil
		})
		switch {
		case errors.Is(err, errStop):
		case err != nil && ctx.Err() != nil:
			yield("", fmt.Errorf("openai: %w", ctx.Err()))
		case err != nil:
			yield("", err)
		case !done && !finished:
			// Some servers send no [DONE] after the last choice's finish_reason; with
			// neither, the stream was cut.
			yield("", ErrTruncated)
		}
	}
}

// errStop ends a stream whose reader stopped asking.
var errStop = errors.New("stop")

func (c *Client) post(ctx context.Context, req Request) (*http.Response, error) {
	data, err := json.Marshal(body{
		Model: c.Model, Messages: req.Messages, Stream: true,
		Temperature: req.Temperature, MaxTokens: req.MaxTokens, Seed: req.Seed,
	})
	if err != nil {
		return nil, fmt.Errorf("openai: %w", err)
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint(), bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("openai: %w", err)
	}
	hr.Header.Set("Content-Type", "application/json")
	hr.Header.Set("Accept", "text/event-stream")
	if c.APIKey != "" {
		hr.Header.Set("Authorization", "Bearer "+c.APIKey)
	}
	hc := c.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(hr)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("openai: %w", ctx.Err())
		}
		return nil, fmt.Errorf("openai: %w", err) // *url.Error names the method and URL
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		e := &APIError{StatusCode: resp.StatusCode, Status: resp.Status}
		var wrapper struct {
			Error   json.RawMessage `json:"error"`
			Message string          `json:"message"`
		}
		switch {
		case json.Unmarshal(raw, &wrapper) == nil && len(wrapper.Error) > 0:
			return nil, apiError(e, wrapper.Error)
		case wrapper.Message != "":
			e.Message = wrapper.Message
		default:
			e.Message = cut(bytes.TrimSpace(raw))
		}
		return nil, e
	}
	return resp, nil
}

// apiError fills e from the "error" member of a JSON answer: an object with a message,
// a type and a code (OpenAI's shape), or a string (as some servers send).
func apiError(e *APIError, raw json.RawMessage) error {
	var obj struct {
		Message string          `json:"message"`
		Type    string          `json:"type"`
		Code    json.RawMessage `json:"code"`
	}
	var s string
	switch {
	case json.Unmarshal(raw, &obj) == nil:
		e.Message, e.Type = obj.Message, obj.Type
		if c := strings.Trim(string(obj.Code), `"`); c != "" && c != "null" {
			e.Code = c
		}
	case json.Unmarshal(raw, &s) == nil:
		e.Message = s
	default:
		e.Message = cut(raw)
	}
	return e
}

// whole reads a completion that was not streamed.
func whole(r io.Reader) (string, error) {
	raw, err := io.ReadAll(io.LimitReader(r, 16<<20))
	if err != nil {
		return "", fmt.Errorf("openai: reading the answer: %w", err)
	}
	var ch chunk
	if err := json.Unmarshal(raw, &ch); err != nil {
		return "", fmt.Errorf("openai: the answer is neither a stream nor a JSON completion: %q", cut(raw))
	}
	if len(ch.Error) > 0 && string(ch.Error) != "null" {
		return "", apiError(&APIError{}, ch.Error)
	}
	if len(ch.Choices) == 0 {
		return "", errors.New("openai: the answer has no choices")
	}
	return ch.Choices[0].Message.Content, nil
}

// events reads server-sent events and hands each event's data (its data lines joined
// by newlines) to handle until handle says it is done. It returns whether handle did,
// and handle's error or the reader's.
func events(r io.Reader, handle func(data []byte) (done bool, err error)) (bool, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 8<<20)
	var data []byte
	pending := false
	dispatch := func() (bool, error) {
		if !pending {
			return false, nil
		}
		d := data
		data, pending = data[:0], false
		return handle(d)
	}
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 {
			if done, err := dispatch(); done || err != nil {
				return done, err
			}
			continue
		}
		field, value, _ := bytes.Cut(line, []byte(":"))
		if string(field) != "data" {
			continue // a comment (": keep-alive"), an event name, an id or a retry
		}
		value = bytes.TrimPrefix(value, []byte(" "))
		if pending {
			data = append(data, '\n')
		}
		data, pending = append(data, value...), true
	}
	if err := sc.Err(); err != nil {
		return false, fmt.Errorf("openai: reading the stream: %w", err)
	}
	return dispatch()
}

// cut shortens a body for an error message.
func cut(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}
