package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"github.com/gradio-go/gradio/internal/media"
)

// AudioData is decoded sound, the Go value of an Audio component.
type AudioData struct {
	// SampleRate is in samples per second per channel, such as 44100.
	SampleRate int
	// Channels is 1 for mono, 2 for stereo...; on output 0 means 1.
	Channels int
	// Samples are interleaved (for stereo: left, right, left, right...), nominally in
	// -1..1; returned samples outside are clipped.
	Samples []float32
}

// Duration is the length of the sound in seconds.
func (a AudioData) Duration() float64 {
	if a.SampleRate <= 0 {
		return 0
	}
	return float64(len(a.Samples)) / float64(max(a.Channels, 1)) / float64(a.SampleRate)
}

// isZero reports whether a carries no sound at all.
func (a AudioData) isZero() bool { return a.SampleRate == 0 && a.Channels == 0 && len(a.Samples) == 0 }

// WaveformOptions configure the waveform an Audio component draws.
type WaveformOptions struct {
	// Colors are CSS colors; empty means the theme's.
	WaveformColor, WaveformProgressColor, TrimRegionColor string
	// ShowRecordingWaveform draws the waveform while recording (the default).
	ShowRecordingWaveform Bool
	// SkipLength is how far, in seconds, the skip buttons jump; 0 means 5.
	SkipLength float64
	// SampleRate of recordings; 0 means 44100.
	SampleRate int
}

func (w WaveformOptions) wire() map[string]any {
	return map[string]any{
		"waveform_color": optional(w.WaveformColor), "waveform_progress_color": optional(w.WaveformProgressColor),
		"trim_region_color": optional(w.TrimRegionColor), "show_recording_waveform": w.ShowRecordingWaveform.or(true),
		"skip_length": orFloat(w.SkipLength, 5), "sample_rate": orInt(w.SampleRate, 44100),
	}
}

