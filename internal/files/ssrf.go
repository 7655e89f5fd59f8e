package files

import (
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
)

// maxURLBytes bounds a URL a client asks the server to fetch; real file URLs are far shorter.
const maxURLBytes = 8 << 10

// Address classes a fetch refuses, as named in errors. Everything that is not reachable on
// the public Internet counts, so a client cannot make the server reach its own network.
const (
	classLoopback    = "loopback"
	classPrivate     = "private"
	classLinkLocal   = "link-local"
	classUnspecified = "unspecified"
	classMulticast   = "multicast"
	classShared      = "shared (CGNAT)"
	classReserved    = "reserved"
	classInvalid     = "invalid"
)

// reservedPrefixes are the special-purpose ranges (RFC 6890 and successors) that netip has no
// predicate for. Translation prefixes that embed an IPv4 address (NAT64, 6to4) are judged by
// that address in addrClass; IPv4-mapped addresses are unmapped before this list is consulted.
var reservedPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",       // "this network"
		"192.0.0.0/24",    // IETF protocol assignments
		"192.0.2.0/24",    // TEST-NET-1
		"192.88.99.0/24",  // deprecated 6to4 relay anycast
		"198.18.0.0/15",   // benchmarking
		"198.51.100.0/24", // TEST-NET-2
		"203.0.113.0/24",  // TEST-NET-3
		"240.0.0.0/4",     // reserved, and 255.255.255.255 broadcast
		"::/8",            // reserved by IETF: IPv4-compatible ::a.b.c.d and friends
		"100::/64",        // discard-only
		"2001::/23",       // IETF protocol assignments, Teredo (2001::/32) included
		"2001:db8::/32",   // documentation
		"3fff::/20",       // documentation (RFC 9637)
		"5f00::/16",       // segment routing SIDs
		"64:ff9b:1::/48",  // local-use IPv4/IPv6 translation
		"fec0::/10",       // deprecated site-local
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

var (
	cgnatPrefix = netip.MustParsePrefix("100.64.0.0/10")
	sixToFour   = netip.MustParsePrefix("2002::/16")
	nat64       = netip.MustParsePrefix("64:ff9b::/96")
)

// addrClass returns why ip must not be fetched, or "" if it is a public unicast address.
// IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::) forms are
// judged by the IPv4 address they carry, so none of them is a way around the IPv4 checks.
func addrClass(ip netip.Addr) string {
	if !ip.IsValid() {
		return classInvalid
	}
	ip = ip.WithZone("").Unmap()
	if ip.Is6() {
		switch {
		case nat64.Contains(ip):
			b := ip.As16()
			if c := addrClass(netip.AddrFrom4([4]byte(b[12:16]))); c != "" {
				return c
			}
			return ""
		case sixToFour.Contains(ip):
			b := ip.As16()
			if c := addrClass(netip.AddrFrom4([4]byte(b[2:6]))); c != "" {
				return c
			}
			return ""
		}
	}
	switch {
	case ip.IsUnspecified():
		return classUnspecified
	case ip.IsLoopback():
		return classLoopback
	case ip.IsPrivate():
		return classPrivate
	case ip.IsLinkLocalUnicast():
		return classLinkLocal
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return classMulticast
	case cgnatPrefix.Contains(ip):
		return classShared
	}
	for _, p := range reservedPrefixes {
		if p.Contains(ip) {
			return classReserved
		}
	}
	return ""
}

// hostAddr returns the IP address a URL host names literally, in any form a resolver or
// browser would accept: canonical IPv4/IPv6 (with an optional zone), and the legacy inet_aton
// forms such as 2130706433, 0x7f.1 or 0177.0.0.1 that some resolvers turn into addresses.
func hostAddr(host string) (netip.Addr, bool) {
	if ip, err := netip.ParseAddr(host); err == nil {
		return ip, true
	}
	host = strings.TrimSuffix(host, ".")
	if ip, err := netip.ParseAddr(host); err == nil {
		return ip, true
	}
	return parseLegacyIPv4(host)
}

