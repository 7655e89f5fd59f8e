package client

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strconv"
	"strings"
	"sync"
)

// Client is a connection to one app, as one session.
type Client struct {
	base    string // the app's URL, without a trailing slash
	api     string // base + api_prefix
	http    *http.Client
	headers http.Header
	Session string

	config *config
	info   *apiInfo

	mu        sync.Mutex
	live      map[string]*Job // calls waiting for their messages, by event id
	early     map[string][]message
	streaming bool
	closed    bool
	// lastID is the id of the last frame delivered (if hasLastID), with which a broken
	// stream is resumed; broke says the last stream broke rather than closed.
	lastID    uint64
	hasLastID bool
	broke     bool
	stop      context.CancelFunc
	ctx       context.Context
	wg        sync.WaitGroup
}

// Option configures Connect.
type Option func(*options)

type options struct {
	http       *http.Client
	headers    http.Header
	token      string
	user, pass string
	session    string
}

// WithHTTPClient sets the HTTP client used for every request.
func WithHTTPClient(h *http.Client) Option { return func(o *options) { o.http = h } }

// WithHeader adds a header to every request.
func WithHeader(key, value string) Option {
	return func(o *options) {
		if o.headers == nil {
			o.headers = http.Header{}
		}
		o.headers.Add(key, value)
	}
}

// WithToken sends "Authorization: Bearer <token>" with every request (Hugging Face
// Spaces, or an app behind a proxy that checks tokens).
func WithToken(token string) Option { return func(o *options) { o.token = token } }

// WithAuth logs in with a user name and password, for apps launched with auth.
func WithAuth(user, password string) Option {
	return func(o *options) { o.user, o.pass = user, password }
}

// WithSession sets the session hash; by default each Client has a fresh one.
func WithSession(hash string) Option { return func(o *options) { o.session = hash } }

// Connect reads the app's config and API description. The URL is the app's page URL,
// such as "http://127.0.0.1:7860" or "https://example.com/myapp".
func Connect(ctx context.Context, appURL string, opts ...Option) (*Client, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	u, err := url.Parse(strings.TrimSpace(appURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("client: %q is not an http(s) URL of an app", appURL)
	}
	c := &Client{base: strings.TrimSuffix(u.String(), "/"), http: o.http, headers: o.headers, Session: o.session,
		early: map[string][]message{}}
	if c.http == nil {
		jar, _ := cookiejar.New(nil)
		c.http = &http.Client{Jar: jar}
	}
	if c.headers == nil {
		c.headers = http.Header{}
	}
	if o.token != "" {
		c.headers.Set("Authorization", "Bearer "+o.token)
	}
	if c.Session == "" {
		var b [12]byte
		_, _ = rand.Read(b[:])
		c.Session = hex.EncodeToString(b[:])
	}
	c.ctx, c.stop = context.WithCancel(context.Background())
	if o.user != "" {
		if err := c.login(ctx, o.user, o.pass); err != nil {
			return nil, err
		}
	}
	if err := c.load(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// Close ends the client's event stream. Calls in progress fail.
func (c *Client) Close() error {
	c.mu.Lock()
	c.closed = true
	c.mu.Unlock()
	c.stop()
	c.wg.Wait()
	return nil
}

func (c *Client) login(ctx context.Context, user, pass string) error {
	form := url.Values{"username": {user}, "password": {pass}}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.do(req)
	if err != nil {
		return fmt.Errorf("client: logging in: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("client: logging in: %w", statusError(resp))
	}
	return nil
}

// load fetches /config and /gradio_api/info and checks the app speaks a protocol this
// client knows.
func (c *Client) load(ctx context.Context) error {
	var cfg config
	if err := c.getJSON(ctx, c.base+"/config", &cfg); err != nil {
		return fmt.Errorf("client: %s does not look like a Gradio app: %w", c.base, err)
	}
	switch cfg.Protocol {
	case "sse_v3", "sse_v2.1", "sse_v2", "sse_v1":
	default:
		return fmt.Errorf("client: %s speaks protocol %q; this client needs sse_v1 to sse_v3 (Gradio 4.x or later)", c.base, cfg.Protocol)
	}
	if major, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(cfg.Version, "v"), ".", 2)[0]); err == nil && major < 4 {
		return fmt.Errorf("client: %s runs Gradio %s; this client needs 4.0 or later", c.base, cfg.Version)
	}
	c.config = &cfg
	c.api = c.base + cfg.APIPrefix
	var info apiInfo
	if err := c.getJSON(ctx, c.api+"/info?serialize=False", &info); err != nil {
		return fmt.Errorf("client: reading the API description: %w", err)
	}
	c.info = &info
	return nil
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	for k, vs := range c.headers {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	req.Header.Set("X-Gradio-User", "api")
	return c.http.Do(req)
}

func (c *Client) getJSON(ctx context.Context, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return statusError(resp)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("GET %s: not JSON: %w", u, err)
	}
	return nil
}

// postJSON posts body and decodes the answer into v; any status but 200 is an error.
func (c *Client) postJSON(ctx context.Context, u string, body, v any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, strings.NewReader(string(b)))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return statusError(resp)
	}
	if v == nil {
		_, _ = io.Copy(io.Discard, resp.Body)
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// Errors.

// ErrQueueFull is returned when the app's queue refuses new calls (HTTP 503).
var ErrQueueFull = errors.New("the app's queue is full; try again later")

// AppError is a failure the app reported for a call: a gradio.Error's title and
// message, or a generic message when the app hides its errors.
type AppError struct {
	Title   string
	Message string
}

func (e *AppError) Error() string { return e.Title + ": " + e.Message }

// StatusError is an HTTP error answer from the app.
type StatusError struct {
	Status int
	Detail string
}

func (e *StatusError) Error() string { return fmt.Sprintf("HTTP %d: %s", e.Status, e.Detail) }

func statusError(resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	detail := strings.TrimSpace(string(b))
	var d struct {
		Detail any `json:"detail"`
	}
	if json.Unmarshal(b, &d) == nil && d.Detail != nil {
		if s, ok := d.Detail.(string); ok {
			detail = s
		} else if j, err := json.Marshal(d.Detail); err == nil {
			detail = string(j)
		}
	}
	if resp.StatusCode == http.StatusServiceUnavailable {
		return fmt.Errorf("%w (%s)", ErrQueueFull, detail)
	}
	return &StatusError{Status: resp.StatusCode, Detail: detail}
}
