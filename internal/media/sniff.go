package media

import (
	"bytes"
	"net/http"
	"strings"
)

// magic is a signature at a fixed offset.
type magic struct {
	off  int
	sig  string
	mime string
}

// signatures that http.DetectContentType does not know, or knows less precisely.
// Order matters where one signature is a prefix of another.
var signatures = []magic{
	{0, "\x89PNG\r\n\x1a\n", "image/png"},
	{0, "\xff\xd8\xff", "image/jpeg"},
	{0, "GIF87a", "image/gif"},
	{0, "GIF89a", "image/gif"},
	{0, "II*\x00", "image/tiff"},
	{0, "MM\x00*", "image/tiff"},
	{0, "II+\x00", "image/tiff"}, // BigTIFF: sniffed so that the error can name it
	{0, "MM\x00+", "image/tiff"},
	{0, "BM", "image/bmp"},
	{0, "\x00\x00\x01\x00", "image/x-icon"},
	{0, "qoif", "image/qoi"},
	{0, "8BPS", "image/vnd.adobe.photoshop"},
	{0, "\xff\x0a", "image/jxl"},
	{0, "\x00\x00\x00\x0cJXL \r\n\x87\n", "image/jxl"},
	{0, "fLaC", "audio/flac"},
	{0, "OggS", "audio/ogg"},
	{0, "ID3", "audio/mpeg"},
	{0, "#!AMR", "audio/amr"},
	{0, "\x1aE\xdf\xa3", "video/webm"},
	{0, "%PDF-", "application/pdf"},
}

// Sniff names the media type of data by its content, without parameters: "image/png",
// "audio/wav", "text/plain". Unknown binary data is "application/octet-stream".
func Sniff(data []byte) string {
	for _, m := range signatures {
		if len(data) >= m.off+len(m.sig) && string(data[m.off:m.off+len(m.sig)]) == m.sig {
			return m.mime
		}
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" {
		switch string(data[8:12]) {
		case "WEBP":
			return "image/webp"
		case "WAVE":
			return "audio/wav"
		case "AVI ":
			return "video/x-msvideo"
		}
	}
	if len(data) >= 12 && (string(data[:4]) == "RIFX" || string(data[:4]) == "RF64") && string(data[8:12]) == "WAVE" {
		return "audio/wav"
	}
	if len(data) >= 12 && string(data[:4]) == "FORM" && (string(data[8:12]) == "AIFF" || string(data[8:12]) == "AIFC") {
		return "audio/aiff"
	}
	if len(data) >= 12 && string(data[4:8]) == "ftyp" {
		switch brand := string(data[8:12]); brand {
		case "avif", "avis":
			return "image/avif"
		case "heic", "heix", "heim", "heis", "mif1", "msf1":
			return "image/heic"
		case "M4A ", "M4B ":
			return "audio/mp4"
		case "qt  ":
			return "video/quicktime"
		default:
			return "video/mp4"
		}
	}
	if len(data) >= 2 && data[0] == 0xff && data[1]&0xe0 == 0xe0 && data[1]&0x06 != 0 {
		return "audio/mpeg" // an MPEG audio frame sync without an ID3 tag
	}
	if isSVG(data) {
		return "image/svg+xml"
	}
	t, _, _ := strings.Cut(http.DetectContentType(data), ";")
	return strings.TrimSpace(t)
}

// isSVG recognises an SVG document by its root element near the start.
func isSVG(data []byte) bool {
	head := data[:min(len(data), 1024)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	return bytes.Contains(bytes.ToLower(head), []byte("<svg"))
}
