package store

import "context"

// AddCollaborator is idempotent.
func (s *db) AddCollaborator(ctx context.Context, appID, userID int64) error {
	_, err := s.wr.ExecContext(ctx, s.d.rebind(`INSERT INTO collaborators (app_id, user_id) VALUES (?, ?)
		ON CONFLICT DO NOTHING`), appID, userID)
	return mapErr(err)
}

// RemoveCollaborator returns ErrNotFound if the user was not one.
func (s *db) RemoveCollaborator(ctx context.Context, appID, userID int64) error {
	return s.exec(ctx, `DELETE FROM collaborators WHERE app_id = ? AND user_id = ?`, appID, userID)
}

// Collaborators are sorted by name.
func (s *db) Collaborators(ctx context.Context, appID int64) ([]User, error) {
	rows, err := s.rd.QueryContext(ctx, s.d.rebind(`SELECT `+userCols+`
		FROM collaborators c JOIN users u ON u.id = c.user_id WHERE c.app_id = ? ORDER BY u.name`), appID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var us []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, err
		}
		us = append(us, *u)
	}
	return us, rows.Err()
}

func (s *db) IsCollaborator(ctx context.Context, appID, userID int64) (bool, error) {
	return s.exists(ctx, `SELECT EXISTS (SELECT 1 FROM collaborators WHERE app_id = ? AND user_id = ?)`, appID, userID)
}

func (s *db) Like(ctx context.Context, appID, userID int64) error {
	_, err := s.wr.ExecContext(ctx, s.d.rebind(`INSERT INTO likes (app_id, user_id, created) VALUES (?, ?, ?)
		ON CONFLICT DO NOTHING`), appID, userID, micros(s.now()))
	return mapErr(err)
}

func (s *db) Unlike(ctx context.Context, appID, userID int64) error {
	_, err := s.wr.ExecContext(ctx, s.d.rebind(`DELETE FROM likes WHERE app_id = ? AND user_id = ?`), appID, userID)
	return err
}

func (s *db) Liked(ctx context.Context, appID, userID int64) (bool, error) {
	return s.exists(ctx, `SELECT EXISTS (SELECT 1 FROM likes WHERE app_id = ? AND user_id = ?)`, appID, userID)
}

// exists runs a SELECT EXISTS query.
func (s *db) exists(ctx context.Context, query string, args ...any) (bool, error) {
	var ok bool
	err := s.rd.QueryRowContext(ctx, s.d.rebind(query), args...).Scan(&ok)
	return ok, err
}
