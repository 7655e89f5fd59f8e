package jobs

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Publish queues job and returns once JetStream has stored it. Publishing a job id
// again within Config.Duplicates stores nothing new.
func (b *Broker) Publish(ctx context.Context, job Job) error {
	if job.ID == "" {
		return errors.New("jobs: Job.ID is empty")
	}
	m := nats.NewMsg(b.jobSubject(job.group()))
	m.Header.Set(jetstream.MsgIDHeader, job.ID)
	m.Header.Set(hdrFn, strconv.Itoa(job.Fn))
	m.Header.Set(hdrSession, job.Session)
	if job.Mailbox != "" {
		m.Header.Set(hdrMailbox, job.Mailbox)
	}
	m.Data = job.Payload
	if _, err := b.js.PublishMsg(ctx, m); err != nil {
		return fmt.Errorf("jobs: publish %s: %w", job.ID, err)
	}
	return nil
}

// decodeJob rebuilds the job a worker received.
func decodeJob(m jetstream.Msg, group string) (Job, error) {
	h := m.Headers()
	fn, err := strconv.Atoi(h.Get(hdrFn))
	if err != nil {
		return Job{}, fmt.Errorf("jobs: bad %s header %q", hdrFn, h.Get(hdrFn))
	}
	j := Job{ID: h.Get(jetstream.MsgIDHeader), Fn: fn, Group: group, Session: h.Get(hdrSession),
		Mailbox: h.Get(hdrMailbox), Payload: m.Data()}
	if j.ID == "" {
		return Job{}, errors.New("jobs: job without an id")
	}
	if md, err := m.Metadata(); err == nil {
		j.Delivery = int(md.NumDelivered)
	}
	return j, nil
}

// Emit publishes an intermediate message of job to its mailbox, for messages the web
// side sends itself (the first estimation). It returns the message's sequence.
func (b *Broker) Emit(ctx context.Context, job Job, m Message) (uint64, error) {
	return b.publishResult(ctx, job, m)
}

// publishResult appends m to job's mailbox. A final message carries the id <job>.done,
// so that publishing it again (after a redelivery) stores it once.
func (b *Broker) publishResult(ctx context.Context, job Job, m Message) (uint64, error) {
	ack, err := b.js.PublishMsg(ctx, b.resultMsg(job, m))
	if err != nil {
		return 0, fmt.Errorf("jobs: publish result of %s: %w", job.ID, err)
	}
	return ack.Sequence, nil
}

// publishResultLater is publishResult without waiting for the server's answer: a
// handler's intermediate messages keep their order (one connection) and cost it no
// round trip; a failure is logged.
func (b *Broker) publishResultLater(job Job, m Message) error {
	if _, err := b.js.PublishMsgAsync(b.resultMsg(job, m)); err != nil {
		return fmt.Errorf("jobs: publish result of %s: %w", job.ID, err)
	}
	return nil
}

func (b *Broker) resultMsg(job Job, m Message) *nats.Msg {
	msg := nats.NewMsg(b.resultSubject(job.ResultsMailbox(), job.ID))
	msg.Header.Set(hdrKind, m.Kind)
	msg.Header.Set(hdrEvent, job.ID)
	if m.Linger {
		msg.Header.Set(hdrLinger, "1")
	}
	if m.Final {
		msg.Header.Set(hdrFinal, "1")
		msg.Header.Set(jetstream.MsgIDHeader, job.ID+".done")
	}
	msg.Data = m.Body
	return msg
}

// Cancel finishes job at once with final (its process_completed message), unless it
// has already finished, and tells the worker running it, if any, to stop; what the
// handler returns afterwards is dropped. A job still waiting is not run. It reports
// whether the job was cancelled. Only ID, Session and Mailbox of job are used.
func (b *Broker) Cancel(ctx context.Context, job Job, final Message) (bool, error) {
	final.Final, final.EventID = true, job.ID
	if _, err := b.done.Create(ctx, b.doneKey(job.ID), encodeFinal(final)); err != nil {
		if errors.Is(err, jetstream.ErrKeyExists) {
			return false, nil
		}
		return false, fmt.Errorf("jobs: cancel %s: %w", job.ID, err)
	}
	if _, err := b.publishResult(ctx, job, final); err != nil {
		return true, err
	}
	if err := b.nc.Publish(b.cancelSubject(), []byte(job.ID)); err != nil {
		return true, fmt.Errorf("jobs: cancel %s: %w", job.ID, err)
	}
	return true, nil
}

