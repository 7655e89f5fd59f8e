package hub

import (
	"context"
	"sync"
	"time"

	"github.com/gradio-go/gradio/hub/store"
)

// appCache keeps the apps proxied requests look up, so a page load's dozens of
// requests (assets, config, the event stream) cost one record read. Every change the
// hub makes to an app drops its entry at once; the short lifetime bounds staleness
// from changes made elsewhere (another hub process on the same database).
type appCache struct {
	mu   sync.Mutex
	apps map[string]cachedApp
}

type cachedApp struct {
	app *store.App
	at  time.Time
}

const (
	appCacheTTL  = 2 * time.Second
	appCacheSize = 10_000
)

func (c *appCache) get(ctx context.Context, st store.Store, owner, name string) (*store.App, error) {
	key := owner + "/" + name
	c.mu.Lock()
	e, ok := c.apps[key]
	c.mu.Unlock()
	if ok && time.Since(e.at) < appCacheTTL {
		return e.app, nil
	}
	a, err := st.App(ctx, owner, name)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.apps == nil || len(c.apps) >= appCacheSize {
		c.apps = map[string]cachedApp{} // Crude but bounded: start over when full.
	}
	c.apps[key] = cachedApp{app: a, at: time.Now()}
	c.mu.Unlock()
	return a, nil
}

// forget drops an app after the hub changed it.
func (c *appCache) forget(owner, name string) {
	c.mu.Lock()
	delete(c.apps, owner+"/"+name)
	c.mu.Unlock()
}
