package gradio

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gradio-go/gradio/internal/jobs"
	"github.com/gradio-go/gradio/internal/natshttp"
	"github.com/gradio-go/gradio/internal/room"
	"github.com/gradio-go/gradio/internal/server"
	"github.com/gradio-go/gradio/internal/wire"
)

// Rooms of a scaled-out app (docs/adr/0011-scale-out.md, "Rooms across replicas"): a
// room lives on the web replica that created it, its home, which records itself in
// the rooms bucket. Another replica asked about a room it does not hold passes the
// request to the home over NATS (internal/natshttp) and streams the answer back; the
// home runs it as if it had come in directly. So each room keeps one writer, which
// orders its changes, and presence follows the member's stream to the home.

// roomHomeTTL is how long a room's record outlives its last refresh: a home that dies
// stops refreshing, and its rooms are forgotten after this.
const roomHomeTTL = 2 * time.Minute

// roomForward bounds what is passed on: bodies up to 8 MiB (NATS' maximum payload,
// 1 MiB by default, bounds them further).
var roomForward = natshttp.Options{MaxBody: 8 << 20}

// replicaShare passes requests about what another web replica holds (a room, or a
// session's rendered listeners) to that replica, its home.
type replicaShare struct {
	j       *jobsBackend
	hub     *room.Hub
	homes   *jobs.RoomHomes
	replica string
	fwd     *natshttp.Client
	next    http.Handler

	// known caches homes looked up: rooms never move, so an entry is wrong only once
	// its home is gone, which forwarding finds out at once (and then drops it).
	mu    sync.Mutex
	known map[string]string
	// rendered holds the sessions whose renders ran here, by when, to keep their
	// records alive (scalerender.go).
	rendered map[string]time.Time
}

// maxKnown bounds the cache of homes; when full it starts over.
const maxKnown = 4096

// shareReplicas makes the rooms of a web replica of a scaled-out app reachable from the
// other replicas, and theirs from it, and the same for the listeners its renders made
// for sessions (scalerender.go); next is the app's handler. Without rooms or renders,
// or on a worker, it returns next.
func (a *App) shareReplicas(hub *room.Hub, next http.Handler) (http.Handler, error) {
	j := a.jobs
	if hub == nil && !a.hasRenders || !j.web {
		return next, nil
	}
	ctx, cancel := context.WithTimeout(j.ctx, 30*time.Second)
	defer cancel()
	homes, err := j.b.RoomHomes(ctx, roomHomeTTL)
	if err != nil {
		return nil, fmt.Errorf("gradio: %w", err)
	}
	id := make([]byte, 8)
	_, _ = rand.Read(id)
	s := &replicaShare{j: j, hub: hub, homes: homes, replica: hex.EncodeToString(id),
		fwd: natshttp.NewClient(j.nc, roomForward), next: next, known: make(map[string]string),
		rendered: make(map[string]time.Time)}
	// The home runs forwarded requests with the app's own handler, logins and limits
	// included, but not this hook: a request is passed on at most once.
	srv, err := natshttp.Serve(j.nc, s.subject(s.replica), next, roomForward, a.log)
	if err != nil {
		return nil, fmt.Errorf("gradio: serving rooms to other replicas: %w", err)
	}
	// Both stop with the backend, before it disconnects.
	j.wg.Go(func() {
		<-j.ctx.Done()
		s.fwd.Close()
		srv.Close()
	})
	j.wg.Go(s.refresh)
	a.share = s
	return s, nil
}

// subject is where replica takes requests for its rooms.
func (s *replicaShare) subject(replica string) string {
	return "gradio.http." + s.j.a.jobsName() + "." + replica
}

// recordRoom is the hub's OnCreate: a room created here is recorded as living here
// before its creator hears of it, so a member who joins elsewhere finds it.
func (a *App) recordRoom(id string) error {
	s := a.share
	if s == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(s.j.ctx, 10*time.Second)
	defer cancel()
	if err := s.homes.Set(ctx, id, s.replica); err != nil {
		a.log.Error("gradio: recording a room failed", "room", id, "error", err)
		return err
	}
	return nil
}

