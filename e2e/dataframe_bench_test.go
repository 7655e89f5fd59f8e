package e2e

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio"
)

// dfCols is the width of the benchmark's tables.
const dfCols = 20

// dataframeApp serves a page whose only component is a Dataframe of rows × dfCols
// cells, inlined in the page's config as its initial value. Cell (r, 0) is "r<r+1>",
// so that the page can tell which rows it shows; the other columns alternate numbers
// and short strings.
func dataframeApp(b *testing.B, rows int) string {
	b.Helper()
	headers := make([]string, dfCols)
	types := make([]string, dfCols)
	for c := range headers {
		headers[c] = fmt.Sprintf("col%d", c)
		types[c] = "str"
		if c%2 == 1 {
			types[c] = "number"
		}
	}
	data := make([][]any, rows)
	for r := range data {
		row := make([]any, dfCols)
		row[0] = fmt.Sprintf("r%d", r+1)
		for c := 1; c < dfCols; c++ {
			if c%2 == 1 {
				row[c] = float64(r*dfCols+c) / 4
			} else {
				row[c] = fmt.Sprintf("v%d-%d", r%997, c)
			}
		}
		data[r] = row
	}
	df := &gradio.Dataframe{Label: "Table", Value: gradio.Table{Headers: headers, Rows: data}, Datatype: types}
	app, err := (&gradio.Blocks{Children: []gradio.Component{df}}).Build(gradio.WithTempDir(b.TempDir()))
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

// pageFetch is the server's side of a page load, seen by a Go client on the loopback.
type pageFetch struct {
	ttfb, total time.Duration
	bytes       int64
}

// fetchPage gets url's page with the given Accept-Encoding, reading the body as sent.
func fetchPage(b *testing.B, url, encoding string) pageFetch {
	b.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		b.Fatal(err)
	}
	// Set by hand, the header makes the transport hand the body over as sent.
	req.Header.Set("Accept-Encoding", encoding)
	start := time.Now()
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	ttfb := time.Since(start)
	n, err := io.Copy(io.Discard, resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		b.Fatalf("GET %s: %d, %v", url, resp.StatusCode, err)
	}
	return pageFetch{ttfb: ttfb, total: time.Since(start), bytes: n}
}

// dfRender is one page load in the browser, in ms since the navigation started.
type dfRender struct {
	responseStart, responseEnd, rows float64
	scroll                           float64 // ms from a jump to the middle of the table to its rows
	encoded                          float64 // bytes of the page as sent
}

// firstCell is the script that says whether a rendered row's first cell reads want.
const firstCell = `[...document.querySelectorAll('gradio-dataframe .gr-df-rows .gr-df-row > [data-c="0"]')].some(c => c.textContent.trim() === %q)`

// renderPage navigates to url and waits for the table's first rows; then it jumps to
// the middle row and waits for it.
func renderPage(b *testing.B, ctx context.Context, url string, rows int) dfRender {
	b.Helper()
	var r dfRender
	var timing []float64
	err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		// The first row shows: the time of the frame that finds it.
		into(chromedp.Poll[float64](fmt.Sprintf(`(`+firstCell+`) ? performance.now() : 0`, "r1"),
			chromedp.WithPollingTimeout(2*time.Minute)), &r.rows),
		eval(`(() => { const n = performance.getEntriesByType('navigation')[0]; return [n.responseStart, n.responseEnd, n.encodedBodySize] })()`, &timing),
	)
	if err != nil {
		b.Fatalf("%d rows: %v", rows, err)
	}
	r.responseStart, r.responseEnd, r.encoded = timing[0], timing[1], timing[2]
	// Jump to the middle: set the scroller's position, then wait, frame by frame, for
	// the middle row, and one more frame for it to be painted.
	mid := rows / 2
	jump := fmt.Sprintf(`(async () => {
		const sc = document.querySelector('gradio-dataframe .gr-df-scroll');
		const has = () => `+firstCell+`;
		const frame = () => new Promise((r) => requestAnimationFrame(r));
		const t0 = performance.now();
		sc.scrollTop = %d;
		while (!has()) {
			await frame();
			if (performance.now() - t0 > 60000) return -1;
		}
		await frame();
		return performance.now() - t0;
	})()`, fmt.Sprintf("r%d", mid+1), mid*35)
	if err := chromedp.Do(ctx, eval(jump, &r.scroll)); err != nil {
		b.Fatalf("%d rows, scrolling: %v", rows, err)
	}
	if r.scroll < 0 {
		b.Fatalf("%d rows: row %d did not show after the jump", rows, mid+1)
	}
	return r
}

// BenchmarkDataframeRender measures, in a real browser, the time from navigation to
// the first rows of a Dataframe of 100,000 rows × 20 columns on the screen, against
// one of 1,000 rows in the same run; the table is the initial value, inlined in the
// page. It reports both times and their ratio, then splits the large page's time:
//   - server: the first GET of the page by a Go client, uncompressed (build_ms: the
//     app renders the page and its config, then keeps it), a later one (serve_ms), and
//     the browser's responseStart (the server's work on each request: the page is
//     gzipped per request, the browser asking for it);
//   - transfer and browser: responseEnd (the page received), and the rows drawn after
//     it (browser_ms: parsing the page and its config, the grid's first render);
//
// and the time to show the middle rows after a jump scroll to them, for both tables.
func BenchmarkDataframeRender(b *testing.B) {
	const small, large = 1000, 100_000
	smallURL, largeURL := dataframeApp(b, small), dataframeApp(b, large)
	build := fetchPage(b, largeURL, "identity")
	ctx := perfBrowser(b)
	renderPage(b, ctx, smallURL, small) // warm the cache of assets and the grid's chunk
	var s, l dfRender
	b.ResetTimer()
	for i := range b.N {
		var ss, ll dfRender
		if i%2 == 0 {
			ss, ll = renderPage(b, ctx, smallURL, small), renderPage(b, ctx, largeURL, large)
		} else {
			ll, ss = renderPage(b, ctx, largeURL, large), renderPage(b, ctx, smallURL, small)
		}
		s.rows += ss.rows
		s.scroll += ss.scroll
		l.responseStart += ll.responseStart
		l.responseEnd += ll.responseEnd
		l.rows += ll.rows
		l.scroll += ll.scroll
		l.encoded = ll.encoded
	}
	b.StopTimer()
	serve := fetchPage(b, largeURL, "identity")
	n := float64(b.N)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(s.rows/n, "ms_1k_rows")
	b.ReportMetric(l.rows/n, "ms_100k_rows")
	b.ReportMetric(l.rows/s.rows, "ratio_100k_to_1k")
	b.ReportMetric(ms(build.ttfb), "100k_build_ms")
	b.ReportMetric(ms(serve.ttfb), "100k_serve_ms")
	b.ReportMetric(l.responseStart/n, "100k_responseStart_ms")
	b.ReportMetric(l.responseEnd/n, "100k_responseEnd_ms")
	b.ReportMetric((l.rows-l.responseEnd)/n, "100k_browser_ms")
	b.ReportMetric(float64(build.bytes)/1e6, "100k_page_MB")
	b.ReportMetric(l.encoded/1e6, "100k_page_sent_MB")
	b.ReportMetric(s.scroll/n, "scroll_1k_ms")
	b.ReportMetric(l.scroll/n, "scroll_100k_ms")
	b.ReportMetric(l.scroll/s.scroll, "ratio_scroll_100k_to_1k")
}
