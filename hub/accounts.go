package hub

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gradio-go/gradio/hub/store"
)

const (
	sessionCookie = "hub_session"
	sessionTTL    = 30 * 24 * time.Hour
)

// viewer returns the signed-in user of the request, from the session cookie or a hub
// API token in the Authorization header, or nil.
func (s *Server) viewer(r *http.Request) *store.User {
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		if u, err := s.store.SessionUser(r.Context(), digest(c.Value)); err == nil {
			return u
		}
	}
	if tok := bearer(r); tok != "" {
		if u, _, err := s.store.TokenUser(r.Context(), digest(tok)); err == nil {
			return u
		}
	}
	return nil
}

// bearer returns the hub token in the request's Authorization header, if it holds one.
func bearer(r *http.Request) string {
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || !strings.HasPrefix(tok, tokenPrefix) {
		return ""
	}
	return tok
}

func (s *Server) signupPage(w http.ResponseWriter, r *http.Request) {
	if s.cfg.ClosedSignup {
		s.render(w, r, http.StatusForbidden, "message", page{Title: "Sign-up is closed", Error: "This hub does not take new sign-ups; ask its administrator for an account."})
		return
	}
	s.render(w, r, http.StatusOK, "signup", page{Title: "Sign up", Data: form{Next: safeNext(r.FormValue("next"))}})
}

