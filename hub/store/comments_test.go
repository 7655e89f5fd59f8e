package store

import (
	"bytes"
	"slices"
	"testing"
	"time"
)

func testComments(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	alice, bob := addUser(t, s, "alice"), addUser(t, s, "bob")
	app := addApp(t, s, alice, "echo", Public)
	otherApp := addApp(t, s, alice, "other", Public)
	add := func(parent int64, author *User, body string) *Comment {
		t.Helper()
		c.add(time.Second)
		cm := &Comment{AppID: app.ID, ParentID: parent, AuthorID: author.ID, Body: body, HTML: "<p>" + body + "</p>"}
		check(t, "AddComment "+body, s.AddComment(ctx, cm))
		if cm.ID == 0 || !cm.Created.Equal(c.now()) {
			t.Errorf("added %+v", cm)
		}
		return cm
	}
	first := add(0, bob, "first")
	second := add(0, alice, "second")
	r1 := add(first.ID, alice, "reply to first")
	r2 := add(second.ID, bob, "reply to second")
	r3 := add(r1.ID, bob, "reply to the reply")
	if r3.ParentID != first.ID {
		t.Errorf("a reply to a reply has ParentID %d, want the top-level %d", r3.ParentID, first.ID)
	}
	last := add(0, bob, "third")

	att := []byte(`{"inputs":["hi"],"outputs":["hi"]}`)
	withAtt := &Comment{AppID: app.ID, ParentID: last.ID, AuthorID: alice.ID, Body: "see", Attachment: att}
	check(t, "AddComment with attachment", s.AddComment(ctx, withAtt))

	order := func() []string {
		t.Helper()
		cs, err := s.Comments(ctx, app.ID)
		check(t, "Comments", err)
		var out []string
		for _, cm := range cs {
			out = append(out, cm.Author+": "+cm.Body)
		}
		return out
	}
	want := []string{
		"bob: first", "alice: reply to first", "bob: reply to the reply",
		"alice: second", "bob: reply to second",
		"bob: third", "alice: see",
	}
	if got := order(); !slices.Equal(got, want) {
		t.Errorf("Comments =\n%q\nwant\n%q", got, want)
	}

	got, err := s.Comment(ctx, withAtt.ID)
	check(t, "Comment", err)
	if got.AppID != app.ID || got.ParentID != last.ID || got.AuthorID != alice.ID || got.Author != "alice" ||
		!bytes.Equal(got.Attachment, att) || got.Hidden || got.Deleted || !got.Edited.IsZero() {
		t.Errorf("Comment = %+v", got)
	}
	if got, _ := s.Comment(ctx, first.ID); got.ParentID != 0 || got.HTML != "<p>first</p>" {
		t.Errorf("top-level Comment = %+v", got)
	}

	edited := c.now().Add(time.Hour)
	check(t, "EditComment", s.EditComment(ctx, first.ID, "first!", "<p>first!</p>", edited))
	if got, _ := s.Comment(ctx, first.ID); got.Body != "first!" || got.HTML != "<p>first!</p>" || !got.Edited.Equal(edited) {
		t.Errorf("edited Comment = %+v", got)
	}

	// A deleted comment keeps its place, so its replies stay under it.
	check(t, "DeleteComment", s.DeleteComment(ctx, first.ID))
	if got, _ := s.Comment(ctx, first.ID); !got.Deleted || got.Body != "" || got.HTML != "" || got.Author != "bob" {
		t.Errorf("deleted Comment = %+v", got)
	}
	check(t, "DeleteComment", s.DeleteComment(ctx, withAtt.ID))
	if got, _ := s.Comment(ctx, withAtt.ID); len(got.Attachment) != 0 {
		t.Errorf("deleted Comment kept its attachment %q", got.Attachment)
	}
	want[0], want[len(want)-1] = "bob: ", "alice: "
	if got := order(); !slices.Equal(got, want) {
		t.Errorf("Comments after deletes =\n%q\nwant\n%q", got, want)
	}
	wantErr(t, "EditComment of a deleted comment", s.EditComment(ctx, first.ID, "back", "", edited), ErrNotFound)

	check(t, "HideComment", s.HideComment(ctx, r2.ID, true))
	if got, _ := s.Comment(ctx, r2.ID); !got.Hidden || got.Body != "reply to second" {
		t.Errorf("hidden Comment = %+v", got)
	}
	check(t, "HideComment", s.HideComment(ctx, r2.ID, false))
	if got, _ := s.Comment(ctx, r2.ID); got.Hidden {
		t.Error("comment still hidden")
	}

	_, err = s.Comment(ctx, 999)
	wantErr(t, "Comment(999)", err, ErrNotFound)
	wantErr(t, "EditComment(999)", s.EditComment(ctx, 999, "", "", edited), ErrNotFound)
	wantErr(t, "DeleteComment(999)", s.DeleteComment(ctx, 999), ErrNotFound)
	wantErr(t, "HideComment(999)", s.HideComment(ctx, 999, true), ErrNotFound)
	wantErr(t, "reply to an unknown comment", s.AddComment(ctx, &Comment{AppID: app.ID, ParentID: 999, AuthorID: bob.ID}), ErrNotFound)
	wantErr(t, "reply across apps", s.AddComment(ctx, &Comment{AppID: otherApp.ID, ParentID: second.ID, AuthorID: bob.ID}), ErrNotFound)
	wantErr(t, "comment on an unknown app", s.AddComment(ctx, &Comment{AppID: 999, AuthorID: bob.ID}), ErrNotFound)
	if cs, err := s.Comments(ctx, otherApp.ID); err != nil || len(cs) != 0 {
		t.Errorf("other app's Comments = %+v, %v", cs, err)
	}
}

