package server

import (
	"context"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// Security configures what Protect checks before a request reaches the app.
type Security struct {
	// Auth turns on logging in; nil leaves the app open.
	Auth *Auth
	// Origins are the browser origins ("https://example.com") allowed besides the app's
	// own to call it from their pages; "*" allows any.
	Origins []string
	// PerClient bounds the state-changing requests (POSTs) of one client address.
	PerClient Rate
	// PerSession bounds the calls (queue joins, curl and direct calls) of one session.
	PerSession Rate
	// Login bounds the failed logins of one client address; zero means 10 a minute.
	Login Rate
	// MaxActiveSessions bounds the sessions with queued calls in flight at once; a call
	// that would start one more is answered 503. Zero means no bound.
	MaxActiveSessions int
}

// guard is the state of Protect: the origin policy, the rate limiters and the logins.
type guard struct {
	origins    origins
	perClient  *limiter
	perSession *limiter
	loginLimit *limiter

	auth   *Auth // nil: no authentication
	logins *logins
	cookie string
	count  counters
}

func newGuard(sec Security, appID uint64) *guard {
	g := &guard{
		origins:    newOrigins(sec.Origins),
		perClient:  newLimiter(sec.PerClient),
		perSession: newLimiter(sec.PerSession),
		auth:       sec.Auth,
		cookie:     cookieName(appID),
	}
	if sec.Login.on() {
		g.loginLimit = newLimiter(sec.Login)
	} else {
		g.loginLimit = newLimiter(Rate{N: 10, Per: time.Minute})
	}
	if g.auth != nil {
		g.logins = newLogins(g.auth.TTL, g.auth.MaxLogins)
		g.logins.store = g.auth.Store
	}
	return g
}

// Protect puts the server's security checks in front of h (the app's whole handler,
// extensions included), in this order: the origin policy, the per-client rate limit,
// then, with authentication, the login routes and the login check. The logged-in
// user is in the context of the requests that pass (see User).
func (s *Server) Protect(h http.Handler) http.Handler {
	g := s.guard
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !g.origins.cors(w, r) {
			if w.Header().Get("Access-Control-Allow-Origin") == "" {
				g.count.origin.Add(1)
			}
			return
		}
		if stateChanging(r.Method) {
			if ok, wait := g.perClient.take(clientKey(r)); !ok {
				g.count.rateLimited.Add(1)
				writeTooMany(w, wait)
				return
			}
		}
		p := r.URL.Path
		if g.auth == nil {
			if p == "/login" || p == "/login/" {
				// As Gradio: an app without authentication sends logins to its page.
				redirect(w, s.relRoot(r), http.StatusFound)
				return
			}
			h.ServeHTTP(w, r)
			return
		}
		switch p {
		case "/login", "/login/":
			g.loginRoute(w, r, s)
			return
		case "/logout", "/logout/":
			g.logout(w, r, s)
			return
		}
		user, ok := g.currentUser(r)
		if !ok {
			open := openPath(p)
			if !open {
				g.count.unauthenticated.Add(1)
			}
			switch {
			case open:
				h.ServeHTTP(w, r)
			case p == "/" && (r.Method == http.MethodGet || r.Method == http.MethodHead):
				if g.auth.Verify != nil {
					redirect(w, "login", http.StatusFound)
				} else {
					g.page(w, r, http.StatusUnauthorized, pageData{Message: g.auth.Message, Error: "You are not logged in."})
				}
			default:
				g.refuse(w)
			}
			return
		}
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey{}, user)))
	})
}

// openPath lists what a visitor who has not logged in may fetch: the web UI's files
// and the theme, which the login page uses. The page, /config and the API are not.
// Only clean paths qualify, so that "/assets/../config" is not a way in.
func openPath(p string) bool {
	return (strings.HasPrefix(p, "/assets/") && path.Clean(p) == p) || p == "/theme.css" || p == "/favicon.ico"
}

// refuse answers 401 as Gradio's login_check does; the JavaScript client shows
// auth_message.
func (g *guard) refuse(w http.ResponseWriter) {
	var msg any
	if g.auth.Message != "" {
		msg = g.auth.Message
	}
	writeJSON(w, http.StatusUnauthorized, map[string]any{
		"detail": map[string]any{"error": "Not authenticated", "auth_message": msg},
	})
}

// relRoot is the app's root relative to the request's path, so that redirects work
// under any mount prefix: "./" from /login, "../" from /login/.
func (s *Server) relRoot(r *http.Request) string {
	if strings.HasSuffix(r.URL.Path, "/") && r.URL.Path != "/" {
		return "../"
	}
	return "./"
}

// wantsHTML tells the login page's form (a browser navigating) from API clients, which
// get JSON.
func wantsHTML(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "text/html")
}

// loginRoute serves GET (the page) and POST (the login) of /login.
func (g *guard) loginRoute(w http.ResponseWriter, r *http.Request, s *Server) {
	if g.auth.Verify == nil {
		notFound(w)
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		if _, ok := g.currentUser(r); ok {
			redirect(w, s.relRoot(r), http.StatusFound)
			return
		}
		g.page(w, r, http.StatusOK, pageData{Message: g.auth.Message, Form: true})
	case http.MethodPost:
		g.login(w, r, s)
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		writeDetail(w, http.StatusMethodNotAllowed, "Method Not Allowed")
	}
}

