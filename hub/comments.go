package hub

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/gradio-go/gradio/hub/store"
)

const (
	maxCommentBytes    = 20_000
	maxAttachmentBytes = 256 << 10
)

// markdown renders comments: GitHub-flavoured Markdown without raw HTML (goldmark
// escapes it), then sanitised by an allow-list, so no comment can run script in a
// reader's browser even if the renderer had a bug.
var (
	markdown  = goldmark.New(goldmark.WithExtensions(extension.GFM))
	sanitiser = bluemonday.UGCPolicy().RequireNoReferrerOnLinks(true).AddTargetBlankToFullyQualifiedLinks(true)
)

// renderMarkdown turns a comment's Markdown into safe HTML.
func renderMarkdown(src string) (string, error) {
	var buf bytes.Buffer
	if err := markdown.Convert([]byte(src), &buf); err != nil {
		return "", err
	}
	return sanitiser.Sanitize(buf.String()), nil
}

// checkComment says what is wrong with a comment's text, if anything.
func checkComment(body string) string {
	if strings.TrimSpace(body) == "" {
		return "A comment cannot be empty."
	}
	if err := checkText("a comment", body, maxCommentBytes); err != nil {
		return "The comment was refused: " + err.Error() + "."
	}
	return ""
}

// addComment posts a comment from the app page's form; it returns a message when the
// form is refused.
func (s *Server) addComment(r *http.Request, a *store.App, u *store.User) string {
	body := r.PostFormValue("body")
	if msg := checkComment(body); msg != "" {
		return msg
	}
	c := &store.Comment{AppID: a.ID, AuthorID: u.ID, Body: body}
	if p := r.PostFormValue("parent"); p != "" {
		id, err := strconv.ParseInt(p, 10, 64)
		if err != nil {
			return "The comment replies to a comment that does not exist."
		}
		parent, err := s.store.Comment(r.Context(), id)
		if err != nil || parent.AppID != a.ID {
			return "The comment replies to a comment that does not exist."
		}
		c.ParentID = id
	}
	if att := r.PostFormValue("attachment"); att != "" {
		if len(att) > maxAttachmentBytes || !json.Valid([]byte(att)) {
			return "The attached result is not valid JSON of at most 256 KB."
		}
		c.Attachment = []byte(att)
	}
	html, err := renderMarkdown(body)
	if err != nil {
		return "The comment's Markdown could not be rendered."
	}
	c.HTML = html
	if err := s.store.AddComment(r.Context(), c); err != nil {
		s.log.Error("hub: adding a comment", "err", err)
		return "The hub could not save the comment; try again."
	}
	return ""
}

// commentAction lets authors edit and delete their comments and app owners hide them.
func (s *Server) commentAction(w http.ResponseWriter, r *http.Request) {
	u := s.viewer(r)
	if u == nil {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	ctx := r.Context()
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.notFound(w, r)
		return
	}
	c, err := s.store.Comment(ctx, id)
	if !s.found(w, r, err) {
		return
	}
	a, err := s.store.AppByID(ctx, c.AppID)
	if err != nil || !s.canView(r, a) {
		s.notFound(w, r)
		return
	}
	r.SetPathValue("owner", a.Owner)
	r.SetPathValue("app", a.Name)
	author, owner := c.AuthorID == u.ID, a.OwnerID == u.ID
	switch action := r.PathValue("action"); {
	case action == "edit" && author && !c.Deleted:
		body := r.PostFormValue("body")
		if msg := checkComment(body); msg != "" {
			s.showApp(w, r, http.StatusBadRequest, "", msg)
			return
		}
		html, rerr := renderMarkdown(body)
		if rerr != nil {
			s.showApp(w, r, http.StatusBadRequest, "", "The comment's Markdown could not be rendered.")
			return
		}
		err = s.store.EditComment(ctx, id, body, html, time.Now())
	case action == "delete" && author:
		err = s.store.DeleteComment(ctx, id)
	case (action == "hide" || action == "unhide") && owner:
		err = s.store.HideComment(ctx, id, action == "hide")
	default:
		s.notFound(w, r)
		return
	}
	s.redirectUnless(w, r, err, "/"+a.Owner+"/"+a.Name+"#c"+strconv.FormatInt(id, 10))
}

// commentView is a comment as one reader sees it.
type commentView struct {
	store.Comment
	Reply      bool
	CanEdit    bool // the reader wrote it
	CanHide    bool // the reader owns the app
	Attachment string
}

// commentViews prepares a thread for one reader: hidden comments show only to the
// app's owner and their author.
func commentViews(cs []store.Comment, u *store.User, a *store.App) []commentView {
	var out []commentView
	for _, c := range cs {
		v := commentView{Comment: c, Reply: c.ParentID != 0}
		if u != nil {
			v.CanEdit = u.ID == c.AuthorID && !c.Deleted
			v.CanHide = u.ID == a.OwnerID
		}
		if c.Hidden && !v.CanEdit && !v.CanHide {
			v.HTML, v.Body, v.Comment.Attachment = "", "", nil
		}
		if len(v.Comment.Attachment) > 0 {
			var buf bytes.Buffer
			if json.Indent(&buf, v.Comment.Attachment, "", "  ") == nil {
				v.Attachment = buf.String()
			}
		}
		out = append(out, v)
	}
	return out
}
