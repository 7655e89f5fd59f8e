package gradio

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// Renders of a scaled-out app (docs/adr/0011-scale-out.md): a render runs on the web
// replica that took its join, and the listeners it makes for the session exist only
// there, with fn indices no other process knows. That replica records itself as the
// session's render home (in the rooms bucket, beside rooms' homes); another replica
// asked to queue one of those listeners passes the join to it, as it does a room's
// requests. A later run of the render on another replica makes that one the home.

// renderKeyPrefix sets render homes apart from rooms' in the bucket (room ids are hex).
const renderKeyPrefix = "render:"

// maxRenderJoin bounds the join bodies read to find a rendered listener; larger ones
// are served here.
const maxRenderJoin = 1 << 20

// recordRender records this replica as the home of session's renders, before the
// render runs, so that the listeners it makes are found here.
func (a *App) recordRender(session string) {
	s := a.share
	if s == nil {
		return
	}
	key := renderKeyPrefix + session
	ctx, cancel := context.WithTimeout(s.j.ctx, 10*time.Second)
	defer cancel()
	if err := s.homes.Set(ctx, key, s.replica); err != nil {
		a.log.Error("gradio: recording a render's replica failed", "error", err)
		return
	}
	s.mu.Lock()
	if len(s.rendered) >= maxKnown {
		clear(s.rendered)
	}
	s.rendered[session] = time.Now()
	s.mu.Unlock()
}

// renderKeys lists the records of the sessions whose renders ran here lately (within
// the session TTL), for the refresh, and forgets the older ones.
func (s *replicaShare) renderKeys() []string {
	ttl := s.j.a.opts.sessionTTL
	if ttl <= 0 {
		ttl = time.Hour
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var keys []string
	for session, at := range s.rendered {
		if time.Since(at) > ttl {
			delete(s.rendered, session)
			continue
		}
		keys = append(keys, renderKeyPrefix+session)
	}
	return keys
}

// renderOf names the render home a request is for: a join of a listener a render made
// for the session, here or elsewhere. Its home is looked up even when this replica
// knows the fn index: a later run of the render on another replica may have replaced
// what this one holds, with other listeners under the same indices. The body is read
// and put back.
func (s *replicaShare) renderOf(r *http.Request) string {
	if r.Method != http.MethodPost || r.URL.Path != wire.APIPrefix+"/queue/join" || r.Body == nil {
		return ""
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, maxRenderJoin+1))
	r.Body = readBack{io.MultiReader(bytes.NewReader(b), r.Body), r.Body}
	if err != nil || len(b) > maxRenderJoin {
		return ""
	}
	var j struct {
		FnIndex     *int   `json:"fn_index"`
		SessionHash string `json:"session_hash"`
	}
	a := s.j.a
	if json.Unmarshal(b, &j) != nil || j.FnIndex == nil || *j.FnIndex < len(a.fns) || j.SessionHash == "" {
		return ""
	}
	return renderKeyPrefix + j.SessionHash
}

// readBack is a request body partly read already: the rest, then the original's Close.
type readBack struct {
	io.Reader
	io.Closer
}
