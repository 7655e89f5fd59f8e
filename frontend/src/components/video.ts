import { html, nothing, type PropertyValues } from "lit";
import { define } from "../core/element";
import type { FileData } from "../core/types";
import { MediaElement, clock, isFile } from "./avkit";
import { cssSize } from "./markdown";
import { Recording, openStream, stopTracks } from "./recorder";
import { t } from "../core/messages";

/**
 * gradio-video: one video file (FileData), played with the browser's controls; it fires
 * play, pause, and end and stop at the end. Interactive, it takes a file from a drop zone
 * or picker (upload), or records from the webcam (start_recording, stop_recording) and
 * uploads the recording; every new value fires input and change, and clear sets null.
 */
export class VideoView extends MediaElement {
  static override properties = {
    ...MediaElement.properties,
    stream: { state: true },
    recording: { state: true },
    elapsed: { state: true },
  };

  /** The camera's stream while the preview is open. */
  stream: MediaStream | null = null;
  recording = false;
  elapsed = 0;
  private rec: Recording | null = null;
  private tick = 0;
  private autoplayNext = false;

  constructor() {
    super();
    this.media = "video";
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("value")) return;
    const fd = isFile(this.value) ? this.value : null;
    const old = changed.get("value");
    if (fd && (this.rec || this.stream)) this.stopCapture();
    const play = this.takeAutoplay();
    if (fd && (!isFile(old) || old.path !== fd.path || old.url !== fd.url)) this.autoplayNext = play;
  }

  protected override updated(): void {
    const v = this.querySelector<HTMLVideoElement>(".gr-video-player");
    if (this.autoplayNext && v) {
      this.autoplayNext = false;
      void v.play().catch(() => {});
    }
  }

  protected override render() {
    const fd = isFile(this.value) ? this.value : null;
    const src = this.currentSource(["upload", "webcam"]);
    let body;
    if (fd) body = this.player(fd);
    else if (!this.interactive) body = html`<div class="gr-media-empty">${t("media.no_video")}</div>`;
    else body = html`${src === "webcam" ? this.camera() : this.dropZone()}${this.sourceBar(["upload", "webcam"], { upload: t("upload.upload"), webcam: t("image.webcam") })}`;
    const zone = !fd && this.interactive && src === "upload";
    return html`${this.label(zone ? this.uid : null)}
      <div class="gr-video" role=${zone ? nothing : "group"} aria-labelledby=${!zone && this.props.label ? this.uid + "-label" : nothing}>${body}</div>
      ${this.messages()}`;
  }

  /** The height and width props, on the frame of the player or the camera. */
  private size(): string {
    const p = this.props;
    return [p.height != null ? `height:${cssSize(p.height)}` : "", p.width != null ? `width:${cssSize(p.width)};max-width:100%` : ""].filter(Boolean).join(";");
  }

  private player(fd: FileData) {
    const p = this.props;
    return html`<div class="gr-media-frame ${p.height != null ? "gr-sized" : ""}" style=${this.size() || nothing}>
      <video
        class="gr-video-player"
        src=${this.host?.fileURL(fd) ?? fd.url ?? ""}
        controls
        playsinline
        preload="metadata"
        data-focus
        ?loop=${!!p.loop}
        aria-label=${p.label || t("common.video")}
        @play=${() => this.emit("play")}
        @pause=${(e: Event) => (e.target as HTMLVideoElement).ended || this.emit("pause")}
        @ended=${() => {
          this.emit("end");
          this.emit("stop");
        }}
      ></video>
      <div class="gr-media-bar">${this.tools(fd)}</div>
    </div>`;
  }

  private camera() {
    const mirror = this.props.webcam_options?.mirror !== false;
    const busy = this.progress != null;
    const size = this.size();
    return html`<div class="gr-media-rec gr-video-cam ${this.props.height != null ? "gr-sized" : ""}" style=${size || nothing}>
      <video
        class="gr-video-preview ${mirror ? "gr-mirror" : ""}"
        .srcObject=${this.stream}
        ?hidden=${!this.stream}
        autoplay
        muted
        playsinline
        aria-label=${t("camera.preview")}
      ></video>
      <div class="gr-media-rec-row">
        ${!this.stream
          ? html`<button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${busy} @click=${this.openCamera}>${t("camera.open")}</button>`
          : this.recording
            ? html`<button type="button" class="gr-button gr-stop gr-sm" @click=${this.stopRecording}><span class="gr-rec-dot" aria-hidden="true"></span>${t("button.stop")}</button>
                <span class="gr-media-clock">${clock(this.elapsed)}</span>`
            : html`<button type="button" class="gr-button gr-secondary gr-sm" @click=${this.startRecording}><span class="gr-rec-dot" aria-hidden="true"></span>${t("camera.record")}</button>
                <button type="button" class="gr-icon-button" @click=${this.closeCamera}>${t("camera.close")}</button>`}
      </div>
      ${this.progressBar()}
    </div>`;
  }

  private constraints(): MediaStreamConstraints {
    const c = this.props.webcam_options?.constraints;
    const audio = this.props.include_audio !== false;
    if (c && typeof c === "object") {
      if ("video" in c || "audio" in c) return { video: c.video ?? true, audio: audio ? c.audio ?? true : false };
      return { video: c, audio };
    }
    return { video: true, audio };
  }

  private async openCamera() {
    this.error = "";
    try {
      this.stream = await openStream(this.constraints(), "camera");
      this.status = t("camera.opened");
      await this.updateComplete;
      this.querySelector<HTMLElement>(".gr-video-cam .gr-button")?.focus();
    } catch (err) {
      this.error = (err as Error).message;
    }
  }

  private closeCamera() {
    this.stopCapture();
    this.status = t("camera.closed");
  }

  private async startRecording() {
    if (!this.stream || this.rec) return;
    try {
      this.rec = new Recording(this.stream, ["video/webm;codecs=vp9,opus", "video/webm;codecs=vp8,opus", "video/webm", "video/mp4"]);
    } catch (err) {
      this.error = t("media.cannot_record", { error: String((err as Error)?.message ?? err) });
      return;
    }
    this.recording = true;
    this.elapsed = 0;
    const t0 = performance.now();
    this.tick = window.setInterval(() => (this.elapsed = (performance.now() - t0) / 1000), 250);
    this.status = t("camera.recording");
    this.emit("start_recording");
    await this.updateComplete;
    this.querySelector<HTMLElement>(".gr-video-cam .gr-stop")?.focus();
  }

  private async stopRecording() {
    const rec = this.rec;
    if (!rec) return;
    this.rec = null;
    clearInterval(this.tick);
    this.recording = false;
    const blob = await rec.stop();
    this.stopCapture();
    this.emit("stop_recording");
    this.status = "Recording stopped; saving";
    const ext = rec.mimeType.includes("mp4") ? "mp4" : "webm";
    if (await this.commit(new File([blob], `recording.${ext}`, { type: rec.mimeType.split(";")[0] || `video/${ext}` }))) {
      this.status = t("camera.recording_saved");
      void this.updateComplete.then(() => this.querySelector<HTMLElement>("[data-focus]")?.focus());
    } else this.status = "";
  }

  protected override stopCapture(): void {
    if (this.rec) void this.rec.stop().catch(() => {});
    this.rec = null;
    stopTracks(this.stream);
    this.stream = null;
    clearInterval(this.tick);
    this.recording = false;
  }
}

define("video", VideoView);
