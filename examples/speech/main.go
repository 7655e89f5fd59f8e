// Command speech turns text into speech with espeak-ng, and puts effects on any
// recording: an echo, a pitch or speed change, a robot voice, or playing it backwards.
//
//	go run ./examples/speech   # then open http://127.0.0.1:7860
//
// Text to speech needs the espeak-ng program (apt-get install espeak-ng); without it
// the page says so, and the effects still work.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"slices"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/internal/audiofx"
	"github.com/gradio-go/gradio/examples/internal/espeak"
)

// variants are espeak-ng's voice variants the page offers, by their names there.
var variants = map[string]string{"default": "", "female": "f3", "male": "m3", "whisper": "whisper", "croak": "croak"}

// app holds the speech engine and its voices, by the names the dropdown shows.
type app struct {
	tts    *espeak.Engine
	voices map[string]string
}

// speak says text in the chosen voice.
func (a *app) speak(ctx context.Context, text, voice, variant string, speed, pitch float64) (gradio.AudioData, error) {
	code, ok := a.voices[voice]
	if !ok && a.tts.Path != "" {
		return gradio.AudioData{}, gradio.Error{Message: fmt.Sprintf("There is no voice %q.", voice)}
	}
	speech, err := a.tts.Speak(ctx, text, espeak.Options{Voice: code, Variant: variants[variant], Speed: int(speed), Pitch: int(pitch)})
	if err != nil {
		// espeak's errors are about the text or the program, both for the user to see.
		return gradio.AudioData{}, gradio.Error{Title: "Text to speech", Message: err.Error()}
	}
	return speech, nil
}

// use copies the speech into the effects' input.
func use(speech gradio.AudioData) (gradio.AudioData, error) {
	if len(speech.Samples) == 0 {
		return speech, gradio.Error{Message: "Speak some text first."}
	}
	return speech, nil
}

// effects applies the chosen effects in a fixed order: pitch, speed, robot, echo,
// reverse; then brings the level back to a comfortable peak.
func effects(in gradio.AudioData, pitch, speed float64, robot bool, echoDelay, echoDecay float64, reverse bool) (gradio.AudioData, error) {
	if len(in.Samples) == 0 {
		return in, gradio.Error{Message: "Record, upload or speak some audio first."}
	}
	if in.Duration() > audiofx.MaxSeconds {
		return in, gradio.Error{Message: fmt.Sprintf("The recording lasts %.0f seconds; effects take at most %d.", in.Duration(), audiofx.MaxSeconds)}
	}
	out := audiofx.Pitch(in, pitch)
	out = audiofx.Speed(out, speed)
	if robot {
		out = audiofx.Robot(out, 50)
	}
	out = audiofx.Echo(out, echoDelay, echoDecay)
	if reverse {
		out = audiofx.Reverse(out)
	}
	return audiofx.Normalize(out, 0.9), nil
}

func main() {
	tts, missing := espeak.Find()
	a := &app{tts: tts, voices: map[string]string{}}
	var names []string
	if missing == nil {
		voices, err := tts.Voices(context.Background())
		if err != nil {
			log.Fatal(err)
		}
		for _, v := range voices {
			name := fmt.Sprintf("%s (%s)", v.Name, v.Code)
			a.voices[name] = v.Code
			names = append(names, name)
		}
		slices.Sort(names)
	}
	english := ""
	if i := slices.IndexFunc(names, func(n string) bool { return strings.HasSuffix(n, "(en-us)") }); i >= 0 {
		english = names[i]
	}

	notice := "Type some text and press **Speak**, then send the speech to the effects, or record or upload your own audio there."
	ready := gradio.True
	if errors.Is(missing, espeak.ErrMissing) {
		notice = "⚠️ **Text to speech is unavailable: " + missing.Error() + ".** The effects work on recorded or uploaded audio."
		english = "none: espeak-ng is missing"
		names = []string{english}
		ready = gradio.False
	}
	text := &gradio.Textbox{Label: "Text", Lines: 3, Value: "Hello! I am a Go program, speaking through espeak.", MaxLength: espeak.MaxText}
	voice := &gradio.Dropdown{Label: "Voice", Choices: names, Value: english}
	variant := &gradio.Radio{Label: "Variant", Choices: []string{"default", "female", "male", "whisper", "croak"}, Value: "default"}
	rate := &gradio.Slider{Label: "Speed (words per minute)", Minimum: 80, Maximum: 350, Step: 5, Value: 170}
	tone := &gradio.Slider{Label: "Pitch", Minimum: 0, Maximum: 99, Step: 1, Value: 50}
	speakBtn := &gradio.Button{Value: "Speak", Variant: gradio.Primary, Interactive: ready}
	speech := &gradio.Audio{Label: "Speech", Interactive: gradio.False}
	useBtn := &gradio.Button{Value: "Send to effects", Interactive: ready}

	in := &gradio.Audio{Label: "Recording"}
	pitch := &gradio.Slider{Label: "Pitch (semitones)", Minimum: -12, Maximum: 12, Step: 1, Value: 0}
	speed := &gradio.Slider{Label: "Speed (the pitch follows, as on tape)", Minimum: 0.5, Maximum: 2, Step: 0.05, Value: 1}
	robot := &gradio.Checkbox{Label: "Robot voice"}
	delay := &gradio.Slider{Label: "Echo delay (seconds; 0 for none)", Minimum: 0, Maximum: 1, Step: 0.05, Value: 0}
	decay := &gradio.Slider{Label: "Echo decay", Minimum: 0.1, Maximum: 0.9, Step: 0.05, Value: 0.5}
	reverse := &gradio.Checkbox{Label: "Backwards"}
	applyBtn := &gradio.Button{Value: "Apply effects", Variant: gradio.Primary}
	out := &gradio.Audio{Label: "With effects", Interactive: gradio.False}

	speakBtn.Click(a.speak, gradio.In(text, voice, variant, rate, tone), gradio.Out(speech), gradio.EventOptions{APIName: "speak"})
	useBtn.Click(use, gradio.In(speech), gradio.Out(in), gradio.EventOptions{APIName: "use_speech"})
	applyBtn.Click(effects, gradio.In(in, pitch, speed, robot, delay, decay, reverse), gradio.Out(out), gradio.EventOptions{APIName: "effects"})

	demo := &gradio.Blocks{Title: "Speech", Children: []gradio.Component{
		&gradio.Markdown{Value: "# Speech\n" + notice},
		&gradio.Markdown{Value: "## Text to speech"},
		gradio.Row(
			gradio.Column(text, gradio.Row(voice, variant), gradio.Row(rate, tone), speakBtn),
			gradio.Column(speech, useBtn),
		),
		&gradio.Markdown{Value: "## Effects"},
		gradio.Row(
			gradio.Column(in, gradio.Row(pitch, speed), gradio.Row(delay, decay), gradio.Row(robot, reverse), applyBtn),
			gradio.Column(out),
		),
	}}
	if err := demo.Launch(); err != nil {
		log.Fatal(err)
	}
}
