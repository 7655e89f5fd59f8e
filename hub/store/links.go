package store

import (
	"context"
	"errors"
	"time"
)

// CreateShareLink sets Created; the caller sets Expires.
func (s *db) CreateShareLink(ctx context.Context, l *ShareLink) error {
	if l.Expires.IsZero() {
		return errors.New("store: share link without an expiry")
	}
	created := s.stamp()
	_, err := s.wr.ExecContext(ctx, s.d.rebind(`INSERT INTO share_links (hash, app_id, created, expires) VALUES (?, ?, ?, ?)`),
		l.Hash, l.AppID, micros(created), micros(l.Expires))
	if err != nil {
		return mapErr(err)
	}
	l.Created = created
	return nil
}

func (s *db) ShareLinkApp(ctx context.Context, hash []byte) (*App, *ShareLink, error) {
	var l ShareLink
	var created, expires int64
	err := s.rd.QueryRowContext(ctx, s.d.rebind(`SELECT hash, app_id, created, expires FROM share_links
		WHERE hash = ? AND expires > ?`), hash, micros(s.now())).Scan(&l.Hash, &l.AppID, &created, &expires)
	if err != nil {
		return nil, nil, mapErr(err)
	}
	l.Created, l.Expires = fromMicros(created), fromMicros(expires)
	a, err := s.AppByID(ctx, l.AppID)
	if err != nil {
		return nil, nil, err
	}
	return a, &l, nil
}

// Expire keeps what expires after now: a session or link is live while now is
// before its Expires, as SessionUser and ShareLinkApp check.
func (s *db) Expire(ctx context.Context, now time.Time) error {
	for _, q := range []string{`DELETE FROM sessions WHERE expires <= ?`, `DELETE FROM share_links WHERE expires <= ?`} {
		if _, err := s.wr.ExecContext(ctx, s.d.rebind(q), micros(now)); err != nil {
			return err
		}
	}
	return nil
}
