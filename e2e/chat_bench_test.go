package e2e

import (
	"context"
	"fmt"
	"iter"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio"
)

// perfBrowser starts a headless chromium for a benchmark, with the Performance domain
// on in thread time: its TaskDuration, ScriptDuration, LayoutDuration and
// RecalcStyleDuration count the CPU time of the renderer's main thread, which what
// else runs on the machine does not inflate. It fails in CI without chromium.
func perfBrowser(b *testing.B) context.Context {
	b.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(b)), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(b.TempDir()), chromedp.WindowSize(1280, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 5*time.Minute)
	b.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		b.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{TimeDomain: performance.EnableTimeDomainThreadTicks}); err != nil {
		b.Fatal(err)
	}
	return ctx
}

// mainThread is the renderer main thread's busy time so far, in seconds, by kind.
type mainThread struct{ task, script, layout, style float64 }

func (m mainThread) sub(o mainThread) mainThread {
	return mainThread{m.task - o.task, m.script - o.script, m.layout - o.layout, m.style - o.style}
}

func (m mainThread) add(o mainThread) mainThread {
	return mainThread{m.task + o.task, m.script + o.script, m.layout + o.layout, m.style + o.style}
}

func readMainThread(b *testing.B, ctx context.Context) mainThread {
	b.Helper()
	res, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		b.Fatal(err)
	}
	var m mainThread
	for _, x := range res.Metrics {
		switch x.Name {
		case "TaskDuration":
			m.task = x.Value
		case "ScriptDuration":
			m.script = x.Value
		case "LayoutDuration":
			m.layout = x.Value
		case "RecalcStyleDuration":
			m.style = x.Value
		}
	}
	return m
}

// chatBenchTokens is the length of a stream: a long LLM answer.
const chatBenchTokens = 2000

// chatWords make the answer: Markdown prose with a new paragraph every 40 tokens and
// some emphasis, so that the chat's Markdown has blocks and inline spans to render.
var chatWords = strings.Fields("the model reads **every** token of the prompt and then writes its answer one `word` at a time while the page keeps up")

// chatWord is token i of a stream of n for run: the last one is "end<run> " so that
// the page can tell this run's end from the previous one's.
func chatWord(run, i, n int) string {
	switch {
	case i == n-1:
		return fmt.Sprintf("end%d ", run)
	case i > 0 && i%40 == 0:
		return "\n\n" + chatWords[i%len(chatWords)] + " "
	}
	return chatWords[i%len(chatWords)] + " "
}

// chatFeed is what the next stream sends: how many tokens, how far apart.
type chatFeed struct {
	tokens, pace atomic.Int64
	runs         atomic.Int64 // streams started so far
}

func (f *chatFeed) next() (run, n int, pace time.Duration) {
	return int(f.runs.Add(1)), int(f.tokens.Load()), time.Duration(f.pace.Load())
}

// chatCPUApp is a page with a Chatbot and a Textbox, each fed a stream by its own
// button, as feed says.
func chatCPUApp(b *testing.B, feed *chatFeed) string {
	b.Helper()
	chatFn := func(ctx context.Context) iter.Seq[[]gradio.Message] {
		run, n, pace := feed.next()
		return func(yield func([]gradio.Message) bool) {
			msgs := []gradio.Message{{Role: "user", Content: "Tell me a long story."}, {Role: "assistant"}}
			var answer strings.Builder
			for i := range n {
				if pace > 0 {
					time.Sleep(pace)
				}
				answer.WriteString(chatWord(run, i, n))
				msgs[1].Content = answer.String()
				if !yield(msgs) || ctx.Err() != nil {
					return
				}
			}
		}
	}
	textFn := func(ctx context.Context) iter.Seq[string] {
		run, n, pace := feed.next()
		return func(yield func(string) bool) {
			var answer strings.Builder
			for i := range n {
				if pace > 0 {
					time.Sleep(pace)
				}
				answer.WriteString(chatWord(run, i, n))
				if !yield(answer.String()) || ctx.Err() != nil {
					return
				}
			}
		}
	}
	chat := &gradio.Chatbot{Label: "Chat", Height: 400}
	text := &gradio.Textbox{Label: "Text", Lines: 10, MaxLines: 10}
	chatBtn := &gradio.Button{Value: "Stream chat"}
	textBtn := &gradio.Button{Value: "Stream text"}
	chatBtn.Click(chatFn, nil, gradio.Out(chat), gradio.EventOptions{APIName: "chat"})
	textBtn.Click(textFn, nil, gradio.Out(text), gradio.EventOptions{APIName: "text"})
	app, err := (&gradio.Blocks{Children: []gradio.Component{gradio.Row(chatBtn, textBtn), chat, text}}).Build(gradio.WithTempDir(b.TempDir()))
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(app)
	b.Cleanup(func() {
		srv.Close()
		_ = app.Close()
	})
	return srv.URL
}

