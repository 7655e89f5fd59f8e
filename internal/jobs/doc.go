// Package jobs carries queued events between processes over NATS JetStream: web
// replicas publish jobs, workers consume them, and every message a job produces goes
// to a results stream that any replica can read and resume from. It is the transport
// of the scaled-out backend (docs/adr/0011-scale-out.md); the in-memory queue
// (internal/queue) stays the default and does not use it.
//
// # Streams
//
// A [Broker] creates or updates, on first use, three JetStream resources shared by all
// apps of a NATS account:
//
//   - GRADIO_JOBS, a work-queue stream on gradio.jobs.<app>.<group>: a job is stored
//     until a worker acknowledges it. Each concurrency group has one durable pull
//     consumer whose MaxAckPending is the group's limit, so the limit holds across
//     all workers: the server never hands out more unacknowledged jobs than that.
//   - GRADIO_RESULTS, a limits stream on gradio.results.<app>.<mailbox>, kept for
//     [Config.ResultsMaxAge]. A message's stream sequence is its Last-Event-ID.
//   - GRADIO_DONE, a key-value bucket with one record per finished job (its final
//     message), created only if absent: whoever records first — the worker that ran
//     the job or a cancel — decides the job's result.
//
// # Delivery
//
// Jobs are delivered at least once: a worker that dies (or stops sending progress
// heartbeats for [Config.AckWait]) has its job redelivered to another. A job is run
// again only if its result was never recorded: a redelivered job whose record exists
// is not run, its recorded final message is published again and deduplicated by the
// results stream (Nats-Msg-Id <job>.done within [Config.Duplicates]). Intermediate
// messages of a run that died are not withdrawn, so a reader may see progress of two
// runs, but one final message per job.
package jobs
