package tunnel

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"
)

// userAgent names the client to the hub, so that it can refuse versions it no
// longer speaks with a clear message instead of a protocol error.
const userAgent = "gradio-go-tunnel/1"

// Limits on a Register message. They are loose on purpose: they keep client
// input bounded, and the hub applies its own rules to names and tags.
const (
	maxRegisterSize = 64 << 10
	maxNameLen      = 100
	maxTitleLen     = 200
	maxDescLen      = 16 << 10
	maxTags         = 20
	maxTagLen       = 50
)

// Register is the first message of a tunnel, sent by the app to the hub. It
// travels as a JSON text message. The hub reads it with [Pending.Register].
//
// Accept refuses a message over 64 KiB, an App that is empty or over 100 bytes, a
// Title over 200 bytes, a Description over 16 KiB, more than 20 Tags or a tag
// that is empty or over 50 bytes, an unknown Visibility, a negative
// ShareTTLSeconds, and control characters or invalid UTF-8 (the Description may
// hold newlines and tabs).
type Register struct {
	App         string   `json:"app"`
	Title       string   `json:"title,omitempty"`
	Description string   `json:"description,omitempty"`
	Tags        []string `json:"tags,omitempty"`
	// Visibility is "public", "unlisted" or "private"; empty keeps the hub's
	// current setting for the app.
	Visibility string `json:"visibility,omitempty"`
	// Share asks for a temporary share link.
	Share bool `json:"share,omitempty"`
	// ShareTTLSeconds is how long the share link should live; 0 lets the hub choose.
	ShareTTLSeconds int64 `json:"share_ttl_seconds,omitempty"`
}

// Welcome is the hub's answer to an accepted Register.
type Welcome struct {
	URL          string    // public URL of the app
	ShareURL     string    // temporary share link, if one was asked for and granted
	ShareExpires time.Time // when ShareURL stops working; zero if there is none
}

// reply is the hub's answer on the wire: a Welcome, or a refusal when Error is set.
// One struct for both lets the client decode before it knows which it got.
type reply struct {
	URL          string `json:"url,omitempty"`
	ShareURL     string `json:"share_url,omitempty"`
	ShareExpires string `json:"share_expires,omitempty"` // RFC 3339
	Error        string `json:"error,omitempty"`
	Retry        bool   `json:"retry,omitempty"`
}

func welcomeReply(w Welcome) reply {
	r := reply{URL: w.URL, ShareURL: w.ShareURL}
	if !w.ShareExpires.IsZero() {
		r.ShareExpires = w.ShareExpires.UTC().Format(time.RFC3339)
	}
	return r
}

// decodeReply turns the hub's answer into a Welcome or a *RefusedError.
func decodeReply(data []byte) (Welcome, error) {
	var r reply
	if err := json.Unmarshal(data, &r); err != nil {
		return Welcome{}, fmt.Errorf("tunnel: bad answer from hub: %w", err)
	}
	if r.Error != "" {
		return Welcome{}, &RefusedError{Message: r.Error, Retry: r.Retry}
	}
	w := Welcome{URL: r.URL, ShareURL: r.ShareURL}
	if r.ShareExpires != "" {
		t, err := time.Parse(time.RFC3339, r.ShareExpires)
		if err != nil {
			return Welcome{}, fmt.Errorf("tunnel: bad answer from hub: share_expires: %w", err)
		}
		w.ShareExpires = t
	}
	return w, nil
}

// decodeRegister parses and checks a Register message. Unknown fields are
// ignored so that newer apps can talk to older hubs.
func decodeRegister(data []byte) (Register, error) {
	if len(data) > maxRegisterSize {
		return Register{}, fmt.Errorf("message is over %d KiB", maxRegisterSize>>10)
	}
	var r Register
	if err := json.Unmarshal(data, &r); err != nil {
		return Register{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if err := r.validate(); err != nil {
		return Register{}, err
	}
	if len(r.Tags) == 0 {
		r.Tags = nil // "tags": [] means the same as no tags
	}
	return r, nil
}

// validate applies the limits documented on Register. The app side runs it too,
// so that a bad option fails in Listen before any network traffic.
func (r Register) validate() error {
	var errs []error
	text := func(field, s string, max int, required, multiline bool) {
		switch {
		case required && s == "":
			errs = append(errs, fmt.Errorf("%s is required", field))
		case len(s) > max:
			errs = append(errs, fmt.Errorf("%s is over %d bytes", field, max))
		case hasControl(s, multiline):
			errs = append(errs, fmt.Errorf("%s holds a control character", field))
		}
	}
	text("app", r.App, maxNameLen, true, false)
	text("title", r.Title, maxTitleLen, false, false)
	text("description", r.Description, maxDescLen, false, true)
	if len(r.Tags) > maxTags {
		errs = append(errs, fmt.Errorf("%d tags, at most %d allowed", len(r.Tags), maxTags))
	} else {
		for i, t := range r.Tags {
			text(fmt.Sprintf("tag %d", i+1), t, maxTagLen, true, false)
		}
	}
	switch r.Visibility {
	case "", "public", "unlisted", "private":
	default:
		errs = append(errs, fmt.Errorf("visibility %q is not public, unlisted or private", r.Visibility))
	}
	if r.ShareTTLSeconds < 0 {
		errs = append(errs, errors.New("share_ttl_seconds is negative"))
	}
	return errors.Join(errs...)
}

// hasControl reports whether s holds a C0 or C1 control character (or invalid
// UTF-8), which would garble the hub's pages and logs. Multiline text may hold
// newlines and tabs.
func hasControl(s string, multiline bool) bool {
	for _, c := range s {
		switch {
		case multiline && (c == '\n' || c == '\r' || c == '\t'):
		case c < 0x20, c >= 0x7f && c < 0xa0, c == utf8.RuneError:
			return true
		}
	}
	return false
}

// RefusedError is the hub's refusal of a Register. Listen returns it on the first
// connection; later, a refusal that says not to retry ends the Listener and
// Accept returns it.
type RefusedError struct {
	Message string // the hub's explanation, for people
	Retry   bool   // whether connecting again later may succeed
}

func (e *RefusedError) Error() string { return "tunnel: hub refused: " + e.Message }

// StatusError is an HTTP answer other than a WebSocket upgrade from the hub's
// tunnel URL: typically 401 for a bad token or 404 for a wrong URL.
type StatusError struct {
	StatusCode int
	Message    string // first line of the response body
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("tunnel: hub answered %d %s", e.StatusCode, http.StatusText(e.StatusCode))
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

// final reports whether err means reconnecting is pointless: the hub said so,
// or it rejected the token.
func final(err error) bool {
	if re, ok := errors.AsType[*RefusedError](err); ok {
		return !re.Retry
	}
	if se, ok := errors.AsType[*StatusError](err); ok {
		return se.StatusCode == http.StatusUnauthorized || se.StatusCode == http.StatusForbidden
	}
	return false
}

// firstLine keeps error bodies short: hubs and proxies may answer with an HTML page.
func firstLine(b []byte) string {
	s, _, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	s = strings.TrimSpace(s)
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return strings.ToValidUTF8(s, "?")
}

var (
	_ error = (*RefusedError)(nil)
	_ error = (*StatusError)(nil)
)
