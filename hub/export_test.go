package hub

import "time"

// SetQueuePoll changes how often the hub polls queue lengths, for a test; it returns
// the function that puts it back.
func SetQueuePoll(d time.Duration) (restore func()) {
	old := queuePoll
	queuePoll = d
	return func() { queuePoll = old }
}