// BenchmarkChatCPU measures, in a real browser, the main-thread CPU time a page spends
// per streamed token: a Chatbot fed a 2,000-token answer (each message a diff that
// appends a token to the last message; the element renders Markdown at most once a
// frame) against a Textbox (a textarea) fed the same tokens, in the same page and run.
// Busy time is the Performance domain's TaskDuration in thread time, read before the
// button's click and after the run's last token shows. It reports µs per token for each
// (and their script and layout+style parts), the streams' wall time, and chat ÷ text.
//
// pace=0 sends the tokens as fast as the server makes them (the page parses bursts);
// pace=1ms is 1,000 tokens/s (the chat renders about every 16 tokens, once a frame; the
// textarea once per token), and also runs 200-token streams: *_growth is the µs per
// token of 2,000-token streams ÷ that of 200-token ones (1 when a token costs the same
// however long the answer; above, when each render redoes the whole text); pace=10ms,
// 100 tokens/s as an LLM streams (a render per token, 20 s per stream), runs only with
// GRADIO_BENCH_LONG=1.
func BenchmarkChatCPU(b *testing.B) {
	var feed chatFeed
	url := chatCPUApp(b, &feed)
	ctx := perfBrowser(b)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		waitJS(`!!document.querySelector('gradio-chatbot .gr-chatbot') && !!document.querySelector('gradio-textbox textarea')`),
	); err != nil {
		b.Fatal(err)
	}
	// The run's last token in the last message's rendered text, in the textarea's value.
	const (
		chatDone = `([...document.querySelectorAll('gradio-chatbot .gr-chat-md')].at(-1)?.textContent ?? '').includes(%q)`
		textDone = `(document.querySelector('gradio-textbox textarea')?.value ?? '').includes(%q)`
	)
	// stream clicks a button for a stream of n tokens, pace apart, and waits until its
	// last token shows; it returns the main thread's busy time and the wall time.
	stream := func(b *testing.B, chat bool, n int, pace time.Duration) (mainThread, time.Duration) {
		feed.tokens.Store(int64(n))
		feed.pace.Store(int64(pace))
		button, done := "Stream text", textDone
		if chat {
			button, done = "Stream chat", chatDone
		}
		cond := fmt.Sprintf(done, fmt.Sprintf("end%d", feed.runs.Load()+1))
		before := readMainThread(b, ctx)
		start := time.Now()
		err := chromedp.Do(ctx,
			void(chromedp.Evaluate[bool](fmt.Sprintf(`(() => { [...document.querySelectorAll('gradio-button button')].find(b => b.textContent.trim() === %q).click(); return true })()`, button))),
			void(chromedp.Poll[bool](cond, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(2*time.Minute))),
		)
		wall := time.Since(start)
		if err != nil {
			b.Fatalf("%s: %v", button, err)
		}
		if os.Getenv("PROBE") != "" {
			res, _ := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
			out := []string{}
			for _, x := range res.Metrics {
				out = append(out, fmt.Sprintf("%s=%.3f", x.Name, x.Value))
			}
			fmt.Println(button, n, pace, strings.Join(out, " "))
		}
		return readMainThread(b, ctx).sub(before), wall
	}
	// pair runs a chat and a text stream, in the order i gives, and adds up their costs.
	type costs struct {
		chat, text         mainThread
		chatWall, textWall time.Duration
	}
	pair := func(b *testing.B, i, n int, pace time.Duration, c *costs) {
		for _, chat := range [][2]bool{{true, false}, {false, true}}[i%2] {
			m, w := stream(b, chat, n, pace)
			if chat {
				c.chat, c.chatWall = c.chat.add(m), c.chatWall+w
			} else {
				c.text, c.textWall = c.text.add(m), c.textWall+w
			}
		}
	}
	// Warm the code paths (the chat's Markdown, the lazy chunks) once.
	pair(b, 0, chatBenchTokens, 0, &costs{})
	paces := []time.Duration{0, time.Millisecond}
	if os.Getenv("GRADIO_BENCH_LONG") == "1" {
		paces = append(paces, 10*time.Millisecond)
	}
	for _, pace := range paces {
		b.Run(fmt.Sprintf("pace=%v", pace), func(b *testing.B) {
			var long, short costs
			b.ResetTimer()
			for i := range b.N {
				pair(b, i, chatBenchTokens, pace, &long)
				if pace == time.Millisecond {
					pair(b, i, chatBenchTokens/10, pace, &short)
				}
			}
			b.StopTimer()
			perTok := func(s float64, n int) float64 { return s * 1e6 / float64(b.N*n) }
			b.ReportMetric(perTok(long.chat.task, chatBenchTokens), "chat_µs/token")
			b.ReportMetric(perTok(long.text.task, chatBenchTokens), "text_µs/token")
			b.ReportMetric(long.chat.task/long.text.task, "ratio_chat/text")
			b.ReportMetric(perTok(long.chat.script, chatBenchTokens), "chat_script_µs/token")
			b.ReportMetric(perTok(long.chat.layout+long.chat.style, chatBenchTokens), "chat_layout+style_µs/token")
			b.ReportMetric(perTok(long.text.script, chatBenchTokens), "text_script_µs/token")
			b.ReportMetric(perTok(long.text.layout+long.text.style, chatBenchTokens), "text_layout+style_µs/token")
			b.ReportMetric(float64(long.chatWall.Milliseconds())/float64(b.N), "chat_wall_ms")
			b.ReportMetric(float64(long.textWall.Milliseconds())/float64(b.N), "text_wall_ms")
			if pace == time.Millisecond {
				b.ReportMetric(perTok(long.chat.task, chatBenchTokens)/perTok(short.chat.task, chatBenchTokens/10), "chat_growth")
				b.ReportMetric(perTok(long.text.task, chatBenchTokens)/perTok(short.text.task, chatBenchTokens/10), "text_growth")
			}
		})
	}
}
