package files

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Remote is a file store shared by the processes of a scaled-out app (the NATS object
// store): every file the cache adds is put there before its path is handed out, and a
// cache entry a process lacks — a file uploaded to another replica, or an output
// another worker made — is fetched from there into the local cache on first use. Keys
// are "<entry>/<name>", the last two elements of a cached path, so a path handed out
// by any process names the same file in every process, whatever its cache directory.
type Remote interface {
	// Put stores r's content under key.
	Put(ctx context.Context, key string, r io.Reader) error
	// Has reports whether key is stored.
	Has(ctx context.Context, key string) (bool, error)
	// Get writes key's content to w, and reports false if key is not stored.
	Get(ctx context.Context, key string, w io.Writer) (bool, error)
}

// remoteTimeout bounds one transfer to or from the remote store.
const remoteTimeout = 5 * time.Minute

// SetRemote makes c share its files through r (nil: not at all). Call it before the
// cache is used.
func (c *Cache) SetRemote(r Remote) { c.remote = r }

// remoteKey is the key of the cached file <dir>/<entry>/<name>.
func remoteKey(entry, name string) string { return entry + "/" + name }

// share puts the file at tmp, about to become entry/name, into the remote store; a
// file stored before (the same content under the same name) is put again only if the
// remote store has lost it.
func (c *Cache) share(tmp, entry, name string, again bool) error {
	if c.remote == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), remoteTimeout)
	defer cancel()
	key := remoteKey(entry, name)
	if again {
		if ok, err := c.remote.Has(ctx, key); err == nil && ok {
			return nil
		}
	}
	f, err := os.Open(tmp)
	if err != nil {
		return fmt.Errorf("files: share %s: %w", name, err)
	}
	defer f.Close()
	if err := c.remote.Put(ctx, key, f); err != nil {
		return fmt.Errorf("files: share %s: %w", name, err)
	}
	return nil
}

// fromRemote makes the cached file a path names available locally, fetching it from
// the remote store if this process does not have it: p must end in <entry>/<name>,
// and the result is that entry in this cache, wherever p pointed. It reports false
// when there is no remote store, p does not name a cache entry, or the store lacks it.
func (c *Cache) fromRemote(p string) (string, bool) {
	if c.remote == nil {
		return "", false
	}
	dir, name := filepath.Split(p)
	entry := filepath.Base(dir)
	if !isEntryName(entry) || name == "" || sanitizeName(name) != name || name[0] == '.' {
		return "", false
	}
	local := filepath.Join(c.dir, entry, name)
	if fi, err := os.Lstat(local); err == nil {
		return local, fi.Mode().IsRegular()
	}
	tmp, err := os.CreateTemp(c.dir, tempPrefix+"*")
	if err != nil {
		return "", false
	}
	defer os.Remove(tmp.Name()) // a no-op once it is renamed
	ctx, cancel := context.WithTimeout(context.Background(), remoteTimeout)
	defer cancel()
	found, err := c.remote.Get(ctx, remoteKey(entry, name), tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil || !found {
		return "", false
	}
	c.entryMu.RLock()
	defer c.entryMu.RUnlock()
	if err := os.Mkdir(filepath.Join(c.dir, entry), 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", false
	}
	var sum [32]byte
	hex.Decode(sum[:], []byte(entry))
	c.remember(sum)
	if err := os.Rename(tmp.Name(), local); err != nil {
		return "", false
	}
	return local, true
}
