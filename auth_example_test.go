package gradio_test

import (
	"context"
	"net/http"
	"time"

	"github.com/gradio-go/gradio"
)

// An app behind a login: the handler greets whoever logged in.
func ExampleWithAuth() {
	app := &gradio.Interface{
		Fn: func(ctx context.Context, name string) string {
			return "Hello, " + name + ", from " + gradio.RequestFrom(ctx).Username
		},
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}},
	}
	_ = app.Launch(
		gradio.WithAuth(map[string]string{"ada": "lovelace"}),
		gradio.WithAuthMessage("Ask Ada for an account."),
	)
}

// An app behind an authenticating proxy (oauth2-proxy, an OIDC gateway) that puts the
// user in a header it strips from clients' requests.
func ExampleWithTrustedAuth() {
	_ = gradio.WithTrustedAuth(func(r *http.Request) (string, bool) {
		u := r.Header.Get("X-Forwarded-User")
		return u, u != ""
	})
}

// An app open to the internet: HTTPS, a partner site's pages allowed to call it, and
// limits on how fast one client may.
func ExampleWithRateLimit() {
	_ = []gradio.Option{
		gradio.WithTLS("cert.pem", "key.pem"),
		gradio.WithCORSOrigins("https://partner.example"),
		gradio.WithRateLimit(gradio.Rate{N: 60, Per: time.Minute}, gradio.Rate{N: 10, Per: time.Second}),
		gradio.WithMaxActiveSessions(1000),
		gradio.WithTimeouts(gradio.Timeouts{ReadHeader: 5 * time.Second}),
	}
}
