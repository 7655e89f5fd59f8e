package store

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// listed runs q and returns the apps' names in order.
func listed(t *testing.T, s Store, q AppQuery) []string {
	t.Helper()
	apps, err := s.Apps(t.Context(), q)
	if err != nil {
		t.Fatalf("Apps(%+v): %v", q, err)
	}
	return names(apps)
}

func testVisibility(t *testing.T, s *fixture) {
	c := setClock(s)
	alice, bob, carol := addUser(t, s, "alice"), addUser(t, s, "bob"), addUser(t, s, "carol")
	// Created one minute apart, so SortNew lists them in reverse.
	for _, a := range []struct {
		owner *User
		name  string
		v     Visibility
	}{
		{alice, "pub", Public}, {alice, "unl", Unlisted}, {alice, "priv", Private}, {alice, "shared", Private},
		{bob, "pub", Public}, {bob, "priv", Private},
	} {
		c.add(time.Minute)
		addApp(t, s, a.owner, a.name, a.v)
	}
	shared, _ := s.App(t.Context(), "alice", "shared")
	check(t, "AddCollaborator", s.AddCollaborator(t.Context(), shared.ID, carol.ID))

	for _, tc := range []struct {
		rule string
		q    AppQuery
		want []string
	}{
		{"the directory lists public apps only", AppQuery{Listed: true}, []string{"bob/pub", "alice/pub"}},
		{"even to their owner", AppQuery{Listed: true, Viewer: alice.ID}, []string{"bob/pub", "alice/pub"}},
		{"and to collaborators", AppQuery{Listed: true, Viewer: carol.ID}, []string{"bob/pub", "alice/pub"}},
		{"the directory by owner", AppQuery{Listed: true, Owner: "alice", Viewer: alice.ID}, []string{"alice/pub"}},
		{"a profile shows public apps to the signed out", AppQuery{Owner: "alice"}, []string{"alice/pub"}},
		{"and to others", AppQuery{Owner: "alice", Viewer: bob.ID}, []string{"alice/pub"}},
		{"all of them to the owner", AppQuery{Owner: "alice", Viewer: alice.ID},
			[]string{"alice/shared", "alice/priv", "alice/unl", "alice/pub"}},
		{"and the shared ones to a collaborator", AppQuery{Owner: "alice", Viewer: carol.ID},
			[]string{"alice/shared", "alice/pub"}},
		{"a collaborator sees nothing more of others", AppQuery{Owner: "bob", Viewer: carol.ID}, []string{"bob/pub"}},
		{"without an owner: public apps and the viewer's", AppQuery{Viewer: bob.ID},
			[]string{"bob/priv", "bob/pub", "alice/pub"}},
		{"an unknown owner has none", AppQuery{Owner: "dave"}, []string{}},
	} {
		tc.q.Sort = SortNew
		if got := listed(t, s, tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Apps(%+v) = %q, want %q", tc.rule, tc.q, got, tc.want)
		}
	}
}

