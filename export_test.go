package gradio

import "time"

// WithResumeGrace sets how long finished sessions' results are kept for clients that
// reconnect (queue.DefaultGrace by default; negative: not at all), so that tests and
// benchmarks need not wait the default out.
func WithResumeGrace(d time.Duration) Option { return func(o *options) { o.resumeGrace = d } }

// JobsName is the app's name in NATS (scaleout.go), for tests.
func (a *App) JobsName() string { return a.jobsName() }