func testShareLinks(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	alice := addUser(t, s, "alice")
	app := addApp(t, s, alice, "secret", Private, "x")
	l := &ShareLink{Hash: hash("link"), AppID: app.ID, Expires: c.now().Add(time.Hour)}
	check(t, "CreateShareLink", s.CreateShareLink(ctx, l))
	if !l.Created.Equal(c.now()) {
		t.Errorf("Created = %v", l.Created)
	}
	got, gotLink, err := s.ShareLinkApp(ctx, hash("link"))
	check(t, "ShareLinkApp", err)
	if got.ID != app.ID || got.Owner != "alice" || !slices.Equal(got.Tags, []string{"x"}) ||
		gotLink.AppID != app.ID || !bytes.Equal(gotLink.Hash, l.Hash) || !gotLink.Expires.Equal(l.Expires) || !gotLink.Created.Equal(l.Created) {
		t.Errorf("ShareLinkApp = %+v, %+v", got, gotLink)
	}
	c.add(time.Hour)
	_, _, err = s.ShareLinkApp(ctx, hash("link"))
	wantErr(t, "expired link", err, ErrNotFound)
	_, _, err = s.ShareLinkApp(ctx, hash("other"))
	wantErr(t, "unknown link", err, ErrNotFound)
	wantErr(t, "same hash", s.CreateShareLink(ctx, &ShareLink{Hash: hash("link"), AppID: app.ID, Expires: c.now().Add(time.Hour)}), ErrTaken)
	wantErr(t, "unknown app", s.CreateShareLink(ctx, &ShareLink{Hash: hash("x"), AppID: 999, Expires: c.now().Add(time.Hour)}), ErrNotFound)
	if err := s.CreateShareLink(ctx, &ShareLink{Hash: hash("y"), AppID: app.ID}); err == nil {
		t.Error("CreateShareLink without Expires succeeded")
	}
}

// testExpire tells a deleted record from one merely filtered out as expired by
// turning the store's clock back after Expire.
func testExpire(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	start := c.now()
	alice := addUser(t, s, "alice")
	app := addApp(t, s, alice, "echo", Public)
	for name, ttl := range map[string]time.Duration{"old": time.Minute, "edge": time.Hour, "live": 2 * time.Hour} {
		check(t, "CreateSession", s.CreateSession(ctx, &Session{Hash: hash(name), UserID: alice.ID, Expires: start.Add(ttl)}))
		check(t, "CreateShareLink", s.CreateShareLink(ctx, &ShareLink{Hash: hash(name), AppID: app.ID, Expires: start.Add(ttl)}))
	}
	check(t, "Expire", s.Expire(ctx, start.Add(time.Hour)))
	for name, want := range map[string]bool{"old": false, "edge": false, "live": true} {
		_, err := s.SessionUser(ctx, hash(name))
		_, _, lerr := s.ShareLinkApp(ctx, hash(name))
		if (err == nil) != want || (lerr == nil) != want {
			t.Errorf("%s: SessionUser %v, ShareLinkApp %v; want kept = %v", name, err, lerr, want)
		}
	}
}