func testSearch(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	alice := addUser(t, s, "alice")
	for _, a := range []*App{
		{Name: "pure", Title: "100% pure", Description: "Hello World"},
		{Name: "hundred", Title: "100 percent", Description: "hello there"},
		{Name: "snake", Title: "snake_case tool"},
		{Name: "decoy", Title: "snakeXcase tool"},
		{Name: "slash", Title: `back\slash`},
		{Name: "umlaut", Title: "ÄRGER über alles"},
		{Name: "tagged", Title: "Nothing", Tags: []string{"Speech-Recognition"}},
		{Name: "hidden-hello", Title: "hello", Visibility: Unlisted},
	} {
		c.add(time.Minute)
		a.OwnerID = alice.ID
		if a.Visibility == "" {
			a.Visibility = Public
		}
		check(t, "PutApp", s.PutApp(ctx, a))
	}
	for _, tc := range []struct {
		search string
		want   []string
	}{
		{"100%", []string{"pure"}},
		{"100", []string{"hundred", "pure"}},
		{"snake_case", []string{"snake"}},
		{"snake", []string{"decoy", "snake"}},
		{"%", []string{"pure"}},
		{"_", []string{"snake"}},
		{`\`, []string{"slash"}},
		{`k\s`, []string{"slash"}},
		{"HELLO", []string{"hundred", "pure"}},
		{"hello world", []string{"pure"}},
		{"  world   hello ", []string{"pure"}},
		{"hello nothing", []string{}},
		{"ärger", []string{"umlaut"}},
		{"ÜBER", []string{"umlaut"}},
		{"recognition", []string{"tagged"}},
		{"dec", []string{"decoy"}}, // the name
		{"", []string{"tagged", "umlaut", "slash", "decoy", "snake", "hundred", "pure"}},
	} {
		got := listed(t, s, AppQuery{Search: tc.search, Listed: true, Sort: SortNew})
		want := []string{}
		for _, n := range tc.want {
			want = append(want, "alice/"+n)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Search %q = %q, want %q", tc.search, got, want)
		}
	}
}

func testTag(t *testing.T, s *fixture) {
	c := setClock(s)
	alice := addUser(t, s, "alice")
	for _, a := range []struct {
		name string
		tags []string
	}{{"a", []string{"ml", "audio"}}, {"b", []string{"mlops"}}, {"c", []string{"ML"}}, {"d", nil}} {
		c.add(time.Minute)
		addApp(t, s, alice, a.name, Public, a.tags...)
	}
	for tag, want := range map[string][]string{
		"ml":     {"alice/c", "alice/a"},
		" ML ":   {"alice/c", "alice/a"},
		"audio":  {"alice/a"},
		"ml%":    {},
		"m":      {},
		"":       {"alice/d", "alice/c", "alice/b", "alice/a"},
		"mlops":  {"alice/b"},
		"speech": {},
	} {
		if got := listed(t, s, AppQuery{Tag: tag, Listed: true, Sort: SortNew}); !slices.Equal(got, want) {
			t.Errorf("Tag %q = %q, want %q", tag, got, want)
		}
	}
	apps, err := s.Apps(t.Context(), AppQuery{Tag: "audio"})
	check(t, "Apps", err)
	if len(apps) != 1 || !slices.Equal(apps[0].Tags, []string{"audio", "ml"}) {
		t.Errorf("Apps filled Tags %+v", apps)
	}
}

// testSorts sets up apps whose order differs under each sort:
//
//	app     created  likes
//	old     first    3, all older than a week
//	recent  second   2, this week
//	fresh   third    1, this week
//	none    last     0
func testSorts(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	alice := addUser(t, s, "alice")
	var fans []*User
	for i := range 3 {
		fans = append(fans, addUser(t, s, fmt.Sprintf("fan%d", i)))
	}
	apps := map[string]*App{}
	for _, name := range []string{"old", "recent", "fresh", "none"} {
		c.add(time.Minute)
		apps[name] = addApp(t, s, alice, name, Public)
	}
	like := func(app string, n int) {
		for _, u := range fans[:n] {
			check(t, "Like", s.Like(ctx, apps[app].ID, u.ID))
		}
	}
	like("old", 3)
	c.add(8 * 24 * time.Hour)
	like("recent", 2)
	like("fresh", 1)
	c.add(6 * 24 * time.Hour) // recent's likes are six days old: still this week

	for sort, want := range map[AppSort][]string{
		SortNew:      {"none", "fresh", "recent", "old"},
		SortLikes:    {"old", "recent", "fresh", "none"},
		SortTrending: {"recent", "fresh", "old", "none"}, // 2×4 > 1×4 > 3×1 > 0
		"":           {"recent", "fresh", "old", "none"},
	} {
		got := listed(t, s, AppQuery{Listed: true, Sort: sort})
		for i := range want {
			want[i] = "alice/" + want[i]
		}
		if !slices.Equal(got, want) {
			t.Errorf("Sort %q = %q, want %q", sort, got, want)
		}
	}
	// Two more weeks, and recent's likes count as old ones: ties go to the newer app.
	c.add(14 * 24 * time.Hour)
	if got, want := listed(t, s, AppQuery{Listed: true}), []string{"alice/old", "alice/recent", "alice/fresh", "alice/none"}; !slices.Equal(got, want) {
		t.Errorf("trending two weeks later = %q, want %q", got, want)
	}
	check(t, "Like", s.Like(ctx, apps["none"].ID, fans[0].ID))
	check(t, "Like", s.Like(ctx, apps["fresh"].ID, fans[1].ID))
	if got, want := listed(t, s, AppQuery{Listed: true})[:2], []string{"alice/fresh", "alice/none"}; !slices.Equal(got, want) {
		t.Errorf("trending after new likes = %q, want %q first", got, want)
	}
	if _, err := s.Apps(ctx, AppQuery{Sort: "random"}); err == nil {
		t.Error("an unknown sort was accepted")
	}
}

func testPagination(t *testing.T, s *fixture) {
	ctx := t.Context()
	c := setClock(s)
	alice := addUser(t, s, "alice")
	const n = 205
	for i := range n {
		c.add(time.Second)
		addApp(t, s, alice, fmt.Sprintf("app%03d", i), Public)
	}
	var all []string
	for off := 0; off < n+10; off += 60 {
		page := listed(t, s, AppQuery{Listed: true, Sort: SortNew, Limit: 60, Offset: off})
		if want := min(60, max(n-off, 0)); len(page) != want {
			t.Errorf("page at %d has %d apps, want %d", off, len(page), want)
		}
		all = append(all, page...)
	}
	for i, name := range all {
		if want := fmt.Sprintf("alice/app%03d", n-1-i); name != want {
			t.Fatalf("app %d of the pages is %s, want %s", i, name, want)
		}
	}
	if len(all) != n {
		t.Errorf("pages hold %d apps, want %d", len(all), n)
	}
	for _, tc := range []struct{ limit, offset, want int }{{0, 0, 50}, {-1, 0, 50}, {1000, 0, 200}, {10, -5, 10}} {
		apps, err := s.Apps(ctx, AppQuery{Listed: true, Limit: tc.limit, Offset: tc.offset})
		check(t, "Apps", err)
		if len(apps) != tc.want {
			t.Errorf("Limit %d Offset %d: %d apps, want %d", tc.limit, tc.offset, len(apps), tc.want)
		}
	}
}
