package gradio_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/internal/wire"
)

// The chat streaming benchmark and its guard test. A Chatbot handler yields the whole
// conversation each time a token is added to the assistant's message; the server must
// send only the new token (a diff), so the bytes per token stay constant however long
// the message grows. A Textbox handler streaming the growing string is the baseline.

// chatTokens is the length of the benchmark's streams, a long LLM answer.
const chatTokens = 2000

// chatToken is token i of a stream: always chatTokenLen bytes, so that bytes per token
// compare across positions.
func chatToken(i int) string { return fmt.Sprintf("tok%04d ", i%10000) }

const chatTokenLen = len("tok0000 ")

// chatQuestion is the user's message that opens the conversation.
const chatQuestion = "Tell me a long story."

// chatStreamApp serves two streaming endpoints of n tokens (n is their one input):
// /chat yields []Message (the question, then the growing answer) to a Chatbot, /text
// yields the growing answer to a Textbox.
func chatStreamApp(tb testing.TB) (url string, chatFn, textFn int) {
	tb.Helper()
	n := &gradio.Number{Label: "Tokens"}
	chat := &gradio.Chatbot{Label: "Chat"}
	text := &gradio.Textbox{Label: "Text", Lines: 10}
	chatBtn := &gradio.Button{Value: "Chat"}
	textBtn := &gradio.Button{Value: "Text"}
	chatBtn.Click(chatGen, gradio.In(n), gradio.Out(chat), gradio.EventOptions{APIName: "chat", ConcurrencyLimit: gradio.Unlimited})
	textBtn.Click(textGen, gradio.In(n), gradio.Out(text), gradio.EventOptions{APIName: "text", ConcurrencyLimit: gradio.Unlimited})
	app, err := (&gradio.Blocks{Children: []gradio.Component{n, chatBtn, textBtn, chat, text}}).Build(gradio.WithTempDir(tb.TempDir()))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { app.Close() })
	srv := httptest.NewServer(app)
	tb.Cleanup(srv.Close)
	return srv.URL, chatFnIndex(tb, srv.URL, "chat"), chatFnIndex(tb, srv.URL, "text")
}

func chatGen(ctx context.Context, n float64) iter.Seq[[]gradio.Message] {
	return func(yield func([]gradio.Message) bool) {
		msgs := []gradio.Message{{Role: "user", Content: chatQuestion}, {Role: "assistant"}}
		var answer strings.Builder
		for i := range int(n) {
			answer.WriteString(chatToken(i))
			msgs[1].Content = answer.String()
			if !yield(msgs) {
				return
			}
		}
	}
}

func textGen(ctx context.Context, n float64) iter.Seq[string] {
	return func(yield func(string) bool) {
		var answer strings.Builder
		for i := range int(n) {
			answer.WriteString(chatToken(i))
			if !yield(answer.String()) {
				return
			}
		}
	}
}

