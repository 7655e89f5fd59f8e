package hub

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gradio-go/gradio/hub/store"
)

// card is an app as the directory shows it.
type card struct {
	store.App
	Online bool
	Queue  int64 // events waiting, -1 if unknown
}

// directoryData is what the directory and profile pages show.
type directoryData struct {
	Query, Tag string
	Sort       store.AppSort
	Sorts      []store.AppSort
	Owner      string
	Cards      []card
	Prev, Next string // links to the neighbouring pages, if any
}

const pageSize = 24

func (s *Server) directory(w http.ResponseWriter, r *http.Request) {
	s.listApps(w, r, "", "gradio hub")
}

func (s *Server) profile(w http.ResponseWriter, r *http.Request) {
	owner := r.PathValue("owner")
	if _, err := s.store.UserByName(r.Context(), owner); !s.found(w, r, err) {
		return
	}
	s.listApps(w, r, owner, owner)
}

func (s *Server) listApps(w http.ResponseWriter, r *http.Request, owner, title string) {
	u := s.viewer(r)
	q := store.AppQuery{
		Search: strings.TrimSpace(r.FormValue("q")),
		Tag:    strings.ToLower(strings.TrimSpace(r.FormValue("tag"))),
		Owner:  owner,
		Listed: owner == "",
		Sort:   store.AppSort(r.FormValue("sort")),
		Limit:  pageSize + 1, // one more tells whether there is a next page
	}
	if u != nil {
		q.Viewer = u.ID
	}
	switch q.Sort {
	case store.SortTrending, store.SortNew, store.SortLikes:
	default:
		q.Sort = store.SortTrending
	}
	pageNo, _ := strconv.Atoi(r.FormValue("page"))
	pageNo = max(pageNo, 1)
	q.Offset = (pageNo - 1) * pageSize
	if len(q.Search) > 200 {
		q.Search = q.Search[:200]
	}
	apps, err := s.store.Apps(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := directoryData{Query: q.Search, Tag: q.Tag, Sort: q.Sort, Owner: owner,
		Sorts: []store.AppSort{store.SortTrending, store.SortNew, store.SortLikes}}
	link := func(n int) string {
		v := r.URL.Query()
		v.Set("page", strconv.Itoa(n))
		return "?" + v.Encode()
	}
	if len(apps) > pageSize {
		apps = apps[:pageSize]
		d.Next = link(pageNo + 1)
	}
	if pageNo > 1 {
		d.Prev = link(pageNo - 1)
	}
	for _, a := range apps {
		c := card{App: a, Queue: -1}
		if l := s.online(a.ID); l != nil {
			c.Online, c.Queue = true, l.queue.Load()
		}
		d.Cards = append(d.Cards, c)
	}
	s.render(w, r, http.StatusOK, "directory", page{Title: title, Viewer: u, Data: d})
}

// appData is what an app's page shows.
type appData struct {
	App           *store.App
	Online        bool
	Liked         bool
	Owner         bool // the viewer owns the app
	Comments      []commentView
	Collaborators []store.User
	ShareURL      string // a share link just made, shown once
	Visibilities  []store.Visibility
	URL           string // where the app itself is served
}

func (s *Server) appPage(w http.ResponseWriter, r *http.Request) {
	s.showApp(w, r, http.StatusOK, "", "")
}

func (s *Server) showApp(w http.ResponseWriter, r *http.Request, status int, shareURL, errMsg string) {
	a, u, ok := s.visibleApp(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	d := appData{App: a, Online: s.online(a.ID) != nil, Owner: u != nil && u.ID == a.OwnerID, ShareURL: shareURL,
		Visibilities: []store.Visibility{store.Public, store.Unlisted, store.Private}, URL: s.appURL(r, a)}
	var err error
	if u != nil {
		if d.Liked, err = s.store.Liked(ctx, a.ID, u.ID); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	if d.Owner {
		if d.Collaborators, err = s.store.Collaborators(ctx, a.ID); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	cs, err := s.store.Comments(ctx, a.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d.Comments = commentViews(cs, u, a)
	title := a.Title
	if title == "" {
		title = a.Owner + "/" + a.Name
	}
	s.render(w, r, status, "app", page{Title: title, Viewer: u, Error: errMsg, Data: d})
}

// visible looks up the app named in the path and checks the visitor may see it,
// answering 404 (and returning false) when not.
func (s *Server) visible(w http.ResponseWriter, r *http.Request) (*store.App, bool) {
	a, err := s.store.App(r.Context(), r.PathValue("owner"), r.PathValue("app"))
	if !s.found(w, r, err) {
		return nil, false
	}
	if !s.canView(r, a) {
		s.notFound(w, r)
		return nil, false
	}
	return a, true
}

// visibleApp is visible for the app's own pages, which also want the visitor.
func (s *Server) visibleApp(w http.ResponseWriter, r *http.Request) (*store.App, *store.User, bool) {
	a, ok := s.visible(w, r)
	if !ok {
		return nil, nil, false
	}
	return a, s.viewer(r), true
}
