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

// A session without values is dropped when its last page closes; one with values is
// kept until it expires.
func TestReleaseDropsOnlyEmptySessions(t *testing.T) {
	s, c := newTestStore(10, time.Minute)
	r1, r2 := s.Hold("empty"), s.Hold("empty")
	if r1() {
		t.Error("first release reported the last hold")
	}
	if _, ok := s.Lookup("empty"); !ok {
		t.Fatal("session dropped while a page is still open")
	}
	if !r2() {
		t.Error("second release did not report the last hold")
	}
	if _, ok := s.Lookup("empty"); ok {
		t.Error("empty session kept after its last page closed")
	}

	release := s.Hold("state")
	s.Get("state").Set(1, "v")
	release()
	if _, ok := s.Lookup("state"); !ok {
		t.Fatal("session with values dropped at release")
	}
	c.advance(2 * time.Minute)
	s.Get("trigger")
	if _, ok := s.Lookup("state"); ok {
		t.Error("released session with values did not expire")
	}
}

// Held sessions count towards the capacity; the oldest held one goes when no other can.
func TestCapacityWithHeldSessions(t *testing.T) {
	s, _ := newTestStore(2, time.Hour)
	ra := s.Hold("a")
	s.Hold("b")
	s.Get("c")
	if _, ok := s.Lookup("a"); ok {
		t.Error("a survived; it was the oldest held session and no other could go")
	}
	if n := s.Len(); n != 2 {
		t.Errorf("Len = %d, want 2", n)
	}
	if !ra() {
		t.Error("release of an evicted session did not report its last hold")
	}
	if n := s.Len(); n != 2 {
		t.Errorf("Len = %d after releasing an evicted session, want 2", n)
	}
}

// Getting sessions stays cheap however many sessions are held open.
func TestGetWithManyHeldSessions(t *testing.T) {
	s, _ := newTestStore(100000, time.Hour)
	for i := range 20000 {
		s.Hold(string(rune(0x10000 + i)))
	}
	done := make(chan struct{})
	go func() {
		for i := range 20000 {
			s.Get(string(rune(0x20000 + i)))
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("20,000 Gets with 20,000 held sessions took over 10 s")
	}
}

func TestExtraGoesWithTheSessionButDoesNotKeepIt(t *testing.T) {
	s, c := newTestStore(2, time.Hour)
	made := 0
	init := func() any { made++; return made }
	if s.Get("a").Extra(init) != 1 || s.Get("a").Extra(init) != 1 || made != 1 {
		t.Fatalf("Extra made %d values, want 1", made)
	}
	if _, ok := s.Use("nobody"); ok || s.Len() != 1 {
		t.Fatal("Use created a session")
	}
	c.advance(30 * time.Minute)
	if sess, ok := s.Use("a"); !ok || sess.ExtraIfAny() != 1 {
		t.Fatal("Use lost the session")
	}
	c.advance(45 * time.Minute) // 75 minutes after Get, 45 after Use
	s.Get("b")
	if _, ok := s.Lookup("a"); !ok {
		t.Fatal("a session used 45 minutes ago expired after an hour's TTL")
	}
	// A held session with nothing but extra data goes when its last hold ends.
	release := s.Hold("a")
	release()
	if _, ok := s.Lookup("a"); ok {
		t.Error("a session with only extra data outlived its page")
	}
	s.Get("b").Set(1, "x")
	s.Get("b").Set(2, "y")
	s.Get("b").Delete(1, 3)
	if got := s.Get("b").Value(1, func() any { return "new" }, 0); got != "new" {
		t.Errorf("a deleted value = %v, want a fresh one", got)
	}
	if got := s.Get("b").Value(2, func() any { return "new" }, 0); got != "y" {
		t.Errorf("a kept value = %v", got)
	}
}