// chatFnIndex finds the fn_index of the endpoint named api in the app's /config.
func chatFnIndex(tb testing.TB, url, api string) int {
	tb.Helper()
	resp, err := http.Get(url + "/config")
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	var cfg struct {
		Dependencies []struct {
			ID      int    `json:"id"`
			APIName string `json:"api_name"`
		} `json:"dependencies"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&cfg); err != nil {
		tb.Fatal(err)
	}
	for _, d := range cfg.Dependencies {
		if d.APIName == api {
			return d.ID
		}
	}
	tb.Fatalf("no endpoint %q in /config", api)
	return -1
}

// chatRun is what the client saw of one stream.
type chatRun struct {
	bytes     int64       // every byte of the queue/data body
	gen       []int       // the size of each process_generating message, SSE framing included
	at        []time.Time // the arrival of each
	dur       []float64   // the duration each reports: the server's time since the previous yield
	edits     [][]any     // the output data of each process_generating message
	final     []any       // the output data of process_completed
	start     time.Time   // before the join
	end       time.Time   // at close_stream
	cpu       time.Duration
	completed bool
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// chatStream runs one stream of n tokens through the queue protocol: POST
// /gradio_api/queue/join, then GET /gradio_api/queue/data until close_stream. With
// keep, it also decodes every message's data (for the test; the benchmark only counts).
func chatStream(c *http.Client, url string, fn, n int, keep bool) (chatRun, error) {
	var r chatRun
	session := fmt.Sprintf("chat%d", time.Now().UnixNano())
	cpu0 := cpuTime()
	r.start = time.Now()
	body := fmt.Sprintf(`{"data":[%d],"event_data":null,"fn_index":%d,"trigger_id":null,"session_hash":%q}`, n, fn, session)
	resp, err := c.Post(url+"/gradio_api/queue/join", "application/json", strings.NewReader(body))
	if err != nil {
		return r, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return r, fmt.Errorf("join: %d", resp.StatusCode)
	}
	resp, err = c.Get(url + "/gradio_api/queue/data?session_hash=" + session)
	if err != nil {
		return r, err
	}
	defer resp.Body.Close()
	cr := &countingReader{r: resp.Body}
	sc := bufio.NewScanner(cr)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	r.gen = make([]int, 0, n)
	r.at = make([]time.Time, 0, n)
	r.dur = make([]float64, 0, n)
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case bytes.Contains(line, generating):
			r.gen = append(r.gen, len(line)+2) // the line and the blank line after it
			r.at = append(r.at, time.Now())
			r.dur = append(r.dur, chatDuration(line))
			if keep {
				data, err := chatOutputData(line)
				if err != nil {
					return r, err
				}
				r.edits = append(r.edits, data)
			}
		case bytes.Contains(line, []byte(`"process_completed"`)):
			if !bytes.Contains(line, []byte(`"success":true`)) {
				return r, fmt.Errorf("stream failed: %.300s", line)
			}
			r.completed = true
			if keep {
				if r.final, err = chatOutputData(line); err != nil {
					return r, err
				}
			}
		case bytes.Contains(line, completed):
			r.end = time.Now()
			r.bytes = cr.n
			r.cpu = cpuTime() - cpu0
			if !r.completed {
				return r, fmt.Errorf("close_stream without process_completed")
			}
			if len(r.gen) != n {
				return r, fmt.Errorf("got %d process_generating messages for %d tokens", len(r.gen), n)
			}
			return r, nil
		}
	}
	if err := sc.Err(); err != nil {
		return r, err
	}
	return r, fmt.Errorf("stream ended before close_stream")
}

// chatOutputData decodes output.data of an SSE line "data: {...}".
func chatOutputData(line []byte) ([]any, error) {
	var m struct {
		Output struct {
			Data []any `json:"data"`
		} `json:"output"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(line, []byte("data: ")), &m); err != nil {
		return nil, fmt.Errorf("%w: %.200s", err, line)
	}
	return m.Output.Data, nil
}

// meanBytes is the mean size of the messages of tokens [from, to).
func (r chatRun) meanBytes(from, to int) float64 {
	var sum int
	for _, n := range r.gen[from:to] {
		sum += n
	}
	return float64(sum) / float64(to-from)
}

// meanDur is the mean server time per yield of tokens [from, to), from the duration
// field of their messages (the time from one message to the making of the next: the
// handler's step, encoding and diffing), which the client's reading does not blur.
func (r chatRun) meanDur(from, to int) float64 {
	var sum float64
	for _, d := range r.dur[from:to] {
		sum += d
	}
	return sum / float64(to-from)
}

// chatDuration reads the "duration" number of a process_generating line.
func chatDuration(line []byte) float64 {
	key := []byte(`"duration":`)
	i := bytes.Index(line, key)
	if i < 0 {
		return 0
	}
	rest := line[i+len(key):]
	j := bytes.IndexAny(rest, ",}")
	if j < 0 {
		return 0
	}
	d, _ := strconv.ParseFloat(string(rest[:j]), 64)
	return d
}

