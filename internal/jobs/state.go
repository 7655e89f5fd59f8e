package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// A session's State values, shared by every process of a scaled-out app: one record
// per session in the sessions bucket, an object of encoded values by name. Each
// process keeps no copy it trusts: it loads the values a call reads before the call
// and saves the ones it set after.

func (b *Broker) stateKey(session string) string {
	return token(b.cfg.App) + "." + token(session) + ".state"
}

// LoadState returns session's values by name; none is an empty map.
func (b *Broker) LoadState(ctx context.Context, session string) (map[string]json.RawMessage, error) {
	e, err := b.session.Get(ctx, b.stateKey(session))
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return map[string]json.RawMessage{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("jobs: state of a session: %w", err)
	}
	out := map[string]json.RawMessage{}
	if err := json.Unmarshal(e.Value(), &out); err != nil {
		return nil, fmt.Errorf("jobs: state of a session: %w", err)
	}
	return out, nil
}

// SaveState sets session's values named in changed, keeping the others: two calls of
// one session that set different values both keep theirs; for one value, the last
// to save wins, as in one process.
func (b *Broker) SaveState(ctx context.Context, session string, changed map[string]json.RawMessage) error {
	if len(changed) == 0 {
		return nil
	}
	key := b.stateKey(session)
	for range 10 {
		cur := map[string]json.RawMessage{}
		e, err := b.session.Get(ctx, key)
		var rev uint64
		switch {
		case errors.Is(err, jetstream.ErrKeyNotFound):
		case err != nil:
			return fmt.Errorf("jobs: state of a session: %w", err)
		default:
			rev = e.Revision()
			if err := json.Unmarshal(e.Value(), &cur); err != nil {
				cur = map[string]json.RawMessage{} // unreadable: replaced
			}
		}
		for k, v := range changed {
			cur[k] = v
		}
		v, err := json.Marshal(cur)
		if err != nil {
			return fmt.Errorf("jobs: state of a session: %w", err)
		}
		if rev == 0 {
			_, err = b.session.Create(ctx, key, v)
		} else {
			_, err = b.session.Update(ctx, key, v, rev)
		}
		if err == nil {
			return nil
		}
		if !errors.Is(err, jetstream.ErrKeyExists) && !isWrongSequence(err) {
			return fmt.Errorf("jobs: state of a session: %w", err)
		}
	}
	return errors.New("jobs: state of a session: too many concurrent writers")
}
