package gradio_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

// serve runs app.Serve on a fresh port and returns its address; the server stops when
// the test ends.
func serve(t *testing.T, app *gradio.App) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("Serve: %v", err)
		}
	})
	return ln.Addr().String()
}

// TestSlowHeadersAreCutOff is a slow-loris client: it sends its request headers one
// byte at a time and would take ten seconds; the server hangs up after ReadHeader.
func TestSlowHeadersAreCutOff(t *testing.T) {
	app, err := whoamiApp().Build(gradio.WithTempDir(t.TempDir()), gradio.WithTimeouts(gradio.Timeouts{ReadHeader: 300 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, app)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	req := "GET /config HTTP/1.1\r\nHost: x\r\nX-Pad: " + strings.Repeat("a", 200) + "\r\n\r\n"
	start := time.Now()
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for i := range len(req) {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			if _, err := conn.Write([]byte{req[i]}); err != nil {
				return
			}
		}
	}()
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	b, err := io.ReadAll(conn)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server still held the connection after %v", time.Since(start))
	}
	if el := time.Since(start); el > 3*time.Second || strings.Contains(string(b), "200 OK") {
		t.Errorf("connection ended after %v with %q; want it cut soon after the 300ms header timeout", el, b)
	}
}

// selfSigned writes a certificate for 127.0.0.1 and its key, and returns their paths
// and a pool that trusts the certificate.
func selfSigned(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "gradio-go test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	_ = os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	_ = os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600)
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

func TestServeTLS(t *testing.T) {
	certFile, keyFile, pool := selfSigned(t)
	app, err := whoamiApp().Build(gradio.WithTempDir(t.TempDir()), gradio.WithTLS(certFile, keyFile),
		gradio.WithAuth(map[string]string{"ada": "lovelace"}))
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, app)
	tr := &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr}
	resp, err := c.PostForm("https://"+addr+"/login", url.Values{"username": {"ada"}, "password": {"lovelace"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.TLS == nil {
		t.Fatalf("login over TLS: %d", resp.StatusCode)
	}
	if cs := resp.Cookies(); len(cs) != 1 || !cs[0].Secure || !cs[0].HttpOnly {
		t.Errorf("the login cookie over TLS: %v, want Secure and HttpOnly", resp.Header["Set-Cookie"])
	}
	// Plain HTTP on the TLS port gets no page.
	pc := &http.Client{Timeout: 5 * time.Second}
	if resp, err := pc.Get("http://" + addr + "/login"); err == nil {
		resp.Body.Close()
		if resp.StatusCode == 200 {
			t.Errorf("plain HTTP was served on the TLS port")
		}
	}
}

func TestServeTLSBadFiles(t *testing.T) {
	app, err := whoamiApp().Build(gradio.WithTempDir(t.TempDir()), gradio.WithTLS("/nonexistent/cert.pem", "/nonexistent/key.pem"))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if err := app.Serve(context.Background(), ln); err == nil || !strings.Contains(err.Error(), "WithTLS") {
		t.Errorf("Serve with missing certificate files: %v, want a WithTLS error", err)
	}
}

func TestRateLimitAndCORSOptions(t *testing.T) {
	app := build(t, whoamiApp(), gradio.WithRateLimit(gradio.Rate{N: 2, Per: time.Hour}, gradio.Rate{}),
		gradio.WithCORSOrigins("https://friend.example"))
	call := func(origin string) (int, string) {
		req := httptest.NewRequest("POST", "/gradio_api/run/whoami", strings.NewReader(`{"data":["x"]}`))
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, req)
		return rec.Code, rec.Header().Get("Access-Control-Allow-Origin")
	}
	if st, acao := call("https://friend.example"); st != 200 || acao != "https://friend.example" {
		t.Errorf("a call from an allowed origin: %d ACAO=%q", st, acao)
	}
	if st, _ := call("https://evil.example"); st != 403 {
		t.Errorf("a call from a foreign origin: %d, want 403", st)
	}
	if st, _ := call(""); st != 200 {
		t.Errorf("second call: %d", st)
	}
	if st, _ := call(""); st != 429 {
		t.Errorf("third call over a limit of 2: %d, want 429", st)
	}
}
