package hub

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gradio-go/gradio/hub/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static/hub.css
var hubCSS []byte

//go:embed static/hub.js
var hubJS []byte

// page is what every template gets: the layout's fields plus the page's own Data.
type page struct {
	Title  string
	Viewer *store.User
	Error  string // shown above the content, for a form that was refused
	Notice string
	Data   any
}

// form carries a refused form's values back to it.
type form struct {
	Name, Email, Next string
}

// pages holds one template set per page, each the layout plus the page's content.
type pages struct {
	sets map[string]*template.Template
}

var templateFuncs = template.FuncMap{
	"ago":  ago,
	"date": func(t time.Time) string { return t.UTC().Format("2 Jan 2006 15:04 UTC") },
	"join": strings.Join,
	"safe": func(s string) template.HTML { return template.HTML(s) }, // only for HTML the hub sanitised
}

func loadPages() (*pages, error) {
	base, err := template.New("layout.html").Funcs(templateFuncs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("hub: templates: %w", err)
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	p := &pages{sets: map[string]*template.Template{}}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		set, err := template.Must(base.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, fmt.Errorf("hub: template %s: %w", name, err)
		}
		p.sets[name] = set
	}
	return p, nil
}

// render writes a page; it renders into a buffer first so a template error becomes a
// clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	if p.Viewer == nil {
		p.Viewer = s.viewer(r)
	}
	set, ok := s.pages.sets[name]
	if !ok {
		s.fail(w, r, fmt.Errorf("no template %q", name))
		return
	}
	var buf bytes.Buffer
	if err := set.ExecuteTemplate(&buf, "layout.html", p); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; frame-src 'self'"+s.appsSource(r)+"; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'self'")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// appsSource is the CSP source of the apps' own origins, if they have them.
func (s *Server) appsSource(r *http.Request) string {
	if s.cfg.AppsDomain == "" {
		return ""
	}
	u, err := url.Parse(s.baseURL(r))
	if err != nil {
		return ""
	}
	host := "*." + s.cfg.AppsDomain
	if p := u.Port(); p != "" {
		host += ":" + p
	}
	return " " + u.Scheme + "://" + host
}

// fail logs an internal error and shows a page that gives nothing away.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("hub: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	_, _ = w.Write([]byte("The hub hit an internal error; it has been logged.\n"))
}

// notFound is the one answer for anything missing or hidden, so a private app looks
// exactly like one that does not exist.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	if !wantsHTML(r) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"error":"Not Found"}` + "\n"))
		return
	}
	s.render(w, r, http.StatusNotFound, "message", page{Title: "Not found", Error: "There is nothing here, or it is not yours to see."})
}

// wantsHTML tells a browser's page request from an API client's.
func wantsHTML(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "text/html")
}

// secure reports whether cookies should be marked Secure: the hub is reached over HTTPS.
func (s *Server) secure(r *http.Request) bool {
	return r.TLS != nil || strings.HasPrefix(s.cfg.BaseURL, "https://") ||
		strings.EqualFold(firstValue(r.Header.Get("X-Forwarded-Proto")), "https")
}

// baseURL is the hub's public URL, without a trailing slash.
func (s *Server) baseURL(r *http.Request) string {
	if s.cfg.BaseURL != "" {
		return strings.TrimSuffix(s.cfg.BaseURL, "/")
	}
	scheme := "http"
	if s.secure(r) {
		scheme = "https"
	}
	host := r.Host
	if h := firstValue(r.Header.Get("X-Forwarded-Host")); h != "" {
		host = h
	}
	return scheme + "://" + host
}

func firstValue(h string) string {
	v, _, _ := strings.Cut(h, ",")
	return strings.TrimSpace(v)
}

// ago writes a time as a rough distance from now ("3 minutes ago").
func ago(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := time.Since(t)
	unit := func(n int, s string) string {
		if n == 1 {
			return "1 " + s + " ago"
		}
		return fmt.Sprintf("%d %ss ago", n, s)
	}
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return unit(int(d/time.Minute), "minute")
	case d < 48*time.Hour:
		return unit(int(d/time.Hour), "hour")
	default:
		return unit(int(d/(24*time.Hour)), "day")
	}
}
