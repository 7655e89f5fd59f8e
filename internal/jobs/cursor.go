package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// Cursor says how far a session's stream has been read, whichever replica served it:
// a replica that opens the session's next stream replays its mailbox after Seq, with
// Pending still expected (events that had begun and not finished by then, whose next
// message may be a long way off).
type Cursor struct {
	Seq     uint64   `json:"seq"`
	Pending []string `json:"pending,omitempty"`
	// Rev is the record's revision when it was loaded (0: there was none): a save
	// that finds it unchanged needs no second look.
	Rev uint64 `json:"-"`
}

// maxPending bounds the events a cursor lists; a session has no more in flight than
// the clients' own limits allow, and a record is a small value.
const maxPending = 1024

func (b *Broker) cursorKey(mailbox string) string {
	return token(b.cfg.App) + "." + token(mailbox) + ".cursor"
}

// LoadCursor returns mailbox's cursor, and false if none was saved (a new session,
// or one idle for longer than Config.SessionTTL).
func (b *Broker) LoadCursor(ctx context.Context, mailbox string) (Cursor, bool, error) {
	e, err := b.session.Get(ctx, b.cursorKey(mailbox))
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return Cursor{}, false, nil
	}
	if err != nil {
		return Cursor{}, false, fmt.Errorf("jobs: cursor of %s: %w", mailbox, err)
	}
	var c Cursor
	if err := json.Unmarshal(e.Value(), &c); err != nil {
		return Cursor{}, false, fmt.Errorf("jobs: cursor of %s: %w", mailbox, err)
	}
	c.Rev = e.Revision()
	return c, true, nil
}

// SaveCursor records c as mailbox's cursor unless a cursor at least as far along is
// recorded already: two streams of one session (a client that reconnected elsewhere
// while its old stream had not ended yet) never move it back. It first assumes the
// record is still at c.Rev, as loaded.
func (b *Broker) SaveCursor(ctx context.Context, mailbox string, c Cursor) error {
	if len(c.Pending) > maxPending {
		c.Pending = c.Pending[:maxPending]
	}
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	key := b.cursorKey(mailbox)
	if c.Rev > 0 {
		_, err = b.session.Update(ctx, key, v, c.Rev)
	} else {
		_, err = b.session.Create(ctx, key, v)
	}
	if err == nil {
		return nil
	}
	for range 10 {
		e, err := b.session.Get(ctx, key)
		switch {
		case errors.Is(err, jetstream.ErrKeyNotFound):
			_, err = b.session.Create(ctx, key, v)
		case err != nil:
			return fmt.Errorf("jobs: cursor of %s: %w", mailbox, err)
		default:
			var old Cursor
			if json.Unmarshal(e.Value(), &old) == nil && old.Seq >= c.Seq {
				return nil
			}
			_, err = b.session.Update(ctx, key, v, e.Revision())
		}
		if err == nil {
			return nil
		}
		if !errors.Is(err, jetstream.ErrKeyExists) && !isWrongSequence(err) {
			return fmt.Errorf("jobs: cursor of %s: %w", mailbox, err)
		}
		// Another replica wrote in between: read it again.
	}
	return fmt.Errorf("jobs: cursor of %s: too many concurrent writers", mailbox)
}

// isWrongSequence reports an optimistic update that lost the race.
func isWrongSequence(err error) bool {
	var apiErr *jetstream.APIError
	return errors.As(err, &apiErr) && (apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence ||
		apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequenceConstant)
}
