package hub

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httputil"
	"sync/atomic"
	"time"

	"github.com/gradio-go/gradio/hub/store"
	"github.com/gradio-go/gradio/tunnel"
)

// liveApp is an app whose tunnel is connected.
type liveApp struct {
	sess  *tunnel.Session
	proxy *httputil.ReverseProxy
	since time.Time
	queue atomic.Int64 // events waiting in the app's queue, -1 until known
}

// tunnel takes an app's outbound connection: it checks the token, registers (or
// updates) the app under the token's user, and keeps the session until it drops.
func (s *Server) tunnel(w http.ResponseWriter, r *http.Request) {
	tok := bearer(r)
	if tok == "" {
		http.Error(w, "a hub API token is required (Authorization: Bearer ghub_…); make one under Settings", http.StatusUnauthorized)
		return
	}
	u, _, err := s.store.TokenUser(r.Context(), digest(tok))
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "this hub API token is not valid (deleted, or from another hub)", http.StatusUnauthorized)
		return
	} else if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := tunnel.Accept(w, r)
	if err != nil {
		s.log.Info("hub: tunnel handshake failed", "user", u.Name, "err", err)
		return
	}
	reg := p.Register()
	a, err := s.registerApp(r.Context(), u, reg)
	if err != nil {
		_ = p.Refuse(err.Error(), false)
		return
	}
	// One process serves an app at a time: a second is refused (and retries, so it
	// takes over once the first is gone) rather than the two taking turns. The claim
	// also lets requests that arrive while the tunnel is set up wait for it rather
	// than see the app offline: the app may send one the moment it reads the welcome.
	connected, ok := s.claim(a.ID)
	if !ok {
		_ = p.Refuse(u.Name+"/"+a.Name+" is already connected to the hub from another process", true)
		return
	}
	welcome := tunnel.Welcome{URL: s.baseURL(r) + "/" + u.Name + "/" + a.Name + "/"}
	if o := s.appOrigin(r, a); o != s.baseURL(r) {
		welcome.URL = o + "/"
	}
	if reg.Share {
		ttl := s.cfg.ShareTTL
		if d := time.Duration(reg.ShareTTLSeconds) * time.Second; d > 0 {
			ttl = min(d, s.cfg.MaxShareTTL)
		}
		secret := newSecret(sharePrefix)
		now := time.Now()
		if err := s.store.CreateShareLink(r.Context(), &store.ShareLink{Hash: digest(secret), AppID: a.ID, Created: now, Expires: now.Add(ttl)}); err != nil {
			connected()
			_ = p.Refuse("the hub could not make a share link; try again", true)
			s.log.Error("hub: share link", "err", err)
			return
		}
		welcome.ShareURL = s.baseURL(r) + "/s/" + secret + "/"
		welcome.ShareExpires = now.Add(ttl)
	}
	sess, err := p.Welcome(welcome)
	if err != nil {
		connected()
		s.log.Info("hub: tunnel welcome failed", "app", u.Name+"/"+a.Name, "err", err)
		return
	}
	s.connect(a, sess)
	connected()
	s.log.Info("hub: app online", "app", u.Name+"/"+a.Name, "remote", r.RemoteAddr)
	s.watch(s.online(a.ID))
	s.disconnect(a, sess)
}

// queuePoll is how often the hub asks an online app how long its queue is, for the
// directory's cards.
var queuePoll = 5 * time.Second

// watch polls the app's queue length until its tunnel drops or the hub closes.
func (s *Server) watch(l *liveApp) {
	if l == nil {
		return
	}
	client := &http.Client{Transport: l.sess.Transport(), Timeout: 3 * time.Second}
	t := time.NewTicker(queuePoll)
	defer t.Stop()
	for {
		l.queue.Store(queueLength(client))
		select {
		case <-l.sess.Done():
			return
		case <-s.close:
			_ = l.sess.Close()
			return
		case <-t.C:
		}
	}
}

