package jobs

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names of the JetStream resources and the subjects' first tokens.
const (
	JobsStream    = "GRADIO_JOBS"
	ResultsStream = "GRADIO_RESULTS"
	DoneBucket    = "GRADIO_DONE"
	SessionBucket = "GRADIO_SESSIONS"
	FilesBucket   = "GRADIO_FILES"
	LoginsBucket  = "GRADIO_LOGINS"

	jobsSubject    = "gradio.jobs"
	resultsSubject = "gradio.results"
	cancelSubject  = "gradio.cancel"
)

// Headers of job and result messages.
const (
	hdrFn      = "Gradio-Fn"
	hdrSession = "Gradio-Session"
	hdrMailbox = "Gradio-Mailbox"
	hdrKind    = "Gradio-Kind"
	hdrEvent   = "Gradio-Event"
	hdrFinal   = "Gradio-Final"
	hdrLinger  = "Gradio-Linger"
)

// Defaults of Config.
const (
	DefaultAckWait       = 30 * time.Second
	DefaultMaxDeliver    = 5
	DefaultResultsMaxAge = 10 * time.Minute
	DefaultDoneTTL       = time.Hour
	DefaultDuplicates    = 2 * time.Minute
	DefaultSessionTTL    = time.Hour
	DefaultFilesTTL      = 24 * time.Hour
	DefaultLoginTTL      = 7 * 24 * time.Hour
)

// Config configures a Broker. Only App is required. Every broker applies its settings
// to the streams and buckets when it is made, so the processes of one deployment must
// be given the same.
type Config struct {
	// App names the app; its jobs, results and records are apart from other apps'.
	App string
	// AckWait is how long a worker may go without acknowledging a job or sending a
	// heartbeat before the job is redelivered to another; 0 means DefaultAckWait.
	// Workers send heartbeats every AckWait/3 while a handler runs.
	AckWait time.Duration
	// MaxDeliver bounds the deliveries of a job; the last one that fails publishes a
	// failure instead of retrying. 0 means DefaultMaxDeliver.
	MaxDeliver int
	// ResultsMaxAge is how long result messages are kept for readers and resumes;
	// 0 means DefaultResultsMaxAge.
	ResultsMaxAge time.Duration
	// DoneTTL is how long a finished job's record is kept, which bounds how late a
	// redelivery is still recognised; 0 means DefaultDoneTTL.
	DoneTTL time.Duration
	// Duplicates is the window in which a job published twice, or a final message
	// published twice, is stored once; 0 means DefaultDuplicates.
	Duplicates time.Duration
	// SessionTTL is how long a session's cursor and State values are kept after their
	// last change; 0 means DefaultSessionTTL.
	SessionTTL time.Duration
	// FilesTTL is how long a shared file is kept; 0 means DefaultFilesTTL.
	FilesTTL time.Duration
	// LoginTTL is how long a login is kept (the records carry their own expiry too);
	// 0 means DefaultLoginTTL.
	LoginTTL time.Duration
	// Memory keeps the streams in memory rather than in files: faster, lost with the
	// server. It holds for streams the first broker creates.
	Memory bool
	// Replicas is the number of copies of each stream in a clustered JetStream; 0 means 1.
	Replicas int
	// Failure makes the final message of a job whose last delivery failed; nil means a
	// process_completed message with a generic error.
	Failure func(Job, error) Message
	// Logger receives what cannot be returned to a caller; nil means slog.Default().
	Logger *slog.Logger
}

// Job is one queued call.
type Job struct {
	// ID is the event id; it names the job everywhere and makes publishing it twice harmless.
	ID string
	// Fn is the function's index (fn_index).
	Fn int
	// Group is the concurrency group; "" means the function's own, "fn<Fn>".
	Group string
	// Session is the client's session hash.
	Session string
	// Mailbox groups the job's messages on the results stream with others (a session's
	// events, read by one stream); "" means Session. A curl API call has its own.
	Mailbox string
	// Payload is what the web side prepared; opaque here.
	Payload []byte
	// Delivery counts deliveries to workers, from 1; set by Consume.
	Delivery int
}

func (j Job) group() string {
	if j.Group != "" {
		return j.Group
	}
	return fmt.Sprintf("fn%d", j.Fn)
}

// ResultsMailbox is the mailbox the job's messages go to: its own, else its session's.
func (j Job) ResultsMailbox() string {
	if j.Mailbox != "" {
		return j.Mailbox
	}
	return j.Session
}

// Message is one message of a job on its mailbox's results subject.
type Message struct {
	// Kind is the message's msg (estimation, progress, process_generating, ...).
	Kind string
	// EventID is the job's id.
	EventID string
	// Body is the encoded message.
	Body []byte
	// Final marks the job's last message (its process_completed).
	Final bool
	// Seq is the message's sequence in the results stream: its Last-Event-ID. Set on reading.
	Seq uint64
	// Linger marks an event whose client shares one stream between its calls (the
	// official clients do): the session's stream should stay open a moment once idle.
	Linger bool
}

