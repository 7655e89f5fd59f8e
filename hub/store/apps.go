package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// appCols are the columns scanApp reads, and listCols the same with only whether
// there is a thumbnail; likesExpr counts an app's likes.
const (
	likesExpr = `(SELECT COUNT(*) FROM likes l WHERE l.app_id = a.id)`
	appCols   = `a.id, a.owner_id, u.name, a.name, a.title, a.description, a.visibility, a.thumbnail, ` + appTail
	listCols  = `a.id, a.owner_id, u.name, a.name, a.title, a.description, a.visibility,
		CASE WHEN a.thumbnail IS NULL OR length(a.thumbnail) = 0 THEN 0 ELSE 1 END, ` + appTail
	appTail = `a.locked, a.created, a.updated, a.last_seen, ` + likesExpr
	appFrom = ` FROM apps a JOIN users u ON u.id = a.owner_id`
)

func scanApp(row scanner) (*App, error) {
	var a App
	var created, updated, seen int64
	var thumb any // the PNG (appCols) or 0 or 1 (listCols)
	err := row.Scan(&a.ID, &a.OwnerID, &a.Owner, &a.Name, &a.Title, &a.Description, &a.Visibility, &thumb,
		&a.Locked, &created, &updated, &seen, &a.Likes)
	if err != nil {
		return nil, mapErr(err)
	}
	switch v := thumb.(type) {
	case []byte:
		a.Thumbnail = slices.Clone(v)
		a.HasThumbnail = len(v) > 0
	case int64:
		a.HasThumbnail = v == 1
	}
	a.Created, a.Updated, a.LastSeen = fromMicros(created), fromMicros(updated), fromMicros(seen)
	return &a, nil
}

// normTags lower-cases and trims tags, and drops empty and repeated ones, sorted.
func normTags(tags []string) []string {
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// searchText is what Search words are matched against: see the apps table.
func searchText(a *App) string {
	return strings.ToLower(strings.Join(append([]string{a.Name, a.Title, a.Description}, a.Tags...), "\n"))
}

// PutApp also normalises a.Tags and fills a.Owner.
func (s *db) PutApp(ctx context.Context, a *App) error {
	if !a.Visibility.Valid() {
		return fmt.Errorf("store: put app %q: invalid visibility %q", a.Name, a.Visibility)
	}
	a.Tags = normTags(a.Tags)
	now := micros(s.stamp())
	var id, created, updated int64
	var owner string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, s.d.rebind(`INSERT INTO apps
			(owner_id, name, title, description, visibility, search, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (owner_id, name) DO UPDATE SET title = excluded.title, description = excluded.description,
				visibility = excluded.visibility, search = excluded.search, updated = excluded.updated
			RETURNING id, created, updated`),
			a.OwnerID, a.Name, a.Title, a.Description, string(a.Visibility), searchText(a), now, now,
		).Scan(&id, &created, &updated)
		if err != nil {
			return mapErr(err)
		}
		if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM app_tags WHERE app_id = ?`), id); err != nil {
			return err
		}
		for _, t := range a.Tags {
			if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO app_tags (app_id, tag) VALUES (?, ?)`), id, t); err != nil {
				return err
			}
		}
		return tx.QueryRowContext(ctx, s.d.rebind(`SELECT name FROM users WHERE id = ?`), a.OwnerID).Scan(&owner)
	})
	if err != nil {
		return err
	}
	a.ID, a.Owner, a.Created, a.Updated = id, owner, fromMicros(created), fromMicros(updated)
	return nil
}

func (s *db) App(ctx context.Context, owner, name string) (*App, error) {
	return s.oneApp(ctx, `u.name = ? AND a.name = ?`, owner, name)
}

func (s *db) AppByID(ctx context.Context, id int64) (*App, error) {
	return s.oneApp(ctx, `a.id = ?`, id)
}

func (s *db) oneApp(ctx context.Context, where string, args ...any) (*App, error) {
	a, err := scanApp(s.rd.QueryRowContext(ctx, s.d.rebind(`SELECT `+appCols+appFrom+` WHERE `+where), args...))
	if err != nil {
		return nil, err
	}
	apps := []App{*a}
	if err := s.fillTags(ctx, apps); err != nil {
		return nil, err
	}
	return &apps[0], nil
}

// fillTags reads the tags of apps in one query.
func (s *db) fillTags(ctx context.Context, apps []App) error {
	if len(apps) == 0 {
		return nil
	}
	at := make(map[int64]int, len(apps))
	args := make([]any, len(apps))
	for i := range apps {
		at[apps[i].ID] = i
		args[i] = apps[i].ID
		apps[i].Tags = []string{}
	}
	rows, err := s.rd.QueryContext(ctx, s.d.rebind(`SELECT app_id, tag FROM app_tags
		WHERE app_id IN (?`+strings.Repeat(", ?", len(apps)-1)+`) ORDER BY app_id, tag`), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var tag string
		if err := rows.Scan(&id, &tag); err != nil {
			return err
		}
		apps[at[id]].Tags = append(apps[at[id]].Tags, tag)
	}
	return rows.Err()
}

func (s *db) SetVisibility(ctx context.Context, appID int64, v Visibility) error {
	if !v.Valid() {
		return fmt.Errorf("store: invalid visibility %q", v)
	}
	return s.exec(ctx, `UPDATE apps SET visibility = ? WHERE id = ?`, string(v), appID)
}

func (s *db) SetLocked(ctx context.Context, appID int64, locked bool) error {
	return s.exec(ctx, `UPDATE apps SET locked = ? WHERE id = ?`, locked, appID)
}

func (s *db) SetThumbnail(ctx context.Context, appID int64, png []byte) error {
	return s.exec(ctx, `UPDATE apps SET thumbnail = ? WHERE id = ?`, png, appID)
}

func (s *db) Seen(ctx context.Context, appID int64, at time.Time) error {
	return s.exec(ctx, `UPDATE apps SET last_seen = ? WHERE id = ?`, micros(at), appID)
}

// DeleteApp leaves the cascade to the foreign keys: tags, collaborators, likes,
// comments and share links go with the app.
func (s *db) DeleteApp(ctx context.Context, appID int64) error {
	return s.exec(ctx, `DELETE FROM apps WHERE id = ?`, appID)
}
