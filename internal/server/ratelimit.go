package server

import (
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Rate allows N requests per Per, in bursts of up to N. The zero Rate allows everything.
type Rate struct {
	N   int
	Per time.Duration
}

func (r Rate) on() bool { return r.N > 0 && r.Per > 0 }

// limiter keeps one token bucket per key (a client address, a session hash). Buckets
// that have refilled are forgotten, so that memory follows the number of recently
// active clients, not the number ever seen.
type limiter struct {
	rate Rate
	now  func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
	sweepAt int // sweep full buckets when the map grows past this
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(r Rate) *limiter {
	return &limiter{rate: r, now: time.Now, buckets: map[string]*bucket{}, sweepAt: 1024}
}

// take spends one token of key's bucket. When there is none it returns false and how
// long until there will be one.
func (l *limiter) take(key string) (bool, time.Duration) {
	return l.spend(key, true)
}

// check reports, like take, whether key has a token, without spending it.
func (l *limiter) check(key string) (bool, time.Duration) {
	return l.spend(key, false)
}

func (l *limiter) spend(key string, spend bool) (bool, time.Duration) {
	if l == nil || !l.rate.on() {
		return true, 0
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= l.sweepAt {
			l.sweep(now)
		}
		b = &bucket{tokens: float64(l.rate.N), at: now}
		l.buckets[key] = b
	}
	l.refill(b, now)
	if b.tokens < 1 {
		perToken := l.rate.Per.Seconds() / float64(l.rate.N)
		wait := time.Duration((1 - b.tokens) * perToken * float64(time.Second))
		return false, wait
	}
	if spend {
		b.tokens--
	}
	return true, 0
}

func (l *limiter) refill(b *bucket, now time.Time) {
	if el := now.Sub(b.at); el > 0 {
		b.tokens = math.Min(float64(l.rate.N), b.tokens+el.Seconds()*float64(l.rate.N)/l.rate.Per.Seconds())
		b.at = now
	}
}

// sweep forgets full buckets, and grows the threshold if most buckets are in use, so that
// a sweep costs amortised constant time per new key.
func (l *limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		l.refill(b, now)
		if b.tokens >= float64(l.rate.N) {
			delete(l.buckets, k)
		}
	}
	if len(l.buckets) >= l.sweepAt/2 {
		l.sweepAt *= 2
	}
}

// clientKey is the address a request came from, without its port. Proxies' headers are
// not trusted: behind a reverse proxy, limit there or all clients share one bucket.
func clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// writeTooMany answers 429 with Retry-After in whole seconds, and a detail both official
// clients show.
func writeTooMany(w http.ResponseWriter, wait time.Duration) {
	secs := retryAfter(wait)
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	writeDetail(w, http.StatusTooManyRequests, "Too many requests. Try again in "+strconv.Itoa(secs)+" second(s).")
}

// retryAfter is a wait in whole seconds, rounded up, at least one.
func retryAfter(wait time.Duration) int {
	return max(1, int(math.Ceil(wait.Seconds())))
}
