import { html, nothing, type PropertyValues } from "lit";
import { define } from "../core/element";
import type { FileData } from "../core/types";
import { fileName, num } from "./helpers";
import { MediaElement, clock, isFile, pauseIcon, playIcon } from "./avkit";
import { Meter, Recording, decodeAudio, openStream, stopTracks } from "./recorder";
import { channelsOf, encodeWav } from "./wav";
import { t as msg } from "../core/messages";

/**
 * gradio-audio: one audio file (FileData). It plays with a waveform (click or arrow keys
 * to seek, skip back and forward) and fires play, pause and stop (at the end).
 * Interactive, it takes a file from a drop zone or picker (upload), or records from the
 * microphone (start_recording, stop_recording) and uploads the recording as a 16-bit WAV;
 * with editable, a region of the waveform can be trimmed away into a new WAV. Every new
 * value fires input and change; the clear button sets null and fires clear.
 */
export class AudioView extends MediaElement {
  static override properties = {
    ...MediaElement.properties,
    playing: { state: true },
    time: { state: true },
    duration: { state: true },
    trim: { state: true },
    recording: { state: true },
    elapsed: { state: true },
    decoded: { state: true },
  };

  playing = false;
  time = 0;
  duration = 0;
  /** The region kept by Trim, in seconds, while trimming. */
  trim: [number, number] | null = null;
  recording = false;
  elapsed = 0;
  /** The samples of the audio shown, once decoded. */
  decoded: AudioBuffer | null = null;
  private loaded = "";
  private peaks: Float32Array | null = null;
  private raf = 0;
  private resize?: ResizeObserver;
  private autoplayNext = false;
  private stream: MediaStream | null = null;
  private rec: Recording | null = null;
  private meter: Meter | null = null;
  private tick = 0;

  constructor() {
    super();
    this.media = "audio";
  }

  private get wave(): Record<string, any> {
    return this.props.waveform_options ?? {};
  }

  private get rate(): number {
    return num(this.wave.sample_rate, 44100);
  }

  private get dur(): number {
    const d = this.decoded?.duration || this.duration;
    return Number.isFinite(d) && d > 0 ? d : 0;
  }