// Broker publishes and consumes the jobs of one app. It is safe for concurrent use.
type Broker struct {
	nc      *nats.Conn
	js      jetstream.JetStream
	cfg     Config
	jobs    jetstream.Stream
	results jetstream.Stream
	done    jetstream.KeyValue
	session jetstream.KeyValue
	files   jetstream.ObjectStore
	logins  jetstream.KeyValue
	log     *slog.Logger

	beforeAck func(Job) // a test hook for workers; see worker.beforeAck
}

// App is the app's name in NATS.
func (b *Broker) App() string { return b.cfg.App }

// New returns a broker of cfg.App on nc, creating or updating the streams and bucket.
// The connection stays the caller's to close.
func New(ctx context.Context, nc *nats.Conn, cfg Config) (*Broker, error) {
	if cfg.App == "" {
		return nil, errors.New("jobs: Config.App is empty")
	}
	cfg.AckWait = orDefault(cfg.AckWait, DefaultAckWait)
	cfg.ResultsMaxAge = orDefault(cfg.ResultsMaxAge, DefaultResultsMaxAge)
	cfg.DoneTTL = orDefault(cfg.DoneTTL, DefaultDoneTTL)
	cfg.SessionTTL = orDefault(cfg.SessionTTL, DefaultSessionTTL)
	cfg.FilesTTL = orDefault(cfg.FilesTTL, DefaultFilesTTL)
	cfg.LoginTTL = orDefault(cfg.LoginTTL, DefaultLoginTTL)
	cfg.Duplicates = min(orDefault(cfg.Duplicates, DefaultDuplicates), cfg.ResultsMaxAge)
	if cfg.MaxDeliver <= 0 {
		cfg.MaxDeliver = DefaultMaxDeliver
	}
	cfg.Replicas = max(cfg.Replicas, 1)
	if cfg.Failure == nil {
		cfg.Failure = defaultFailure
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncErrHandler(func(_ jetstream.JetStream, m *nats.Msg, err error) {
		log.Warn("jobs: publishing a message failed", "job", m.Header.Get(hdrEvent), "kind", m.Header.Get(hdrKind), "err", err)
	}))
	if err != nil {
		return nil, fmt.Errorf("jobs: %w", err)
	}
	storage := jetstream.FileStorage
	if cfg.Memory {
		storage = jetstream.MemoryStorage
	}
	b := &Broker{nc: nc, js: js, cfg: cfg, log: log}
	b.jobs, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: JobsStream, Subjects: []string{jobsSubject + ".>"}, Retention: jetstream.WorkQueuePolicy,
		Storage: storage, Replicas: cfg.Replicas, Duplicates: cfg.Duplicates,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: stream %s: %w", JobsStream, err)
	}
	b.results, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: ResultsStream, Subjects: []string{resultsSubject + ".>"}, Retention: jetstream.LimitsPolicy,
		MaxAge: cfg.ResultsMaxAge, Storage: storage, Replicas: cfg.Replicas, Duplicates: cfg.Duplicates,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: stream %s: %w", ResultsStream, err)
	}
	b.done, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: DoneBucket, TTL: cfg.DoneTTL, Storage: storage, Replicas: cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: bucket %s: %w", DoneBucket, err)
	}
	b.session, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: SessionBucket, TTL: cfg.SessionTTL, Storage: storage, Replicas: cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: bucket %s: %w", SessionBucket, err)
	}
	b.logins, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: LoginsBucket, TTL: cfg.LoginTTL, Storage: storage, Replicas: cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: bucket %s: %w", LoginsBucket, err)
	}
	b.files, err = js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket: FilesBucket, TTL: cfg.FilesTTL, Storage: storage, Replicas: cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: bucket %s: %w", FilesBucket, err)
	}
	return b, nil
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// defaultFailure is a process_completed message with Gradio's generic error.
func defaultFailure(j Job, _ error) Message {
	body := fmt.Sprintf(`{"msg":"process_completed","event_id":%q,"output":{"error":"The call failed on every worker that took it.","visible":true,"title":"Error"},"success":false,"title":"Error"}`, j.ID)
	return Message{Kind: "process_completed", EventID: j.ID, Body: []byte(body), Final: true}
}

// token makes s one subject token (and a valid consumer name and key part): letters
// and digits stay as they are, anything else is hex-encoded behind "_", which no
// plain token starts with, so different strings never share a token.
func token(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return "_" + hex.EncodeToString([]byte(s))
		}
	}
	if s == "" {
		return "_"
	}
	return s
}

// jobSubject is where group's jobs go; group "*" matches every group of the app.
func (b *Broker) jobSubject(group string) string {
	if group != "*" {
		group = token(group)
	}
	return jobsSubject + "." + token(b.cfg.App) + "." + group
}

// resultSubject is where the messages of event id in mailbox go; id "*" matches
// every event of the mailbox.
func (b *Broker) resultSubject(mailbox, id string) string {
	if id != "*" {
		id = token(id)
	}
	return resultsSubject + "." + token(b.cfg.App) + "." + token(mailbox) + "." + id
}

func (b *Broker) cancelSubject() string { return cancelSubject + "." + token(b.cfg.App) }

func (b *Broker) doneKey(id string) string { return token(b.cfg.App) + "." + token(id) }

func (b *Broker) consumerName(group string) string { return token(b.cfg.App) + "-" + token(group) }
