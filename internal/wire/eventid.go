package wire

import (
	"strconv"
	"strings"
)

// ParseEventID reads an SSE event id (a Last-Event-ID header, an "id:" line): a
// decimal number of at most 20 digits, as the server writes them, with surrounding
// spaces; anything else is no id. The server and the Go client share it.
func ParseEventID(v string) (uint64, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 20 {
		return 0, false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
	}
	id, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, false
	}
	return id, true
}
