// Package session keeps per-session state: the values of State components, keyed by the
// client-chosen session hash. Sessions are bounded in number (least recently used go
// first) and expire after a period without use unless a client holds them open with a
// heartbeat connection.
package session

import (
	"container/list"
	"sync"
	"time"
)

// Defaults, as in Gradio: 10,000 sessions; an hour of idleness.
const (
	DefaultCapacity = 10000
	DefaultTTL      = time.Hour
)

// Store is the in-memory session store. Its zero value is not usable; use New.
type Store struct {
	capacity int
	ttl      time.Duration
	now      func() time.Time

	mu   sync.Mutex
	m    map[string]*list.Element
	lru  *list.List // sessions not held, front = most recently used
	held *list.List // sessions held open by a connection, which do not expire
}

// New returns a store holding at most capacity sessions, each dropped after ttl without
// use; zero values take the defaults.
func New(capacity int, ttl time.Duration) *Store {
	if capacity <= 0 {
		capacity = DefaultCapacity
	}
	if ttl <= 0 {
		ttl = DefaultTTL
	}
	return &Store{capacity: capacity, ttl: ttl, now: time.Now, m: make(map[string]*list.Element), lru: list.New(), held: list.New()}
}

// Session is one client's state.
type Session struct {
	Hash string

	mu       sync.Mutex
	values   map[int]value
	extra    any // the engine's own per-session data (Extra)
	lastUsed time.Time
	holds    int // open heartbeat connections; guarded by the store's lock
	now      func() time.Time
}

// value is a stored value and when it was last set.
type value struct {
	v   any
	set time.Time
}

// Get returns the session for hash, creating it if needed.
func (s *Store) Get(hash string) *Session {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.getLocked(hash, now)
}

func (s *Store) getLocked(hash string, now time.Time) *Session {
	s.expireLocked(now)
	if e, ok := s.m[hash]; ok {
		sess := e.Value.(*Session)
		if sess.holds == 0 {
			s.lru.MoveToFront(e)
		}
		sess.mu.Lock()
		sess.lastUsed = now
		sess.mu.Unlock()
		return sess
	}
	sess := &Session{Hash: hash, lastUsed: now, now: s.now}
	s.m[hash] = s.lru.PushFront(sess)
	// Over capacity, the least recently used session goes; a held one only when no
	// other (than the new one) is left.
	for s.lru.Len()+s.held.Len() > s.capacity {
		if s.lru.Len() > 1 {
			s.removeLocked(s.lru, s.lru.Back())
		} else {
			s.removeLocked(s.held, s.held.Back())
		}
	}
	return sess
}

// Lookup returns the session for hash if it exists.
func (s *Store) Lookup(hash string) (*Session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.m[hash]
	if !ok {
		return nil, false
	}
	return e.Value.(*Session), true
}

// Use returns the session for hash if it exists, and counts this as a use of it.
func (s *Store) Use(hash string) (*Session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[hash]; !ok {
		return nil, false
	}
	return s.getLocked(hash, s.now()), true
}

// Len is the number of sessions held.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lru.Len() + s.held.Len()
}

// Hold marks the session as in use by a live connection (a heartbeat stream) until the
// returned release function is called; a held session does not expire. release reports
// whether that was the session's last hold (its last open page closed). A session that
// has no values when its last hold ends is dropped at once: there is nothing to keep.
func (s *Store) Hold(hash string) (release func() (last bool)) {
	s.mu.Lock()
	sess := s.getLocked(hash, s.now())
	if sess.holds == 0 {
		// Held sessions wait in a list of their own, out of the expiry scan.
		s.m[hash] = s.held.PushFront(s.lru.Remove(s.m[hash]))
	}
	sess.holds++
	s.mu.Unlock()
	var once sync.Once
	return func() (last bool) {
		once.Do(func() {
			now := s.now()
			s.mu.Lock()
			defer s.mu.Unlock()
			sess.holds--
			last = sess.holds == 0
			sess.mu.Lock()
			sess.lastUsed = now
			empty := len(sess.values) == 0
			sess.mu.Unlock()
			e, stored := s.m[hash]
			if !last || !stored || e.Value != sess {
				// Still held, or evicted for capacity while held.
				return
			}
			s.held.Remove(e)
			if empty {
				delete(s.m, hash)
				return
			}
			s.m[hash] = s.lru.PushFront(sess)
		})
		return last
	}
}

// expireLocked drops idle sessions from the back of the LRU list, which holds no held
// session. Called with s.mu held.
func (s *Store) expireLocked(now time.Time) {
	for e := s.lru.Back(); e != nil; e = s.lru.Back() {
		sess := e.Value.(*Session)
		sess.mu.Lock()
		idle := now.Sub(sess.lastUsed) > s.ttl
		sess.mu.Unlock()
		if !idle {
			// Ordered by use: nothing nearer the front has been idle longer.
			return
		}
		s.removeLocked(s.lru, e)
	}
}

func (s *Store) removeLocked(l *list.List, e *list.Element) {
	sess := l.Remove(e).(*Session)
	delete(s.m, sess.Hash)
}

// Value returns the value stored under id, calling init to create it on first use or
// when it was last set more than ttl ago (ttl <= 0: never).
func (sess *Session) Value(id int, init func() any, ttl time.Duration) any {
	now := sess.now()
	sess.mu.Lock()
	defer sess.mu.Unlock()
	v, ok := sess.values[id]
	if !ok || ttl > 0 && now.Sub(v.set) > ttl {
		v = value{init(), now}
		if sess.values == nil {
			sess.values = make(map[int]value)
		}
		sess.values[id] = v
	}
	return v.v
}

// Set stores v under id.
func (sess *Session) Set(id int, v any) {
	now := sess.now()
	sess.mu.Lock()
	if sess.values == nil {
		sess.values = make(map[int]value)
	}
	sess.values[id] = value{v, now}
	sess.mu.Unlock()
}

// Load returns the value stored under id and when it was set.
func (sess *Session) Load(id int) (v any, set time.Time, ok bool) {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	e, ok := sess.values[id]
	return e.v, e.set, ok
}

// Store stores v under id as set at the given time: a value kept elsewhere (a
// scaled-out app's shared State) keeps its age for its TTL.
func (sess *Session) Store(id int, v any, set time.Time) {
	sess.mu.Lock()
	if sess.values == nil {
		sess.values = make(map[int]value)
	}
	sess.values[id] = value{v, set}
	sess.mu.Unlock()
}

// Delete drops the values stored under ids.
func (sess *Session) Delete(ids ...int) {
	sess.mu.Lock()
	for _, id := range ids {
		delete(sess.values, id)
	}
	sess.mu.Unlock()
}

// Extra returns the engine's own data for the session, made by init on first use. It
// goes with the session, but unlike values it does not keep a session whose last hold
// ended: it describes pages, and they are closed then.
func (sess *Session) Extra(init func() any) any {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	if sess.extra == nil {
		sess.extra = init()
	}
	return sess.extra
}

// ExtraIfAny returns the engine's data for the session, or nil.
func (sess *Session) ExtraIfAny() any {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	return sess.extra
}