// testRestart closes the store and opens its database again: everything written
// must be there, and the schema is not migrated twice.
func testRestart(t *testing.T, s *fixture) {
	ctx := t.Context()
	first, err := Open(ctx, s.url) // apart from s, which the fixture closes
	check(t, "Open", err)
	alice := addUser(t, first, "alice")
	bob := addUser(t, first, "bob")
	app := &App{OwnerID: alice.ID, Name: "echo", Title: "Echo", Description: "d", Visibility: Private, Tags: []string{"b", "a"}}
	check(t, "PutApp", first.PutApp(ctx, app))
	check(t, "SetThumbnail", first.SetThumbnail(ctx, app.ID, []byte("png")))
	check(t, "CreateToken", first.CreateToken(ctx, &Token{UserID: bob.ID, Name: "t", Hash: hash("token")}))
	check(t, "CreateSession", first.CreateSession(ctx, &Session{Hash: hash("session"), UserID: bob.ID, Expires: time.Now().Add(time.Hour)}))
	check(t, "AddCollaborator", first.AddCollaborator(ctx, app.ID, bob.ID))
	check(t, "Like", first.Like(ctx, app.ID, bob.ID))
	top := &Comment{AppID: app.ID, AuthorID: bob.ID, Body: "hi"}
	check(t, "AddComment", first.AddComment(ctx, top))
	check(t, "AddComment", first.AddComment(ctx, &Comment{AppID: app.ID, ParentID: top.ID, AuthorID: alice.ID, Body: "hello"}))
	check(t, "CreateShareLink", first.CreateShareLink(ctx, &ShareLink{Hash: hash("link"), AppID: app.ID, Expires: time.Now().Add(time.Hour)}))
	check(t, "Close", first.Close())

	again := open(t, s.url)
	if u, err := again.UserByName(ctx, "alice"); err != nil || u.ID != alice.ID || !u.Created.Equal(alice.Created) {
		t.Errorf("alice after restart: %+v, %v", u, err)
	}
	if u, tok, err := again.TokenUser(ctx, hash("token")); err != nil || u.ID != bob.ID || tok.Name != "t" {
		t.Errorf("token after restart: %+v, %+v, %v", u, tok, err)
	}
	if u, err := again.SessionUser(ctx, hash("session")); err != nil || u.ID != bob.ID {
		t.Errorf("session after restart: %+v, %v", u, err)
	}
	got, err := again.App(ctx, "alice", "echo")
	if err != nil || got.ID != app.ID || got.Title != "Echo" || got.Visibility != Private || got.Likes != 1 ||
		!slices.Equal(got.Tags, []string{"a", "b"}) || string(got.Thumbnail) != "png" || !got.Created.Equal(app.Created) {
		t.Errorf("app after restart: %+v, %v", got, err)
	}
	if ok, err := again.IsCollaborator(ctx, app.ID, bob.ID); err != nil || !ok {
		t.Errorf("collaborator after restart: %v, %v", ok, err)
	}
	if cs, err := again.Comments(ctx, app.ID); err != nil || len(cs) != 2 || cs[1].ParentID != top.ID {
		t.Errorf("comments after restart: %+v, %v", cs, err)
	}
	if a, _, err := again.ShareLinkApp(ctx, hash("link")); err != nil || a.ID != app.ID {
		t.Errorf("share link after restart: %v", err)
	}
	// A new app gets a new ID: the sequence survives too.
	if next := addApp(t, again, bob, "next", Public); next.ID <= app.ID {
		t.Errorf("new app's ID %d is not above %d", next.ID, app.ID)
	}
	var versions int
	d := dbOf(again)
	check(t, "count migrations", d.rd.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&versions))
	if ms, _ := migrations(); versions != len(ms) {
		t.Errorf("%d migrations recorded, want %d", versions, len(ms))
	}
}
