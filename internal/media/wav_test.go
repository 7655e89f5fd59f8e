package media

import (
	"bytes"
	"encoding/binary"
	"image/color"
	"math"
	"strings"
	"testing"

	"github.com/gradio-go/gradio/internal/media/mediatest"
)

func TestDecodeWAV(t *testing.T) {
	sine := mediatest.Sine(50, 2, 8000, 440, 0.8)
	mono := mediatest.Sine(40, 1, 16000, 300, 0.5)
	cases := []struct {
		name      string
		w         mediatest.WAV
		tolerance float64
	}{
		{"pcm8", mediatest.WAV{Tag: 1, Bits: 8, Channels: 2, SampleRate: 8000, Samples: sine}, 1.0 / 128},
		{"pcm16", mediatest.WAV{Tag: 1, Bits: 16, Channels: 2, SampleRate: 8000, Samples: sine}, 1.0 / 32768},
		{"pcm24", mediatest.WAV{Tag: 1, Bits: 24, Channels: 2, SampleRate: 8000, Samples: sine}, 1.0 / (1 << 23)},
		{"pcm32", mediatest.WAV{Tag: 1, Bits: 32, Channels: 2, SampleRate: 8000, Samples: sine}, 1e-7},
		{"float32", mediatest.WAV{Tag: 3, Bits: 32, Channels: 2, SampleRate: 8000, Samples: sine}, 1e-7},
		{"float64", mediatest.WAV{Tag: 3, Bits: 64, Channels: 2, SampleRate: 8000, Samples: sine}, 1e-7},
		{"mono", mediatest.WAV{Tag: 1, Bits: 16, Channels: 1, SampleRate: 16000, Samples: mono}, 1.0 / 32768},
		{"six channels", mediatest.WAV{Tag: 1, Bits: 16, Channels: 6, SampleRate: 48000, Samples: mediatest.Sine(10, 6, 48000, 1000, 0.9)}, 1.0 / 32768},
		{"extensible pcm24", mediatest.WAV{Tag: 1, Bits: 24, Channels: 2, SampleRate: 8000, Samples: sine, Extensible: true}, 1.0 / (1 << 23)},
		{"extensible float", mediatest.WAV{Tag: 3, Bits: 32, Channels: 1, SampleRate: 16000, Samples: mono, Extensible: true}, 1e-7},
		{"extra chunks", mediatest.WAV{Tag: 1, Bits: 16, Channels: 2, SampleRate: 8000, Samples: sine, Extra: true}, 1.0 / 32768},
		{"odd 8-bit data", mediatest.WAV{Tag: 1, Bits: 8, Channels: 1, SampleRate: 8000, Samples: mono[:7], Extra: true}, 1.0 / 128},
		{"empty", mediatest.WAV{Tag: 1, Bits: 16, Channels: 1, SampleRate: 8000}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := DecodeWAV(c.w.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if a.SampleRate != c.w.SampleRate || a.Channels != c.w.Channels || len(a.Samples) != len(c.w.Samples) {
				t.Fatalf("got %d Hz, %d channels, %d samples", a.SampleRate, a.Channels, len(a.Samples))
			}
			for i, s := range a.Samples {
				if math.Abs(float64(s)-c.w.Samples[i]) > c.tolerance {
					t.Fatalf("sample %d = %v, want %v ± %v", i, s, c.w.Samples[i], c.tolerance)
				}
			}
		})
	}
}

