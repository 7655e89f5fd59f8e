package gradio

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Helpers shared by the built-in components' decoders. Client payloads are untrusted:
// every failure says what was expected and what arrived.

// isNull reports whether a payload is JSON null (or absent).
func isNull(p json.RawMessage) bool {
	p = bytes.TrimSpace(p)
	return len(p) == 0 || string(p) == "null"
}

// jsonKindOf names the JSON type of a payload for error messages.
func jsonKindOf(p json.RawMessage) string {
	p = bytes.TrimSpace(p)
	if len(p) == 0 {
		return "nothing"
	}
	switch p[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// decodeValue decodes p into a T; null gives T's zero value.
func decodeValue[T any](p json.RawMessage, want string) (T, error) {
	var v T
	if isNull(p) {
		return v, nil
	}
	if err := json.Unmarshal(p, &v); err != nil {
		return v, fmt.Errorf("expected %s, got %s", want, jsonKindOf(p))
	}
	return v, nil
}

// decodeNumber decodes a finite number.
func decodeNumber(p json.RawMessage) (float64, error) {
	f, err := decodeValue[float64](p, "a number")
	if err != nil {
		return 0, err
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("expected a finite number")
	}
	return f, nil
}

// finite rejects values JSON cannot carry.
func finite(f float64) (float64, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("%v cannot be sent: JSON has no infinities or NaN", f)
	}
	return f, nil
}

// checkChoice reports an error unless v is one of choices.
func checkChoice(v string, choices []string) error {
	if slices.Contains(choices, v) {
		return nil
	}
	return fmt.Errorf("%q is not one of the choices: %s", v, quoteAll(choices))
}

func quoteAll(s []string) string {
	if len(s) == 0 {
		return "(none)"
	}
	q := make([]string, len(s))
	for i, v := range s {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, ", ")
}

// choicePairs is the [label, value] form of choices in /config.
func choicePairs(choices []string) [][2]string {
	out := make([][2]string, len(choices))
	for i, c := range choices {
		out[i] = [2]string{c, c}
	}
	return out
}

// Ptr returns a pointer to v, for optional fields such as Number.Minimum.
func Ptr[T any](v T) *T { return &v }
