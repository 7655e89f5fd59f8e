package client

import "time"

// SetRetryDelays replaces the pauses between resumes for a test and returns the undo.
func SetRetryDelays(d ...time.Duration) (undo func()) {
	old := retryDelays
	retryDelays = d
	return func() { retryDelays = old }
}
