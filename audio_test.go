package gradio

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media"
	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestAudioProps(t *testing.T) {
	checkProps(t, &Audio{}, map[string]any{
		"sources": []string{"upload", "microphone"}, "format": "wav", "autoplay": false, "loop": false, "editable": true,
		"buttons": []string{"download"}, "streaming": false, "streamable": false, "recording": false, "playback_position": 0,
		"waveform_options": map[string]any{"waveform_color": nil, "waveform_progress_color": nil, "trim_region_color": nil,
			"show_recording_waveform": true, "skip_length": 5, "sample_rate": 44100},
		"value": nil, "show_label": true, "container": true, "min_width": 160, "visible": true, "elem_classes": []any{},
	})
	checkProps(t, &Audio{Sources: []string{"microphone"}, Autoplay: true, Loop: true, Editable: False, Buttons: []string{},
		Waveform: WaveformOptions{WaveformColor: "#00f", ShowRecordingWaveform: False, SkipLength: 2.5, SampleRate: 16000}, Label: "Voice"},
		map[string]any{"sources": []string{"microphone"}, "autoplay": true, "loop": true, "editable": false, "buttons": []string{}, "label": "Voice",
			"waveform_options": map[string]any{"waveform_color": "#00f", "waveform_progress_color": nil, "trim_region_color": nil,
				"show_recording_waveform": false, "skip_length": 2.5, "sample_rate": 16000}})
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero value": {&Audio{}, ""},
		"wav":        {&Audio{Format: "wav", Sources: []string{}}, ""},
		"mp3":        {&Audio{Format: "mp3"}, `Format "mp3" is not supported: returned audio is written as wav`},
		"source":     {&Audio{Sources: []string{"webcam"}}, `Sources: "webcam" is not one of upload, microphone`},
		"button":     {&Audio{Buttons: []string{"fullscreen"}}, `Buttons: "fullscreen" is not one of download, share`},
		"skip":       {&Audio{Waveform: WaveformOptions{SkipLength: -1}}, "must not be negative"},
	})
	a := &Audio{}
	if a.ValueType() != audioDataType || !a.AcceptsType(fileDataType) || a.AcceptsType(reflect.TypeFor[[]float32]()) {
		t.Error("types")
	}
	if d := (AudioData{SampleRate: 8000, Channels: 2, Samples: make([]float32, 8000)}).Duration(); d != 0.5 {
		t.Errorf("Duration = %v", d)
	}
	if d := (AudioData{}).Duration(); d != 0 {
		t.Errorf("Duration of nothing = %v", d)
	}
}

func TestAudioPreprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	sine := mediatest.Sine(100, 2, 8000, 440, 0.7)
	stereo := cacheFile(t, cache, "tone.wav", mediatest.WAV{Tag: 1, Bits: 16, Channels: 2, SampleRate: 8000, Samples: sine, Extra: true}.Bytes())
	float := cacheFile(t, cache, "f.wav", mediatest.WAV{Tag: 3, Bits: 32, Channels: 1, SampleRate: 22050, Samples: sine[:50], Extensible: true}.Bytes())
	pcm24 := cacheFile(t, cache, "p24.wav", mediatest.WAV{Tag: 1, Bits: 24, Channels: 3, SampleRate: 48000, Samples: sine[:99]}.Bytes())
	full := mediatest.WAV{Tag: 1, Bits: 16, Channels: 1, SampleRate: 8000, Samples: sine}.Bytes()
	truncated := cacheFile(t, cache, "cut.wav", full[:len(full)-10])
	mp3 := cacheFile(t, cache, "song.wav", []byte("ID3\x04\x00\x00\x00\x00\x00\x00 rest of an mp3"))
	png := cacheFile(t, cache, "pic.wav", mediatest.Encode(mediatest.Gradient(2, 2), "png"))
	a := &Audio{}

	for _, c := range []struct {
		path            string
		rate, channels  int
		want            []float64
		tolerance       float64
		name, wantError string
	}{
		{stereo, 8000, 2, sine, 1.0 / 32768, "pcm16 stereo", ""},
		{float, 22050, 1, sine[:50], 1e-7, "float extensible", ""},
		{pcm24, 48000, 3, sine[:99], 1.0 / (1 << 23), "pcm24 3 channels", ""},
	} {
		v, err := a.Preprocess(ctx, json.RawMessage(fileJSON(c.path)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		ad := v.(AudioData)
		if ad.SampleRate != c.rate || ad.Channels != c.channels || len(ad.Samples) != len(c.want) {
			t.Fatalf("%s: %d Hz, %d channels, %d samples", c.name, ad.SampleRate, ad.Channels, len(ad.Samples))
		}
		for i, s := range ad.Samples {
			if math.Abs(float64(s)-c.want[i]) > c.tolerance {
				t.Fatalf("%s: sample %d = %v, want %v", c.name, i, s, c.want[i])
			}
		}
	}
	for _, c := range []decodeCase{
		{"missing meta", `{"path":` + jsonString(stereo) + `}`, nil, `a file must carry "meta"`},
		{"outside the cache", fileJSON("/etc/passwd"), nil, "file not allowed"},
		{"wrong JSON type", `[]`, nil, "expected a file, an object"},
		{"mp3 named .wav", fileJSONAs(mp3, "song.wav", "audio/wav"), nil, `"song.wav": cannot decode audio/mpeg (supported: WAV with PCM 8/16/24/32-bit or IEEE float 32/64-bit samples)`},
		{"png", fileJSON(png), nil, "cannot decode image/png (supported: WAV"},
		{"text", fileJSON(notes), nil, `"notes.txt": cannot decode text/plain (supported: WAV`},
		{"truncated", fileJSON(truncated), nil, `"cut.wav": the WAV file is truncated: its "data" chunk claims 400 bytes but only 390 are present`},
	} {
		if v, err := a.Preprocess(ctx, json.RawMessage(c.payload)); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: Preprocess = %v, %v; want an error containing %q", c.name, v, err, c.err)
		}
	}
	if v, err := a.Preprocess(ctx, json.RawMessage(`null`)); err != nil || !reflect.DeepEqual(v, AudioData{}) {
		t.Errorf("null = %#v, %v", v, err)
	}
	// As a FileData, any file goes through undecoded.
	v, err := a.PreprocessTo(ctx, json.RawMessage(fileJSON(mp3)), fileDataType)
	if fd, ok := v.(FileData); err != nil || !ok || fd.Path != mp3 {
		t.Errorf("as FileData = %#v, %v", v, err)
	}
}

