package session

import (
	"testing"
	"time"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func newTestStore(capacity int, ttl time.Duration) (*Store, *clock) {
	c := &clock{t: time.Unix(1000, 0)}
	s := New(capacity, ttl)
	s.now = c.now
	return s, c
}

func TestValueInitialisesOncePerSession(t *testing.T) {
	s, _ := newTestStore(10, time.Hour)
	calls := 0
	init := func() any { calls++; return calls }
	if got := s.Get("a").Value(1, init, 0); got != 1 {
		t.Fatalf("first value = %v, want 1", got)
	}
	if got := s.Get("a").Value(1, init, 0); got != 1 {
		t.Fatalf("second read = %v, want the stored 1", got)
	}
	if got := s.Get("b").Value(1, init, 0); got != 2 {
		t.Fatalf("other session = %v, want its own initial value 2", got)
	}
	s.Get("a").Set(1, 42)
	if got := s.Get("a").Value(1, init, 0); got != 42 {
		t.Fatalf("after Set = %v, want 42", got)
	}
}

func TestValueTTL(t *testing.T) {
	s, c := newTestStore(10, time.Hour)
	sess := s.Get("a")
	sess.Set(1, "old")
	c.advance(30 * time.Second)
	if got := sess.Value(1, func() any { return "fresh" }, time.Minute); got != "old" {
		t.Fatalf("within TTL = %v, want old", got)
	}
	c.advance(31 * time.Second)
	if got := sess.Value(1, func() any { return "fresh" }, time.Minute); got != "fresh" {
		t.Fatalf("after TTL = %v, want fresh", got)
	}
}

func TestCapacityEvictsLeastRecentlyUsed(t *testing.T) {
	s, _ := newTestStore(2, time.Hour)
	s.Get("a").Set(1, "a")
	s.Get("b").Set(1, "b")
	s.Get("a") // a is now the most recent
	s.Get("c")
	if _, ok := s.Lookup("b"); ok {
		t.Error("b survived; it was the least recently used")
	}
	if _, ok := s.Lookup("a"); !ok {
		t.Error("a was evicted although recently used")
	}
	if n := s.Len(); n != 2 {
		t.Errorf("Len = %d, want 2", n)
	}
}

func TestIdleSessionsExpireUnlessHeld(t *testing.T) {
	s, c := newTestStore(10, time.Minute)
	s.Get("idle")
	release := s.Hold("held")
	c.advance(2 * time.Minute)
	s.Get("new") // triggers expiry
	if _, ok := s.Lookup("idle"); ok {
		t.Error("idle session outlived its TTL")
	}
	if _, ok := s.Lookup("held"); !ok {
		t.Error("held session expired while its heartbeat was open")
	}
	release()
	c.advance(2 * time.Minute)
	s.Get("newer")
	if _, ok := s.Lookup("held"); ok {
		t.Error("released session did not expire")
	}
}

// Several held sessions used to send the expiry scan round in circles.
func TestExpiryWithManyHeldSessions(t *testing.T) {
	s, c := newTestStore(100, time.Minute)
	for i := range 5 {
		s.Hold(string(rune('a' + i)))
	}
	s.Get("idle")
	c.advance(2 * time.Minute)
	done := make(chan struct{})
	go func() {
		s.Get("trigger")
		s.Get("again")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("expiry did not finish with several held sessions")
	}
	if _, ok := s.Lookup("idle"); ok {
		t.Error("idle session survived")
	}
	if n := s.Len(); n != 7 {
		t.Errorf("Len = %d, want 5 held + 2 new", n)
	}
}
