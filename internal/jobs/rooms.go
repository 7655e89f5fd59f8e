package jobs

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// RoomsBucket records which web replica holds each collaborative room, so that the
// others can pass a room's requests to it (docs/adr/0011-scale-out.md).
const RoomsBucket = "GRADIO_ROOMS"

// RoomHomes is the app's record of rooms' home replicas.
type RoomHomes struct {
	kv  jetstream.KeyValue
	app string
}

// RoomHomes opens the rooms bucket, creating or updating it with records kept for ttl
// after their last write, as the other buckets are (see Config).
func (b *Broker) RoomHomes(ctx context.Context, ttl time.Duration) (*RoomHomes, error) {
	storage := jetstream.FileStorage
	if b.cfg.Memory {
		storage = jetstream.MemoryStorage
	}
	kv, err := b.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: RoomsBucket, TTL: ttl, Storage: storage, Replicas: b.cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: bucket %s: %w", RoomsBucket, err)
	}
	return &RoomHomes{kv: kv, app: token(b.cfg.App)}, nil
}

func (h *RoomHomes) key(room string) string { return h.app + "." + token(room) }

// Set records that replica holds room, and keeps the record alive for another ttl.
func (h *RoomHomes) Set(ctx context.Context, room, replica string) error {
	if _, err := h.kv.PutString(ctx, h.key(room), replica); err != nil {
		return fmt.Errorf("jobs: recording a room's home: %w", err)
	}
	return nil
}

// Get returns the replica that holds room; ok is false when none is recorded.
func (h *RoomHomes) Get(ctx context.Context, room string) (replica string, ok bool, err error) {
	e, err := h.kv.Get(ctx, h.key(room))
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("jobs: looking up a room's home: %w", err)
	}
	return string(e.Value()), true, nil
}

// Delete forgets room's home.
func (h *RoomHomes) Delete(ctx context.Context, room string) error {
	if err := h.kv.Delete(ctx, h.key(room)); err != nil {
		return fmt.Errorf("jobs: forgetting a room's home: %w", err)
	}
	return nil
}
