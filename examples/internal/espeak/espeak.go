// Package espeak speaks text through the espeak-ng program (Debian's espeak-ng
// package), run as a separate process.
package espeak

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"unicode/utf8"

	"github.com/gradio-go/gradio"
)

// ErrMissing is returned when espeak-ng is not installed.
var ErrMissing = errors.New("espeak-ng is not installed on the server (on Debian or Ubuntu: apt-get install espeak-ng)")

// MaxText bounds the text spoken at once, in characters, which bounds the time and
// memory one request takes.
const MaxText = 2000

// Engine runs one espeak-ng binary.
type Engine struct {
	// Path is the program; "" means it is missing, and every call returns ErrMissing.
	Path string
}

// Find looks espeak-ng up in the PATH; the engine it returns always works, reporting
// ErrMissing when the program is not there.
func Find() (*Engine, error) {
	p, err := exec.LookPath("espeak-ng")
	if err != nil {
		return &Engine{}, ErrMissing
	}
	return &Engine{Path: p}, nil
}

// Voice is one of espeak-ng's voices.
type Voice struct {
	// Code selects the voice, such as "en-us".
	Code string
	// Name is its description, such as "English (America)".
	Name string
}

// Voices lists the installed voices, leaving out those that need the separate MBROLA
// voice packages.
func (e *Engine) Voices(ctx context.Context) ([]Voice, error) {
	if e.Path == "" {
		return nil, ErrMissing
	}
	out, err := exec.CommandContext(ctx, e.Path, "--voices").Output()
	if err != nil {
		return nil, fmt.Errorf("espeak-ng --voices: %w", err)
	}
	return parseVoices(out), nil
}

// parseVoices reads `espeak-ng --voices`: a header, then lines of priority, language,
// age/gender, name, file and other languages.
func parseVoices(out []byte) []Voice {
	var vs []Voice
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 5 || f[0] == "Pty" || f[1] == "variant" || strings.HasPrefix(f[4], "mb/") || seen[f[1]] {
			continue
		}
		seen[f[1]] = true
		vs = append(vs, Voice{Code: f[1], Name: strings.ReplaceAll(f[3], "_", " ")})
	}
	return vs
}

// Options tune the speech; the zero value of a field means espeak-ng's default.
type Options struct {
	// Voice is a voice's code, such as "en-us"; "" means English.
	Voice string
	// Variant changes the voice's character: "f3" (female), "m3", "whisper", "croak"...
	Variant string
	// Speed is in words per minute, 80 to 450; espeak-ng's default is 175.
	Speed int
	// Pitch is 0 to 99; espeak-ng's default is 50.
	Pitch int
}

// Speak returns text spoken, as mono samples. The text goes to espeak-ng on its
// standard input, so that no text can pass for a command-line option, and the sound
// comes back on its standard output.
func (e *Engine) Speak(ctx context.Context, text string, opt Options) (gradio.AudioData, error) {
	wav, err := e.speak(ctx, text, opt)
	if err != nil {
		return gradio.AudioData{}, err
	}
	return decodeWAV(wav)
}

func (e *Engine) speak(ctx context.Context, text string, opt Options) ([]byte, error) {
	if e.Path == "" {
		return nil, ErrMissing
	}
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("there is no text to speak")
	}
	if n := utf8.RuneCountInString(text); n > MaxText {
		return nil, fmt.Errorf("the text has %d characters; at most %d are spoken at once", n, MaxText)
	}
	voice := opt.Voice
	if voice == "" {
		voice = "en"
	}
	if opt.Variant != "" {
		voice += "+" + opt.Variant
	}
	if strings.HasPrefix(voice, "-") || strings.ContainsAny(voice, " \t\n/\\") {
		return nil, fmt.Errorf("%q is not a voice", voice)
	}
	args := []string{"-v", voice, "--stdout"}
	if opt.Speed > 0 {
		args = append(args, "-s", fmt.Sprint(min(max(opt.Speed, 80), 450)))
	}
	if opt.Pitch > 0 {
		args = append(args, "-p", fmt.Sprint(min(opt.Pitch, 99)))
	}
	cmd := exec.CommandContext(ctx, e.Path, append(args, "--stdin")...)
	cmd.Stdin = strings.NewReader(text)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("espeak-ng: %s", msg)
		}
		return nil, fmt.Errorf("espeak-ng: %w", err)
	}
	return stdout.Bytes(), nil
}

// decodeWAV reads the 16-bit PCM WAV espeak-ng writes. Written to a pipe, its sizes
// are placeholders, so the data runs to the end of the output.
func decodeWAV(wav []byte) (gradio.AudioData, error) {
	bad := func(why string) (gradio.AudioData, error) {
		return gradio.AudioData{}, fmt.Errorf("espeak-ng wrote an unexpected WAV: %s", why)
	}
	if len(wav) < 12 || string(wav[:4]) != "RIFF" || string(wav[8:12]) != "WAVE" {
		return bad("no RIFF/WAVE header")
	}
	var a gradio.AudioData
	for p := 12; p+8 <= len(wav); {
		id, size := string(wav[p:p+4]), int(binary.LittleEndian.Uint32(wav[p+4:p+8]))
		body := wav[p+8:]
		switch id {
		case "fmt ":
			if len(body) < 16 || binary.LittleEndian.Uint16(body[0:2]) != 1 || binary.LittleEndian.Uint16(body[14:16]) != 16 {
				return bad("not 16-bit PCM")
			}
			a.Channels = int(binary.LittleEndian.Uint16(body[2:4]))
			a.SampleRate = int(binary.LittleEndian.Uint32(body[4:8]))
		case "data":
			if a.SampleRate == 0 {
				return bad("data before fmt")
			}
			body = body[:min(size, len(body))&^1]
			a.Samples = make([]float32, len(body)/2)
			for i := range a.Samples {
				a.Samples[i] = float32(int16(binary.LittleEndian.Uint16(body[2*i:]))) / 32768
			}
			return a, nil
		}
		if size < 0 || size > len(body) {
			break
		}
		p += 8 + size + size&1
	}
	return bad("no data")
}
