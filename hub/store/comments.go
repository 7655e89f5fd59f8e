package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

const commentCols = `c.id, c.app_id, COALESCE(c.parent_id, 0), c.author_id, u.name, c.body, c.html, c.attachment,
	c.hidden, c.deleted, c.created, c.edited FROM comments c JOIN users u ON u.id = c.author_id`

func scanComment(row scanner) (*Comment, error) {
	var c Comment
	var created, edited int64
	err := row.Scan(&c.ID, &c.AppID, &c.ParentID, &c.AuthorID, &c.Author, &c.Body, &c.HTML, &c.Attachment,
		&c.Hidden, &c.Deleted, &created, &edited)
	if err != nil {
		return nil, mapErr(err)
	}
	c.Created, c.Edited = fromMicros(created), fromMicros(edited)
	return &c, nil
}

// AddComment keeps threads one level deep: a reply to a reply is stored, and its
// ParentID set, as a reply to the same top-level comment. A parent in another app
// is ErrNotFound.
func (s *db) AddComment(ctx context.Context, c *Comment) error {
	created := s.stamp()
	parent := c.ParentID
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var dbParent any // NULL for a top-level comment
		if parent != 0 {
			var app int64
			var top sql.NullInt64
			err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT app_id, parent_id FROM comments WHERE id = ?`), parent).Scan(&app, &top)
			if err != nil {
				return fmt.Errorf("store: reply to comment %d: %w", parent, mapErr(err))
			}
			if app != c.AppID {
				return fmt.Errorf("store: reply to comment %d of another app: %w", parent, ErrNotFound)
			}
			if top.Valid {
				parent = top.Int64
			}
			dbParent = parent
		}
		return mapErr(tx.QueryRowContext(ctx, s.d.rebind(`INSERT INTO comments
			(app_id, parent_id, author_id, body, html, attachment, created) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`),
			c.AppID, dbParent, c.AuthorID, c.Body, c.HTML, c.Attachment, micros(created)).Scan(&id))
	})
	if err != nil {
		return err
	}
	c.ID, c.ParentID, c.Created = id, parent, created
	return nil
}

func (s *db) Comment(ctx context.Context, id int64) (*Comment, error) {
	return scanComment(s.rd.QueryRowContext(ctx, s.d.rebind(`SELECT `+commentCols+` WHERE c.id = ?`), id))
}

// Comments orders by ID, which is the order comments were added in: a thread's
// top-level comment always has a lower ID than its replies.
func (s *db) Comments(ctx context.Context, appID int64) ([]Comment, error) {
	rows, err := s.rd.QueryContext(ctx, s.d.rebind(`SELECT `+commentCols+`
		WHERE c.app_id = ? ORDER BY COALESCE(c.parent_id, c.id), c.id`), appID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []Comment
	for rows.Next() {
		c, err := scanComment(rows)
		if err != nil {
			return nil, err
		}
		cs = append(cs, *c)
	}
	return cs, rows.Err()
}

// EditComment returns ErrNotFound for a deleted comment: what its author deleted
// stays deleted.
func (s *db) EditComment(ctx context.Context, id int64, body, html string, at time.Time) error {
	return s.exec(ctx, `UPDATE comments SET body = ?, html = ?, edited = ? WHERE id = ? AND NOT deleted`,
		body, html, micros(at), id)
}

func (s *db) DeleteComment(ctx context.Context, id int64) error {
	return s.exec(ctx, `UPDATE comments SET deleted = TRUE, body = '', html = '', attachment = NULL WHERE id = ?`, id)
}

func (s *db) HideComment(ctx context.Context, id int64, hidden bool) error {
	return s.exec(ctx, `UPDATE comments SET hidden = ? WHERE id = ?`, hidden, id)
}