func (s *Server) signup(w http.ResponseWriter, r *http.Request) {
	if s.cfg.ClosedSignup {
		s.render(w, r, http.StatusForbidden, "message", page{Title: "Sign-up is closed", Error: "This hub does not take new sign-ups."})
		return
	}
	f := form{Name: strings.TrimSpace(r.PostFormValue("name")), Email: strings.TrimSpace(r.PostFormValue("email")), Next: safeNext(r.PostFormValue("next"))}
	var err error
	if f.Email != "" && (!strings.Contains(f.Email, "@") || checkText("the e-mail address", f.Email, 254) != nil) {
		err = errors.New("the e-mail address does not look like one")
	}
	if err == nil {
		var u *store.User
		if u, err = AddUser(r.Context(), s.store, f.Name, r.PostFormValue("password"), f.Email); err == nil {
			s.log.Info("hub: new account", "user", u.Name)
			s.startSession(w, r, u, f.Next)
			return
		}
		if !errors.As(err, new(inputError)) {
			s.fail(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusBadRequest, "signup", page{Title: "Sign up", Error: err.Error(), Data: f})
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "login", page{Title: "Log in", Data: form{Next: safeNext(r.FormValue("next"))}})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	f := form{Name: strings.ToLower(strings.TrimSpace(r.PostFormValue("name"))), Next: safeNext(r.PostFormValue("next"))}
	if wait := s.throttle.blocked(f.Name); wait > 0 {
		s.render(w, r, http.StatusTooManyRequests, "login", page{Title: "Log in", Error: "Too many failed attempts; try again in " + wait.Round(time.Minute).String() + ".", Data: f})
		return
	}
	u, err := s.store.UserByName(r.Context(), f.Name)
	ok := false
	if err == nil {
		ok, err = checkPassword(u.PasswordHash, r.PostFormValue("password"))
	} else if errors.Is(err, store.ErrNotFound) {
		// Spend the same time as a real check, so timing does not tell which names exist.
		_, _ = checkPassword(dummyHash, r.PostFormValue("password"))
		err = nil
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !ok {
		s.throttle.failed(f.Name)
		s.log.Info("hub: failed login", "user", f.Name, "remote", r.RemoteAddr)
		s.render(w, r, http.StatusUnauthorized, "login", page{Title: "Log in", Error: "Wrong user name or password.", Data: f})
		return
	}
	s.throttle.reset(f.Name)
	s.startSession(w, r, u, f.Next)
}

var dummyHash = hashPassword("not a real password")

func (s *Server) startSession(w http.ResponseWriter, r *http.Request, u *store.User, next string) {
	secret := newSecret("")
	now := time.Now()
	if err := s.store.CreateSession(r.Context(), &store.Session{Hash: digest(secret), UserID: u.ID, Created: now, Expires: now.Add(sessionTTL)}); err != nil {
		s.fail(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: secret, Path: "/", HttpOnly: true, Secure: s.secure(r),
		SameSite: http.SameSiteLaxMode, MaxAge: int(sessionTTL / time.Second)})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		_ = s.store.DeleteSession(r.Context(), digest(c.Value))
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Path: "/", HttpOnly: true, Secure: s.secure(r), MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// settingsData is what the settings page shows.
type settingsData struct {
	Tokens   []store.Token
	NewToken string // shown once, right after creation
	Apps     []store.App
}

func (s *Server) settingsPage(w http.ResponseWriter, r *http.Request) {
	s.showSettings(w, r, http.StatusOK, "", "")
}

func (s *Server) showSettings(w http.ResponseWriter, r *http.Request, status int, newToken, errMsg string) {
	u := s.viewer(r)
	if u == nil {
		http.Redirect(w, r, "/login?next=/settings", http.StatusSeeOther)
		return
	}
	toks, err := s.store.Tokens(r.Context(), u.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	apps, err := s.store.Apps(r.Context(), store.AppQuery{Owner: u.Name, Viewer: u.ID, Sort: store.SortNew, Limit: 200})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, status, "settings", page{Title: "Settings", Viewer: u, Error: errMsg,
		Data: settingsData{Tokens: toks, NewToken: newToken, Apps: apps}})
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request) {
	u := s.viewer(r)
	if u == nil {
		http.Redirect(w, r, "/login?next=/settings", http.StatusSeeOther)
		return
	}
	name := strings.TrimSpace(r.PostFormValue("name"))
	if name == "" {
		name = "token"
	}
	if err := checkText("the token name", name, 64); err != nil {
		s.showSettings(w, r, http.StatusBadRequest, "", err.Error())
		return
	}
	secret := newSecret(tokenPrefix)
	if err := s.store.CreateToken(r.Context(), &store.Token{UserID: u.ID, Name: name, Hash: digest(secret)}); err != nil {
		s.fail(w, r, err)
		return
	}
	s.showSettings(w, r, http.StatusOK, secret, "")
}

func (s *Server) deleteToken(w http.ResponseWriter, r *http.Request) {
	u := s.viewer(r)
	if u == nil {
		http.Redirect(w, r, "/login?next=/settings", http.StatusSeeOther)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err == nil {
		err = s.store.DeleteToken(r.Context(), u.ID, id)
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/settings", http.StatusSeeOther)
}

// safeNext keeps a post-login redirect on this hub.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") || strings.ContainsAny(next, "\r\n") {
		return "/"
	}
	return next
}

// throttle slows down password guessing: after maxFails failures for one name within
// the window, logins for that name wait until the window has passed.
type throttle struct {
	mu    sync.Mutex
	fails map[string][]time.Time
}

const (
	maxFails    = 10
	failWindow  = 15 * time.Minute
	maxThrottle = 100_000 // names tracked; beyond it the oldest entries go
)

func (t *throttle) blocked(name string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.recent(name)
	if len(f) < maxFails {
		return 0
	}
	return time.Until(f[0].Add(failWindow))
}

func (t *throttle) failed(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.fails == nil {
		t.fails = map[string][]time.Time{}
	}
	if len(t.fails) >= maxThrottle {
		for k := range t.fails { // Map order is random: this drops an arbitrary entry.
			delete(t.fails, k)
			break
		}
	}
	t.fails[name] = append(t.recent(name), time.Now())
}

func (t *throttle) reset(name string) {
	t.mu.Lock()
	delete(t.fails, name)
	t.mu.Unlock()
}

// recent drops failures older than the window.
func (t *throttle) recent(name string) []time.Time {
	f := t.fails[name]
	for len(f) > 0 && time.Since(f[0]) > failWindow {
		f = f[1:]
	}
	if len(f) > maxFails {
		f = f[len(f)-maxFails:]
	}
	return f
}

// AddUser creates an account, with the checks sign-up applies; it is how an
// administrator makes accounts on a hub with ClosedSignup.
func AddUser(ctx context.Context, st store.Store, name, password, email string) (*store.User, error) {
	if err := checkUserName(name); err != nil {
		return nil, inputError{err}
	}
	if err := checkPasswordRules(password, name); err != nil {
		return nil, inputError{err}
	}
	u := &store.User{Name: name, Email: email, PasswordHash: hashPassword(password)}
	if err := st.CreateUser(ctx, u); err != nil {
		if errors.Is(err, store.ErrTaken) {
			return nil, inputError{fmt.Errorf("the user name %q is taken", name)}
		}
		return nil, err
	}
	return u, nil
}

// NewToken makes an API token for the user and returns its secret, which is shown
// only this once.
func NewToken(ctx context.Context, st store.Store, userName, tokenName string) (string, error) {
	u, err := st.UserByName(ctx, userName)
	if err != nil {
		return "", fmt.Errorf("user %q: %w", userName, err)
	}
	secret := newSecret(tokenPrefix)
	if err := st.CreateToken(ctx, &store.Token{UserID: u.ID, Name: tokenName, Hash: digest(secret)}); err != nil {
		return "", err
	}
	return secret, nil
}
