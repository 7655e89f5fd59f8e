package hub

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"

	"github.com/gradio-go/gradio/hub/store"
	"github.com/gradio-go/gradio/tunnel"
)

// proxyApp serves /<owner>/<app>/… from the app's tunnel, if the visitor may see it.
func (s *Server) proxyApp(w http.ResponseWriter, r *http.Request) {
	a, err := s.apps.get(r.Context(), s.store, r.PathValue("owner"), r.PathValue("app"))
	if !s.found(w, r, err) {
		return
	}
	if !s.canView(r, a) {
		s.notFound(w, r)
		return
	}
	prefix := "/" + a.Owner + "/" + a.Name
	if o := s.appOrigin(r, a); o != s.baseURL(r) {
		// The app lives on its own origin: never run it on the hub's.
		to := o + strings.TrimPrefix(r.URL.EscapedPath(), prefix)
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, to, redirectStatus(r))
		return
	}
	s.serveApp(w, r, a, prefix)
}

// redirectStatus keeps the method and body of a redirected API call.
func redirectStatus(r *http.Request) int {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return http.StatusFound
	}
	return http.StatusTemporaryRedirect
}

// proxyShare serves /s/<secret>/… to anyone holding an unexpired share link.
func (s *Server) proxyShare(w http.ResponseWriter, r *http.Request) {
	secret := r.PathValue("secret")
	a, _, err := s.store.ShareLinkApp(r.Context(), digest(secret))
	if err == nil {
		if o := s.appOrigin(r, a); o != s.baseURL(r) {
			next := "/" + strings.TrimPrefix(strings.TrimPrefix(r.URL.EscapedPath(), "/s/"+secret), "/")
			http.Redirect(w, r, o+authPath+"?share="+url.QueryEscape(secret)+"&next="+url.QueryEscape(next), http.StatusFound)
			return
		}
	}
	if errors.Is(err, store.ErrNotFound) {
		s.render(w, r, http.StatusNotFound, "message", page{Title: "Share link expired",
			Error: "This share link has expired or never existed. Ask whoever sent it for a new one."})
		return
	} else if err != nil {
		s.fail(w, r, err)
		return
	}
	s.serveApp(w, r, a, "/s/"+secret)
}

func (s *Server) shareRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/s/"+url.PathEscape(r.PathValue("secret"))+"/", http.StatusMovedPermanently)
}

// canView applies the visibility rules: public and unlisted apps are open to all,
// private ones to their owner and collaborators. Only a private app costs a lookup of
// the visitor.
func (s *Server) canView(r *http.Request, a *store.App) bool {
	if a.Visibility != store.Private {
		return true
	}
	u := s.viewer(r)
	if u == nil {
		return false
	}
	if u.ID == a.OwnerID {
		return true
	}
	ok, err := s.store.IsCollaborator(r.Context(), a.ID, u.ID)
	return err == nil && ok
}

// found reports whether a lookup found its record; if not, it has answered 404 (or 500
// for an error other than ErrNotFound).
func (s *Server) found(w http.ResponseWriter, r *http.Request, err error) bool {
	switch {
	case err == nil:
		return true
	case errors.Is(err, store.ErrNotFound):
		s.notFound(w, r)
	default:
		s.fail(w, r, err)
	}
	return false
}

// proxyTarget is where one request goes inside the app, passed to the proxy's Rewrite
// through the request's context.
type proxyTarget struct {
	prefix, path, rawPath, host, proto string
}

type targetKey struct{}

func (s *Server) serveApp(w http.ResponseWriter, r *http.Request, a *store.App, prefix string) {
	l := s.waitOnline(r.Context(), a.ID)
	if l == nil {
		s.offline(w, r, a)
		return
	}
	escaped := r.URL.EscapedPath()
	if !strings.HasPrefix(escaped, prefix+"/") {
		// The app's segment was written percent-encoded: send the browser to the plain form.
		http.Redirect(w, r, prefix+"/", http.StatusMovedPermanently)
		return
	}
	rawPath := escaped[len(prefix):]
	path, err := url.PathUnescape(rawPath)
	if err != nil {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	origin := s.baseURL(r)
	if prefix == "" {
		origin = s.appOrigin(r, a)
	}
	base, _ := url.Parse(origin)
	t := proxyTarget{prefix: prefix, path: path, rawPath: rawPath, host: base.Host, proto: base.Scheme}
	l.proxy.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), targetKey{}, t)))
}

// newProxy returns the reverse proxy for one tunnel session. It flushes every write,
// so the queue's event streams reach the browser as they are produced.
func (s *Server) newProxy(sess *tunnel.Session) *httputil.ReverseProxy {
	return &httputil.ReverseProxy{
		Transport:     sess.Transport(),
		FlushInterval: -1,
		Rewrite: func(pr *httputil.ProxyRequest) {
			t := pr.In.Context().Value(targetKey{}).(proxyTarget)
			pr.Out.URL.Scheme, pr.Out.URL.Host = "http", "app"
			pr.Out.URL.Path, pr.Out.URL.RawPath = t.path, t.rawPath
			pr.SetXForwarded()
			pr.Out.Header.Set("X-Forwarded-Host", t.host)
			pr.Out.Header.Set("X-Forwarded-Proto", t.proto)
			if t.prefix != "" {
				pr.Out.Header.Set("X-Forwarded-Prefix", t.prefix)
			}
			stripCredentials(pr.Out)
		},
		ModifyResponse: func(resp *http.Response) error {
			// An app may not set (or clear) the hub's own cookies.
			cookies := resp.Header.Values("Set-Cookie")
			resp.Header.Del("Set-Cookie")
			for _, c := range cookies {
				if name, _, _ := strings.Cut(c, "="); !hubCookie(strings.TrimSpace(name)) {
					resp.Header.Add("Set-Cookie", c)
				}
			}
			return nil
		},
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			if errors.Is(err, context.Canceled) {
				return // The visitor went away.
			}
			var ne net.Error
			s.log.Info("hub: proxying to app failed", "path", r.URL.Path, "err", err, "timeout", errors.As(err, &ne) && ne.Timeout())
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusBadGateway)
			_, _ = w.Write([]byte("The app did not answer through its tunnel; it may be restarting. Try again in a moment.\n"))
		},
	}
}

// stripCredentials removes the hub's cookies and API token from a request
// before it reaches an app, so an app never learns a visitor's hub credentials.
func stripCredentials(out *http.Request) {
	if bearer(out) != "" {
		out.Header.Del("Authorization")
	}
	cookies := out.Cookies()
	out.Header.Del("Cookie")
	for _, c := range cookies {
		if !hubCookie(c.Name) {
			out.AddCookie(c)
		}
	}
}

func hubCookie(name string) bool { return name == sessionCookie || name == appCookie }

// offlineData is what the offline page shows.
type offlineData struct {
	App *store.App
}

func (s *Server) offline(w http.ResponseWriter, r *http.Request, a *store.App) {
	w.Header().Set("Retry-After", "10")
	if !wantsHTML(r) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(`{"error":"` + a.Owner + "/" + a.Name + ` is offline: its tunnel to the hub is not connected"}` + "\n"))
		return
	}
	s.render(w, r, http.StatusServiceUnavailable, "offline", page{Title: a.Owner + "/" + a.Name + " is offline", Data: offlineData{App: a}})
}