func TestDecodeWAVErrors(t *testing.T) {
	good := mediatest.WAV{Tag: 1, Bits: 16, Channels: 1, SampleRate: 8000, Samples: []float64{0.1, 0.2, 0.3}}.Bytes()
	withFmt := func(edit func(f []byte)) []byte {
		b := bytes.Clone(good)
		edit(b[20:36])
		return b
	}
	cases := []struct {
		name string
		data []byte
		err  string
	}{
		{"mp3", []byte("ID3\x03\x00\x00\x00\x00\x00\x00\x00\x00"), "cannot decode audio/mpeg (supported: WAV with PCM 8/16/24/32-bit or IEEE float 32/64-bit samples)"},
		{"text", []byte("hello there, not audio"), "cannot decode text/plain (supported: WAV"},
		{"png", mediatest.Encode(mediatest.Gradient(2, 2), "png"), "cannot decode image/png"},
		{"webp", mediatest.SolidWebP(1, 1, color.NRGBA{}), "cannot decode image/webp"},
		{"empty", nil, "cannot decode"},
		{"rifx", append([]byte("RIFX"), good[4:]...), "big-endian (RIFX) WAV files are not supported"},
		{"rf64", append([]byte("RF64"), good[4:]...), "RF64 WAV files are not supported"},
		{"truncated data", good[:len(good)-2], `the WAV file is truncated: its "data" chunk claims 6 bytes but only 4 are present`},
		{"truncated fmt", good[:30], `the WAV file is truncated: its "fmt " chunk claims 16 bytes but only 10 are present`},
		{"header only", good[:12], "the WAV file has no fmt chunk"},
		{"no data", good[:36], "the WAV file has no data chunk"},
		{"mp3 in wav", withFmt(func(f []byte) { binary.LittleEndian.PutUint16(f, 0x55) }), "the WAV file is encoded as format 0x0055 (MPEG Layer 3), which is not supported (supported: WAV with PCM"},
		{"unknown tag", withFmt(func(f []byte) { binary.LittleEndian.PutUint16(f, 0x1234) }), "format 0x1234 (unknown)"},
		{"no channels", withFmt(func(f []byte) { binary.LittleEndian.PutUint16(f[2:], 0) }), "the WAV file has 0 channels; 1 to 1024 are supported"},
		{"rate 0", withFmt(func(f []byte) { binary.LittleEndian.PutUint32(f[4:], 0) }), "a sample rate of 0"},
		{"bad block align", withFmt(func(f []byte) { binary.LittleEndian.PutUint16(f[12:], 3) }), "the WAV fmt chunk is inconsistent: 3-byte frames for 1 channels of 16-bit samples"},
		{"48-bit pcm", withFmt(func(f []byte) { binary.LittleEndian.PutUint16(f[14:], 48) }), "the WAV file has 48-bit PCM samples"},
		{"16-bit float", withFmt(func(f []byte) { binary.LittleEndian.PutUint16(f, 3) }), "the WAV file has 16-bit float samples"},
		{"short extensible", withFmt(func(f []byte) { binary.LittleEndian.PutUint16(f, 0xfffe) }), "WAVE_FORMAT_EXTENSIBLE but only 16 bytes long"},
	}
	for _, c := range cases {
		if _, err := DecodeWAV(c.data); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: DecodeWAV = %v, want an error containing %q", c.name, err, c.err)
		}
	}
	// A streaming writer's placeholder size runs to the end of the file.
	b := bytes.Clone(good)
	binary.LittleEndian.PutUint32(b[40:], 0xffffffff)
	if a, err := DecodeWAV(b); err != nil || len(a.Samples) != 3 {
		t.Errorf("placeholder data size: %v, %v", a, err)
	}
	// A partial frame at the end is dropped.
	st := mediatest.WAV{Tag: 1, Bits: 16, Channels: 2, SampleRate: 8000, Samples: []float64{0.1, 0.2, 0.3, 0.4}}.Bytes()
	binary.LittleEndian.PutUint32(st[40:], 6)
	if a, err := DecodeWAV(st[:50]); err != nil || len(a.Samples) != 2 {
		t.Errorf("partial frame: %v, %v", a, err)
	}
	// NaN and infinities in float files become silence.
	nan := mediatest.WAV{Tag: 3, Bits: 32, Channels: 1, SampleRate: 8000, Samples: []float64{math.NaN(), math.Inf(1), 0.5}}.Bytes()
	if a, err := DecodeWAV(nan); err != nil || a.Samples[0] != 0 || a.Samples[1] != 0 || a.Samples[2] != 0.5 {
		t.Errorf("non-finite floats: %v, %v", a.Samples, err)
	}
}

