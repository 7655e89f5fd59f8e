package gradio

import (
	"context"
	"io"

	"github.com/gradio-go/gradio/internal/jobs"
)

// sharedFiles is the files.Remote of a scaled-out app: its file cache's entries go to
// the NATS object store, so an upload to one web replica is an input on any worker,
// and a worker's output downloads from any web replica.
type sharedFiles struct{ b *jobs.Broker }

func (s sharedFiles) Put(ctx context.Context, key string, r io.Reader) error {
	return s.b.PutFile(ctx, key, r)
}

func (s sharedFiles) Has(ctx context.Context, key string) (bool, error) {
	return s.b.HasFile(ctx, key)
}

func (s sharedFiles) Get(ctx context.Context, key string, w io.Writer) (bool, error) {
	return s.b.GetFile(ctx, key, w)
}