// BenchmarkChatStream streams an LLM-style answer of 2,000 tokens through the queue
// (join + queue/data SSE), one op being one Chatbot stream and one Textbox stream of the
// same tokens, in alternating order. The Chatbot handler yields the whole conversation
// (a question and the growing answer) at each token; the Textbox handler, the baseline,
// yields the growing answer. For each it reports the process_generating messages per
// second, the CPU (client and server, one process) per token, and the bytes of SSE per
// token; then chat ÷ text for each. Diffs, not resends: *_growth is the mean size of the
// messages of tokens 1801–2000 ÷ that of tokens 2–201, the first 200 diffs (1.0 when
// each message carries only its token; about 50 if every message resent the whole
// answer), and *_late/early_time the same ratio of the server's time per yield (the
// duration field of the messages; above 1 when a yield costs more as the answer grows).
func BenchmarkChatStream(b *testing.B) {
	url, chatFn, textFn := chatStreamApp(b)
	client := benchClient(1)
	defer client.CloseIdleConnections()
	// Warm up both paths (connections, the first encodes).
	for _, fn := range []int{chatFn, textFn} {
		if _, err := chatStream(client, url, fn, 50, false); err != nil {
			b.Fatal(err)
		}
	}
	type totals struct {
		msgs, bytes   int64
		elapsed, cpu  time.Duration
		early, late   float64 // bytes of messages 2–201 and 1801–2000
		earlyT, lateT float64 // server seconds per yield, same windows
		runs          int
	}
	var chat, text totals
	add := func(t *totals, r chatRun) {
		const w = chatTokens / 10
		t.msgs += int64(len(r.gen))
		t.bytes += r.bytes
		t.elapsed += r.end.Sub(r.start)
		t.cpu += r.cpu
		// The first message carries the full value; the early window starts after it.
		t.early += r.meanBytes(1, w+1)
		t.late += r.meanBytes(chatTokens-w, chatTokens)
		t.earlyT += r.meanDur(1, w+1)
		t.lateT += r.meanDur(chatTokens-w, chatTokens)
		t.runs++
	}
	b.ResetTimer()
	for i := range b.N {
		order := []*totals{&chat, &text}
		if i%2 == 1 {
			order = []*totals{&text, &chat}
		}
		for _, t := range order {
			fn := chatFn
			if t == &text {
				fn = textFn
			}
			r, err := chatStream(client, url, fn, chatTokens, false)
			if err != nil {
				b.Fatal(err)
			}
			add(t, r)
		}
	}
	b.StopTimer()
	rate := func(t totals) float64 { return float64(t.msgs) / t.elapsed.Seconds() }
	perTok := func(t totals) float64 { return float64(t.bytes) / float64(t.msgs) }
	cpuTok := func(t totals) float64 { return float64(t.cpu.Nanoseconds()) / float64(t.msgs) / 1000 }
	growth := func(t totals) float64 { return t.late / t.early }
	slowdown := func(t totals) float64 { return t.lateT / t.earlyT }
	b.ReportMetric(rate(chat), "chat_msgs/s")
	b.ReportMetric(rate(text), "text_msgs/s")
	b.ReportMetric(rate(chat)/rate(text), "ratio_msgs/s")
	b.ReportMetric(perTok(chat), "chat_B/token")
	b.ReportMetric(perTok(text), "text_B/token")
	b.ReportMetric(perTok(chat)/perTok(text), "ratio_B/token")
	b.ReportMetric(cpuTok(chat), "chat_cpu_µs/token")
	b.ReportMetric(cpuTok(text), "text_cpu_µs/token")
	b.ReportMetric(growth(chat), "chat_growth")
	b.ReportMetric(growth(text), "text_growth")
	b.ReportMetric(chat.earlyT/float64(chat.runs)*1e6, "chat_early_µs/yield")
	b.ReportMetric(chat.lateT/float64(chat.runs)*1e6, "chat_late_µs/yield")
	b.ReportMetric(slowdown(chat), "chat_late/early_time")
	b.ReportMetric(slowdown(text), "text_late/early_time")
}

