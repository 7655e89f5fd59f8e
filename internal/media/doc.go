// Package media holds the codecs behind the media components: content sniffing, image
// decoding and encoding, a WAV decoder and encoder, and the rendering of annotation
// masks.
//
// Every decoder takes untrusted bytes (uploads). They decode by content, never by file
// name or declared type, refuse what they cannot read with an error that names what
// the data is and what is supported, bound the memory a small file can claim, and do
// not panic.
package media
