package store

import (
	"context"
	"errors"
	"time"
)

const userCols = `u.id, u.name, u.email, u.password_hash, u.created`

func scanUser(row scanner) (*User, error) {
	var u User
	var created int64
	if err := row.Scan(&u.ID, &u.Name, &u.Email, &u.PasswordHash, &created); err != nil {
		return nil, mapErr(err)
	}
	u.Created = fromMicros(created)
	return &u, nil
}

func (s *db) CreateUser(ctx context.Context, u *User) error {
	created := s.stamp()
	err := s.wr.QueryRowContext(ctx, s.d.rebind(`INSERT INTO users (name, email, password_hash, created)
		VALUES (?, ?, ?, ?) RETURNING id`), u.Name, u.Email, u.PasswordHash, micros(created)).Scan(&u.ID)
	if err != nil {
		return mapErr(err)
	}
	u.Created = created
	return nil
}

func (s *db) UserByName(ctx context.Context, name string) (*User, error) {
	return scanUser(s.rd.QueryRowContext(ctx, s.d.rebind(`SELECT `+userCols+` FROM users u WHERE u.name = ?`), name))
}

func (s *db) UserByID(ctx context.Context, id int64) (*User, error) {
	return scanUser(s.rd.QueryRowContext(ctx, s.d.rebind(`SELECT `+userCols+` FROM users u WHERE u.id = ?`), id))
}

func (s *db) SetPassword(ctx context.Context, userID int64, hash string) error {
	return s.exec(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, hash, userID)
}

func (s *db) CreateToken(ctx context.Context, t *Token) error {
	created := s.stamp()
	err := s.wr.QueryRowContext(ctx, s.d.rebind(`INSERT INTO tokens (user_id, name, hash, created)
		VALUES (?, ?, ?, ?) RETURNING id`), t.UserID, t.Name, t.Hash, micros(created)).Scan(&t.ID)
	if err != nil {
		return mapErr(err)
	}
	t.Created, t.LastUsed = created, time.Time{}
	return nil
}

func scanToken(row scanner) (*Token, error) {
	var t Token
	var created, used int64
	if err := row.Scan(&t.ID, &t.UserID, &t.Name, &t.Hash, &created, &used); err != nil {
		return nil, mapErr(err)
	}
	t.Created, t.LastUsed = fromMicros(created), fromMicros(used)
	return &t, nil
}

func (s *db) TokenUser(ctx context.Context, hash []byte) (*User, *Token, error) {
	t, err := scanToken(s.wr.QueryRowContext(ctx, s.d.rebind(`UPDATE tokens SET last_used = ? WHERE hash = ?
		RETURNING id, user_id, name, hash, created, last_used`), micros(s.stamp()), hash))
	if err != nil {
		return nil, nil, err
	}
	u, err := s.UserByID(ctx, t.UserID)
	if err != nil {
		return nil, nil, err
	}
	return u, t, nil
}

func (s *db) Tokens(ctx context.Context, userID int64) ([]Token, error) {
	rows, err := s.rd.QueryContext(ctx, s.d.rebind(`SELECT id, user_id, name, hash, created, last_used
		FROM tokens WHERE user_id = ? ORDER BY id`), userID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ts []Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, err
		}
		ts = append(ts, *t)
	}
	return ts, rows.Err()
}

// DeleteToken deletes the token only if it is the user's, so that one user cannot
// revoke another's by guessing IDs.
func (s *db) DeleteToken(ctx context.Context, userID, tokenID int64) error {
	return s.exec(ctx, `DELETE FROM tokens WHERE id = ? AND user_id = ?`, tokenID, userID)
}

// CreateSession sets Created; the caller sets Expires.
func (s *db) CreateSession(ctx context.Context, se *Session) error {
	if se.Expires.IsZero() {
		return errors.New("store: session without an expiry")
	}
	created := s.stamp()
	_, err := s.wr.ExecContext(ctx, s.d.rebind(`INSERT INTO sessions (hash, user_id, created, expires) VALUES (?, ?, ?, ?)`),
		se.Hash, se.UserID, micros(created), micros(se.Expires))
	if err != nil {
		return mapErr(err)
	}
	se.Created = created
	return nil
}

func (s *db) SessionUser(ctx context.Context, hash []byte) (*User, error) {
	return scanUser(s.rd.QueryRowContext(ctx, s.d.rebind(`SELECT `+userCols+`
		FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.hash = ? AND s.expires > ?`), hash, micros(s.now())))
}

// DeleteSession succeeds when there is no such session: signing out twice is fine.
func (s *db) DeleteSession(ctx context.Context, hash []byte) error {
	_, err := s.wr.ExecContext(ctx, s.d.rebind(`DELETE FROM sessions WHERE hash = ?`), hash)
	return err
}