// TestChatStreamSendsDiffs guards what BenchmarkChatStream measures: a Chatbot stream
// sends each token once. The bound comes from the protocol. A process_generating
// message after the first is the envelope
//
//	data: {"msg":"process_generating","event_id":<id>,"output":{"data":[<edits>],
//	"is_generating":true,"duration":<number>,"average_duration":<number>,
//	"changed_state_ids":[]},"success":true,"time_limit":null}
//
// around one edit ["append",[1,"content",0,"text"],"<token>"]: about 250 bytes plus
// the token, whatever the answer's length; chatEnvelope (512 bytes) leaves room for
// longer ids and numbers. Resending the answer instead would make message k about
// k × chatTokenLen bytes, 16 KB at the end of a 2,000-token stream. The stream must also
// rebuild, applied as the official clients do, the value process_completed carries.
func TestChatStreamSendsDiffs(t *testing.T) {
	const chatEnvelope = 512
	url, chatFn, textFn := chatStreamApp(t)
	client := benchClient(1)
	defer client.CloseIdleConnections()
	perToken := map[int]float64{}
	for _, n := range []int{200, chatTokens} {
		r, err := chatStream(client, url, chatFn, n, true)
		if err != nil {
			t.Fatal(err)
		}
		// Every message after the first is one append of one token.
		answerPath := []any{1, "content", 0, "text"}
		for k := 1; k < n; k++ {
			if r.gen[k] > chatEnvelope+chatTokenLen {
				t.Fatalf("%d tokens: message %d is %d bytes, more than the %d of an envelope and a token: the stream resends values", n, k+1, r.gen[k], chatEnvelope+chatTokenLen)
			}
			if got, want := chatJSON(r.edits[k][0]), chatJSON([]wire.Edit{{Action: wire.EditAppend, Path: answerPath, Value: chatToken(k)}}); got != want {
				t.Fatalf("%d tokens: message %d carries %s, want %s", n, k+1, got, want)
			}
		}
		// The whole stream: n envelopes and tokens, plus the final value (about n
		// tokens) in process_completed, plus the other messages of the protocol.
		bound := int64(n*(chatEnvelope+chatTokenLen) + n*chatTokenLen + 4096)
		if r.bytes > bound {
			t.Errorf("%d tokens: %d bytes of SSE, more than the %d bound", n, r.bytes, bound)
		}
		// Applying the messages gives the final value.
		var value any
		for k, data := range r.edits {
			if k == 0 {
				value = data[0]
				continue
			}
			var edits []wire.Edit
			if err := remarshal(data[0], &edits); err != nil {
				t.Fatal(err)
			}
			if value, err = wire.Apply(value, edits); err != nil {
				t.Fatalf("message %d: %v", k+1, err)
			}
		}
		if !reflect.DeepEqual(value, r.final[0]) {
			t.Fatalf("%d tokens: the diffs give %.300v, process_completed has %.300v", n, value, r.final[0])
		}
		perToken[n] = r.meanBytes(0, n)
		t.Logf("%d tokens: %d bytes of SSE, %.1f bytes per process_generating message", n, r.bytes, perToken[n])
	}
	// Bytes per token do not grow with the answer: 10 times the tokens, the same size
	// per message (within the width of the duration numbers).
	if g := perToken[chatTokens] / perToken[200]; g > 1.1 {
		t.Errorf("bytes per message grew %.2f times from 200 to %d tokens", g, chatTokens)
	}
	// The Textbox baseline is diffed the same way.
	r, err := chatStream(client, url, textFn, 200, true)
	if err != nil {
		t.Fatal(err)
	}
	for k := 1; k < len(r.edits); k++ {
		if got, want := chatJSON(r.edits[k][0]), chatJSON([]wire.Edit{{Action: wire.EditAppend, Value: chatToken(k)}}); got != want {
			t.Fatalf("text message %d carries %s, want %s", k+1, got, want)
		}
	}
}

// remarshal converts a decoded JSON value into dst.
func remarshal(v any, dst any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, dst)
}

// chatJSON is v in JSON, to compare decoded and expected values.
func chatJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("(%v)", err)
	}
	return string(b)
}
