// Command audio takes a recording (uploaded or from the microphone) as samples, and
// plays it back reversed, or faster or slower.
//
//	go run ./examples/audio   # then open http://127.0.0.1:7860
package main

import (
	"log"

	"github.com/gradio-go/gradio"
)

// transform reverses the recording if asked, then changes its speed by resampling.
func transform(a gradio.AudioData, reverse bool, speed float64) (gradio.AudioData, error) {
	if len(a.Samples) == 0 {
		return a, gradio.Error{Message: "Record or upload some audio first."}
	}
	ch := max(a.Channels, 1)
	frames := len(a.Samples) / ch
	if reverse {
		out := make([]float32, len(a.Samples))
		for f := range frames {
			copy(out[f*ch:(f+1)*ch], a.Samples[(frames-1-f)*ch:(frames-f)*ch])
		}
		a.Samples = out
	}
	if speed != 1 {
		// Changing the speed keeps the sample rate and drops or repeats frames, so the
		// pitch moves with the speed, as on a tape.
		n := int(float64(frames) / speed)
		out := make([]float32, n*ch)
		for f := range n {
			src := min(int(float64(f)*speed), frames-1)
			copy(out[f*ch:(f+1)*ch], a.Samples[src*ch:(src+1)*ch])
		}
		a.Samples = out
	}
	return a, nil
}

func main() {
	app := &gradio.Interface{
		Fn: transform, // served as /transform
		Inputs: []gradio.Component{
			&gradio.Audio{Label: "Recording"},
			&gradio.Checkbox{Label: "Reverse", Value: true},
			&gradio.Slider{Label: "Speed", Minimum: 0.5, Maximum: 2, Step: 0.1, Value: 1},
		},
		Outputs: []gradio.Component{&gradio.Audio{Label: "Result"}},
		Title:   "Audio",
	}
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}
