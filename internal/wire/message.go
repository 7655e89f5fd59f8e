package wire

// Message kinds sent on /gradio_api/queue/data (the "msg" field).
const (
	MsgEstimation        = "estimation"
	MsgProcessStarts     = "process_starts"
	MsgProgress          = "progress"
	MsgLog               = "log"
	MsgProcessGenerating = "process_generating"
	MsgProcessCompleted  = "process_completed"
	MsgHeartbeat         = "heartbeat"
	MsgCloseStream       = "close_stream"
	MsgUnexpectedError   = "unexpected_error"
)

// Estimation tells a waiting event its place in the queue.
type Estimation struct {
	Msg       string   `json:"msg"`
	EventID   string   `json:"event_id"`
	Rank      *int     `json:"rank"`
	QueueSize int      `json:"queue_size"`
	RankETA   *float64 `json:"rank_eta"`
}

// ProcessStarts says a worker picked the event up.
type ProcessStarts struct {
	Msg     string   `json:"msg"`
	EventID string   `json:"event_id"`
	ETA     *float64 `json:"eta"`
}

// Progress carries progress updates from the handler.
type Progress struct {
	Msg          string         `json:"msg"`
	EventID      string         `json:"event_id"`
	ProgressData []ProgressUnit `json:"progress_data"`
}

// ProgressUnit is one level of progress (Gradio supports nested trackers).
type ProgressUnit struct {
	Index    *int     `json:"index"`
	Length   *int     `json:"length"`
	Unit     *string  `json:"unit"`
	Progress *float64 `json:"progress"`
	Desc     *string  `json:"desc"`
}

// Log is an Info, Warning or Success toast raised inside a handler.
type Log struct {
	Msg      string   `json:"msg"`
	EventID  string   `json:"event_id"`
	Log      string   `json:"log"`
	Level    string   `json:"level"`
	Duration *float64 `json:"duration"`
	Visible  bool     `json:"visible"`
	Title    string   `json:"title"`
}

// ProcessGenerating carries one yield of a streaming handler.
type ProcessGenerating struct {
	Msg       string   `json:"msg"`
	EventID   string   `json:"event_id"`
	Output    any      `json:"output"`
	Success   bool     `json:"success"`
	TimeLimit *float64 `json:"time_limit"`
}

// ProcessCompleted carries the final result, an error, or (with an empty output) a cancellation.
type ProcessCompleted struct {
	Msg           string   `json:"msg"`
	EventID       string   `json:"event_id"`
	Output        any      `json:"output"`
	Success       bool     `json:"success"`
	Title         *string  `json:"title"`
	UsedCache     *string  `json:"used_cache"`
	CacheDuration *float64 `json:"cache_duration"`
	AvgTime       *float64 `json:"avg_time"`
}

// SessionMessage is a message not tied to one event (heartbeat, close_stream).
type SessionMessage struct {
	Msg     string  `json:"msg"`
	EventID *string `json:"event_id"`
}

// UnexpectedError reports a failure of the stream itself (unknown session, server stop).
type UnexpectedError struct {
	Msg             string  `json:"msg"`
	EventID         *string `json:"event_id"`
	Message         string  `json:"message"`
	SessionNotFound bool    `json:"session_not_found"`
	Success         bool    `json:"success"`
}

// Output is the "output" object of a successful process_generating/process_completed,
// and the body of a successful POST /run. It must never carry an "error" key: both clients
// treat the key's mere presence as failure.
type Output struct {
	Data            []any   `json:"data"`
	IsGenerating    bool    `json:"is_generating"`
	Duration        float64 `json:"duration"`
	AverageDuration float64 `json:"average_duration"`
	RenderConfig    any     `json:"render_config"`
	ChangedStateIDs []int   `json:"changed_state_ids"`
	UsedCache       *string `json:"used_cache"`
}

// ErrorOutput is the "output" object of a failed event and the body of a failed POST /run.
type ErrorOutput struct {
	Error    *string  `json:"error"`
	Duration *float64 `json:"duration,omitempty"`
	Visible  *bool    `json:"visible,omitempty"`
	Title    *string  `json:"title,omitempty"`
}

// Update is the marker key of a property update in output data ({"__type__": "update", ...}).
const UpdateType = "update"
