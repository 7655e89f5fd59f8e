package hub

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// reserved are first path segments the hub itself uses or may use, so no user may take
// them as a name.
var reserved = map[string]bool{
	"-": true, "api": true, "s": true, "static": true, "login": true, "logout": true,
	"signup": true, "settings": true, "new": true, "search": true, "tags": true,
	"admin": true, "hub": true, "about": true, "docs": true, "help": true, "assets": true,
	"healthz": true, "metrics": true, "favicon.ico": true, "robots.txt": true,
}

// checkName checks a user or app name: lower-case letters, digits and single inner
// hyphens, between min and max characters, so that it is safe in a URL path unescaped.
func checkName(kind, name string, min, max int) error {
	if n := len(name); n < min || n > max {
		return fmt.Errorf("%s must be %d to %d characters long", kind, min, max)
	}
	for i, c := range name {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && i > 0 && i < len(name)-1 && name[i-1] != '-':
		default:
			return fmt.Errorf("%s may hold only lower-case letters, digits and single hyphens between them", kind)
		}
	}
	return nil
}

func checkUserName(name string) error {
	if err := checkName("a user name", name, 2, 39); err != nil {
		return err
	}
	if reserved[name] {
		return fmt.Errorf("the user name %q is reserved", name)
	}
	return nil
}

func checkAppName(name string) error { return checkName("an app name", name, 1, 63) }

// checkText checks a free-text field: valid UTF-8, no control characters but line
// breaks and tabs, and at most max bytes.
func checkText(kind, s string, max int) error {
	if len(s) > max {
		return fmt.Errorf("%s is longer than %d bytes", kind, max)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s is not valid UTF-8", kind)
	}
	if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r == 0x7f }) {
		return fmt.Errorf("%s holds control characters", kind)
	}
	return nil
}

// normaliseTags lower-cases, trims and deduplicates tags, refusing bad ones.
func normaliseTags(tags []string) ([]string, error) {
	if len(tags) > 10 {
		return nil, fmt.Errorf("an app may have at most 10 tags, not %d", len(tags))
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" || seen[t] {
			continue
		}
		if err := checkName("a tag", t, 1, 32); err != nil {
			return nil, err
		}
		seen[t] = true
		out = append(out, t)
	}
	return out, nil
}

// inputError is a refusal of what a person typed: its message is for them, unlike an
// internal error's.
type inputError struct{ error }
