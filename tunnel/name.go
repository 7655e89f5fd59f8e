package tunnel

import "strings"

// AppName turns a title or program name into an app name a hub accepts: lower-case
// letters and digits, runs of anything else as one hyphen, at most 63 characters;
// "app" when nothing is left.
func AppName(title string) string {
	var b strings.Builder
	hyphen := false
	for _, c := range strings.ToLower(title) {
		if b.Len() >= 63 {
			break
		}
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if hyphen && b.Len() > 0 && b.Len() < 62 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(c)
		default:
			hyphen = true
		}
	}
	if b.Len() == 0 {
		return "app"
	}
	return b.String()
}