// queueLength asks an app for its queue's size (Gradio's /gradio_api/queue/status);
// -1 when it does not say.
func queueLength(c *http.Client) int64 {
	resp, err := c.Get("http://app/gradio_api/queue/status")
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	var st struct {
		QueueSize *int64 `json:"queue_size"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(resp.Body, 64<<10)).Decode(&st) != nil || st.QueueSize == nil {
		return -1
	}
	return max(*st.QueueSize, 0)
}

// registerApp creates the app on its first connection and updates what the app says
// of itself on later ones; a visibility left empty keeps the current one (public for
// a new app).
func (s *Server) registerApp(ctx context.Context, u *store.User, reg tunnel.Register) (*store.App, error) {
	if err := checkAppName(reg.App); err != nil {
		return nil, err
	}
	if err := checkText("the title", reg.Title, 200); err != nil {
		return nil, err
	}
	if err := checkText("the description", reg.Description, 4000); err != nil {
		return nil, err
	}
	tags, err := normaliseTags(reg.Tags)
	if err != nil {
		return nil, err
	}
	v := store.Visibility(reg.Visibility)
	if v != "" && !v.Valid() {
		return nil, errors.New(`the visibility must be "public", "unlisted" or "private"`)
	}
	a, err := s.store.App(ctx, u.Name, reg.App)
	switch {
	case errors.Is(err, store.ErrNotFound):
		a = &store.App{OwnerID: u.ID, Name: reg.App, Visibility: store.Public}
	case err != nil:
		return nil, errors.New("the hub could not read its records; try again")
	}
	if v != "" {
		a.Visibility = v
	}
	a.Title, a.Description, a.Tags = reg.Title, reg.Description, tags
	if err := s.store.PutApp(ctx, a); err != nil {
		s.log.Error("hub: registering app", "app", u.Name+"/"+reg.App, "err", err)
		return nil, errors.New("the hub could not save the app; try again")
	}
	a.Owner = u.Name
	s.apps.forget(u.Name, a.Name)
	return a, nil
}

// connect makes sess the app's tunnel.
func (s *Server) connect(a *store.App, sess *tunnel.Session) {
	l := &liveApp{sess: sess, since: time.Now()}
	l.queue.Store(-1)
	l.proxy = s.newProxy(sess)
	s.mu.Lock()
	s.live[a.ID] = l
	s.mu.Unlock()
	_ = s.store.Seen(context.Background(), a.ID, time.Now())
}

func (s *Server) disconnect(a *store.App, sess *tunnel.Session) {
	s.mu.Lock()
	if l := s.live[a.ID]; l != nil && l.sess == sess {
		delete(s.live, a.ID)
	}
	s.mu.Unlock()
	_ = s.store.Seen(context.Background(), a.ID, time.Now())
	s.log.Info("hub: app offline", "app", a.Owner+"/"+a.Name)
}

// claim reserves the app for a tunnel being set up, unless one is connected or being
// set up already; the returned function ends the reservation.
func (s *Server) claim(appID int64) (done func(), ok bool) {
	ch := make(chan struct{})
	s.mu.Lock()
	if s.live[appID] != nil || s.pending[appID] != nil {
		s.mu.Unlock()
		return nil, false
	}
	s.pending[appID] = ch
	s.mu.Unlock()
	return func() {
		s.mu.Lock()
		if s.pending[appID] == ch {
			delete(s.pending, appID)
		}
		s.mu.Unlock()
		close(ch)
	}, true
}

// online returns the app's live tunnel, or nil.
func (s *Server) online(appID int64) *liveApp {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.live[appID]
}

// waitOnline is online, but waits a little for a tunnel being set up.
func (s *Server) waitOnline(ctx context.Context, appID int64) *liveApp {
	s.mu.Lock()
	l, ch := s.live[appID], s.pending[appID]
	s.mu.Unlock()
	if l != nil || ch == nil {
		return l
	}
	t := time.NewTimer(5 * time.Second)
	defer t.Stop()
	select {
	case <-ch:
	case <-t.C:
	case <-ctx.Done():
	}
	return s.online(appID)
}