// login checks a user name and password. Failed attempts spend the client address's
// login budget; when it is spent every attempt is refused until it refills, right or
// wrong, so that guessing costs time. Answers never say which of the two was wrong.
func (g *guard) login(w http.ResponseWriter, r *http.Request, s *Server) {
	html := wantsHTML(r)
	key := clientKey(r)
	if ok, wait := g.loginLimit.check(key); !ok {
		g.count.rateLimited.Add(1)
		if html {
			w.Header().Set("Retry-After", retrySeconds(wait))
			g.page(w, r, http.StatusTooManyRequests, pageData{Message: g.auth.Message, Form: true, Error: "Too many failed attempts. Try again in " + retrySeconds(wait) + " second(s)."})
			return
		}
		writeTooMany(w, wait)
		return
	}
	user, pass, err := readLoginForm(w, r)
	if err != nil {
		if html {
			g.page(w, r, http.StatusBadRequest, pageData{Message: g.auth.Message, Form: true, Error: "Enter a user name and a password."})
			return
		}
		writeDetail(w, http.StatusBadRequest, "Send the form fields username and password.")
		return
	}
	if !g.auth.Verify(r.Context(), user, pass) {
		g.loginLimit.take(key)
		g.count.loginFailed.Add(1)
		s.o.Logger.Info("gradio: failed login", "client", key)
		if html {
			g.page(w, r, http.StatusUnauthorized, pageData{Message: g.auth.Message, Form: true, Error: "Incorrect user name or password."})
			return
		}
		// Gradio answers 400; the JavaScript client reports only 401 as bad credentials.
		writeDetail(w, http.StatusUnauthorized, "Incorrect credentials.")
		return
	}
	tok, err := g.logins.add(user)
	if err != nil {
		s.o.Logger.Error("gradio: saving a login failed", "error", err)
		writeDetail(w, http.StatusServiceUnavailable, "Logins cannot be saved now. Please try again later.")
		return
	}
	g.setCookie(w, r, tok, int(g.logins.ttl.Seconds()))
	if html {
		redirect(w, s.relRoot(r), http.StatusSeeOther)
		return
	}
	writeJSON(w, http.StatusOK, map[string]bool{"success": true})
}

// logout ends the login and clears the cookie, then sends the browser to the page
// (which, logged out, shows the login form).
func (g *guard) logout(w http.ResponseWriter, r *http.Request, s *Server) {
	if c, err := r.Cookie(g.cookie); err == nil {
		g.logins.remove(c.Value)
	}
	g.setCookie(w, r, "", -1)
	redirect(w, s.relRoot(r), http.StatusFound)
}

func retrySeconds(wait time.Duration) string { return strconv.Itoa(retryAfter(wait)) }

// allowCall applies to one call the visibility of private functions, the bound on
// active sessions and the per-session rate limit. byName is true when the client named
// the function by its api_name, as API clients do (the app's own page uses fn_index);
// queued is false for direct calls (/run), which hold no mailbox. It answers the client
// and returns false when the call may not go ahead.
func (s *Server) allowCall(w http.ResponseWriter, r *http.Request, fn *Fn, session string, byName, queued bool) bool {
	if !validSession(w, session) {
		return false
	}
	// Browser-only functions are refused later, with a message that says so.
	if fn.Visibility == "private" && fn.Backend && (byName || !fromOwnPage(r)) {
		if byName {
			writeDetail(w, http.StatusNotFound, "There is no endpoint named /"+fn.APIName+"; GET /gradio_api/info lists them.")
		} else {
			writeDetail(w, http.StatusForbidden, "This function is private to the app's page and cannot be called by API clients.")
		}
		s.guard.count.private.Add(1)
		return false
	}
	if max := s.o.Security.MaxActiveSessions; max > 0 && queued && (session == "" || !s.o.Queue.Streams().Has(session)) && s.o.Queue.Streams().Len() >= max {
		s.guard.count.busy.Add(1)
		writeDetail(w, http.StatusServiceUnavailable, "Too many active sessions. Try again later.")
		return false
	}
	if session != "" {
		if ok, wait := s.guard.perSession.take(session); !ok {
			s.guard.count.rateLimited.Add(1)
			writeTooMany(w, wait)
			return false
		}
	}
	return true
}

// maxSessionHash bounds a session hash. The official clients send 11 to 36 characters;
// a session keeps its hash for as long as it lives (its mailbox, its State), so without
// a bound every request could leave a body's worth of memory behind for an hour.
const maxSessionHash = 1024

// validSession refuses, with 400, a session hash longer than maxSessionHash.
func validSession(w http.ResponseWriter, session string) bool {
	if len(session) > maxSessionHash {
		writeDetail(w, http.StatusBadRequest, "Session hash too long: at most "+strconv.Itoa(maxSessionHash)+" bytes.")
		return false
	}
	return true
}

// redirect answers with a Location relative to the request's URL as the client sent
// it. http.Redirect would make it absolute from r.URL.Path, which misses the prefix of
// an app mounted with http.StripPrefix.
func redirect(w http.ResponseWriter, loc string, code int) {
	w.Header().Set("Location", loc)
	w.WriteHeader(code)
}
