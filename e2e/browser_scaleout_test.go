package e2e

import "testing"

// The web UI of a scaled-out app behind a load balancer without sticky sessions:
// examples/sepia as three web replicas and two workers, every request of the page to
// a random replica. The page and its assets, the upload, the join, the session's
// stream and the result image each come from whichever replica the balancer picks;
// the image goes through NATS' object store both ways.
func TestBrowserScaleOutSepia(t *testing.T) {
	bin := appBinary(t, "sepia") // first: building must not eat the browser's time
	c := startClusterOf(t, bin, 3, 2)
	lb := newTestLB(t, c.webURLs, false)
	sepiaRoundTrip(t, browser(t), lb.url)
	if counts := lb.counts(); len(counts) != 3 || counts[0] == 0 || counts[1] == 0 || counts[2] == 0 {
		t.Errorf("requests per replica %v: want every replica to have served some", counts)
	}
}
