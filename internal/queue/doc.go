// Package queue runs events: it keeps them waiting per concurrency group, starts them as
// slots free up, batches them, estimates waits, cancels them, and delivers their messages
// to per-session mailboxes that the /queue/data and /call streams read.
//
// Nothing in this package knows about components or HTTP; the engine hands it functions
// and opaque payloads. The in-memory implementation here is the default backend.
package queue
