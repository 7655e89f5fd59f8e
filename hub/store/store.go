// Package store keeps the hub's records: accounts, API tokens, login sessions, apps,
// collaborators, likes, comments and share links. Open picks the backend from a URL:
// an embedded SQLite file (pure Go, the default) or a PostgreSQL server. Both run the
// same SQL through database/sql, so they behave the same and share one test suite.
//
// Secrets never reach the store in the clear: API tokens, login sessions and share
// links are kept as SHA-256 hashes of the random value handed to the user, and
// passwords as argon2id hashes made by the caller.
package store

import (
	"context"
	"errors"
	"time"
)

// Errors a caller tells apart with errors.Is.
var (
	// ErrNotFound: no record matches (or the caller may not see it).
	ErrNotFound = errors.New("not found")
	// ErrTaken: a unique name (user name, app name under its owner) is already used.
	ErrTaken = errors.New("already taken")
)

// Visibility says who may reach an app.
type Visibility string

const (
	// Public apps are listed in the directory and open to everyone.
	Public Visibility = "public"
	// Unlisted apps are open to anyone with the link but never listed or searched.
	Unlisted Visibility = "unlisted"
	// Private apps are a 404 to everyone but the owner, collaborators, tokens of
	// theirs, and holders of a live share link.
	Private Visibility = "private"
)

// Valid reports whether v is one of the three visibilities.
func (v Visibility) Valid() bool { return v == Public || v == Unlisted || v == Private }

// User is an account.
type User struct {
	ID           int64
	Name         string // unique, lower case, [a-z0-9-], 2–39 characters
	Email        string // optional
	PasswordHash string // argon2id, PHC string format
	Created      time.Time
}

// Token is an API token; its secret is only ever shown once, at creation.
type Token struct {
	ID       int64
	UserID   int64
	Name     string // what the user called it ("laptop", "CI")
	Hash     []byte // SHA-256 of the secret
	Created  time.Time
	LastUsed time.Time // zero until first use
}

// Session is a browser login.
type Session struct {
	Hash    []byte // SHA-256 of the cookie value
	UserID  int64
	Created time.Time
	Expires time.Time
}

// App is a published app. Online state is not stored: the hub knows which tunnels
// are connected; LastSeen records when one last was.
type App struct {
	ID          int64
	OwnerID     int64
	Owner       string // the owner's user name, filled on reads
	Name        string // unique per owner, [a-z0-9-], 1–63 characters
	Title       string
	Description string
	Tags        []string // lower case, deduplicated, sorted
	Visibility  Visibility
	Thumbnail   []byte // PNG, may be empty; not filled by Apps
	// HasThumbnail says whether there is one, also in Apps' results.
	HasThumbnail bool
	Likes        int  // filled on reads
	Locked       bool // comments locked by the owner
	Created      time.Time
	Updated      time.Time
	LastSeen     time.Time
}

// AppSort orders a directory listing.
type AppSort string

const (
	// SortTrending ranks by likes, weighted towards recent ones: a like from the
	// last seven days counts four times as much as an older one.
	SortTrending AppSort = "trending"
	// SortNew ranks by creation time, newest first.
	SortNew AppSort = "new"
	// SortLikes ranks by likes of all time.
	SortLikes AppSort = "likes"
)

// AppQuery selects apps for the directory or a profile page. An app is listed if
// it matches Search, Tag and Owner and:
//
//   - Listed (the directory and its search): it is public. Unlisted and private
//     apps are never listed there, not even to their owner.
//   - not Listed (a profile page, or the viewer's dashboard with Owner set to the
//     viewer): it is public, or Viewer owns it or collaborates on it, whatever
//     its visibility. So a profile shows its public apps to everyone and all of
//     them to the owner and collaborators.
//
// Every sort breaks ties newest first.
type AppQuery struct {
	Search string  // words, each matched case-insensitively as a substring of name, title, description or a tag
	Tag    string  // exact tag
	Owner  string  // user name; empty for all owners
	Viewer int64   // the signed-in user (0 if none): when not Listed, also lists their apps and those shared with them
	Listed bool    // true for the directory: public apps only
	Sort   AppSort // default SortTrending
	Limit  int     // default 50, at most 200
	Offset int
}