// encodeFinal and decodeFinal store a final message in the done bucket: its kind, a
// newline, its body.
func encodeFinal(m Message) []byte {
	out := make([]byte, 0, len(m.Kind)+1+len(m.Body))
	out = append(out, m.Kind...)
	out = append(out, '\n')
	return append(out, m.Body...)
}

func decodeFinal(id string, v []byte) Message {
	for i, c := range v {
		if c == '\n' {
			return Message{Kind: string(v[:i]), EventID: id, Body: v[i+1:], Final: true}
		}
	}
	return Message{Kind: "process_completed", EventID: id, Body: v, Final: true}
}

// Waiting is the number of group's jobs stored and not yet acknowledged: those
// waiting and those running. It is exact when read, and approximate for a queue
// position since other replicas publish and workers acknowledge meanwhile.
func (b *Broker) Waiting(ctx context.Context, group string) (uint64, error) {
	n, _, err := b.Queued(ctx, group)
	return n, err
}

// Queued is Waiting for group and for the whole app, in one request.
func (b *Broker) Queued(ctx context.Context, group string) (inGroup, inApp uint64, err error) {
	info, err := b.jobs.Info(ctx, jetstream.WithSubjectFilter(b.jobSubject("*")))
	if err != nil {
		return 0, 0, fmt.Errorf("jobs: %w", err)
	}
	for _, n := range info.State.Subjects {
		inApp += n
	}
	return info.State.Subjects[b.jobSubject(group)], inApp, nil
}

// replayInactive is how long the server keeps a replay's consumer after its reader
// is gone without deleting it (a process that died).
const replayInactive = 30 * time.Second

// Replay yields the messages of event id in mailbox (id "": of every event in the
// mailbox) numbered after the sequence after (0: all that are kept), in order, then
// each new one as it is published, until ctx ends or the loop stops. Any connection to
// the server can replay any mailbox: this is how a replica that did not take a join
// serves its stream, and how a client resumes with Last-Event-ID. An error ends the
// sequence.
func (b *Broker) Replay(ctx context.Context, mailbox, id string, after uint64) iter.Seq2[Message, error] {
	if id == "" {
		id = "*"
	}
	return func(yield func(Message, error) bool) {
		// The server drops a consumer whose reader died within the threshold; one
		// that stops reading deletes its own at once (below), since every stream of
		// every session has one and they would pile up.
		cfg := jetstream.OrderedConsumerConfig{FilterSubjects: []string{b.resultSubject(mailbox, id)},
			InactiveThreshold: replayInactive}
		if after > 0 {
			cfg.DeliverPolicy, cfg.OptStartSeq = jetstream.DeliverByStartSequencePolicy, after+1
		}
		cons, err := b.results.OrderedConsumer(ctx, cfg)
		if err != nil {
			yield(Message{}, fmt.Errorf("jobs: replay %s: %w", mailbox, err))
			return
		}
		it, err := cons.Messages()
		if err != nil {
			yield(Message{}, fmt.Errorf("jobs: replay %s: %w", mailbox, err))
			return
		}
		defer func() {
			it.Stop()
			if info := cons.CachedInfo(); info != nil {
				dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
				defer cancel()
				_ = b.results.DeleteConsumer(dctx, info.Name)
			}
		}()
		for {
			msg, err := it.Next(jetstream.NextContext(ctx))
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				yield(Message{}, fmt.Errorf("jobs: replay %s: %w", mailbox, err))
				return
			}
			h := msg.Headers()
			m := Message{Kind: h.Get(hdrKind), EventID: h.Get(hdrEvent), Body: msg.Data(), Final: h.Get(hdrFinal) == "1",
				Linger: h.Get(hdrLinger) == "1"}
			if md, err := msg.Metadata(); err == nil {
				m.Seq = md.Sequence.Stream
			}
			if !yield(m, nil) {
				return
			}
		}
	}
}

// Last returns the last message kept of event id in mailbox (id "": of any event in
// it), and false if there is none (never written to, or expired): how a replica learns
// whether an event another one queued exists and whether it has finished, and how far
// a mailbox's stream goes.
func (b *Broker) Last(ctx context.Context, mailbox, id string) (Message, bool, error) {
	if id == "" {
		id = "*"
	}
	msg, err := b.results.GetLastMsgForSubject(ctx, b.resultSubject(mailbox, id))
	if err != nil {
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return Message{}, false, nil
		}
		return Message{}, false, fmt.Errorf("jobs: last of %s: %w", mailbox, err)
	}
	h := msg.Header
	return Message{Kind: h.Get(hdrKind), EventID: h.Get(hdrEvent), Body: msg.Data,
		Final: h.Get(hdrFinal) == "1", Seq: msg.Sequence}, true, nil
}
