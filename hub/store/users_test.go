package store

import (
	"bytes"
	"crypto/sha256"
	"testing"
	"time"
)

func hash(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:] }

func testUsers(t *testing.T, s *fixture) {
	ctx := t.Context()
	before := time.Now().Add(-time.Second)
	alice := addUser(t, s, "alice")
	bob := addUser(t, s, "bob")
	if alice.ID == 0 || alice.ID == bob.ID {
		t.Fatalf("IDs %d and %d", alice.ID, bob.ID)
	}
	if alice.Created.Before(before) || alice.Created.After(time.Now()) || alice.Created.Location() != time.UTC {
		t.Errorf("Created = %v, want now in UTC", alice.Created)
	}
	wantErr(t, "duplicate name", s.CreateUser(ctx, &User{Name: "alice"}), ErrTaken)

	for _, get := range []func() (*User, error){
		func() (*User, error) { return s.UserByName(ctx, "alice") },
		func() (*User, error) { return s.UserByID(ctx, alice.ID) },
	} {
		u, err := get()
		check(t, "lookup", err)
		if u.ID != alice.ID || u.Name != alice.Name || u.Email != alice.Email ||
			u.PasswordHash != alice.PasswordHash || !u.Created.Equal(alice.Created) {
			t.Errorf("read %+v, want %+v", u, alice)
		}
	}
	_, err := s.UserByName(ctx, "carol")
	wantErr(t, "UserByName(carol)", err, ErrNotFound)
	_, err = s.UserByID(ctx, 999)
	wantErr(t, "UserByID(999)", err, ErrNotFound)

	check(t, "SetPassword", s.SetPassword(ctx, bob.ID, "new-hash"))
	u, err := s.UserByID(ctx, bob.ID)
	check(t, "UserByID", err)
	if u.PasswordHash != "new-hash" {
		t.Errorf("PasswordHash = %q after SetPassword", u.PasswordHash)
	}
	wantErr(t, "SetPassword(999)", s.SetPassword(ctx, 999, "x"), ErrNotFound)
}

func testTokens(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	alice, bob := addUser(t, s, "alice"), addUser(t, s, "bob")
	tok := &Token{UserID: alice.ID, Name: "laptop", Hash: hash("secret-1")}
	check(t, "CreateToken", s.CreateToken(ctx, tok))
	if tok.ID == 0 || !tok.Created.Equal(c.now()) || !tok.LastUsed.IsZero() {
		t.Errorf("created %+v", tok)
	}
	check(t, "CreateToken", s.CreateToken(ctx, &Token{UserID: alice.ID, Name: "CI", Hash: hash("secret-2")}))
	wantErr(t, "same hash", s.CreateToken(ctx, &Token{UserID: bob.ID, Hash: hash("secret-1")}), ErrTaken)
	wantErr(t, "unknown user", s.CreateToken(ctx, &Token{UserID: 999, Hash: hash("x")}), ErrNotFound)

	c.add(time.Hour)
	u, got, err := s.TokenUser(ctx, hash("secret-1"))
	check(t, "TokenUser", err)
	if u.ID != alice.ID || got.ID != tok.ID || got.Name != "laptop" || !bytes.Equal(got.Hash, tok.Hash) {
		t.Errorf("TokenUser = %+v, %+v", u, got)
	}
	if !got.LastUsed.Equal(c.now()) || !got.Created.Equal(tok.Created) {
		t.Errorf("LastUsed = %v, Created = %v; want %v, %v", got.LastUsed, got.Created, c.now(), tok.Created)
	}
	_, _, err = s.TokenUser(ctx, hash("nope"))
	wantErr(t, "TokenUser(unknown)", err, ErrNotFound)

	ts, err := s.Tokens(ctx, alice.ID)
	check(t, "Tokens", err)
	if len(ts) != 2 || ts[0].ID != tok.ID || !ts[0].LastUsed.Equal(c.now()) || !ts[1].LastUsed.IsZero() {
		t.Errorf("Tokens = %+v", ts)
	}

	wantErr(t, "DeleteToken of another user", s.DeleteToken(ctx, bob.ID, tok.ID), ErrNotFound)
	if _, _, err := s.TokenUser(ctx, hash("secret-1")); err != nil {
		t.Errorf("token gone after another user's DeleteToken: %v", err)
	}
	check(t, "DeleteToken", s.DeleteToken(ctx, alice.ID, tok.ID))
	_, _, err = s.TokenUser(ctx, hash("secret-1"))
	wantErr(t, "TokenUser after DeleteToken", err, ErrNotFound)
	wantErr(t, "DeleteToken twice", s.DeleteToken(ctx, alice.ID, tok.ID), ErrNotFound)
}

func testSessions(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	alice := addUser(t, s, "alice")
	se := &Session{Hash: hash("cookie"), UserID: alice.ID, Expires: c.now().Add(time.Hour)}
	check(t, "CreateSession", s.CreateSession(ctx, se))
	if !se.Created.Equal(c.now()) {
		t.Errorf("Created = %v, want %v", se.Created, c.now())
	}
	wantErr(t, "same hash", s.CreateSession(ctx, &Session{Hash: hash("cookie"), UserID: alice.ID, Expires: se.Expires}), ErrTaken)
	wantErr(t, "unknown user", s.CreateSession(ctx, &Session{Hash: hash("x"), UserID: 999, Expires: se.Expires}), ErrNotFound)
	if err := s.CreateSession(ctx, &Session{Hash: hash("y"), UserID: alice.ID}); err == nil {
		t.Error("CreateSession without Expires succeeded")
	}

	u, err := s.SessionUser(ctx, hash("cookie"))
	check(t, "SessionUser", err)
	if u.ID != alice.ID {
		t.Errorf("SessionUser = %+v", u)
	}
	c.add(time.Hour) // now == Expires: expired
	_, err = s.SessionUser(ctx, hash("cookie"))
	wantErr(t, "expired SessionUser", err, ErrNotFound)

	c.add(-time.Minute)
	check(t, "DeleteSession", s.DeleteSession(ctx, hash("cookie")))
	_, err = s.SessionUser(ctx, hash("cookie"))
	wantErr(t, "SessionUser after DeleteSession", err, ErrNotFound)
	check(t, "DeleteSession twice", s.DeleteSession(ctx, hash("cookie")))
}
