package server

import (
	"net/http"
	"net/url"
	"strings"
)

// Cross-origin policy. A browser page of another site may not read the app's answers
// (no CORS headers unless its origin is allowed) nor change its state (a POST that
// carries a foreign Origin is refused: the CSRF check). Requests without an Origin
// header, which is what non-browser clients send, are not affected.

// origins is the set of origins allowed besides the app's own.
type origins struct {
	any   bool
	hosts map[string]bool // "scheme://host[:port]", lower case
}

func newOrigins(list []string) origins {
	o := origins{hosts: map[string]bool{}}
	for _, s := range list {
		if s == "*" {
			o.any = true
			continue
		}
		if n, ok := normalOrigin(s); ok {
			o.hosts[n] = true
		}
	}
	return o
}

// normalOrigin parses an Origin header value ("https://example.com:8443") into its
// canonical lower-case form. "null", paths, user info, queries and other schemes than
// http(s) are not origins it accepts.
func normalOrigin(s string) (string, bool) {
	if s == "" || s == "null" || len(s) > 2048 {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", false
	}
	if u.Path != "" && u.Path != "/" {
		return "", false
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", false
	}
	return scheme + "://" + strings.ToLower(u.Host), true
}

// sameOrigin reports whether origin names the host the request was sent to (or the
// host a proxy says it forwarded from). Schemes are not compared, so that an app behind
// a TLS-terminating proxy that does not say so still recognises its own pages.
func sameOrigin(r *http.Request, origin string) bool {
	n, ok := normalOrigin(origin)
	if !ok {
		return false
	}
	_, host, _ := strings.Cut(n, "://")
	if strings.EqualFold(host, r.Host) {
		return true
	}
	if fh := firstValue(r.Header.Get("X-Forwarded-Host")); fh != "" && strings.EqualFold(host, fh) {
		return true
	}
	return false
}

// allowed reports whether a request's Origin may read answers and change state. The
// browser's own Sec-Fetch-Site (which no page can set) counts too: behind a proxy that
// rewrites Host without saying so in X-Forwarded-Host, the page's origin matches no host
// the app sees, yet the browser knows the request is same-origin.
func (o origins) allowed(r *http.Request, origin string) bool {
	if sameOrigin(r, origin) || r.Header.Get("Sec-Fetch-Site") == "same-origin" {
		return true
	}
	if o.any {
		return origin != "null" && origin != ""
	}
	n, ok := normalOrigin(origin)
	return ok && o.hosts[n]
}

// stateChanging is true of the methods a CSRF attack would use.
func stateChanging(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// crossSite reports whether a browser says the request comes from another site's page
// without an Origin header we could check (some browsers omit it on same-site requests,
// none on cross-site POSTs, but Sec-Fetch-Site is the belt to Origin's braces).
func crossSite(r *http.Request) bool {
	return r.Header.Get("Origin") == "" && r.Header.Get("Sec-Fetch-Site") == "cross-site"
}

// fromOwnPage reports whether a browser page of the app's own origin sent the request.
// Browsers set both headers and scripts cannot change them there; other clients can
// forge them, so this tells well-behaved clients apart, and is not access control.
func fromOwnPage(r *http.Request) bool {
	if r.Header.Get("Sec-Fetch-Site") == "same-origin" {
		return true
	}
	o := r.Header.Get("Origin")
	return o != "" && sameOrigin(r, o)
}

// cors applies the policy. It returns false when it has answered the request itself (a
// preflight, or a refused request).
func (o origins) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		if stateChanging(r.Method) && crossSite(r) {
			writeDetail(w, http.StatusForbidden, "Cross-site request refused.")
			return false
		}
		return true
	}
	h := w.Header()
	h.Add("Vary", "Origin")
	ok := o.allowed(r, origin)
	if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		if !ok {
			writeDetail(w, http.StatusForbidden, "Origin not allowed.")
			return false
		}
		h.Set("Access-Control-Allow-Origin", origin)
		h.Set("Access-Control-Allow-Credentials", "true")
		h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS")
		if req := r.Header.Get("Access-Control-Request-Headers"); req != "" && len(req) < 1024 {
			h.Set("Access-Control-Allow-Headers", req)
		}
		h.Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
		return false
	}
	if !ok {
		if stateChanging(r.Method) {
			writeDetail(w, http.StatusForbidden, "Cross-origin request refused: origin not allowed.")
			return false
		}
		return true
	}
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Allow-Credentials", "true")
	return true
}
