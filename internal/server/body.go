package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// predictBody is the body of /queue/join and /run (Gradio's PredictBody). Unknown
// fields are ignored, as Gradio does.
type predictBody struct {
	Data        *rawValues      `json:"data"`
	EventData   json.RawMessage `json:"event_data"`
	FnIndex     *int            `json:"fn_index"`
	TriggerID   *int            `json:"trigger_id"`
	SessionHash *string         `json:"session_hash"`
}

// maxValues bounds the input values of one call. Decoded one by one, each value of a
// "data" array costs some 70 bytes for every byte of a body of empty values, so a body
// of half a million zeros (1 MB) would allocate 67 MB before its count was checked.
const maxValues = 4096

// rawValues is the "data" array of a call: one raw JSON value per input, at most
// maxValues of them.
type rawValues []json.RawMessage

func (v *rawValues) UnmarshalJSON(b []byte) error {
	if len(b) == 0 || b[0] != '[' {
		return &bodyError{http.StatusBadRequest, `Field "data" must be an array with one value per input.`}
	}
	// b is valid JSON (json.Unmarshal checked it before calling this): count the commas
	// between the array's values before decoding any.
	depth, commas, inString, escaped := 0, 0, false, false
	for _, c := range b {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
		case c == ',' && depth == 1:
			if commas++; commas >= maxValues {
				return &bodyError{http.StatusBadRequest, fmt.Sprintf(`Field "data" has more than %d values.`, maxValues)}
			}
		}
	}
	return json.Unmarshal(b, (*[]json.RawMessage)(v))
}

// bodyError is a request body we refuse, with the status to answer.
type bodyError struct {
	status int
	msg    string
}

func (e *bodyError) Error() string { return e.msg }

// decodeBody reads a JSON object body into v, bounded by limit bytes.
func decodeBody(w http.ResponseWriter, r *http.Request, limit int64, v any) error {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return &bodyError{http.StatusRequestEntityTooLarge, fmt.Sprintf("Request body too large: the limit is %d bytes.", limit)}
		}
		return &bodyError{http.StatusBadRequest, "Could not read the request body: " + err.Error()}
	}
	return decodeJSON(b, v)
}

// decodeJSON decodes a JSON object, explaining what is wrong in terms a client author can
// act on.
func decodeJSON(b []byte, v any) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return &bodyError{http.StatusBadRequest, "The request body is empty; send a JSON object."}
	}
	if b[0] != '{' {
		return &bodyError{http.StatusBadRequest, "The request body must be a JSON object."}
	}
	if err := json.Unmarshal(b, v); err != nil {
		var be *bodyError
		if errors.As(err, &be) {
			return be
		}
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return &bodyError{http.StatusBadRequest, fmt.Sprintf("Malformed JSON at byte %d: %v.", se.Offset, se)}
		case errors.As(err, &te):
			return &bodyError{http.StatusBadRequest, fmt.Sprintf("Field %q must be %s, not a JSON %s.", te.Field, jsonKind(te.Type.Kind().String()), te.Value)}
		}
		return &bodyError{http.StatusBadRequest, "Malformed JSON: " + err.Error() + "."}
	}
	return nil
}

func jsonKind(goKind string) string {
	switch goKind {
	case "int", "int64", "float64":
		return "a number"
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "ptr", "struct", "map":
		return "an object"
	case "bool":
		return "a boolean"
	}
	return goKind
}

func writeBodyError(w http.ResponseWriter, err error) {
	var be *bodyError
	if errors.As(err, &be) {
		writeDetail(w, be.status, be.msg)
		return
	}
	writeDetail(w, http.StatusBadRequest, err.Error())
}
