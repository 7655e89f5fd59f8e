package hub

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gradio-go/gradio/hub/store"
)

// appAction handles the forms on an app's page. Everyone signed in who can see the app
// may like it and comment (unless the owner locked comments); the rest is the owner's.
func (s *Server) appAction(w http.ResponseWriter, r *http.Request) {
	a, u, ok := s.visibleApp(w, r)
	if !ok {
		return
	}
	back := "/" + a.Owner + "/" + a.Name
	if u == nil {
		http.Redirect(w, r, "/login?next="+url.QueryEscape(back), http.StatusSeeOther)
		return
	}
	ctx := r.Context()
	owner := u.ID == a.OwnerID
	action := r.PathValue("action")
	defer s.apps.forget(a.Owner, a.Name) // whatever changed, the proxy sees it at once
	var err error
	switch action {
	case "like":
		err = s.store.Like(ctx, a.ID, u.ID)
	case "unlike":
		err = s.store.Unlike(ctx, a.ID, u.ID)
	case "comment":
		if a.Locked && !owner {
			s.showApp(w, r, http.StatusForbidden, "", "The owner has locked the comments of this app.")
			return
		}
		if msg := s.addComment(r, a, u); msg != "" {
			s.showApp(w, r, http.StatusBadRequest, "", msg)
			return
		}
	case "thumbnail", "thumbnail-remove":
		if !owner {
			s.notFound(w, r)
			return
		}
		var png []byte
		if action == "thumbnail" {
			var msg string
			if png, msg = readThumbnail(w, r); msg != "" {
				s.showApp(w, r, http.StatusBadRequest, "", msg)
				return
			}
		}
		err = s.store.SetThumbnail(ctx, a.ID, png)
	case "visibility", "lock", "unlock", "share", "collaborator-add", "collaborator-remove", "delete":
		if !owner {
			s.notFound(w, r)
			return
		}
		shareURL, msg, err := s.ownerAction(r, a, action)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if msg != "" {
			s.showApp(w, r, http.StatusBadRequest, "", msg)
			return
		}
		if action == "delete" {
			http.Redirect(w, r, "/settings", http.StatusSeeOther)
			return
		}
		if shareURL != "" {
			s.showApp(w, r, http.StatusOK, shareURL, "")
			return
		}
	default:
		s.notFound(w, r)
		return
	}
	s.redirectUnless(w, r, err, back)
}

// redirectUnless ends a form's handling: a redirect to the page to show next, unless
// the action failed.
func (s *Server) redirectUnless(w http.ResponseWriter, r *http.Request, err error, to string) {
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// ownerAction carries out an owner's setting change. It returns a share link it made,
// or a message for a refused form, or an internal error.
func (s *Server) ownerAction(r *http.Request, a *store.App, action string) (shareURL, msg string, err error) {
	ctx := r.Context()
	switch action {
	case "visibility":
		v := store.Visibility(r.PostFormValue("visibility"))
		if !v.Valid() {
			return "", `The visibility must be "public", "unlisted" or "private".`, nil
		}
		return "", "", s.store.SetVisibility(ctx, a.ID, v)
	case "lock", "unlock":
		return "", "", s.store.SetLocked(ctx, a.ID, action == "lock")
	case "share":
		hours, perr := strconv.ParseFloat(r.PostFormValue("hours"), 64)
		ttl := time.Duration(hours * float64(time.Hour))
		if r.PostFormValue("hours") == "" {
			ttl = s.cfg.ShareTTL
		} else if perr != nil || ttl < time.Minute || ttl > s.cfg.MaxShareTTL {
			return "", "A share link lasts from a minute to " + s.cfg.MaxShareTTL.String() + "; give the hours as a number.", nil
		}
		secret := newSecret(sharePrefix)
		now := time.Now()
		if err := s.store.CreateShareLink(ctx, &store.ShareLink{Hash: digest(secret), AppID: a.ID, Created: now, Expires: now.Add(ttl)}); err != nil {
			return "", "", err
		}
		return s.baseURL(r) + "/s/" + secret + "/", "", nil
	case "collaborator-add", "collaborator-remove":
		name := strings.ToLower(strings.TrimSpace(r.PostFormValue("name")))
		c, err := s.store.UserByName(ctx, name)
		if errors.Is(err, store.ErrNotFound) {
			return "", "There is no user called " + strconv.Quote(name) + ".", nil
		} else if err != nil {
			return "", "", err
		}
		if c.ID == a.OwnerID {
			return "", "The owner can always reach the app.", nil
		}
		if action == "collaborator-add" {
			return "", "", s.store.AddCollaborator(ctx, a.ID, c.ID)
		}
		return "", "", s.store.RemoveCollaborator(ctx, a.ID, c.ID)
	case "delete":
		if r.PostFormValue("confirm") != a.Name {
			return "", "Type the app's name to confirm that it should be deleted.", nil
		}
		if l := s.online(a.ID); l != nil {
			_ = l.sess.Close()
		}
		return "", "", s.store.DeleteApp(ctx, a.ID)
	}
	return "", "", errors.New("hub: unknown owner action " + action)
}
