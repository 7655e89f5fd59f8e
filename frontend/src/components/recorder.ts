// Capture from the microphone and the camera: opening devices, recording with
// MediaRecorder, a live level meter, and decoding audio with the Web Audio API.

import { t } from "../core/messages";

/** Opens a capture stream, turning the browser's errors into sentences for people. */
export async function openStream(constraints: MediaStreamConstraints, what: "microphone" | "camera"): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error(t(`${what}.insecure`));
  }
  try {
    return await navigator.mediaDevices.getUserMedia(constraints);
  } catch (err) {
    const name = (err as DOMException)?.name;
    if (name === "NotAllowedError" || name === "SecurityError") throw new Error(t(`${what}.denied`));
    if (name === "NotFoundError" || name === "OverconstrainedError") throw new Error(t(`${what}.not_found`));
    if (name === "NotReadableError") throw new Error(t(`${what}.busy`));
    throw new Error(t(`${what}.failed`, { error: String((err as Error)?.message ?? err) }));
  }
}

/** Stops every track of stream (turning off the device's indicator light). */
export function stopTracks(stream: MediaStream | null | undefined): void {
  stream?.getTracks().forEach((t) => t.stop());
}

/** One MediaRecorder run: construct to start, stop() for the recorded Blob. */
export class Recording {
  readonly recorder: MediaRecorder;
  readonly mimeType: string;
  private chunks: Blob[] = [];
  private result: Promise<Blob>;

  /** types are the container types to prefer, in order; the first supported one is used. */
  constructor(stream: MediaStream, types: string[]) {
    const type = types.find((t) => MediaRecorder.isTypeSupported(t));
    this.recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    this.mimeType = this.recorder.mimeType || type || "";
    this.result = new Promise((resolve, reject) => {
      this.recorder.ondataavailable = (e) => {
        if (e.data.size > 0) this.chunks.push(e.data);
      };
      this.recorder.onstop = () => resolve(new Blob(this.chunks, { type: this.mimeType }));
      this.recorder.onerror = (e) => reject((e as any).error ?? new Error("recording failed"));
    });
    this.recorder.start(250);
  }

  stop(): Promise<Blob> {
    if (this.recorder.state !== "inactive") this.recorder.stop();
    return this.result;
  }
}

/** A rolling bar graph of the input level of stream, drawn on canvas until stop(). */
export class Meter {
  private ctx: AudioContext;
  private raf = 0;
  private levels: number[] = [];

  constructor(stream: MediaStream, private canvas: HTMLCanvasElement, private color: string) {
    this.ctx = new AudioContext();
    const an = this.ctx.createAnalyser();
    an.fftSize = 1024;
    this.ctx.createMediaStreamSource(stream).connect(an);
    const data = new Float32Array(an.fftSize);
    const tick = () => {
      an.getFloatTimeDomainData(data);
      let sum = 0;
      for (let i = 0; i < data.length; i++) sum += data[i] * data[i];
      this.levels.push(Math.min(1, Math.sqrt(Math.sqrt(sum / data.length)) * 1.4));
      this.draw();
      this.raf = requestAnimationFrame(tick);
    };
    tick();
  }

  private draw() {
    const c = this.canvas;
    const dpr = devicePixelRatio || 1;
    const W = Math.round(c.clientWidth * dpr);
    const H = Math.round(c.clientHeight * dpr);
    if (!W || !H) return;
    if (c.width !== W || c.height !== H) {
      c.width = W;
      c.height = H;
    }
    const g = c.getContext("2d");
    if (!g) return;
    const bw = Math.max(1, Math.round(2 * dpr));
    const step = bw + Math.max(1, Math.round(dpr));
    const n = Math.max(1, Math.floor(W / step));
    if (this.levels.length > n) this.levels.splice(0, this.levels.length - n);
    g.clearRect(0, 0, W, H);
    g.fillStyle = this.color;
    const first = n - this.levels.length;
    this.levels.forEach((l, i) => {
      const amp = Math.max(bw, l * H * 0.9);
      g.fillRect((first + i) * step, (H - amp) / 2, bw, amp);
    });
  }

  stop(): void {
    cancelAnimationFrame(this.raf);
    void this.ctx.close().catch(() => {});
  }
}

/**
 * Decodes an encoded audio file (WAV, MP3, WebM/Opus...) into samples at sampleRate.
 * An OfflineAudioContext decodes without needing a user gesture or an output device.
 */
export function decodeAudio(data: ArrayBuffer, sampleRate: number): Promise<AudioBuffer> {
  const rate = Math.min(192000, Math.max(8000, Math.round(sampleRate) || 44100));
  return new OfflineAudioContext(1, 1, rate).decodeAudioData(data);
}
