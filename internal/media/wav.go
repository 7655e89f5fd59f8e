package media

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Audio is decoded sound: interleaved samples, nominally in -1..1.
type Audio struct {
	SampleRate int
	Channels   int
	Samples    []float32
}

// WAVFormats lists what DecodeWAV reads, for error messages.
const WAVFormats = "WAV with PCM 8/16/24/32-bit or IEEE float 32/64-bit samples"

// MaxChannels bounds the channel count DecodeWAV accepts.
const MaxChannels = 1024

// Format tags (WAVEFORMATEX.wFormatTag).
const (
	wavePCM        = 0x0001
	waveFloat      = 0x0003
	waveExtensible = 0xfffe
)

// The tail every KSDATAFORMAT_SUBTYPE GUID shares after its 16-bit format tag.
const guidTail = "\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"

// wavTagNames names common tags DecodeWAV does not read, for error messages.
var wavTagNames = map[uint16]string{
	0x0002: "Microsoft ADPCM", 0x0006: "A-law", 0x0007: "µ-law", 0x0011: "IMA ADPCM",
	0x0031: "GSM 6.10", 0x0050: "MPEG", 0x0055: "MPEG Layer 3", 0x00ff: "AAC",
	0x1610: "HE-AAC", 0x2000: "AC-3", 0xf1ac: "FLAC",
}