  private get audio(): HTMLAudioElement | null {
    return this.querySelector("audio");
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("value")) return;
    const fd = isFile(this.value) ? this.value : null;
    if (fd && (this.rec || this.stream)) this.stopCapture();
    const url = fd ? this.host?.fileURL(fd) ?? fd.url ?? "" : "";
    const play = this.takeAutoplay();
    if (url === this.loaded) return;
    this.loaded = url;
    this.decoded = null;
    this.peaks = null;
    this.time = this.duration = 0;
    this.playing = false;
    this.trim = null;
    if (!url) return;
    this.autoplayNext = play;
    void this.decode(url);
  }

  /** Fetches and decodes the audio for the waveform (and trimming). */
  private async decode(url: string) {
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const buf = await decodeAudio(await res.arrayBuffer(), this.rate);
      if (this.loaded === url) this.decoded = buf;
    } catch {
      // No waveform (an unsupported format, or a URL that cannot be fetched): the bar
      // still shows progress and playback still works.
    }
  }

  protected override render() {
    const fd = isFile(this.value) ? this.value : null;
    const src = this.currentSource(["upload", "microphone"]);
    let body;
    if (fd) body = this.player(fd);
    else if (!this.interactive) body = html`<div class="gr-media-empty">${msg("media.no_audio")}</div>`;
    else body = html`${src === "microphone" ? this.recorder() : this.dropZone()}${this.sourceBar(["upload", "microphone"], { upload: msg("upload.upload"), microphone: msg("media.microphone") })}`;
    const zone = !fd && this.interactive && src === "upload";
    return html`${this.label(zone ? this.uid : null)}
      <div class="gr-audio" role=${zone ? nothing : "group"} aria-labelledby=${!zone && this.props.label ? this.uid + "-label" : nothing}>${body}</div>
      ${this.messages()}`;
  }

  private player(fd: FileData) {
    const p = this.props;
    const d = this.dur;
    const t = Math.min(this.time, d || this.time);
    const skip = num(this.wave.skip_length, 5);
    const canTrim = this.interactive && p.editable !== false && this.decoded != null && this.progress == null;
    return html`<audio
        src=${this.loaded}
        preload="metadata"
        ?loop=${!!p.loop}
        @play=${this.onPlay}
        @pause=${this.onPause}
        @ended=${() => this.emit("stop")}
        @timeupdate=${this.onTime}
        @seeked=${this.onTime}
        @loadedmetadata=${this.onMeta}
        @durationchange=${this.onMeta}
      ></audio>
      <div class="gr-audio-wave" @pointerdown=${this.onWaveDown}>
        <canvas
          class="gr-audio-canvas"
          role="slider"
          tabindex="0"
          aria-label=${msg("media.seek", { name: fileName(fd) })}
          aria-valuemin="0"
          aria-valuemax=${Math.round(d)}
          aria-valuenow=${Math.round(t)}
          aria-valuetext="${clock(t)} of ${clock(d)}"
          @keydown=${this.onSeekKey}
        ></canvas>
        ${this.trim && d > 0 ? this.region(d) : nothing}
      </div>
      <div class="gr-audio-controls">
        <span class="gr-audio-time">${clock(t)} / ${clock(d)}</span>
        <div class="gr-audio-transport">
          ${skip > 0
            ? html`<button type="button" class="gr-icon-button" aria-label=${msg("media.back_seconds", { n: skip })} @click=${() => this.seek(this.now() - skip)}>−${skip}s</button>`
            : nothing}
          <button type="button" class="gr-icon-button gr-audio-play" data-focus aria-label=${this.playing ? msg("media.pause") : msg("media.play")} @click=${this.toggle}>
            ${this.playing ? pauseIcon : playIcon}
          </button>
          ${skip > 0
            ? html`<button type="button" class="gr-icon-button" aria-label=${msg("media.forward_seconds", { n: skip })} @click=${() => this.seek(this.now() + skip)}>+${skip}s</button>`
            : nothing}
        </div>
        <div class="gr-audio-tools">
          ${this.trim
            ? html`<button type="button" class="gr-icon-button" @click=${this.applyTrim}>${msg("media.trim")}</button>
                <button type="button" class="gr-icon-button" @click=${() => (this.trim = null)}>${msg("common.cancel")}</button>`
            : canTrim
              ? html`<button type="button" class="gr-icon-button" aria-label=${msg("media.trim")} title=${msg("media.trim")} @click=${this.startTrim}>✂</button>`
              : nothing}
          ${this.tools(fd)}
        </div>
      </div>
      ${this.progressBar()}`;
  }

  /** The kept region and its two handles (sliders), over the waveform. */
  private region(d: number) {
    const [a, b] = this.trim!;
    const pa = (a / d) * 100;
    const pb = (b / d) * 100;
    const handle = (i: 0 | 1, at: number, pct: number) => html`<div
      class="gr-audio-handle"
      role="slider"
      tabindex="0"
      aria-label=${i === 0 ? msg("media.trim_start") : msg("media.trim_end")}
      aria-valuemin="0"
      aria-valuemax=${d.toFixed(1)}
      aria-valuenow=${at.toFixed(1)}
      aria-valuetext=${clock(at)}
      style="left:${pct}%"
      @pointerdown=${(e: PointerEvent) => this.dragHandle(e, i)}
      @keydown=${(e: KeyboardEvent) => this.handleKey(e, i)}
    ></div>`;
    const tint = this.wave.trim_region_color ? `;background:${this.wave.trim_region_color}` : "";
    return html`<div class="gr-audio-region" style="left:${pa}%;width:${pb - pa}%${tint}"></div>${handle(0, a, pa)}${handle(1, b, pb)}`;
  }

  private recorder() {
    const showWave = this.wave.show_recording_waveform !== false;
    const busy = this.progress != null;
    return html`<div class="gr-media-rec">
      ${showWave && this.recording ? html`<canvas class="gr-audio-meter" aria-hidden="true"></canvas>` : nothing}
      <div class="gr-media-rec-row">
        ${this.recording
          ? html`<button type="button" class="gr-button gr-stop gr-sm" @click=${this.stopRecording}><span class="gr-rec-dot" aria-hidden="true"></span>${msg("button.stop")}</button>`
          : html`<button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${busy} @click=${this.startRecording}>
              <span class="gr-rec-dot" aria-hidden="true"></span>${msg("media.record")}
            </button>`}
        ${this.recording ? html`<span class="gr-media-clock">${clock(this.elapsed)}</span>` : nothing}
      </div>
      ${this.progressBar()}
    </div>`;
  }

  protected override updated(): void {
    const wave = this.querySelector<HTMLElement>(".gr-audio-wave");
    if (wave && !this.resize) {
      this.resize = new ResizeObserver(() => this.draw());
      this.resize.observe(wave);
    } else if (!wave && this.resize) {
      this.resize.disconnect();
      this.resize = undefined;
    }
    this.draw();
    const a = this.audio;
    if (this.autoplayNext && a) {
      this.autoplayNext = false;
      // Browsers refuse before the user has interacted with the page: that is fine.
      void a.play().catch(() => {});
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.raf);
    this.resize?.disconnect();
    this.resize = undefined;
  }

  // Playback

  private now(): number {
    return this.audio?.currentTime ?? this.time;
  }

  private toggle() {
    const a = this.audio;
    if (!a) return;
    if (a.paused) void a.play().catch((err) => (this.error = msg("media.cannot_play", { error: String(err?.message ?? err) })));
    else a.pause();
  }

  private seek(t: number) {
    const a = this.audio;
    const d = this.dur;
    if (!a || d <= 0) return;
    a.currentTime = Math.max(0, Math.min(d, t));
    this.time = a.currentTime;
    this.draw();
  }

  private onPlay() {
    this.playing = true;
    this.emit("play");
    const loop = () => {
      this.draw();
      if (this.playing) this.raf = requestAnimationFrame(loop);
    };
    cancelAnimationFrame(this.raf);
    this.raf = requestAnimationFrame(loop);
  }

  private onPause(ev: Event) {
    this.playing = false;
    this.onTime();
    // At the end, browsers pause before "ended": that is a stop, not a pause.
    if (!(ev.target as HTMLAudioElement).ended) this.emit("pause");
  }

  private onTime() {
    this.time = this.audio?.currentTime ?? 0;
    if (!this.playing) this.draw();
  }

  private onMeta() {
    this.duration = this.audio?.duration ?? 0;
  }

  private fraction(ev: PointerEvent, el: HTMLElement): number {
    const r = el.getBoundingClientRect();
    return r.width > 0 ? Math.max(0, Math.min(1, (ev.clientX - r.left) / r.width)) : 0;
  }

  private onWaveDown(ev: PointerEvent) {
    if (ev.button !== 0) return;
    const wave = ev.currentTarget as HTMLElement;
    wave.setPointerCapture?.(ev.pointerId);
    const go = (e: PointerEvent) => this.seek(this.fraction(e, wave) * this.dur);
    go(ev);
    wave.onpointermove = go;
    wave.onpointerup = wave.onlostpointercapture = () => (wave.onpointermove = wave.onpointerup = wave.onlostpointercapture = null);
  }

  private onSeekKey(ev: KeyboardEvent) {
    const t = this.now();
    const skip = num(this.wave.skip_length, 5) || 5;
    const to: Record<string, number> = {
      ArrowLeft: t - 1, ArrowDown: t - 1, ArrowRight: t + 1, ArrowUp: t + 1,
      PageDown: t - skip, PageUp: t + skip, Home: 0, End: this.dur,
    };
    if (ev.key in to) this.seek(to[ev.key]);
    else if (ev.key === " " || ev.key === "Enter") this.toggle();
    else return;
    ev.preventDefault();
  }

  // The waveform

  private draw() {
    const c = this.querySelector<HTMLCanvasElement>(".gr-audio-canvas");
    if (!c) return;
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
    const [base, progress] = this.colors();
    const d = this.dur;
    const px = d > 0 ? (this.now() / d) * W : 0;
    const bw = Math.max(1, Math.round(2 * dpr));
    const step = bw + Math.max(1, Math.round(dpr));
    const n = Math.max(1, Math.floor(W / step));
    if (this.decoded && this.peaks?.length !== n) this.peaks = peaksOf(this.decoded, n);
    const peaks = this.decoded ? this.peaks : null;
    g.clearRect(0, 0, W, H);
    for (let i = 0; i < n; i++) {
      const x = i * step;
      const amp = Math.max(bw, (peaks ? peaks[i] : 0) * H * 0.92);
      g.fillStyle = x < px ? progress : base;
      g.fillRect(x, (H - amp) / 2, bw, amp);
    }
  }

  private colors(): [string, string] {
    const cs = getComputedStyle(this);
    return [
      this.wave.waveform_color || cs.getPropertyValue("--gr-wave").trim() || "#a1a1aa",
      this.wave.waveform_progress_color || cs.getPropertyValue("--gr-primary").trim() || "#f97316",
    ];
  }

  // Trimming

  private startTrim() {
    const d = this.dur;
    this.audio?.pause();
    this.trim = [d * 0.25, d * 0.75];
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-audio-handle")?.focus());
  }

  private setEdge(i: 0 | 1, t: number) {
    if (!this.trim) return;
    const d = this.dur;
    const gap = Math.min(0.05, d / 2);
    const [a, b] = this.trim;
    this.trim = i === 0 ? [Math.max(0, Math.min(t, b - gap)), b] : [a, Math.min(d, Math.max(t, a + gap))];
  }

  private dragHandle(ev: PointerEvent, i: 0 | 1) {
    ev.stopPropagation();
    ev.preventDefault();
    const h = ev.currentTarget as HTMLElement;
    const wave = h.parentElement!;
    h.focus();
    h.setPointerCapture?.(ev.pointerId);
    h.onpointermove = (e) => this.setEdge(i, this.fraction(e, wave) * this.dur);
    h.onpointerup = h.onlostpointercapture = () => (h.onpointermove = h.onpointerup = h.onlostpointercapture = null);
  }

  private handleKey(ev: KeyboardEvent, i: 0 | 1) {
    if (!this.trim) return;
    const t = this.trim[i];
    const step = ev.shiftKey ? 1 : 0.1;
    const to: Record<string, number> = {
      ArrowLeft: t - step, ArrowDown: t - step, ArrowRight: t + step, ArrowUp: t + step, Home: 0, End: this.dur,
    };
    if (ev.key in to) this.setEdge(i, to[ev.key]);
    else if (ev.key === "Enter") void this.applyTrim();
    else if (ev.key === "Escape") this.trim = null;
    else return;
    ev.preventDefault();
  }

  /** Keeps the selected region: encodes it as WAV and uploads it as the new value. */
  private async applyTrim() {
    const buf = this.decoded;
    const r = this.trim;
    if (!buf || !r || !isFile(this.value)) return;
    const from = Math.floor(r[0] * buf.sampleRate);
    const to = Math.min(buf.length, Math.ceil(r[1] * buf.sampleRate));
    const kept = channelsOf(buf, from, to);
    const name = fileName(this.value).replace(/\.[^.]*$/, "") + ".wav";
    this.trim = null;
    const trimmed = new AudioBuffer({ length: Math.max(1, to - from), numberOfChannels: buf.numberOfChannels, sampleRate: buf.sampleRate });
    kept.forEach((ch, c) => trimmed.copyToChannel(ch, c));
    if (await this.commit(new File([encodeWav(kept, buf.sampleRate)], name, { type: "audio/wav" }), (fd) => this.adopt(fd, trimmed))) {
      this.status = msg("media.trimmed", { length: clock(trimmed.duration) });
    }
  }

  /**
   * Converts an upload that is not WAV (MP3, OGG, FLAC...) to 16-bit WAV, as Gradio does
   * on its server with format "wav": the server decodes WAV only. Big files go as they are.
   */
  protected override async prepare(f: File): Promise<[File, ((fd: FileData) => void)?]> {
    const format = this.props.format ?? "wav";
    if (format !== "wav" || /wav/i.test(f.type) || /\.wav$/i.test(f.name) || f.size > 32e6) return [f];
    this.status = "Converting to WAV";
    const buf = await decodeAudio(await f.arrayBuffer(), this.rate);
    const wav = encodeWav(channelsOf(buf), buf.sampleRate);
    const name = f.name.replace(/\.[^.]*$/, "") + ".wav";
    return [new File([wav], name, { type: "audio/wav" }), (fd) => this.adopt(fd, buf)];
  }

  /** Shows buf as the waveform of the new value fd, without fetching it back. */
  private adopt(fd: FileData, buf: AudioBuffer) {
    this.loaded = this.host.fileURL(fd);
    this.decoded = buf;
    this.peaks = null;
    this.time = 0;
    this.duration = buf.duration;
    this.playing = false;
  }

  // Recording

  private async startRecording() {
    if (this.recording) return;
    this.error = "";
    try {
      this.stream = await openStream({ audio: true }, "microphone");
      this.rec = new Recording(this.stream, ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"]);
    } catch (err) {
      this.stopCapture();
      this.error = (err as Error).message;
      return;
    }
    this.recording = true;
    this.elapsed = 0;
    const t0 = performance.now();
    this.tick = window.setInterval(() => (this.elapsed = (performance.now() - t0) / 1000), 250);
    this.status = msg("media.recording");
    this.emit("start_recording");
    await this.updateComplete;
    const c = this.querySelector<HTMLCanvasElement>(".gr-audio-meter");
    if (c && this.stream) this.meter = new Meter(this.stream, c, this.colors()[1]);
    this.querySelector<HTMLElement>(".gr-media-rec .gr-stop")?.focus();
  }

  private async stopRecording() {
    const rec = this.rec;
    if (!rec) return;
    this.rec = null;
    const blob = await rec.stop();
    this.stopCapture();
    this.emit("stop_recording");
    this.status = "Recording stopped; saving";
    try {
      const buf = await decodeAudio(await blob.arrayBuffer(), this.rate);
      const wav = encodeWav(channelsOf(buf), buf.sampleRate);
      if (await this.commit(new File([wav], "recording.wav", { type: "audio/wav" }), (fd) => this.adopt(fd, buf))) {
        this.status = msg("media.recording_saved_length", { length: clock(buf.duration) });
        void this.updateComplete.then(() => this.querySelector<HTMLElement>("[data-focus]")?.focus());
      } else this.status = "";
    } catch (err) {
      this.error = msg("media.recording_unreadable", { error: String((err as Error)?.message ?? err) });
      this.status = "";
    }
  }

  protected override stopCapture(): void {
    if (this.rec) void this.rec.stop().catch(() => {});
    this.rec = null;
    this.meter?.stop();
    this.meter = null;
    stopTracks(this.stream);
    this.stream = null;
    clearInterval(this.tick);
    this.recording = false;
  }
}

/** The peak level in each of n equal slices of buf, scaled so the loudest is 1. */
function peaksOf(buf: AudioBuffer, n: number): Float32Array {
  const out = new Float32Array(n);
  const len = buf.length;
  for (let c = 0; c < buf.numberOfChannels; c++) {
    const data = buf.getChannelData(c);
    for (let i = 0; i < n; i++) {
      const a = Math.floor((i * len) / n);
      const b = Math.max(a + 1, Math.floor(((i + 1) * len) / n));
      const stride = Math.max(1, ((b - a) / 512) | 0);
      let m = out[i];
      for (let j = a; j < b && j < len; j += stride) {
        const v = Math.abs(data[j]);
        if (v > m) m = v;
      }
      out[i] = m;
    }
  }
  let max = 0;
  for (let i = 0; i < n; i++) if (out[i] > max) max = out[i];
  if (max > 0) for (let i = 0; i < n; i++) out[i] /= max;
  return out;
}

define("audio", AudioView);
