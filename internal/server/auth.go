package server

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"mime"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Auth configures logging in. Gradio's flow is kept: POST /login with the form fields
// username and password sets a cookie that every other route then asks for.
type Auth struct {
	// Verify checks a user name and password; nil means there is no password login.
	Verify func(ctx context.Context, user, pass string) bool
	// Trusted names the user an upstream authenticator (a proxy, OIDC or JWT
	// middleware) vouched for; nil means none.
	Trusted func(r *http.Request) (user string, ok bool)
	// Message is shown on the login page and in 401 answers.
	Message string
	// TTL is how long a login lasts; 0 means seven days.
	TTL time.Duration
	// MaxLogins bounds the logins kept at once, the oldest dropped first; 0 means 10,000.
	MaxLogins int
	// Store, if set, keeps the logins where every replica of a scaled-out app finds
	// them; each replica then keeps only a short-lived copy (loginRecheck).
	Store LoginStore
}

// LoginStore keeps logins outside the process, by the SHA-256 of their tokens in hex,
// so that the store holds nothing a reader could replay as a cookie.
type LoginStore interface {
	SaveLogin(ctx context.Context, key, user string, expires time.Time) error
	// LoadLogin reports false for a login that is unknown, ended or expired.
	LoadLogin(ctx context.Context, key string) (user string, expires time.Time, ok bool, err error)
	DeleteLogin(ctx context.Context, key string) error
}

// loginRecheck is how long a replica trusts its copy of a stored login: a logout on
// another replica takes effect here within it.
const loginRecheck = 2 * time.Second

// tokenBytes is the size of a login token: 256 random bits, sent as 64 hex digits.
const tokenBytes = 32

// logins keeps the tokens of logged-in users, by their SHA-256, so that the map holds
// nothing a memory dump could replay.
type logins struct {
	ttl time.Duration
	max int
	now func() time.Time

	store LoginStore

	mu    sync.Mutex
	users map[[32]byte]login
}

type login struct {
	user    string
	expires time.Time
	checked time.Time // when the store last confirmed it
}

func newLogins(ttl time.Duration, max int) *logins {
	if ttl <= 0 {
		ttl = 7 * 24 * time.Hour
	}
	if max <= 0 {
		max = 10_000
	}
	return &logins{ttl: ttl, max: max, now: time.Now, users: map[[32]byte]login{}}
}

// add starts a login for user and returns its token; it fails only when the store
// cannot save it.
func (l *logins) add(user string) (string, error) {
	var b [tokenBytes]byte
	_, _ = rand.Read(b[:])
	tok := hex.EncodeToString(b[:])
	now := l.now()
	k := sha256.Sum256([]byte(tok))
	if l.store != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := l.store.SaveLogin(ctx, hex.EncodeToString(k[:]), user, now.Add(l.ttl)); err != nil {
			return "", err
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.users) >= l.max {
		l.evict(now)
	}
	l.users[k] = login{user: user, expires: now.Add(l.ttl), checked: now}
	return tok, nil
}

// evict drops expired logins and, if that is not enough, the one closest to expiry.
func (l *logins) evict(now time.Time) {
	var oldest [32]byte
	var oldestAt time.Time
	for k, v := range l.users {
		if !now.Before(v.expires) {
			delete(l.users, k)
			continue
		}
		if oldestAt.IsZero() || v.expires.Before(oldestAt) {
			oldest, oldestAt = k, v.expires
		}
	}
	if len(l.users) >= l.max {
		delete(l.users, oldest)
	}
}

// user returns who a token belongs to.
func (l *logins) user(tok string) (string, bool) {
	if !validToken(tok) {
		return "", false
	}
	k := sha256.Sum256([]byte(tok))
	now := l.now()
	l.mu.Lock()
	v, ok := l.users[k]
	if ok && !now.Before(v.expires) {
		delete(l.users, k)
		ok = false
	}
	if l.store == nil || ok && now.Sub(v.checked) < loginRecheck {
		l.mu.Unlock()
		return v.user, ok
	}
	l.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	user, expires, found, err := l.store.LoadLogin(ctx, hex.EncodeToString(k[:]))
	if err != nil {
		return "", false // no login can be confirmed while the store is down
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !found || !now.Before(expires) {
		delete(l.users, k)
		return "", false
	}
	if _, had := l.users[k]; !had && len(l.users) >= l.max {
		l.evict(now)
	}
	l.users[k] = login{user: user, expires: expires, checked: now}
	return user, true
}

func (l *logins) remove(tok string) {
	if !validToken(tok) {
		return
	}
	k := sha256.Sum256([]byte(tok))
	l.mu.Lock()
	delete(l.users, k)
	l.mu.Unlock()
	if l.store != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = l.store.DeleteLogin(ctx, hex.EncodeToString(k[:]))
	}
}

// validToken is the decoder of the login cookie's value: exactly 64 lower-case hex
// digits. Anything else is no login, whatever it is.
func validToken(s string) bool {
	if len(s) != 2*tokenBytes {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// maxLoginForm bounds a login request's body; a user name and a password fit easily.
const maxLoginForm = 16 << 10

var errLoginForm = errors.New("send the form fields username and password")

// readLoginForm decodes the login form, URL-encoded (curl, Python, the login page) or
// multipart (the JavaScript client). Fields must be present once; the password may be
// empty, the user name may not.
func readLoginForm(w http.ResponseWriter, r *http.Request) (user, pass string, err error) {
	r.Body = http.MaxBytesReader(w, r.Body, maxLoginForm)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return "", "", errLoginForm
		}
	case "multipart/form-data":
		if err := r.ParseMultipartForm(maxLoginForm); err != nil {
			return "", "", errLoginForm
		}
		if r.MultipartForm != nil && len(r.MultipartForm.File) > 0 {
			return "", "", errLoginForm
		}
	default:
		return "", "", errLoginForm
	}
	us, ps := r.PostForm["username"], r.PostForm["password"]
	if len(us) != 1 || len(ps) != 1 || us[0] == "" || len(us[0]) > 256 || len(ps[0]) > 1024 {
		return "", "", errLoginForm
	}
	return us[0], ps[0], nil
}

// cookieName is the login cookie's name for an app: Gradio's, with an id of the app so
// that apps on one host (cookies ignore ports) do not log each other out.
func cookieName(appID uint64) string {
	const hexd = "0123456789abcdef"
	var b [8]byte
	for i := range b {
		b[i] = hexd[(appID>>(4*(7-i)))&0xf]
	}
	return "access-token-" + string(b[:])
}

// secure reports whether the client reached the app over TLS, directly or through a
// proxy that says so: only then is the cookie marked Secure, which plain HTTP would drop.
func secure(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(firstValue(r.Header.Get("X-Forwarded-Proto")), "https")
}

func (g *guard) setCookie(w http.ResponseWriter, r *http.Request, tok string, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name: g.cookie, Value: tok, Path: "/", MaxAge: maxAge,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: secure(r),
	})
}

// currentUser returns who is making the request: the upstream authenticator's user,
// else the owner of the login cookie.
func (g *guard) currentUser(r *http.Request) (string, bool) {
	if g.auth.Trusted != nil {
		if u, ok := g.auth.Trusted(r); ok && u != "" {
			return u, true
		}
	}
	if g.auth.Verify == nil {
		return "", false
	}
	c, err := r.Cookie(g.cookie)
	if err != nil {
		return "", false
	}
	return g.logins.user(c.Value)
}

type userKey struct{}

// User returns the logged-in user a request was made by, or "" in an app without
// authentication.
func User(ctx context.Context) string {
	u, _ := ctx.Value(userKey{}).(string)
	return u
}
