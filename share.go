package gradio

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gradio-go/gradio/tunnel"
)

// Share publishes an app on a gradio-go hub (package hub, "gradio hub") through an
// outbound tunnel, so an app on a laptop behind NAT gets a public URL while it also
// serves locally. The zero value takes the hub and token from $GRADIO_HUB_URL and
// $GRADIO_HUB_TOKEN and names the app after its title or program.
type Share struct {
	// Hub is the hub's URL, such as "https://hub.example.com".
	Hub string
	// Token is a hub API token (made under the hub's Settings).
	Token string
	// Name is the app's name under the token's owner: the app is served at
	// <hub>/<owner>/<name>/. Lower-case letters, digits and hyphens.
	Name string
	// Description and Tags show in the hub's directory.
	Description string
	Tags        []string
	// Visibility is "public", "unlisted" or "private"; "" keeps the hub's current
	// setting (public for a new app).
	Visibility string
	// Link also makes a temporary share link that opens the app to anyone holding it,
	// for LinkTTL (0: the hub's default, 72 hours).
	Link    bool
	LinkTTL time.Duration
}

// WithShare publishes the app on a hub when it is launched (see Share). Setting
// $GRADIO_SHARE=true does the same with the zero Share, as Gradio's share option.
func WithShare(s Share) Option { return func(o *options) { o.share = &s } }

// shareConfig returns the share settings Launch should use, or nil.
func (a *App) shareConfig() *Share {
	s := a.opts.share
	if s == nil {
		if !strings.EqualFold(os.Getenv("GRADIO_SHARE"), "true") {
			return nil
		}
		s = &Share{}
	}
	c := *s
	if c.Hub == "" {
		c.Hub = os.Getenv("GRADIO_HUB_URL")
	}
	if c.Token == "" {
		c.Token = os.Getenv("GRADIO_HUB_TOKEN")
	}
	if c.Name == "" {
		name := a.cfg.Title
		if name == "" || name == "Gradio" {
			name = filepath.Base(os.Args[0])
		}
		c.Name = tunnel.AppName(name)
	}
	return &c
}

// shareListener connects the tunnel and prints the public URLs.
func (a *App) shareListener(ctx context.Context, s *Share) (net.Listener, error) {
	if s.Hub == "" || s.Token == "" {
		return nil, fmt.Errorf("gradio: sharing needs a hub URL and an API token (Share.Hub and Share.Token, or $GRADIO_HUB_URL and $GRADIO_HUB_TOKEN)")
	}
	title := a.cfg.Title
	if title == "Gradio" {
		title = ""
	}
	o := tunnel.Options{Token: s.Token, App: s.Name, Title: title, Description: s.Description, Tags: s.Tags,
		Visibility: s.Visibility, Share: s.Link, ShareTTL: s.LinkTTL,
		Logf: func(format string, args ...any) { a.log.Warn("gradio: hub tunnel: " + fmt.Sprintf(format, args...)) }}
	ln, err := tunnel.Listen(ctx, strings.TrimSuffix(s.Hub, "/")+"/api/tunnel", o)
	if err != nil {
		return nil, fmt.Errorf("gradio: publishing on %s: %w", s.Hub, err)
	}
	if !a.opts.quiet {
		fmt.Printf("* Running on the hub:    %s\n", ln.URL())
		if ln.ShareURL() != "" {
			fmt.Printf("* Share link:            %s (until %s)\n", ln.ShareURL(), ln.ShareExpires().Local().Format(time.RFC1123))
		}
	}
	return ln, nil
}

type hubConnKey struct{}

// markHubConns makes requests that come through the hub's tunnel carry the visitor's
// address, which the hub puts in X-Forwarded-For, instead of the tunnel's: rate limits
// and Request.RemoteAddr then see each visitor. Other connections' headers are not
// trusted.
func markHubConns(h http.Handler) (func(context.Context, net.Conn) context.Context, http.Handler) {
	mark := func(ctx context.Context, c net.Conn) context.Context {
		if c.LocalAddr().Network() == "tunnel" {
			return context.WithValue(ctx, hubConnKey{}, true)
		}
		return ctx
	}
	wrapped := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Context().Value(hubConnKey{}) != nil {
			if ip := net.ParseIP(strings.TrimSpace(lastValue(r.Header.Get("X-Forwarded-For")))); ip != nil {
				r.RemoteAddr = net.JoinHostPort(ip.String(), "0")
			}
		}
		h.ServeHTTP(w, r)
	})
	return mark, wrapped
}

// lastValue is the last entry of a comma-separated header: the one the nearest proxy
// (the hub) added.
func lastValue(h string) string {
	if i := strings.LastIndexByte(h, ','); i >= 0 {
		return h[i+1:]
	}
	return h
}
