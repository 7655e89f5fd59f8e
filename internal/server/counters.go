package server

import "sync/atomic"

// counters count the requests the guard turned away, by reason, for metrics.
type counters struct {
	origin, rateLimited, unauthenticated, loginFailed, private, busy atomic.Int64
}

// Rejections returns how many requests were refused since the server started, by
// reason: "origin" (CORS or CSRF), "rate_limit", "unauthenticated", "login_failed",
// "private" and "busy" (too many active sessions).
func (s *Server) Rejections() map[string]int64 {
	c := &s.guard.count
	return map[string]int64{
		"origin": c.origin.Load(), "rate_limit": c.rateLimited.Load(), "unauthenticated": c.unauthenticated.Load(),
		"login_failed": c.loginFailed.Load(), "private": c.private.Load(), "busy": c.busy.Load(),
	}
}