// Comment is one message in an app's thread.
type Comment struct {
	ID       int64
	AppID    int64
	ParentID int64 // 0 for a top-level comment
	AuthorID int64
	Author   string // filled on reads
	Body     string // Markdown as written
	HTML     string // sanitised HTML rendered from Body by the hub
	// Attachment is the JSON of a shared result (inputs and outputs), or empty.
	Attachment []byte
	Hidden     bool // hidden by the app's owner
	Deleted    bool // deleted by its author; kept so replies keep their place
	Created    time.Time
	Edited     time.Time // zero if never edited
}

// ShareLink grants anyone holding it access to an app until it expires.
type ShareLink struct {
	Hash    []byte // SHA-256 of the secret in the URL
	AppID   int64
	Created time.Time
	Expires time.Time
}

// Store is the hub's record keeping. Every method is safe for concurrent use.
// Methods that look a record up return ErrNotFound when there is none.
type Store interface {
	CreateUser(ctx context.Context, u *User) error // sets ID and Created; ErrTaken
	UserByName(ctx context.Context, name string) (*User, error)
	UserByID(ctx context.Context, id int64) (*User, error)
	SetPassword(ctx context.Context, userID int64, hash string) error

	CreateToken(ctx context.Context, t *Token) error // sets ID and Created
	// TokenUser finds the token with this hash, records its use, and returns its user.
	TokenUser(ctx context.Context, hash []byte) (*User, *Token, error)
	Tokens(ctx context.Context, userID int64) ([]Token, error)
	DeleteToken(ctx context.Context, userID, tokenID int64) error

	CreateSession(ctx context.Context, s *Session) error // sets Created
	// SessionUser returns the user of an unexpired session.
	SessionUser(ctx context.Context, hash []byte) (*User, error)
	DeleteSession(ctx context.Context, hash []byte) error

	// PutApp creates the app (owner, name) or updates its title, description, tags and
	// visibility; it sets ID, Created and Updated.
	PutApp(ctx context.Context, a *App) error
	App(ctx context.Context, owner, name string) (*App, error)
	AppByID(ctx context.Context, id int64) (*App, error)
	Apps(ctx context.Context, q AppQuery) ([]App, error) // leaves Thumbnail empty
	SetVisibility(ctx context.Context, appID int64, v Visibility) error
	SetLocked(ctx context.Context, appID int64, locked bool) error
	SetThumbnail(ctx context.Context, appID int64, png []byte) error
	Seen(ctx context.Context, appID int64, at time.Time) error
	DeleteApp(ctx context.Context, appID int64) error // and its comments, likes and links

	AddCollaborator(ctx context.Context, appID, userID int64) error
	RemoveCollaborator(ctx context.Context, appID, userID int64) error
	Collaborators(ctx context.Context, appID int64) ([]User, error)
	IsCollaborator(ctx context.Context, appID, userID int64) (bool, error)

	// Like and Unlike are idempotent; Liked reports the user's like.
	Like(ctx context.Context, appID, userID int64) error
	Unlike(ctx context.Context, appID, userID int64) error
	Liked(ctx context.Context, appID, userID int64) (bool, error)

	AddComment(ctx context.Context, c *Comment) error // sets ID and Created
	Comment(ctx context.Context, id int64) (*Comment, error)
	// Comments returns an app's thread in display order: top-level comments oldest
	// first, each followed by its replies oldest first. Threads are one level deep:
	// AddComment files a reply to a reply under the same top-level comment.
	Comments(ctx context.Context, appID int64) ([]Comment, error)
	EditComment(ctx context.Context, id int64, body, html string, at time.Time) error
	DeleteComment(ctx context.Context, id int64) error // marks Deleted, clears body
	HideComment(ctx context.Context, id int64, hidden bool) error

	CreateShareLink(ctx context.Context, l *ShareLink) error // sets Created
	// ShareLinkApp returns the app of an unexpired link.
	ShareLinkApp(ctx context.Context, hash []byte) (*App, *ShareLink, error)
	// Expire deletes expired sessions and share links; the hub calls it now and then.
	Expire(ctx context.Context, now time.Time) error

	Close() error
}
