package queue

import (
	"sync/atomic"
	"time"
)

// fnStats counts a function's calls for metrics. Sums are kept in nanoseconds, so that
// they can be added atomically from any goroutine.
type fnStats struct {
	succeeded, failed atomic.Int64
	runs, runNanos    atomic.Int64
	waits, waitNanos  atomic.Int64
}

// started records how long a queued event waited for its turn.
func (s *fnStats) started(ev *Event) {
	if ev.queued.IsZero() {
		return
	}
	s.waits.Add(1)
	s.waitNanos.Add(int64(ev.started.Sub(ev.queued)))
}

// finished records the outcome of an event and, if it ran, how long it ran.
func (s *fnStats) finished(ev *Event, success bool) {
	if success {
		s.succeeded.Add(1)
	} else {
		s.failed.Add(1)
	}
	if !ev.started.IsZero() {
		s.runs.Add(1)
		s.runNanos.Add(int64(time.Since(ev.started)))
	}
}

// Stats is a snapshot of a function's counters since the app started.
type Stats struct {
	// Succeeded and Failed count finished calls by outcome (a cancelled call counts as
	// it was finished).
	Succeeded, Failed int64
	// Runs calls ran for RunTime in total; Waits queued calls waited WaitTime in total
	// before they started.
	Runs, Waits       int64
	RunTime, WaitTime time.Duration
}

// Stats returns the function's counters.
func (f *Fn) Stats() Stats {
	s := &f.stats
	return Stats{
		Succeeded: s.succeeded.Load(), Failed: s.failed.Load(),
		Runs: s.runs.Load(), RunTime: time.Duration(s.runNanos.Load()),
		Waits: s.waits.Load(), WaitTime: time.Duration(s.waitNanos.Load()),
	}
}
