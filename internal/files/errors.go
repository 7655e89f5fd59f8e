package files

import "net/http"

// Error is a client-caused failure with the HTTP status it maps to.
//
// Gradio answers a non-multipart upload with 400 JSON {"detail": Message} but an oversized file
// with 413 plain text, so the caller decides how to render it; Message never contains
// server internals.
type Error struct {
	Status  int
	Message string
}

// Error returns the client-facing message.
func (e *Error) Error() string { return e.Message }

var (
	errInvalidContentType = &Error{Status: http.StatusBadRequest, Message: "Invalid content type."}
	errMissingBoundary    = &Error{Status: http.StatusBadRequest, Message: "Missing boundary in multipart."}
	errMalformed          = &Error{Status: http.StatusBadRequest, Message: "Malformed multipart body."}
)

// notAllowed is the single answer for every refused path, so a client cannot probe which
// paths exist outside the cache.
func notAllowed(p string) *Error {
	return &Error{Status: http.StatusForbidden, Message: "File not allowed: " + p + "."}
}
