package hub

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gradio-go/gradio/hub/store"
)

// With Config.AppsDomain, each app is served on its own origin,
// <owner>--<app>.<AppsDomain>, so an app's JavaScript cannot act on the hub (or on
// another app) as its visitor. The hub's login cookie never reaches those origins; a
// private app's visitor is sent to the hub (/-/auth), which checks who they are and
// sends them back with a one-minute signed code that the app's origin trades for its
// own cookie (appCookie), scoped to that one host. Share links trade their secret for
// the same cookie, lasting until the link expires.

const (
	appCookie  = "hub_app"
	codeTTL    = time.Minute
	appAuthTTL = 24 * time.Hour
	authPath   = "/-/hub-auth" // on an app's origin: where the code becomes a cookie
)

// subdomainApp returns the owner and app a request's host names, if it is on the apps
// domain.
func (s *Server) subdomainApp(r *http.Request) (owner, app string, ok bool) {
	if s.cfg.AppsDomain == "" {
		return "", "", false
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	label, found := strings.CutSuffix(strings.ToLower(host), "."+s.cfg.AppsDomain)
	if !found || strings.Contains(label, ".") {
		return "", "", false
	}
	owner, app, ok = strings.Cut(label, "--")
	return owner, app, ok && owner != "" && app != ""
}

// appOrigin is the origin an app is served on: its own subdomain, or the hub's.
func (s *Server) appOrigin(r *http.Request, a *store.App) string {
	base := s.baseURL(r)
	if s.cfg.AppsDomain == "" || len(a.Owner)+2+len(a.Name) > 63 {
		return base
	}
	u, _ := url.Parse(base)
	host := a.Owner + "--" + a.Name + "." + s.cfg.AppsDomain
	if p := u.Port(); p != "" {
		host = net.JoinHostPort(host, p)
	}
	return u.Scheme + "://" + host
}

// appURL is where an app's root is served, with a trailing slash: its own origin, or
// its path on the hub's.
func (s *Server) appURL(r *http.Request, a *store.App) string {
	if o := s.appOrigin(r, a); o != s.baseURL(r) {
		return o + "/"
	}
	return "/" + a.Owner + "/" + a.Name + "/"
}

// serveSubdomain serves a request on an app's own origin.
func (s *Server) serveSubdomain(w http.ResponseWriter, r *http.Request, owner, name string) {
	a, err := s.apps.get(r.Context(), s.store, owner, name)
	if !s.found(w, r, err) {
		return
	}
	if s.appOrigin(r, a) == s.baseURL(r) {
		s.notFound(w, r) // Too long a name for a subdomain: it lives under the hub's paths.
		return
	}
	if r.URL.Path == authPath {
		s.appAuth(w, r, a)
		return
	}
	if a.Visibility == store.Private && !s.cookieGrants(r, a) {
		if r.Method == http.MethodGet && wantsHTML(r) {
			next := r.URL.RequestURI()
			http.Redirect(w, r, s.baseURL(r)+"/-/auth?app="+url.QueryEscape(a.Owner+"/"+a.Name)+"&next="+url.QueryEscape(next), http.StatusFound)
			return
		}
		s.notFound(w, r)
		return
	}
	s.serveApp(w, r, a, "")
}

// authorize is the hub's side of a private app's login: a signed-in visitor who may
// see the app is sent back to its origin with a short-lived code.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) {
	owner, name, _ := strings.Cut(r.FormValue("app"), "/")
	a, err := s.store.App(r.Context(), owner, name)
	if !s.found(w, r, err) {
		return
	}
	u := s.viewer(r)
	if u == nil {
		http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return
	}
	if !s.canView(r, a) || s.appOrigin(r, a) == s.baseURL(r) {
		s.notFound(w, r)
		return
	}
	code := s.sign("code", u.ID, a.ID, time.Now().Add(codeTTL))
	next := safeNext(r.FormValue("next"))
	http.Redirect(w, r, s.appOrigin(r, a)+authPath+"?code="+url.QueryEscape(code)+"&next="+url.QueryEscape(next), http.StatusSeeOther)
}

// appAuth trades a code from /-/auth, or a share link's secret, for the app's cookie.
func (s *Server) appAuth(w http.ResponseWriter, r *http.Request, a *store.App) {
	var grant string
	var expires time.Time
	if secret := r.FormValue("share"); secret != "" {
		sa, link, err := s.store.ShareLinkApp(r.Context(), digest(secret))
		if err != nil || sa.ID != a.ID {
			s.render(w, r, http.StatusNotFound, "message", page{Title: "Share link expired",
				Error: "This share link has expired or never existed. Ask whoever sent it for a new one."})
			return
		}
		grant, expires = s.sign("share", 0, a.ID, link.Expires), link.Expires
	} else {
		userID, appID, ok := s.verify(r.FormValue("code"), "code")
		if !ok || appID != a.ID {
			s.notFound(w, r)
			return
		}
		expires = time.Now().Add(appAuthTTL)
		grant = s.sign("user", userID, a.ID, expires)
	}
	http.SetCookie(w, &http.Cookie{Name: appCookie, Value: grant, Path: "/", HttpOnly: true, Secure: s.secure(r),
		SameSite: http.SameSiteLaxMode, Expires: expires})
	http.Redirect(w, r, safeNext(r.FormValue("next")), http.StatusSeeOther)
}

// cookieGrants reports whether the request's app cookie opens the private app: a live
// share grant, or a user who may (still) see it.
func (s *Server) cookieGrants(r *http.Request, a *store.App) bool {
	c, err := r.Cookie(appCookie)
	if err != nil {
		return false
	}
	if _, appID, ok := s.verify(c.Value, "share"); ok {
		return appID == a.ID
	}
	userID, appID, ok := s.verify(c.Value, "user")
	if !ok || appID != a.ID {
		return false
	}
	if userID == a.OwnerID {
		return true
	}
	is, err := s.store.IsCollaborator(r.Context(), a.ID, userID)
	return err == nil && is
}

// sign makes a tamper-proof token of a kind, a user, an app and an expiry.
func (s *Server) sign(kind string, userID, appID int64, exp time.Time) string {
	payload := kind + "." + strconv.FormatInt(userID, 10) + "." + strconv.FormatInt(appID, 10) + "." + strconv.FormatInt(exp.Unix(), 10)
	mac := hmac.New(sha256.New, s.key)
	mac.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString([]byte(payload)) + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// verify checks a token made by sign, of the given kind and not expired.
func (s *Server) verify(token, kind string) (userID, appID int64, ok bool) {
	p, m, found := strings.Cut(token, ".")
	payload, err1 := base64.RawURLEncoding.DecodeString(p)
	sum, err2 := base64.RawURLEncoding.DecodeString(m)
	if !found || err1 != nil || err2 != nil {
		return 0, 0, false
	}
	mac := hmac.New(sha256.New, s.key)
	mac.Write(payload)
	if !hmac.Equal(sum, mac.Sum(nil)) {
		return 0, 0, false
	}
	f := strings.Split(string(payload), ".")
	if len(f) != 4 || f[0] != kind {
		return 0, 0, false
	}
	userID, err1 = strconv.ParseInt(f[1], 10, 64)
	appID, err2 = strconv.ParseInt(f[2], 10, 64)
	exp, err3 := strconv.ParseInt(f[3], 10, 64)
	if err1 != nil || err2 != nil || err3 != nil || time.Now().Unix() >= exp {
		return 0, 0, false
	}
	return userID, appID, true
}
