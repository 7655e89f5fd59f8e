package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
)

// Video uploads, records or plays a video. Its value is a FileData: videos are passed
// through as they are, in whatever format they come (browsers play MP4, WebM and
// Ogg); nothing is decoded or converted. An empty input (null) gives the zero FileData;
// returning it clears the component.
type Video struct {
	Events
	// Sources are where the user may take a video from: "upload", "webcam". Nil means
	// both; an empty slice, none.
	Sources []string
	// Autoplay plays returned videos at once; Loop repeats them.
	Autoplay, Loop bool
	// IncludeAudio records sound with the webcam (the default).
	IncludeAudio Bool
	// Buttons are "download" and "share"; nil means download, an empty slice none.
	Buttons []string
	// Webcam configures the webcam source.
	Webcam WebcamOptions
	// Height and Width size the component, in pixels, when positive.
	Height, Width int

	Label       string
	Info        string
	ShowLabel   Bool
	Container   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	Interactive Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

var videoSources = []string{"upload", "webcam"}

func (v *Video) Kind() string { return "video" }

func (v *Video) Props() map[string]any {
	p := common{v.Label, v.Info, v.ShowLabel, v.Container, v.Scale, v.MinWidth, v.Visible, v.Interactive, v.ElemID, v.ElemClasses}.into(props{})
	p["sources"] = orList(v.Sources, videoSources)
	p["autoplay"] = v.Autoplay
	p["loop"] = v.Loop
	p["include_audio"] = v.IncludeAudio.or(true)
	p["buttons"] = orList(v.Buttons, []string{"download"})
	p["webcam_options"] = v.Webcam.wire()
	p["streaming"] = false
	p["playback_position"] = 0
	p.size(v.Height, v.Width)
	return p
}

func (v *Video) Validate() error {
	if err := checkSize(v.Height, v.Width); err != nil {
		return err
	}
	if err := checkOneOf("Sources", v.Sources, videoSources); err != nil {
		return err
	}
	return checkOneOf("Buttons", v.Buttons, audioButtons)
}

func (v *Video) ValueType() reflect.Type { return fileDataType }

// Preprocess accepts a FileData of a file uploaded to this app; null gives the zero
// FileData.
func (v *Video) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	return decodeOptFile(ctx, p, fileRules{what: "a Video"})
}

// Postprocess sends a FileData as File does.
func (v *Video) Postprocess(ctx context.Context, val any) (any, error) {
	switch val := val.(type) {
	case nil:
		return nil, nil
	case FileData:
		return encodeOptFile(ctx, val, "a Video")
	}
	return nil, fmt.Errorf("a Video shows a FileData, not a %T", val)
}

// APISchema is Gradio's FileData schema.
func (v *Video) APISchema() map[string]any { return fileSchema() }

func (v *Video) ExampleValue() any { return exampleFile(exampleVideoURL) }

// Change registers fn to run when the value changes, by the user or by a handler.
func (v *Video) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user changes the video.
func (v *Video) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, EventInput, fn, in, out, opts)
}

// Upload registers fn to run when the user uploads a video.
func (v *Video) Upload(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, EventUpload, fn, in, out, opts)
}

// Clear registers fn to run when the user clears the component.
func (v *Video) Clear(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, EventClear, fn, in, out, opts)
}

// Play registers fn to run when playback starts.
func (v *Video) Play(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, "play", fn, in, out, opts)
}

// Pause registers fn to run when playback pauses.
func (v *Video) Pause(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, "pause", fn, in, out, opts)
}

// End registers fn to run when playback reaches the end.
func (v *Video) End(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, "end", fn, in, out, opts)
}

// StartRecording registers fn to run when the user starts recording.
func (v *Video) StartRecording(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, "start_recording", fn, in, out, opts)
}

// StopRecording registers fn to run when the user stops recording.
func (v *Video) StopRecording(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(v, v, "stop_recording", fn, in, out, opts)
}

var (
	_ Input        = (*Video)(nil)
	_ Output       = (*Video)(nil)
	_ APIDescriber = (*Video)(nil)
	_ Exampler     = (*Video)(nil)
	_ Validator    = (*Video)(nil)
)
