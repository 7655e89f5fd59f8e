package jobs

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/nats-io/nats.go/jetstream"
)

// Files of a scaled-out app: uploads and outputs in the object store FilesBucket, so
// that the process a call runs on, and the replica a file is downloaded from, need
// not be the one that received or made it. Names are the app's, then the file's key.

func (b *Broker) fileName(key string) string { return token(b.cfg.App) + "/" + key }

// PutFile stores r's content under key.
func (b *Broker) PutFile(ctx context.Context, key string, r io.Reader) error {
	if _, err := b.files.Put(ctx, jetstream.ObjectMeta{Name: b.fileName(key)}, r); err != nil {
		return fmt.Errorf("jobs: put file %s: %w", key, err)
	}
	return nil
}

// HasFile reports whether key is stored.
func (b *Broker) HasFile(ctx context.Context, key string) (bool, error) {
	_, err := b.files.GetInfo(ctx, b.fileName(key))
	if errors.Is(err, jetstream.ErrObjectNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("jobs: file %s: %w", key, err)
	}
	return true, nil
}

// GetFile writes key's content to w, and reports false if key is not stored.
func (b *Broker) GetFile(ctx context.Context, key string, w io.Writer) (bool, error) {
	res, err := b.files.Get(ctx, b.fileName(key))
	if errors.Is(err, jetstream.ErrObjectNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("jobs: get file %s: %w", key, err)
	}
	defer res.Close()
	if _, err := io.Copy(w, res); err != nil {
		return false, fmt.Errorf("jobs: get file %s: %w", key, err)
	}
	return true, nil
}