func TestEncodeWAVRoundTrip(t *testing.T) {
	in := Audio{SampleRate: 22050, Channels: 2, Samples: []float32{0, 1, -1, 0.5, -0.5, 0.25, 1.5, -2, float32(math.NaN()), 1e-6}}
	data, err := EncodeWAV(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) != 44+2*len(in.Samples) || Sniff(data) != "audio/wav" {
		t.Fatalf("%d bytes sniffed as %s", len(data), Sniff(data))
	}
	out, err := DecodeWAV(data)
	if err != nil {
		t.Fatal(err)
	}
	if out.SampleRate != 22050 || out.Channels != 2 || len(out.Samples) != len(in.Samples) {
		t.Fatalf("round trip = %d Hz, %d channels, %d samples", out.SampleRate, out.Channels, len(out.Samples))
	}
	for i, s := range in.Samples {
		want := math.Max(-1, math.Min(1, float64(s)))
		if math.IsNaN(float64(s)) {
			want = 0
		}
		if math.Abs(float64(out.Samples[i])-want) > 1.0/32768+1e-9 {
			t.Errorf("sample %d: %v -> %v", i, s, out.Samples[i])
		}
	}
	// Decoded 16-bit samples encode back to the same bytes.
	again, _ := EncodeWAV(out)
	if !bytes.Equal(again, data) {
		t.Error("re-encoding decoded samples changed them")
	}
	for _, c := range []struct {
		a   Audio
		err string
	}{
		{Audio{SampleRate: 0, Channels: 1}, "the sample rate is 0"},
		{Audio{SampleRate: 8000, Channels: 0}, "the audio has 0 channels"},
		{Audio{SampleRate: 8000, Channels: 2, Samples: []float32{1, 2, 3}}, "3 samples do not divide into 2 channels"},
	} {
		if _, err := EncodeWAV(c.a); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("EncodeWAV(%+v) = %v, want %q", c.a, err, c.err)
		}
	}
}

func FuzzDecodeWAV(f *testing.F) {
	f.Add(mediatest.WAV{Tag: 1, Bits: 16, Channels: 2, SampleRate: 8000, Samples: mediatest.Sine(8, 2, 8000, 440, 0.5), Extra: true}.Bytes())
	f.Add(mediatest.WAV{Tag: 1, Bits: 24, Channels: 1, SampleRate: 8000, Samples: mediatest.Sine(8, 1, 8000, 440, 0.5), Extensible: true}.Bytes())
	f.Add(mediatest.WAV{Tag: 3, Bits: 64, Channels: 3, SampleRate: 8000, Samples: mediatest.Sine(4, 3, 8000, 440, 0.5)}.Bytes())
	f.Add(mediatest.WAV{Tag: 1, Bits: 8, Channels: 1, SampleRate: 8000, Samples: []float64{0.5}}.Bytes())
	f.Add([]byte("RIFF\x00\x00\x00\x00WAVE"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeWAV(data)
		if err != nil {
			return
		}
		if a.Channels < 1 || a.Channels > MaxChannels || a.SampleRate < 1 || len(a.Samples)%a.Channels != 0 || len(a.Samples) > len(data) {
			t.Fatalf("implausible result: %d Hz, %d channels, %d samples from %d bytes", a.SampleRate, a.Channels, len(a.Samples), len(data))
		}
		for _, s := range a.Samples {
			if math.IsNaN(float64(s)) || math.IsInf(float64(s), 0) {
				t.Fatalf("non-finite sample %v", s)
			}
		}
		// Whatever decodes encodes, and decodes again to the same shape.
		enc, err := EncodeWAV(a)
		if err != nil {
			t.Fatalf("re-encoding: %v", err)
		}
		b, err := DecodeWAV(enc)
		if err != nil || b.Channels != a.Channels || b.SampleRate != a.SampleRate || len(b.Samples) != len(a.Samples) {
			t.Fatalf("round trip: %v", err)
		}
	})
}
