package server

import (
	"bytes"
	"html/template"
	"net/http"
	"strconv"
)

// pageData fills the login page.
type pageData struct {
	Message string // the app's auth message
	Error   string // what went wrong with the last attempt
	Form    bool   // false when logins come from an upstream authenticator only
}

// loginPage is server-rendered, so that it needs no script and works before the web UI
// loads. It takes the app's theme from theme.css (Gradio's variable names), with
// fallbacks for apps without one. html/template escapes the message and error.
var loginPage = template.Must(template.New("login").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Log in</title>
<link rel="stylesheet" href="theme.css">
<style>
body { margin: 0; min-height: 100vh; display: grid; place-items: center;
  background: var(--body-background-fill, #f8fafc); color: var(--body-text-color, #1f2937);
  font: 16px/1.5 var(--font, system-ui, sans-serif); }
main { width: min(360px, calc(100vw - 32px)); padding: 28px; box-sizing: border-box;
  background: var(--block-background-fill, #fff); border: 1px solid var(--border-color-primary, #e5e7eb);
  border-radius: var(--radius-lg, 8px); box-shadow: var(--block-shadow, 0 1px 3px rgba(0,0,0,.08)); }
h1 { margin: 0 0 12px; font-size: 1.4rem; }
.message { margin: 0 0 16px; color: var(--body-text-color-subdued, #4b5563); white-space: pre-line; }
label { display: block; margin: 12px 0 4px; font-weight: 600; }
input { width: 100%; box-sizing: border-box; padding: 8px 10px; font: inherit; color: inherit;
  background: var(--input-background-fill, #fff); border: 1px solid var(--input-border-color, #d1d5db);
  border-radius: var(--radius-md, 6px); }
input:focus-visible, button:focus-visible { outline: 2px solid var(--color-accent, #f97316); outline-offset: 2px; }
button { margin-top: 20px; width: 100%; padding: 10px; font: inherit; font-weight: 600; cursor: pointer; border: 0;
  border-radius: var(--radius-md, 6px); background: var(--button-primary-background-fill, #f97316);
  color: var(--button-primary-text-color, #fff); }
button:hover { background: var(--button-primary-background-fill-hover, #ea580c); }
.error { margin: 0 0 12px; padding: 8px 10px; border-radius: var(--radius-md, 6px);
  background: var(--error-background-fill, #fef2f2); color: var(--error-text-color, #b91c1c);
  border: 1px solid var(--error-border-color, #fecaca); }
</style>
</head>
<body>
<main>
<h1 id="title">Log in</h1>
{{with .Message}}<p class="message">{{.}}</p>{{end}}
<div role="alert" aria-live="assertive">{{with .Error}}<p class="error" id="login-error">{{.}}</p>{{end}}</div>
{{if .Form}}<form method="post" action="login" aria-labelledby="title">
<label for="username">User name</label>
<input id="username" name="username" autocomplete="username" required autofocus{{if .Error}} aria-describedby="login-error"{{end}}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Log in</button>
</form>{{end}}
</main>
</body>
</html>
`))

// page renders the login page with a status.
func (g *guard) page(w http.ResponseWriter, r *http.Request, status int, d pageData) {
	var buf bytes.Buffer
	if err := loginPage.Execute(&buf, d); err != nil {
		http.Error(w, "rendering the login page failed", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("Cache-Control", "no-store")
	// The page may not be framed (clickjacking) nor load anything but its own files.
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}
