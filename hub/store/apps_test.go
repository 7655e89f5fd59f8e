package store

import (
	"bytes"
	"slices"
	"testing"
	"time"
)

func testPutApp(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	alice, bob := addUser(t, s, "alice"), addUser(t, s, "bob")
	a := &App{OwnerID: alice.ID, Name: "echo", Title: "Echo", Description: "Says it back",
		Visibility: Public, Tags: []string{" Audio ", "ml", "ML", "", "audio", "Zeta"}}
	check(t, "PutApp", s.PutApp(ctx, a))
	created := c.now()
	if a.ID == 0 || a.Owner != "alice" || !a.Created.Equal(created) || !a.Updated.Equal(created) {
		t.Errorf("created %+v", a)
	}
	if want := []string{"audio", "ml", "zeta"}; !slices.Equal(a.Tags, want) {
		t.Errorf("Tags = %q, want %q", a.Tags, want)
	}

	got, err := s.App(ctx, "alice", "echo")
	check(t, "App", err)
	if got.ID != a.ID || got.OwnerID != alice.ID || got.Owner != "alice" || got.Title != "Echo" ||
		got.Description != "Says it back" || got.Visibility != Public || got.Likes != 0 || got.Locked ||
		!slices.Equal(got.Tags, a.Tags) || !got.Created.Equal(created) || !got.LastSeen.IsZero() {
		t.Errorf("App = %+v", got)
	}

	// A second put updates in place and leaves Created alone.
	c.add(time.Minute)
	b := &App{OwnerID: alice.ID, Name: "echo", Title: "Echo 2", Description: "New", Visibility: Unlisted, Tags: []string{"speech"}}
	check(t, "PutApp again", s.PutApp(ctx, b))
	if b.ID != a.ID || !b.Created.Equal(created) || !b.Updated.Equal(c.now()) {
		t.Errorf("updated %+v, want ID %d, Created %v, Updated %v", b, a.ID, created, c.now())
	}
	got, err = s.AppByID(ctx, a.ID)
	check(t, "AppByID", err)
	if got.Title != "Echo 2" || got.Description != "New" || got.Visibility != Unlisted ||
		!slices.Equal(got.Tags, []string{"speech"}) || !got.Updated.Equal(c.now()) {
		t.Errorf("AppByID after update = %+v", got)
	}

	// The same name under another owner is another app.
	other := addApp(t, s, bob, "echo", Public)
	if other.ID == a.ID {
		t.Error("bob/echo has alice/echo's ID")
	}
	if got, err := s.App(ctx, "bob", "echo"); err != nil || got.ID != other.ID || len(got.Tags) != 0 {
		t.Errorf("App(bob, echo) = %+v, %v", got, err)
	}

	if err := s.PutApp(ctx, &App{OwnerID: alice.ID, Name: "x", Visibility: "secret"}); err == nil {
		t.Error("PutApp with an invalid visibility succeeded")
	}
	wantErr(t, "unknown owner", s.PutApp(ctx, &App{OwnerID: 999, Name: "x", Visibility: Public}), ErrNotFound)
	_, err = s.App(ctx, "alice", "nope")
	wantErr(t, "App(alice, nope)", err, ErrNotFound)
	_, err = s.App(ctx, "carol", "echo")
	wantErr(t, "App(carol, echo)", err, ErrNotFound)
	_, err = s.AppByID(ctx, 999)
	wantErr(t, "AppByID(999)", err, ErrNotFound)
}

