package gradio

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"time"

	"github.com/gradio-go/gradio/internal/server"
)

// Authentication, as Gradio's launch(auth=...): with WithAuth or WithAuthFunc, every
// page and API route asks for a login first. Visitors get a login page; API clients log
// in with POST /login (form fields username and password, which @gradio/client's auth
// option and gradio_client's auth= send) and keep the cookie it sets. GET /logout ends
// the login. A handler learns who called it from RequestFrom(ctx).Username.

// WithAuth lets in the users of a map from user name to password. Passwords are
// compared in constant time. The map is copied.
func WithAuth(users map[string]string) Option {
	hashed := make(map[string][32]byte, len(users))
	for u, p := range users {
		hashed[u] = sha256.Sum256([]byte(p))
	}
	return WithAuthFunc(func(_ context.Context, user, pass string) bool {
		want, ok := hashed[user]
		if !ok {
			// Compare anyway, so that an unknown user takes as long as a wrong password.
			want = [32]byte{}
		}
		got := sha256.Sum256([]byte(pass))
		return subtle.ConstantTimeCompare(got[:], want[:]) == 1 && ok
	})
}

// WithAuthFunc lets in whoever verify accepts, such as a check against a database of
// password hashes. verify runs on the login request, with its context.
func WithAuthFunc(verify func(ctx context.Context, user, pass string) bool) Option {
	return func(o *options) { o.authOpts().Verify = verify }
}

// WithAuthMessage sets a message shown on the login page and in the error API clients
// get when they are not logged in, such as who to ask for an account.
func WithAuthMessage(msg string) Option {
	return func(o *options) { o.authOpts().Message = msg }
}

// WithTrustedAuth lets an upstream authenticator log users in: identify is asked about
// every request and returns the user it vouches for, from a header set by an
// authenticating proxy, or from a context value set by OIDC or JWT middleware wrapping
// the app. A request it does not vouch for falls back to the login cookie of WithAuth,
// and without that is refused. Only trust headers a proxy in front of the app sets
// and strips from clients' requests.
func WithTrustedAuth(identify func(r *http.Request) (user string, ok bool)) Option {
	return func(o *options) { o.authOpts().Trusted = identify }
}

// WithLoginTTL sets how long a login lasts before the user must log in again; the
// default is seven days. Logins are kept in memory, so a restart ends them all.
func WithLoginTTL(d time.Duration) Option {
	return func(o *options) { o.authOpts().TTL = d }
}

// authOpts returns the app's authentication settings, creating them on first use.
func (o *options) authOpts() *server.Auth {
	if o.sec.auth == nil {
		o.sec.auth = &server.Auth{}
	}
	return o.sec.auth
}

// authFor finishes the authentication settings for the server: nil when no option
// asked for a login.
func (s securityOptions) authFor() *server.Auth {
	if s.auth == nil || s.auth.Verify == nil && s.auth.Trusted == nil {
		return nil
	}
	a := *s.auth
	return &a
}
