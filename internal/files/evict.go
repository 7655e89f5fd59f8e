package files

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Eviction works on the entries (<Dir>/<content hash>/) this Cache created, the way Gradio's
// delete_cache only deletes files created by the app: several apps may share one cache
// directory, and one must not delete what another still serves. An entry counts as used when
// it is created, when a file is added to it (also de-duplicated uploads), and whenever one of
// its files is resolved as an input, returned as an output again or served; the entry
// directory's modification time records that, so eviction needs no memory per access.

// remember records that the entry with this content hash belongs to this cache.
func (c *Cache) remember(sum [32]byte) {
	c.createdMu.Lock()
	c.created[sum] = struct{}{}
	c.createdMu.Unlock()
}

// touch marks the entry holding the cached path real as used.
func (c *Cache) touch(real string) {
	rel, err := filepath.Rel(c.dir, real)
	if err != nil {
		return
	}
	first, _, _ := strings.Cut(rel, string(filepath.Separator))
	if isEntryName(first) {
		c.touchEntry(filepath.Join(c.dir, first))
	}
}

// touchEntry sets an entry directory's modification time to now; its access time and the
// files' times (ETag, Last-Modified) are left alone.
func (c *Cache) touchEntry(dir string) {
	_ = os.Chtimes(dir, time.Time{}, time.Now())
}

// isEntryName reports whether name is a content-hash directory name (64 lower-case hex digits).
func isEntryName(name string) bool {
	if len(name) != 64 {
		return false
	}
	_, err := hex.DecodeString(name)
	return err == nil && strings.ToLower(name) == name
}

// Evict removes the cached files this Cache created that have not been used (created, stored
// again, resolved, returned or served) for olderThan, together with their content-hash
// directories, and returns how many files it removed. It never follows symlinks, never
// touches anything outside the cache directory, and leaves alone entries that overlap an
// AllowedPaths entry placed inside the cache directory. Paths handed out for evicted files
// stop resolving; a client that uploads the same content again gets the same path back.
//
// Evict is safe to call while the cache is in use: an entry being written is never removed.
func (c *Cache) Evict(olderThan time.Duration) (removed int, err error) {
	if olderThan < 0 {
		return 0, fmt.Errorf("files: negative eviction age %v", olderThan)
	}
	return c.evict(time.Now().Add(-olderThan), false)
}

// Clear removes every file this Cache created (regardless of age, but with Evict's other
// limits), and the cache directory itself if New created it and it is now empty. Gradio does
// the same at shutdown when delete_cache is set. Paths handed out before stop resolving.
func (c *Cache) Clear() error {
	_, err := c.evict(time.Time{}, true)
	if c.createdDir {
		_ = os.Remove(c.dir) // fails, as it should, while other files remain
	}
	return err
}

// evict removes the remembered entries last used before cutoff (all of them when all is set).
func (c *Cache) evict(cutoff time.Time, all bool) (removed int, err error) {
	c.createdMu.Lock()
	sums := make([][32]byte, 0, len(c.created))
	for s := range c.created {
		sums = append(sums, s)
	}
	c.createdMu.Unlock()

	var errs []error
	for _, sum := range sums {
		n, gone, err := c.evictEntry(sum, cutoff, all)
		removed += n
		if err != nil {
			errs = append(errs, err)
		}
		if gone {
			c.createdMu.Lock()
			delete(c.created, sum)
			c.createdMu.Unlock()
		}
	}
	return removed, errors.Join(errs...)
}

// evictEntry removes one entry if it is old enough. gone reports that the entry no longer
// exists (so it need not be remembered).
func (c *Cache) evictEntry(sum [32]byte, cutoff time.Time, all bool) (removed int, gone bool, err error) {
	dir := filepath.Join(c.dir, hex.EncodeToString(sum[:]))
	if c.protected(dir) {
		return 0, false, nil
	}
	c.entryMu.Lock()
	defer c.entryMu.Unlock()
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, true, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("files: evict: %w", err)
	}
	if !fi.IsDir() { // replaced by something else (a symlink?): not ours to touch
		return 0, true, nil
	}
	children, err := os.ReadDir(dir)
	if err != nil {
		return 0, false, fmt.Errorf("files: evict: %w", err)
	}
	latest := fi.ModTime()
	for _, ch := range children {
		if ch.IsDir() {
			return 0, false, nil // the cache never makes sub-directories: leave it alone
		}
		if !ch.Type().IsRegular() {
			continue // a symlink's own time says nothing about use
		}
		if info, err := ch.Info(); err == nil && info.ModTime().After(latest) {
			latest = info.ModTime()
		}
	}
	if !all && !latest.Before(cutoff) {
		return 0, false, nil
	}
	var errs []error
	for _, ch := range children {
		// Remove never follows a symlink: only the link itself goes.
		if err := os.Remove(filepath.Join(dir, ch.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("files: evict: %w", err))
			continue
		}
		removed++
	}
	if err := os.Remove(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, fmt.Errorf("files: evict: %w", err))
		return removed, false, errors.Join(errs...)
	}
	return removed, true, errors.Join(errs...)
}

// protected reports whether an AllowedPaths entry lies in the cache directory and overlaps the
// entry dir: those are the app's own files, not cache copies.
func (c *Cache) protected(dir string) bool {
	for _, a := range c.allowed {
		if within(c.dir, a) && (within(dir, a) || within(a, dir)) {
			return true
		}
	}
	return false
}
