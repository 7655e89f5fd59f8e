package files

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"strconv"
	"syscall"
	"time"
)

const (
	// DefaultFetchTimeout bounds a whole download (connect, redirects and body) when
	// Options.FetchTimeout is 0.
	DefaultFetchTimeout = 30 * time.Second
	// DefaultFetchLimit is the size limit of a downloaded file when Options.MaxFileSize is 0.
	DefaultFetchLimit = 100 << 20
	// maxRedirects is how many redirects a download follows, each checked like the first URL.
	maxRedirects = 5
)

// Fetch downloads an http(s) URL that a client sent as a file input into the cache and returns
// the cached absolute path, content-addressed like uploads and named after the response's
// Content-Disposition filename or the URL's last path segment (sanitised).
//
// The download is protected against server-side request forgery: the host is resolved here
// and only public unicast addresses are dialled (never loopback, private, link-local such as
// the cloud metadata address 169.254.169.254, unspecified, multicast, CGNAT or other reserved
// ranges, nor IPv4-mapped, NAT64 or 6to4 forms of them); the connection goes to the address
// that was checked, so a DNS answer that changes between check and use (rebinding) gains
// nothing. At most five redirects are followed, each checked the same way. Options.
// AllowPrivateURLs lifts the address check for tests and trusted intranets.
//
// The whole download is bounded by Options.FetchTimeout (30 s by default) and the body by
// Options.MaxFileSize (100 MiB when 0). Every refusal or remote failure is an *Error with
// status 400 whose message names the URL; only a failure to write the cache is not.
func (c *Cache) Fetch(ctx context.Context, rawURL string) (string, error) {
	u, err := parseFetchURL(rawURL, c.checkAddr)
	if err != nil {
		return "", err
	}
	timeout := c.fetchTimeout
	if timeout <= 0 {
		timeout = DefaultFetchTimeout
	}
	limit := c.maxFileSize
	if limit <= 0 {
		limit = DefaultFetchLimit
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	hop := u // the URL being requested; redirects move it
	client := &http.Client{
		Transport: c.fetchTransport(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			hop = req.URL
			if len(via) > maxRedirects {
				return badRequest("fetching %s failed: more than %d redirects", quoteURL(rawURL), maxRedirects)
			}
			return checkFetchURL(req.URL, c.checkAddr)
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return "", badRequest("invalid URL %s", quoteURL(rawURL))
	}
	req.Header.Set("User-Agent", "gradio-go")
	resp, err := client.Do(req)
	if err != nil {
		return "", fetchError(ctx, rawURL, hop, timeout, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return "", badRequest("fetching %s failed: HTTP %d", quoteURL(rawURL), resp.StatusCode)
	}
	if resp.ContentLength > limit {
		return "", tooLargeURL(rawURL, limit)
	}
	p, err := c.store(resp.Body, fetchName(resp, u), limit)
	if err != nil {
		var tooLarge *tooLargeError
		var src *sourceError
		switch {
		case errors.As(err, &tooLarge):
			return "", tooLargeURL(rawURL, limit)
		case errors.As(err, &src):
			return "", fetchError(ctx, rawURL, hop, timeout, src.err)
		}
		return "", err
	}
	return p, nil
}

func tooLargeURL(rawURL string, limit int64) *Error {
	return badRequest("the file at %s exceeds %d bytes", quoteURL(rawURL), limit)
}

// fetchName picks the stored name: the Content-Disposition filename, else the last segment of
// the URL the client gave (what the JS client also shows as orig_name), else of the final URL.
func fetchName(resp *http.Response, orig *url.URL) string {
	if _, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition")); err == nil {
		if n := sanitizeName(params["filename"]); n != "" {
			return n
		}
	}
	for _, u := range []*url.URL{orig, resp.Request.URL} {
		if n := sanitizeName(path.Base(u.Path)); n != "" {
			return n
		}
	}
	return ""
}

// blockedAddrError is the dialler's refusal of a non-public address.
type blockedAddrError struct{ class string }

func (e *blockedAddrError) Error() string { return "address is " + e.class }

// fetchError turns a failed request into the client-facing *Error.
func fetchError(ctx context.Context, rawURL string, hop *url.URL, timeout time.Duration, err error) error {
	var fe *Error
	if errors.As(err, &fe) {
		return fe
	}
	var blocked *blockedAddrError
	if errors.As(err, &blocked) {
		return privateAddr(hop, blocked.class)
	}
	what := quoteURL(rawURL)
	if hop.String() != rawURL {
		what += " (redirected to " + quoteURL(hop.String()) + ")"
	}
	var reason string
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
		reason = "timed out after " + timeout.String()
	case errors.Is(err, context.Canceled):
		reason = "the request was cancelled"
	case errors.As(err, &dnsErr):
		reason = "host " + strconv.Quote(dnsErr.Name) + " not found"
	case errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr):
		reason = "invalid TLS certificate"
	case errors.Is(err, syscall.ECONNREFUSED):
		reason = "connection refused"
	default:
		reason = "could not download the file"
	}
	return badRequest("fetching %s failed: %s", what, reason)
}

// fetchTransport returns the cache's HTTP transport for downloads: no proxy (a proxy would
// resolve names itself and defeat the address check), no kept-alive connections (nothing to
// leak or reuse across checks), and a dialler that only connects to checked addresses.
func (c *Cache) fetchTransport() *http.Transport {
	c.fetchOnce.Do(func() {
		c.transport = &http.Transport{
			Proxy:                  nil,
			DialContext:            c.dialChecked,
			DisableKeepAlives:      true,
			TLSHandshakeTimeout:    10 * time.Second,
			ResponseHeaderTimeout:  0, // the request's context bounds everything
			MaxResponseHeaderBytes: 64 << 10,
		}
	})
	return c.transport
}

// dialChecked resolves the host of addr itself, keeps the addresses that may be fetched and
// dials those IPs directly, never the name again.
func (c *Cache) dialChecked(ctx context.Context, network, addr string) (net.Conn, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("invalid port %q", portStr)
	}
	var ips []netip.Addr
	if ip, ok := hostAddr(host); ok {
		ips = []netip.Addr{ip}
	} else {
		lookup := c.lookup
		if lookup == nil {
			lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
				return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
			}
		}
		if ips, err = lookup(ctx, host); err != nil {
			return nil, err
		}
	}
	var ok []netip.AddrPort
	var refused error
	for _, ip := range ips {
		ap := netip.AddrPortFrom(ip.Unmap(), uint16(port))
		if err := c.checkAddr(ap); err != nil {
			refused = err
			continue
		}
		ok = append(ok, ap)
	}
	if len(ok) == 0 {
		if refused == nil {
			refused = &net.DNSError{Err: "no addresses", Name: host, IsNotFound: true}
		}
		return nil, refused
	}
	d := net.Dialer{
		// Checked again on the socket's actual address, so nothing else can be dialled.
		ControlContext: func(_ context.Context, _, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return &blockedAddrError{class: classInvalid}
			}
			return c.checkAddr(ap)
		},
	}
	var lastErr error
	for _, ap := range ok {
		conn, err := d.DialContext(ctx, network, ap.String())
		if err == nil {
			return conn, nil
		}
		lastErr = err
		if ctx.Err() != nil {
			break
		}
	}
	return nil, lastErr
}

// checkAddr refuses an address the cache may not fetch from.
func (c *Cache) checkAddr(ap netip.AddrPort) error {
	if c.allowPrivate || c.testPublic != nil && c.testPublic(ap) {
		return nil
	}
	return publicOnly(ap)
}