func testAppSetters(t *testing.T, s *fixture) {
	ctx := t.Context()
	alice := addUser(t, s, "alice")
	a := addApp(t, s, alice, "echo", Public)
	png := []byte("\x89PNG\r\n\x1a\n\x00fake")
	seen := time.Date(2026, 5, 4, 3, 2, 1, 123456000, time.FixedZone("X", 3600))
	check(t, "SetVisibility", s.SetVisibility(ctx, a.ID, Private))
	check(t, "SetLocked", s.SetLocked(ctx, a.ID, true))
	check(t, "SetThumbnail", s.SetThumbnail(ctx, a.ID, png))
	check(t, "Seen", s.Seen(ctx, a.ID, seen))
	got, err := s.AppByID(ctx, a.ID)
	check(t, "AppByID", err)
	if got.Visibility != Private || !got.Locked || !bytes.Equal(got.Thumbnail, png) ||
		!got.LastSeen.Equal(seen) || got.LastSeen.Location() != time.UTC {
		t.Errorf("after setters: %+v", got)
	}
	if !got.HasThumbnail {
		t.Error("AppByID: HasThumbnail is false with a thumbnail")
	}
	list, err := s.Apps(ctx, AppQuery{Owner: "alice", Viewer: alice.ID})
	check(t, "Apps", err)
	if len(list) != 1 || !list[0].HasThumbnail || list[0].Thumbnail != nil {
		t.Errorf("Apps should say there is a thumbnail without carrying it: %+v", list)
	}
	check(t, "SetThumbnail", s.SetThumbnail(ctx, a.ID, nil))
	if list, _ := s.Apps(ctx, AppQuery{Owner: "alice", Viewer: alice.ID}); len(list) != 1 || list[0].HasThumbnail {
		t.Errorf("Apps after removing the thumbnail: %+v", list)
	}
	check(t, "SetLocked", s.SetLocked(ctx, a.ID, false))
	if got, _ := s.AppByID(ctx, a.ID); got.Locked {
		t.Error("still locked")
	}
	if err := s.SetVisibility(ctx, a.ID, ""); err == nil {
		t.Error("SetVisibility(\"\") succeeded")
	}
	for what, err := range map[string]error{
		"SetVisibility": s.SetVisibility(ctx, 999, Public),
		"SetLocked":     s.SetLocked(ctx, 999, true),
		"SetThumbnail":  s.SetThumbnail(ctx, 999, png),
		"Seen":          s.Seen(ctx, 999, seen),
		"DeleteApp":     s.DeleteApp(ctx, 999),
	} {
		wantErr(t, what+" of an unknown app", err, ErrNotFound)
	}
}

func testLikes(t *testing.T, s *fixture) {
	ctx := t.Context()
	alice, bob := addUser(t, s, "alice"), addUser(t, s, "bob")
	a := addApp(t, s, alice, "echo", Public)
	likes := func() int {
		t.Helper()
		got, err := s.AppByID(ctx, a.ID)
		check(t, "AppByID", err)
		byName, err := s.App(ctx, "alice", "echo")
		check(t, "App", err)
		list, err := s.Apps(ctx, AppQuery{Listed: true})
		check(t, "Apps", err)
		if len(list) != 1 || list[0].Likes != got.Likes || byName.Likes != got.Likes {
			t.Errorf("likes differ: AppByID %d, App %d, Apps %+v", got.Likes, byName.Likes, list)
		}
		return got.Likes
	}
	check(t, "Like", s.Like(ctx, a.ID, bob.ID))
	check(t, "Like again", s.Like(ctx, a.ID, bob.ID))
	if n := likes(); n != 1 {
		t.Errorf("%d likes after one user liked twice", n)
	}
	check(t, "Like", s.Like(ctx, a.ID, alice.ID))
	if n := likes(); n != 2 {
		t.Errorf("%d likes, want 2", n)
	}
	if ok, err := s.Liked(ctx, a.ID, bob.ID); err != nil || !ok {
		t.Errorf("Liked = %v, %v", ok, err)
	}
	check(t, "Unlike", s.Unlike(ctx, a.ID, bob.ID))
	check(t, "Unlike again", s.Unlike(ctx, a.ID, bob.ID))
	if ok, err := s.Liked(ctx, a.ID, bob.ID); err != nil || ok {
		t.Errorf("Liked after Unlike = %v, %v", ok, err)
	}
	if n := likes(); n != 1 {
		t.Errorf("%d likes, want 1", n)
	}
	wantErr(t, "Like of an unknown app", s.Like(ctx, 999, bob.ID), ErrNotFound)
}