func TestAudioPostprocess(t *testing.T) {
	ctx, cache, notes := fileTestApp(t)
	a := &Audio{}
	in := AudioData{SampleRate: 16000, Channels: 2, Samples: []float32{0, 0.5, -0.5, 1, -1, 0.25, 2, -3}}
	w, err := a.Postprocess(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	m, b := wireFile(t, cache, w)
	if m["orig_name"] != "audio.wav" || m["mime_type"] != "audio/wav" || media.Sniff(b) != "audio/wav" {
		t.Errorf("output = %v", m)
	}
	out, err := media.DecodeWAV(b)
	if err != nil || out.SampleRate != 16000 || out.Channels != 2 || len(out.Samples) != len(in.Samples) {
		t.Fatalf("decoded back: %+v, %v", out, err)
	}
	for i, s := range in.Samples {
		want := math.Max(-1, math.Min(1, float64(s)))
		if math.Abs(float64(out.Samples[i])-want) > 1.0/32768+1e-9 {
			t.Errorf("sample %d: %v -> %v", i, s, out.Samples[i])
		}
	}
	// Channels 0 means mono.
	w, _ = a.Postprocess(ctx, AudioData{SampleRate: 8000, Samples: []float32{0.1, 0.2, 0.3}})
	if _, b := wireFile(t, cache, w); b[22] != 1 {
		t.Errorf("channels = %d", b[22])
	}
	w, err = a.Postprocess(ctx, FileData{Path: notes})
	if _, b := wireFile(t, cache, w); err != nil || string(b) != "hello notes\n" {
		t.Errorf("FileData output: %v", err)
	}
	checkEncodeCtx(t, ctx, a, []encodeCase{
		{"zero", AudioData{}, `null`, ""},
		{"nil", nil, `null`, ""},
		{"zero FileData", FileData{}, `null`, ""},
		{"no rate", AudioData{Channels: 1, Samples: []float32{0}}, "", "the AudioData has no SampleRate"},
		{"ragged", AudioData{SampleRate: 8000, Channels: 2, Samples: []float32{0, 1, 0}}, "", "3 samples do not divide into 2 channels"},
		{"wrong type", []float32{1}, "", "an Audio plays an AudioData or a FileData, not a []float32"},
	})
	if _, err := a.Postprocess(context.Background(), in); err == nil || !strings.Contains(err.Error(), "an Audio output needs a running app") {
		t.Errorf("without an app: %v", err)
	}
}

func TestAudioSchema(t *testing.T) {
	checkGradioSchema(t, &Audio{}, "audio")
}

// reverse plays sound backwards, frame by frame.
func reverse(a AudioData) AudioData {
	ch := max(a.Channels, 1)
	out := AudioData{SampleRate: a.SampleRate, Channels: a.Channels, Samples: make([]float32, len(a.Samples))}
	frames := len(a.Samples) / ch
	for f := range frames {
		copy(out.Samples[f*ch:(f+1)*ch], a.Samples[(frames-1-f)*ch:(frames-f)*ch])
	}
	return out
}

func TestAudioEndToEnd(t *testing.T) {
	in, out := &Audio{Label: "in"}, &Audio{Label: "out"}
	info := &Textbox{}
	btn := &Button{}
	btn.Click(reverse, In(in), Out(out), EventOptions{APIName: "reverse"})
	btn.Click(func(fd FileData) FileData { return fd }, In(in), Out(out), EventOptions{APIName: "echo"})
	btn.Click(func(a AudioData) string {
		return strings.Join([]string{itoa(a.SampleRate), itoa(a.Channels), itoa(len(a.Samples))}, " ")
	}, In(in), Out(info), EventOptions{APIName: "info"})
	c := serveMedia(t, &Blocks{Children: []Component{in, btn, out, info}})

	sine := mediatest.Sine(400, 2, 8000, 300, 0.6)
	for _, w := range []mediatest.WAV{
		{Tag: 1, Bits: 16, Channels: 2, SampleRate: 8000, Samples: sine},
		{Tag: 1, Bits: 8, Channels: 2, SampleRate: 8000, Samples: sine, Extra: true},
		{Tag: 3, Bits: 64, Channels: 2, SampleRate: 8000, Samples: sine, Extensible: true},
	} {
		p := c.upload("tone.wav", w.Bytes())
		res := c.result("reverse", fileJSON(p))
		got, err := media.DecodeWAV(c.fetch(res))
		if err != nil {
			t.Fatal(err)
		}
		if got.SampleRate != 8000 || got.Channels != 2 || len(got.Samples) != len(sine) {
			t.Fatalf("reversed: %d Hz, %d channels, %d samples", got.SampleRate, got.Channels, len(got.Samples))
		}
		tol := 1.0/32768 + 1e-9
		if w.Bits == 8 {
			tol += 1.0 / 128
		}
		frames := len(sine) / 2
		for f := range frames {
			for ch := range 2 {
				want := sine[(frames-1-f)*2+ch]
				if d := math.Abs(float64(got.Samples[f*2+ch]) - want); d > tol {
					t.Fatalf("%d-bit: frame %d channel %d = %v, want %v", w.Bits, f, ch, got.Samples[f*2+ch], want)
				}
			}
		}
		if m := res.(map[string]any); m["orig_name"] != "audio.wav" || m["mime_type"] != "audio/wav" {
			t.Errorf("result = %v", m)
		}
	}
	p := c.upload("tone.wav", mediatest.WAV{Tag: 1, Bits: 16, Channels: 1, SampleRate: 44100, Samples: sine[:10]}.Bytes())
	if got := c.result("info", fileJSON(p)); got != "44100 1 10" {
		t.Errorf("info = %v", got)
	}
	mp3 := c.upload("song.mp3", []byte("ID3\x04\x00\x00\x00\x00\x00\x00 an mp3"))
	if got := c.fetch(c.result("echo", fileJSON(mp3))); !strings.HasPrefix(string(got), "ID3") {
		t.Error("a FileData handler gets any audio file")
	}
	if d := c.failure("reverse", fileJSON(mp3)); !strings.Contains(d, `input 1 (audio "in"): "song.mp3": cannot decode audio/mpeg (supported: WAV`) {
		t.Errorf("mp3 detail = %q", d)
	}
	if got := c.result("reverse", "null"); got != nil {
		t.Errorf("reverse(null) = %v", got)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func FuzzAudioPreprocess(f *testing.F) {
	ctx, cache, cached := fileTestApp(f)
	f.Add(mediatest.WAV{Tag: 1, Bits: 16, Channels: 2, SampleRate: 8000, Samples: mediatest.Sine(6, 2, 8000, 440, 0.5), Extra: true}.Bytes(), "")
	f.Add(mediatest.WAV{Tag: 3, Bits: 32, Channels: 1, SampleRate: 8000, Samples: []float64{0.5, -0.5}, Extensible: true}.Bytes(), fileJSON(cached))
	f.Add([]byte("RIFF\x04\x00\x00\x00WAVE"), `null`)
	a := &Audio{}
	f.Fuzz(func(t *testing.T, content []byte, payload string) {
		skipURLs(t, payload)
		p := cacheFile(t, cache, "upload.wav", content)
		v, err := a.Preprocess(ctx, json.RawMessage(fileJSON(p)))
		if err == nil {
			ad := v.(AudioData)
			if ad.SampleRate < 1 || ad.Channels < 1 || len(ad.Samples)%ad.Channels != 0 {
				t.Fatalf("decoded %q to %d Hz, %d channels, %d samples", content, ad.SampleRate, ad.Channels, len(ad.Samples))
			}
			if _, err := a.Postprocess(ctx, ad); err != nil {
				t.Fatalf("what decodes must encode: %v", err)
			}
		}
		v, err = a.PreprocessTo(ctx, json.RawMessage(payload), fileDataType)
		if fd, _ := v.(FileData); err == nil && !fd.IsZero() && !strings.HasPrefix(fd.Path, cache.Dir()+"/") {
			t.Fatalf("Preprocess(%q) accepted %+v", payload, fd)
		}
		a.Preprocess(ctx, json.RawMessage(payload))
		os.Remove(p)
	})
}