// Audio uploads, records or plays sound. A handler takes or returns an AudioData,
// decoded from (or encoded as) a WAV file, or a FileData to handle the file itself (of
// any format: FileData outputs are sent as they are).
//
// WAV files in PCM (8, 16, 24 or 32-bit) or IEEE float (32 or 64-bit), with any number
// of channels, are decoded; other formats (MP3, OGG, FLAC...) are refused with an
// error: take a FileData to accept them. Returned AudioData is written as 16-bit PCM
// WAV. An empty input (null) gives the zero AudioData; returning it clears the
// component.
type Audio struct {
	Events
	// Sources are where the user may take sound from: "upload", "microphone". Nil
	// means both; an empty slice, none.
	Sources []string
	// Format is the format of returned AudioData: "wav" (the only one, and the default).
	Format string
	// Autoplay plays returned sound at once; Loop repeats it.
	Autoplay, Loop bool
	// Editable lets the user trim the sound (the default).
	Editable Bool
	// Buttons are "download" and "share"; nil means download, an empty slice none.
	Buttons []string
	// Waveform configures the waveform display.
	Waveform WaveformOptions

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

var (
	audioSources  = []string{"upload", "microphone"}
	audioButtons  = []string{"download", "share"}
	audioDataType = reflect.TypeFor[AudioData]()
)

func (a *Audio) Kind() string { return "audio" }

func (a *Audio) Props() map[string]any {
	p := common{a.Label, a.Info, a.ShowLabel, a.Container, a.Scale, a.MinWidth, a.Visible, a.Interactive, a.ElemID, a.ElemClasses}.into(props{})
	p["sources"] = orList(a.Sources, audioSources)
	p["format"] = or(a.Format, "wav")
	p["autoplay"] = a.Autoplay
	p["loop"] = a.Loop
	p["editable"] = a.Editable.or(true)
	p["buttons"] = orList(a.Buttons, []string{"download"})
	p["waveform_options"] = a.Waveform.wire()
	p["streaming"] = false
	p["streamable"] = false
	p["recording"] = false
	p["playback_position"] = 0
	return p
}

func (a *Audio) Validate() error {
	switch {
	case a.Format != "" && a.Format != "wav":
		return fmt.Errorf("Format %q is not supported: returned audio is written as wav", a.Format)
	case a.Waveform.SkipLength < 0 || a.Waveform.SampleRate < 0:
		return fmt.Errorf("Waveform: SkipLength (%v) and SampleRate (%d) must not be negative", a.Waveform.SkipLength, a.Waveform.SampleRate)
	}
	if err := checkOneOf("Sources", a.Sources, audioSources); err != nil {
		return err
	}
	return checkOneOf("Buttons", a.Buttons, audioButtons)
}

func (a *Audio) rules() fileRules { return fileRules{what: "an Audio"} }

func (a *Audio) ValueType() reflect.Type { return audioDataType }

// AcceptsType allows FileData, both ways.
func (a *Audio) AcceptsType(t reflect.Type) bool { return t == fileDataType }

// Preprocess decodes the WAV file the client sent; null gives the zero AudioData.
func (a *Audio) Preprocess(ctx context.Context, p json.RawMessage) (any, error) {
	fd, err := decodeOptFile(ctx, p, a.rules())
	if err != nil {
		return nil, err
	}
	if fd.IsZero() {
		return AudioData{}, nil
	}
	ad, err := readAudio(fd)
	if err != nil {
		return nil, err
	}
	return ad, nil
}

func (a *Audio) PreprocessTo(ctx context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	return decodeOptFile(ctx, p, a.rules())
}

// readAudio decodes the WAV file fd by its content. Errors name the file.
func readAudio(fd FileData) (AudioData, error) {
	name := or(fd.OrigName, filepath.Base(fd.Path))
	data, err := os.ReadFile(fd.Path)
	if err != nil {
		return AudioData{}, fmt.Errorf("file %q cannot be read", name)
	}
	m, err := media.DecodeWAV(data)
	if err != nil {
		return AudioData{}, fmt.Errorf("%q: %w", name, err)
	}
	return AudioData{SampleRate: m.SampleRate, Channels: m.Channels, Samples: m.Samples}, nil
}

// Postprocess writes an AudioData as a 16-bit WAV file into the cache, or sends a
// FileData as File does. The zero AudioData (or FileData) clears the component.
func (a *Audio) Postprocess(ctx context.Context, v any) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case FileData:
		return encodeOptFile(ctx, v, "an Audio")
	case AudioData:
		if v.isZero() {
			return nil, nil
		}
		if v.SampleRate <= 0 {
			return nil, fmt.Errorf("the AudioData has no SampleRate")
		}
		data, err := media.EncodeWAV(media.Audio{SampleRate: v.SampleRate, Channels: max(v.Channels, 1), Samples: v.Samples})
		if err != nil {
			return nil, err
		}
		return encodeBytes(ctx, "audio.wav", "audio/wav", data, "an Audio")
	}
	return nil, fmt.Errorf("an Audio plays an AudioData or a FileData, not a %T", v)
}

// APISchema is Gradio's FileData schema.
func (a *Audio) APISchema() map[string]any { return fileSchema() }

func (a *Audio) ExampleValue() any { return exampleFile(exampleAudioURL) }

// Change registers fn to run when the value changes, by the user or by a handler.
func (a *Audio) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, EventChange, fn, in, out, opts)
}

// Input registers fn to run when the user changes the sound.
func (a *Audio) Input(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, EventInput, fn, in, out, opts)
}

// Upload registers fn to run when the user uploads a file.
func (a *Audio) Upload(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, EventUpload, fn, in, out, opts)
}

// Clear registers fn to run when the user clears the component.
func (a *Audio) Clear(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, EventClear, fn, in, out, opts)
}

// Play registers fn to run when playback starts.
func (a *Audio) Play(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, "play", fn, in, out, opts)
}

// Pause registers fn to run when playback pauses.
func (a *Audio) Pause(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, "pause", fn, in, out, opts)
}

// Stop registers fn to run when playback reaches the end or is stopped.
func (a *Audio) Stop(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, "stop", fn, in, out, opts)
}

// StartRecording registers fn to run when the user starts recording.
func (a *Audio) StartRecording(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, "start_recording", fn, in, out, opts)
}

// StopRecording registers fn to run when the user stops recording.
func (a *Audio) StopRecording(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(a, a, "stop_recording", fn, in, out, opts)
}

var (
	_ TypedInput   = (*Audio)(nil)
	_ TypedOutput  = (*Audio)(nil)
	_ APIDescriber = (*Audio)(nil)
	_ Exampler     = (*Audio)(nil)
	_ Validator    = (*Audio)(nil)
)