// DecodeWAV decodes a RIFF/WAVE file whose samples are PCM (8-bit unsigned, 16, 24 or
// 32-bit signed) or IEEE float (32 or 64-bit), in a plain or WAVE_FORMAT_EXTENSIBLE fmt
// chunk, with any number of channels (up to MaxChannels). Chunks other than fmt and
// data are skipped. A data chunk whose size is the streaming placeholder 0xFFFFFFFF
// runs to the end of the file; any other data chunk longer than the file is an error.
// Samples are scaled to -1..1 (floats are kept as they are, except that NaN and
// infinities become 0).
func DecodeWAV(data []byte) (Audio, error) {
	if len(data) < 12 || string(data[8:12]) != "WAVE" {
		return Audio{}, &UnsupportedError{MIME: Sniff(data), Supported: WAVFormats}
	}
	switch string(data[:4]) {
	case "RIFF":
	case "RIFX":
		return Audio{}, errors.New("big-endian (RIFX) WAV files are not supported (supported: " + WAVFormats + ")")
	case "RF64":
		return Audio{}, errors.New("RF64 WAV files are not supported (supported: " + WAVFormats + ")")
	default:
		return Audio{}, &UnsupportedError{MIME: Sniff(data), Supported: WAVFormats}
	}
	var (
		fmtChunk, dataChunk []byte
		haveFmt, haveData   bool
	)
	for off := 12; off+8 <= len(data) && !(haveFmt && haveData); {
		id := string(data[off : off+4])
		size := uint64(binary.LittleEndian.Uint32(data[off+4 : off+8]))
		body := uint64(off + 8)
		end := body + size
		if end > uint64(len(data)) {
			switch {
			case id == "data" && size == 0xffffffff:
				end = uint64(len(data))
			case id == "data" || id == "fmt ":
				return Audio{}, fmt.Errorf("the WAV file is truncated: its %q chunk claims %d bytes but only %d are present", id, size, uint64(len(data))-body)
			default:
				end = uint64(len(data)) // a damaged trailing chunk we would skip anyway
			}
		}
		switch id {
		case "fmt ":
			if !haveFmt {
				fmtChunk, haveFmt = data[body:end], true
			}
		case "data":
			if !haveData {
				dataChunk, haveData = data[body:end], true
			}
		}
		next := end + end&1 // chunks are padded to even sizes
		if next > uint64(len(data)) {
			break
		}
		off = int(next)
	}
	if !haveFmt {
		return Audio{}, errors.New("the WAV file has no fmt chunk")
	}
	if !haveData {
		return Audio{}, errors.New("the WAV file has no data chunk")
	}
	f, err := parseFmt(fmtChunk)
	if err != nil {
		return Audio{}, err
	}
	frames := len(dataChunk) / f.blockAlign
	n := frames * f.channels
	a := Audio{SampleRate: f.rate, Channels: f.channels, Samples: make([]float32, n)}
	w := f.width
	for i := range n {
		s := dataChunk[i*w : i*w+w]
		var v float64
		switch {
		case f.float && w == 4:
			v = float64(math.Float32frombits(binary.LittleEndian.Uint32(s)))
		case f.float:
			v = math.Float64frombits(binary.LittleEndian.Uint64(s))
		case w == 1:
			v = (float64(s[0]) - 128) / 128
		case w == 2:
			v = float64(int16(binary.LittleEndian.Uint16(s))) / (1 << 15)
		case w == 3:
			u := int32(uint32(s[0])<<8|uint32(s[1])<<16|uint32(s[2])<<24) >> 8
			v = float64(u) / (1 << 23)
		case w == 4:
			v = float64(int32(binary.LittleEndian.Uint32(s))) / (1 << 31)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > math.MaxFloat32 {
			v = 0
		}
		a.Samples[i] = float32(v)
	}
	return a, nil
}

// wavFmt is a parsed fmt chunk.
type wavFmt struct {
	channels, rate, blockAlign int
	width                      int // bytes per sample
	float                      bool
}

func parseFmt(b []byte) (wavFmt, error) {
	if len(b) < 16 {
		return wavFmt{}, fmt.Errorf("the WAV fmt chunk is %d bytes long; it needs at least 16", len(b))
	}
	tag := binary.LittleEndian.Uint16(b[0:2])
	f := wavFmt{
		channels:   int(binary.LittleEndian.Uint16(b[2:4])),
		rate:       int(binary.LittleEndian.Uint32(b[4:8])),
		blockAlign: int(binary.LittleEndian.Uint16(b[12:14])),
	}
	bits := int(binary.LittleEndian.Uint16(b[14:16]))
	if tag == waveExtensible {
		if len(b) < 40 {
			return wavFmt{}, fmt.Errorf("the WAV fmt chunk is WAVE_FORMAT_EXTENSIBLE but only %d bytes long; it needs 40", len(b))
		}
		if string(b[26:40]) != guidTail {
			return wavFmt{}, fmt.Errorf("the WAV sub-format GUID is not a standard one (supported: %s)", WAVFormats)
		}
		tag = binary.LittleEndian.Uint16(b[24:26])
	}
	switch tag {
	case wavePCM:
		if bits < 1 || bits > 32 {
			return wavFmt{}, fmt.Errorf("the WAV file has %d-bit PCM samples (supported: %s)", bits, WAVFormats)
		}
	case waveFloat:
		f.float = true
		if bits != 32 && bits != 64 {
			return wavFmt{}, fmt.Errorf("the WAV file has %d-bit float samples (supported: %s)", bits, WAVFormats)
		}
	default:
		name := wavTagNames[tag]
		if name == "" {
			name = "unknown"
		}
		return wavFmt{}, fmt.Errorf("the WAV file is encoded as format 0x%04x (%s), which is not supported (supported: %s)", tag, name, WAVFormats)
	}
	// Samples sit in whole bytes: 12-bit PCM is stored in 16 bits.
	f.width = (bits + 7) / 8
	switch {
	case f.channels < 1 || f.channels > MaxChannels:
		return wavFmt{}, fmt.Errorf("the WAV file has %d channels; 1 to %d are supported", f.channels, MaxChannels)
	case f.rate < 1:
		return wavFmt{}, errors.New("the WAV file has a sample rate of 0")
	case f.blockAlign != f.channels*f.width:
		return wavFmt{}, fmt.Errorf("the WAV fmt chunk is inconsistent: %d-byte frames for %d channels of %d-bit samples", f.blockAlign, f.channels, bits)
	}
	return f, nil
}

// EncodeWAV encodes a as a 16-bit PCM WAV file. Samples are clamped to -1..1; NaN
// becomes 0.
func EncodeWAV(a Audio) ([]byte, error) {
	switch {
	case a.SampleRate < 1 || int64(a.SampleRate) > math.MaxUint32:
		return nil, fmt.Errorf("the sample rate is %d; it must be between 1 and %d", a.SampleRate, uint32(math.MaxUint32))
	case a.Channels < 1 || a.Channels > 65535:
		return nil, fmt.Errorf("the audio has %d channels; it must have 1 to 65535", a.Channels)
	case len(a.Samples)%a.Channels != 0:
		return nil, fmt.Errorf("%d samples do not divide into %d channels: samples are interleaved, one per channel per frame", len(a.Samples), a.Channels)
	case a.Channels*2 > math.MaxUint16:
		return nil, fmt.Errorf("the audio has %d channels; 16-bit WAV frames hold at most %d", a.Channels, math.MaxUint16/2)
	case uint64(len(a.Samples))*2 > math.MaxUint32-36:
		return nil, fmt.Errorf("%d samples are too many for one WAV file", len(a.Samples))
	}
	size := len(a.Samples) * 2
	out := make([]byte, 44+size)
	copy(out[0:], "RIFF")
	binary.LittleEndian.PutUint32(out[4:], uint32(36+size))
	copy(out[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(out[16:], 16)
	binary.LittleEndian.PutUint16(out[20:], wavePCM)
	binary.LittleEndian.PutUint16(out[22:], uint16(a.Channels))
	binary.LittleEndian.PutUint32(out[24:], uint32(a.SampleRate))
	binary.LittleEndian.PutUint32(out[28:], uint32(uint64(a.SampleRate)*uint64(a.Channels)*2))
	binary.LittleEndian.PutUint16(out[32:], uint16(a.Channels*2))
	binary.LittleEndian.PutUint16(out[34:], 16)
	copy(out[36:], "data")
	binary.LittleEndian.PutUint32(out[40:], uint32(size))
	for i, s := range a.Samples {
		binary.LittleEndian.PutUint16(out[44+2*i:], uint16(PCM16(s)))
	}
	return out, nil
}

// PCM16 quantises a sample to 16 bits as EncodeWAV does (DecodeWAV divides by 32768).
func PCM16(s float32) int16 {
	v := math.Round(float64(s) * (1 << 15))
	switch {
	case math.IsNaN(v):
		return 0
	case v > math.MaxInt16:
		return math.MaxInt16
	case v < math.MinInt16:
		return math.MinInt16
	}
	return int16(v)
}