func testCollaborators(t *testing.T, s *fixture) {
	ctx := t.Context()
	alice, bob, carol := addUser(t, s, "alice"), addUser(t, s, "bob"), addUser(t, s, "carol")
	a := addApp(t, s, alice, "echo", Private)
	check(t, "AddCollaborator", s.AddCollaborator(ctx, a.ID, carol.ID))
	check(t, "AddCollaborator", s.AddCollaborator(ctx, a.ID, bob.ID))
	check(t, "AddCollaborator again", s.AddCollaborator(ctx, a.ID, bob.ID))
	us, err := s.Collaborators(ctx, a.ID)
	check(t, "Collaborators", err)
	if len(us) != 2 || us[0].Name != "bob" || us[1].Name != "carol" || us[0].Email != "bob@example.com" {
		t.Errorf("Collaborators = %+v", us)
	}
	for u, want := range map[*User]bool{alice: false, bob: true, carol: true} {
		if ok, err := s.IsCollaborator(ctx, a.ID, u.ID); err != nil || ok != want {
			t.Errorf("IsCollaborator(%s) = %v, %v", u.Name, ok, err)
		}
	}
	check(t, "RemoveCollaborator", s.RemoveCollaborator(ctx, a.ID, bob.ID))
	if ok, _ := s.IsCollaborator(ctx, a.ID, bob.ID); ok {
		t.Error("bob still collaborates")
	}
	wantErr(t, "RemoveCollaborator twice", s.RemoveCollaborator(ctx, a.ID, bob.ID), ErrNotFound)
	wantErr(t, "AddCollaborator to an unknown app", s.AddCollaborator(ctx, 999, bob.ID), ErrNotFound)
	wantErr(t, "AddCollaborator of an unknown user", s.AddCollaborator(ctx, a.ID, 999), ErrNotFound)
}

// testDeleteApp checks that an app's records go with it, counting the rows left
// in each table.
func testDeleteApp(t *testing.T, s *fixture) {
	ctx := t.Context()
	alice, bob := addUser(t, s, "alice"), addUser(t, s, "bob")
	a := addApp(t, s, alice, "echo", Public, "audio")
	keep := addApp(t, s, alice, "keep", Public, "audio")
	for _, app := range []*App{a, keep} {
		check(t, "AddCollaborator", s.AddCollaborator(ctx, app.ID, bob.ID))
		check(t, "Like", s.Like(ctx, app.ID, bob.ID))
		top := &Comment{AppID: app.ID, AuthorID: bob.ID, Body: "top"}
		check(t, "AddComment", s.AddComment(ctx, top))
		check(t, "AddComment", s.AddComment(ctx, &Comment{AppID: app.ID, ParentID: top.ID, AuthorID: alice.ID, Body: "reply"}))
		check(t, "CreateShareLink", s.CreateShareLink(ctx, &ShareLink{Hash: hash(app.Name), AppID: app.ID, Expires: time.Now().Add(time.Hour)}))
	}
	check(t, "DeleteApp", s.DeleteApp(ctx, a.ID))

	_, err := s.AppByID(ctx, a.ID)
	wantErr(t, "AppByID after DeleteApp", err, ErrNotFound)
	_, _, err = s.ShareLinkApp(ctx, hash("echo"))
	wantErr(t, "ShareLinkApp after DeleteApp", err, ErrNotFound)
	if cs, err := s.Comments(ctx, a.ID); err != nil || len(cs) != 0 {
		t.Errorf("Comments after DeleteApp = %+v, %v", cs, err)
	}
	if apps, err := s.Apps(ctx, AppQuery{Tag: "audio"}); err != nil || !slices.Equal(names(apps), []string{"alice/keep"}) {
		t.Errorf("Apps(tag) after DeleteApp = %q, %v", names(apps), err)
	}
	d := dbOf(s)
	for _, table := range []string{"app_tags", "collaborators", "likes", "comments", "share_links"} {
		var n, kept int
		err := d.rd.QueryRowContext(ctx, d.d.rebind(`SELECT COUNT(*), COUNT(CASE WHEN app_id = ? THEN 1 END) FROM `+table), keep.ID).Scan(&n, &kept)
		check(t, "count "+table, err)
		if n != kept || kept == 0 {
			t.Errorf("%s: %d rows, %d of them the kept app's: the deleted app left some, or the cascade went too far", table, n, kept)
		}
	}

	// The name is free again, and the new app starts afresh.
	again := addApp(t, s, alice, "echo", Public)
	if got, err := s.AppByID(ctx, again.ID); err != nil || got.Likes != 0 || len(got.Tags) != 0 {
		t.Errorf("recreated app = %+v, %v", got, err)
	}
}
