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

	mu  sync.Mutex
	m   map[string]*list.Element
	lru *list.List // front = most recently used
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
	return &Store{capacity: capacity, ttl: ttl, now: time.Now, m: make(map[string]*list.Element), lru: list.New()}
}

// Session is one client's state.
type Session struct {
	Hash string

	mu       sync.Mutex
	values   map[int]value
	lastUsed time.Time
	holds    int // open heartbeat connections
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
	s.expireLocked(now)
	if e, ok := s.m[hash]; ok {
		s.lru.MoveToFront(e)
		sess := e.Value.(*Session)
		sess.mu.Lock()
		sess.lastUsed = now
		sess.mu.Unlock()
		return sess
	}
	sess := &Session{Hash: hash, values: make(map[int]value), lastUsed: now, now: s.now}
	s.m[hash] = s.lru.PushFront(sess)
	for s.lru.Len() > s.capacity {
		s.removeLocked(s.lru.Back())
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

// Len is the number of sessions held.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lru.Len()
}

// Hold marks the session as in use by a live connection (a heartbeat stream) until the
// returned release function is called; a held session does not expire. release reports
// whether that was the session's last hold (its last open page closed).
func (s *Store) Hold(hash string) (release func() (last bool)) {
	sess := s.Get(hash)
	sess.mu.Lock()
	sess.holds++
	sess.mu.Unlock()
	var once sync.Once
	return func() (last bool) {
		once.Do(func() {
			sess.mu.Lock()
			sess.holds--
			last = sess.holds == 0
			sess.lastUsed = s.now()
			sess.mu.Unlock()
		})
		return last
	}
}

// expireLocked drops idle sessions from the back of the LRU list. A session held open
// by a heartbeat counts as in use and moves to the front. Called with s.mu held.
func (s *Store) expireLocked(now time.Time) {
	// Each step removes the back element or moves it to the front, so Len steps visit
	// every session at most once.
	for range s.lru.Len() {
		e := s.lru.Back()
		sess := e.Value.(*Session)
		sess.mu.Lock()
		held := sess.holds > 0
		idle := !held && now.Sub(sess.lastUsed) > s.ttl
		sess.mu.Unlock()
		switch {
		case held:
			s.lru.MoveToFront(e)
		case idle:
			s.removeLocked(e)
		default:
			// Ordered by use: nothing nearer the front has been idle longer.
			return
		}
	}
}

func (s *Store) removeLocked(e *list.Element) {
	sess := s.lru.Remove(e).(*Session)
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
		sess.values[id] = v
	}
	return v.v
}

// Set stores v under id.
func (sess *Session) Set(id int, v any) {
	now := sess.now()
	sess.mu.Lock()
	sess.values[id] = value{v, now}
	sess.mu.Unlock()
}
