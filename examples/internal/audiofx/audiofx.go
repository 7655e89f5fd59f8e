// Package audiofx applies sound effects to decoded audio: echo, reversal, speed and
// pitch changes, a robot voice, and loudness normalization. Each effect returns new
// audio and leaves its input alone.
package audiofx

import (
	"math"

	"github.com/gradio-go/gradio"
)

// MaxSeconds bounds the length of audio an effect produces, which bounds the memory
// and time a request takes.
const MaxSeconds = 120

func channels(a gradio.AudioData) int { return max(a.Channels, 1) }

func frames(a gradio.AudioData) int { return len(a.Samples) / channels(a) }

// split returns each channel's samples.
func split(a gradio.AudioData) [][]float32 {
	ch, n := channels(a), frames(a)
	out := make([][]float32, ch)
	for c := range out {
		out[c] = make([]float32, n)
		for f := range n {
			out[c][f] = a.Samples[f*ch+c]
		}
	}
	return out
}

// join interleaves channels, cut to the shortest, into audio like a.
func join(a gradio.AudioData, chans [][]float32) gradio.AudioData {
	n := len(chans[0])
	for _, c := range chans {
		n = min(n, len(c))
	}
	out := gradio.AudioData{SampleRate: a.SampleRate, Channels: len(chans), Samples: make([]float32, n*len(chans))}
	for c, s := range chans {
		for f := range n {
			out.Samples[f*len(chans)+c] = s[f]
		}
	}
	return out
}

// Reverse plays the sound backwards.
func Reverse(a gradio.AudioData) gradio.AudioData {
	chans := split(a)
	for _, s := range chans {
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			s[i], s[j] = s[j], s[i]
		}
	}
	return join(a, chans)
}

// Echo adds repeats of the sound, each delay seconds after the last and decay times as
// loud (a feedback delay line), and lengthens it until the repeats have died down to
// a thousandth. A delay or decay of zero or less leaves the sound as it is.
func Echo(a gradio.AudioData, delay, decay float64) gradio.AudioData {
	d := int(delay * float64(a.SampleRate))
	if d <= 0 || decay <= 0 {
		return join(a, split(a))
	}
	decay = min(decay, 0.95)
	repeats := int(math.Ceil(math.Log(1e-3) / math.Log(decay)))
	tail := min(repeats*d, MaxSeconds*a.SampleRate)
	chans := split(a)
	for c, s := range chans {
		out := make([]float32, len(s)+tail)
		copy(out, s)
		for i := d; i < len(out); i++ {
			out[i] += float32(decay) * out[i-d]
		}
		chans[c] = out
	}
	return join(a, chans)
}

// Speed plays the sound faster (factor > 1) or slower, as a tape or a record would:
// the pitch moves with the speed.
func Speed(a gradio.AudioData, factor float64) gradio.AudioData {
	if factor <= 0 || factor == 1 {
		return join(a, split(a))
	}
	chans := split(a)
	for c, s := range chans {
		chans[c] = resample(s, factor)
	}
	return join(a, chans)
}

// resample reads s at a step of factor samples, interpolating linearly.
func resample(s []float32, factor float64) []float32 {
	n := int(float64(len(s)) / factor)
	out := make([]float32, n)
	for i := range out {
		x := float64(i) * factor
		j := int(x)
		f := float32(x - float64(j))
		v := s[min(j, len(s)-1)]
		if j+1 < len(s) {
			v = v*(1-f) + s[j+1]*f
		}
		out[i] = v
	}
	return out
}

// Pitch raises the sound by semitones (lowers it when negative) and keeps its length:
// it is stretched in time by the pitch ratio, then played faster by as much.
func Pitch(a gradio.AudioData, semitones float64) gradio.AudioData {
	if semitones == 0 {
		return join(a, split(a))
	}
	r := math.Pow(2, semitones/12)
	chans := split(a)
	for c, s := range chans {
		chans[c] = resample(stretch(s, r, a.SampleRate), r)
	}
	return join(a, chans)
}

// Stretch makes the sound last factor times as long without changing its pitch.
func Stretch(a gradio.AudioData, factor float64) gradio.AudioData {
	if factor <= 0 || factor == 1 {
		return join(a, split(a))
	}
	factor = min(factor, MaxSeconds*float64(a.SampleRate)/float64(max(frames(a), 1)))
	chans := split(a)
	for c, s := range chans {
		chans[c] = stretch(s, factor, a.SampleRate)
	}
	return join(a, chans)
}

// stretch time-stretches s by WSOLA: overlapping windowed frames are laid out at a
// fixed hop, each taken from near where the stretch puts it, shifted within a small
// range to the position that continues the previous frame most smoothly, which keeps
// the waveform's periods whole.
func stretch(s []float32, factor float64, rate int) []float32 {
	frame := max(64, rate*40/1000) // 40 ms
	hop := frame / 2
	search := rate * 8 / 1000 // ±8 ms
	n := int(float64(len(s)) * factor)
	out := make([]float32, n+frame)
	norm := make([]float32, n+frame)
	win := make([]float32, frame)
	for i := range win {
		win[i] = float32(0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(frame)))
	}
	at := func(i int) float32 {
		if i < 0 || i >= len(s) {
			return 0
		}
		return s[i]
	}
	prev := 0 // where the last frame was taken from
	for o := 0; o < n; o += hop {
		want := int(float64(o) / factor)
		best := want
		if o > 0 {
			// The natural continuation of the previous frame is prev+hop; pick the
			// position near want that correlates best with it.
			bestScore := math.Inf(-1)
			for k := -search; k <= search; k++ {
				score := 0.0
				for i := 0; i < frame; i += 8 {
					score += float64(at(want+k+i) * at(prev+hop+i))
				}
				if score > bestScore {
					bestScore, best = score, want+k
				}
			}
		}
		for i := range frame {
			out[o+i] += at(best+i) * win[i]
			norm[o+i] += win[i]
		}
		prev = best
	}
	for i := range out {
		if norm[i] > 1e-3 {
			out[i] /= norm[i]
		}
	}
	return out[:n]
}

// Robot makes a voice metallic by ring modulation: the sound times a sine of hz.
func Robot(a gradio.AudioData, hz float64) gradio.AudioData {
	chans := split(a)
	for _, s := range chans {
		for i := range s {
			s[i] *= float32(math.Sin(2 * math.Pi * hz * float64(i) / float64(a.SampleRate)))
		}
	}
	return join(a, chans)
}

// Normalize scales the sound so that its loudest sample is at peak (such as 0.9), to
// undo the quietening or clipping other effects cause. Silence stays silent.
func Normalize(a gradio.AudioData, peak float64) gradio.AudioData {
	out := join(a, split(a))
	hi := float32(0)
	for _, v := range out.Samples {
		hi = max(hi, float32(math.Abs(float64(v))))
	}
	if hi == 0 {
		return out
	}
	g := float32(peak) / hi
	for i := range out.Samples {
		out.Samples[i] *= g
	}
	return out
}
