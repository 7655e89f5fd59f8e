package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Logins of a scaled-out app (WithAuth), in the bucket LoginsBucket, so that a login
// made on one web replica holds on all. Keys are the SHA-256 of the login tokens (the
// caller's), never the tokens; a record carries its expiry.

type loginRecord struct {
	User    string    `json:"user"`
	Expires time.Time `json:"expires"`
}

func (b *Broker) loginKey(key string) string { return token(b.cfg.App) + "." + token(key) }

// SaveLogin records a login of user under key until expires.
func (b *Broker) SaveLogin(ctx context.Context, key, user string, expires time.Time) error {
	v, err := json.Marshal(loginRecord{User: user, Expires: expires})
	if err != nil {
		return err
	}
	if _, err := b.logins.Put(ctx, b.loginKey(key), v); err != nil {
		return fmt.Errorf("jobs: save a login: %w", err)
	}
	return nil
}

// LoadLogin returns the login under key, and false if there is none.
func (b *Broker) LoadLogin(ctx context.Context, key string) (string, time.Time, bool, error) {
	e, err := b.logins.Get(ctx, b.loginKey(key))
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return "", time.Time{}, false, nil
	}
	if err != nil {
		return "", time.Time{}, false, fmt.Errorf("jobs: load a login: %w", err)
	}
	var r loginRecord
	if err := json.Unmarshal(e.Value(), &r); err != nil {
		return "", time.Time{}, false, nil // unreadable: no login
	}
	return r.User, r.Expires, true, nil
}

// DeleteLogin ends the login under key.
func (b *Broker) DeleteLogin(ctx context.Context, key string) error {
	if err := b.logins.Purge(ctx, b.loginKey(key)); err != nil && !errors.Is(err, jetstream.ErrKeyNotFound) {
		return fmt.Errorf("jobs: delete a login: %w", err)
	}
	return nil
}
