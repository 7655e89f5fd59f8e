package files

import (
	"crypto/rand"
	"encoding/hex"
	"path"
	"strings"
	"unicode/utf8"
)

// maxNameBytes is Gradio's cap on a stored file name, well below common 255-byte limits.
const maxNameBytes = 200

// forbiddenChars are removed from names (as in gradio_client's strip_invalid_filename_characters)
// because they are unsafe in paths, URLs, shells or on Windows.
const forbiddenChars = "<>:\"/\\|?*$!{}`"

// sanitizeName turns a client- or handler-supplied file name into a safe base name.
// It returns "" when nothing usable remains, so the caller can choose a random name instead.
func sanitizeName(name string) string {
	name = strings.TrimRight(name, `/\`)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	// Invalid UTF-8 is dropped so the name can go into JSON and headers unchanged.
	name = strings.ToValidUTF8(name, "")
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(forbiddenChars, r) {
			return -1
		}
		return r
	}, name)
	name = truncateName(name, maxNameBytes)
	if name == "." || name == ".." {
		return ""
	}
	return name
}

// truncateName cuts name to at most max bytes, keeping the extension when it fits, so a long
// upload still opens with the right program.
func truncateName(name string, max int) string {
	if len(name) <= max {
		return name
	}
	ext := path.Ext(name)
	if len(ext) >= max {
		return cutUTF8(name, max)
	}
	return cutUTF8(name[:len(name)-len(ext)], max-len(ext)) + ext
}

// cutUTF8 returns the longest prefix of s with at most n bytes that does not split a rune.
func cutUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// randomName is Gradio's name for files that arrive without a usable one.
func randomName() string {
	var b [5]byte
	rand.Read(b[:])
	return "tmp" + hex.EncodeToString(b[:])
}