// parseLegacyIPv4 parses inet_aton's forms: one to four parts separated by dots, each decimal,
// octal (leading 0) or hexadecimal (leading 0x); the last part fills the remaining bytes.
func parseLegacyIPv4(s string) (netip.Addr, bool) {
	if s == "" || len(s) > 64 {
		return netip.Addr{}, false
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	var vals [4]uint64
	for i, p := range parts {
		base := 10
		switch {
		case len(p) > 2 && (p[:2] == "0x" || p[:2] == "0X"):
			base, p = 16, p[2:]
		case p == "0x" || p == "0X":
			p = "0"
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		if p == "" {
			return netip.Addr{}, false
		}
		for j := 0; j < len(p); j++ {
			if !isDigitIn(p[j], base) {
				return netip.Addr{}, false
			}
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil {
			return netip.Addr{}, false
		}
		vals[i] = v
	}
	n := len(parts)
	last := vals[n-1]
	if last >= 1<<(8*(5-uint(n))) && n > 1 || n == 1 && last > 0xffffffff {
		return netip.Addr{}, false
	}
	var out uint32
	for i := 0; i < n-1; i++ {
		if vals[i] > 0xff {
			return netip.Addr{}, false
		}
		out |= uint32(vals[i]) << (24 - 8*uint(i))
	}
	out |= uint32(last)
	return netip.AddrFrom4([4]byte{byte(out >> 24), byte(out >> 16), byte(out >> 8), byte(out)}), true
}

func isDigitIn(c byte, base int) bool {
	switch base {
	case 8:
		return c >= '0' && c <= '7'
	case 10:
		return c >= '0' && c <= '9'
	}
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// parseFetchURL checks a URL a client sent as a file before anything is resolved: it must be
// absolute http(s) with a host, and a host that is an IP address (in any spelling) must pass
// check (nil means publicOnly). Host names are checked, address by address, when dialled.
func parseFetchURL(raw string, check func(netip.AddrPort) error) (*url.URL, error) {
	if len(raw) > maxURLBytes {
		return nil, badRequest("URL is longer than %d bytes", maxURLBytes)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, badRequest("invalid URL %s", quoteURL(raw))
	}
	if err := checkFetchURL(u, check); err != nil {
		return nil, err
	}
	return u, nil
}

// checkFetchURL is parseFetchURL's check of a parsed URL; redirects are checked with it too.
func checkFetchURL(u *url.URL, check func(netip.AddrPort) error) error {
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return badRequest("only http and https URLs can be fetched, not %s", quoteURL(u.String()))
	}
	host := u.Hostname()
	if u.Opaque != "" || host == "" {
		return badRequest("URL %s has no host", quoteURL(u.String()))
	}
	if strings.ContainsAny(host, " \t\r\n\x00/\\") {
		return badRequest("invalid URL %s", quoteURL(u.String()))
	}
	port := 80
	if scheme == "https" {
		port = 443
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return badRequest("invalid port in URL %s", quoteURL(u.String()))
		}
		port = n
	}
	if check == nil {
		check = publicOnly
	}
	if ip, ok := hostAddr(host); ok {
		if err := check(netip.AddrPortFrom(ip.Unmap(), uint16(port))); err != nil {
			class := classInvalid
			var blocked *blockedAddrError
			if errors.As(err, &blocked) {
				class = blocked.class
			}
			return privateAddr(u, class)
		}
	}
	return nil
}

// publicOnly refuses every address addrClass does not call public.
func publicOnly(ap netip.AddrPort) error {
	if class := addrClass(ap.Addr()); class != "" {
		return &blockedAddrError{class: class}
	}
	return nil
}

func privateAddr(u *url.URL, class string) *Error {
	return badRequest("URL %s resolves to a private address (%s), which the server may not fetch", quoteURL(u.String()), class)
}

// quoteURL shortens a client-supplied URL for an error message and hides its password.
func quoteURL(s string) string {
	if u, err := url.Parse(s); err == nil && u.User != nil {
		s = u.Redacted()
	}
	const max = 200
	s = strings.ToValidUTF8(s, "?")
	if len(s) > max {
		s = cutUTF8(s, max) + "…"
	}
	return strconv.Quote(s)
}

func badRequest(format string, args ...any) *Error {
	return &Error{Status: http.StatusBadRequest, Message: fmt.Sprintf(format, args...)}
}
