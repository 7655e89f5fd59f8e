package wire

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// PyJSON encodes v the way Python's json.dumps does with its defaults: ", " and ": "
// separators and every non-ASCII character escaped. The curl API (/call) of Gradio writes
// its stream this way, and scripts written against Gradio may depend on it.
func PyJSON(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return PySpacing(b), nil
}

// PySpacing rewrites compact JSON into Python json.dumps style.
func PySpacing(compact []byte) []byte {
	out := make([]byte, 0, len(compact)+len(compact)/8)
	inString := false
	for i := 0; i < len(compact); {
		c := compact[i]
		if inString {
			switch {
			case c == '\\':
				// Go escapes <, > and & for HTML safety; Python writes them plainly.
				if i+5 < len(compact) && compact[i+1] == 'u' {
					switch string(compact[i+2 : i+6]) {
					case "003c":
						out = append(out, '<')
						i += 6
						continue
					case "003e":
						out = append(out, '>')
						i += 6
						continue
					case "0026":
						out = append(out, '&')
						i += 6
						continue
					}
				}
				out = append(out, compact[i:min(i+2, len(compact))]...)
				i += 2
				continue
			case c == '"':
				inString = false
			case c >= utf8.RuneSelf:
				r, size := utf8.DecodeRune(compact[i:])
				if r >= 0x10000 {
					r -= 0x10000
					out = fmt.Appendf(out, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
				} else {
					out = fmt.Appendf(out, `\u%04x`, r)
				}
				i += size
				continue
			}
			out = append(out, c)
			i++
			continue
		}
		out = append(out, c)
		switch c {
		case '"':
			inString = true
		case ',', ':':
			out = append(out, ' ')
		}
		i++
	}
	return out
}
