package e2e

import (
	"context"
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio"
)

// BenchmarkPageLoad measures, in a real browser, the time from navigation to a rendered,
// interactive page for a Blocks app of 500 components, against a 5-component app in the
// same run. It reports both times and their ratio.
func BenchmarkPageLoad(b *testing.B) {
	small, large := pageApp(b, 5), pageApp(b, 500)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(b)), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(b.TempDir()))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		b.Fatal(err)
	}
	load := func(url string, n int) time.Duration {
		start := time.Now()
		err := chromedp.Do(ctx,
			chromedp.Navigate(url),
			// Rendered and interactive: every textbox has its input, ready for typing.
			waitJS(fmt.Sprintf(`document.querySelectorAll('gradio-textbox input').length === %d`, n)),
		)
		if err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	load(small, 5) // warm the cache of assets
	var smallTotal, largeTotal time.Duration
	b.ResetTimer()
	for range b.N {
		smallTotal += load(small, 5)
		largeTotal += load(large, 500)
	}
	b.StopTimer()
	s, l := smallTotal/time.Duration(b.N), largeTotal/time.Duration(b.N)
	b.ReportMetric(float64(s.Microseconds())/1000, "ms_5_components")
	b.ReportMetric(float64(l.Microseconds())/1000, "ms_500_components")
	b.ReportMetric(float64(l)/float64(s), "ratio_500_to_5")
}

func pageApp(b *testing.B, n int) string {
	b.Helper()
	children := make([]gradio.Component, 0, n)
	for i := range n {
		children = append(children, &gradio.Textbox{Label: fmt.Sprintf("Field %d", i)})
	}
	app, err := (&gradio.Blocks{Children: []gradio.Component{gradio.Column(children...)}}).Build(gradio.WithTempDir(b.TempDir()))
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
