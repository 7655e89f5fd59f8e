// A WAV encoder: the server decodes WAV (not WebM/Opus), so recordings and trimmed audio
// are encoded here as 16-bit PCM before they are uploaded.

/**
 * Encodes channels of samples (each in [-1, 1], all the same length) as a 16-bit PCM
 * WAV file: the 44-byte RIFF/WAVE header (a "fmt " chunk and a "data" chunk), then the
 * samples interleaved frame by frame, little-endian.
 */
export function encodeWav(channels: Float32Array[], sampleRate: number): Blob {
  const nch = Math.max(1, channels.length);
  const frames = channels[0]?.length ?? 0;
  const dataBytes = frames * nch * 2;
  const buf = new ArrayBuffer(44 + dataBytes);
  const v = new DataView(buf);
  const tag = (at: number, s: string) => {
    for (let i = 0; i < 4; i++) v.setUint8(at + i, s.charCodeAt(i));
  };
  const rate = Math.round(sampleRate);
  tag(0, "RIFF");
  v.setUint32(4, 36 + dataBytes, true);
  tag(8, "WAVE");
  tag(12, "fmt ");
  v.setUint32(16, 16, true); // the fmt chunk's size
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, nch, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * nch * 2, true); // bytes per second
  v.setUint16(32, nch * 2, true); // bytes per frame
  v.setUint16(34, 16, true); // bits per sample
  tag(36, "data");
  v.setUint32(40, dataBytes, true);
  let at = 44;
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < nch; c++) {
      const x = channels[c]?.[i] ?? 0;
      const s = x > 1 ? 1 : x < -1 ? -1 : x || 0; // NaN is silence
      v.setInt16(at, s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff), true);
      at += 2;
    }
  }
  return new Blob([buf], { type: "audio/wav" });
}

/** The samples of buffer from frame start to frame end, one array per channel. */
export function channelsOf(buffer: AudioBuffer, start = 0, end = buffer.length): Float32Array<ArrayBuffer>[] {
  const out: Float32Array<ArrayBuffer>[] = [];
  for (let c = 0; c < buffer.numberOfChannels; c++) out.push(buffer.getChannelData(c).subarray(start, end));
  return out;
}