// refresh keeps the records of the rooms held here alive.
func (s *replicaShare) refresh() {
	t := time.NewTicker(roomHomeTTL / 4)
	defer t.Stop()
	for {
		select {
		case <-s.j.ctx.Done():
			return
		case <-t.C:
		}
		var ids []string
		if s.hub != nil {
			ids = s.hub.IDs()
		}
		for _, id := range append(ids, s.renderKeys()...) {
			ctx, cancel := context.WithTimeout(s.j.ctx, 10*time.Second)
			if err := s.homes.Set(ctx, id, s.replica); err != nil {
				s.j.a.log.Warn("gradio: refreshing a room's record failed", "room", id, "error", err)
			}
			cancel()
		}
	}
}

// ServeHTTP passes a request about a room held by another replica to it, and serves
// everything else here. A room recorded nowhere, or whose home is gone, gets the
// answer it gets today: this replica's own 404.
func (s *replicaShare) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := roomOf(r)
	if id == "" && s.j.a.hasRenders {
		id = s.renderOf(r)
	}
	if id == "" || s.hub != nil && s.hub.Get(id) != nil {
		s.next.ServeHTTP(w, r)
		return
	}
	home, ok, err := s.home(r.Context(), id)
	if err != nil {
		s.j.a.log.Error("gradio: looking up a room failed", "room", id, "error", err)
		writeRoomDetail(w, http.StatusServiceUnavailable, "Rooms are unavailable right now. Try again later.")
		return
	}
	if !ok || home == s.replica {
		s.next.ServeHTTP(w, r)
		return
	}
	err = s.fwd.Forward(w, r, s.subject(home))
	var e *natshttp.Error
	switch {
	case err == nil:
	case errors.Is(err, natshttp.ErrNoPeer):
		s.forget(id)
		s.next.ServeHTTP(w, r) // its home is gone, and the room with it
	case errors.As(err, &e):
		s.j.a.log.Warn("gradio: passing a room's request on failed", "room", id, "error", err)
		writeRoomDetail(w, e.Status, e.Msg)
	case r.Context().Err() == nil:
		s.j.a.log.Warn("gradio: a room's response was cut short", "room", id, "error", err)
	}
}

// home returns the replica that holds room id, from the cache or the bucket. Render
// homes move (scalerender.go), so they are always read from the bucket.
func (s *replicaShare) home(ctx context.Context, id string) (string, bool, error) {
	moves := strings.HasPrefix(id, renderKeyPrefix)
	s.mu.Lock()
	home, ok := s.known[id]
	s.mu.Unlock()
	if ok && !moves {
		return home, true, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	home, ok, err := s.homes.Get(ctx, id)
	if err != nil || !ok || moves {
		return home, ok, err
	}
	s.mu.Lock()
	if len(s.known) >= maxKnown {
		clear(s.known)
	}
	s.known[id] = home
	s.mu.Unlock()
	return home, true, nil
}

func (s *replicaShare) forget(id string) {
	s.mu.Lock()
	delete(s.known, id)
	s.mu.Unlock()
}

// roomOf names the room a request is about: a room route's, or a queued call's made
// from a room. Creating a room is about no room yet: it stays here.
func roomOf(r *http.Request) string {
	var id string
	if rest, ok := strings.CutPrefix(r.URL.Path, wire.APIPrefix+"/room/"); ok {
		id, _, _ = strings.Cut(rest, "/")
	} else if r.URL.Path == wire.APIPrefix+"/queue/join" {
		id = r.Header.Get(server.RoomHeader)
	}
	if id == "" || len(id) > 64 || strings.Trim(id, "0123456789abcdef") != "" {
		return "" // room ids are hex; anything else is no room anywhere
	}
	return id
}

func writeRoomDetail(w http.ResponseWriter, status int, msg string) {
	b, _ := json.Marshal(map[string]string{"detail": msg})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}
