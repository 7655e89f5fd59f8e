// avkit: what Audio and Video share: choosing a source, the drop zone, uploads with progress,
// the download and clear buttons, and the messages they announce.

import { html, nothing, type TemplateResult } from "lit";
import { GradioElement, type Host } from "../core/element";
import type { FileData } from "../core/types";
import { fileName } from "./helpers";
import { t } from "../core/messages";

/** Seconds as m:ss. */
export function clock(s: number): string {
  const t = Number.isFinite(s) && s > 0 ? Math.floor(s) : 0;
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, "0")}`;
}

/** Whether v is a FileData. */
export function isFile(v: unknown): v is FileData {
  return v != null && typeof v === "object" && typeof (v as FileData).path === "string";
}

/** The URL of a button's icon prop: a URL, or a FileData. */
export function iconURL(icon: unknown, host: Host | undefined): string | null {
  if (typeof icon === "string" && icon) return icon;
  if (isFile(icon)) return host ? host.fileURL(icon) : icon.url ?? null;
  return null;
}

export const playIcon = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M7 4v16l13-8z" fill="currentColor"></path></svg>`;
export const pauseIcon = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M6 4h4v16H6zm8 0h4v16h-4z" fill="currentColor"></path></svg>`;

/** A component whose value is one media file, uploaded or captured. */
export class MediaElement extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    source: { state: true },
    dragging: { state: true },
    progress: { state: true },
    error: { state: true },
    status: { state: true },
  };

  /** The source chosen ("upload", "microphone", "webcam"); "" is the first one. */
  source = "";
  dragging = false;
  /** The fraction uploaded while an upload runs, else null. */
  progress: number | null = null;
  error = "";
  /** What a screen reader is told (recording started, saved...). */
  status = "";
  /** "audio" or "video": the media type accepted. */
  protected media = "audio";
  /** Whether the value being set came from this element: autoplay is for outputs. */
  protected fromUser = false;

  protected override userValue(v: unknown): void {
    this.fromUser = true;
    super.userValue(v);
  }

  /** Whether a new value (from the app) should start playing: autoplay, and not the user's own. */
  protected takeAutoplay(): boolean {
    const play = !!this.props.autoplay && !this.fromUser;
    this.fromUser = false;
    return play;
  }

  protected sourceList(def: string[]): string[] {
    const s = this.props.sources;
    const list = (Array.isArray(s) ? s : typeof s === "string" ? [s] : def).filter((x) => typeof x === "string");
    return list.length > 0 ? list : def;
  }

  protected currentSource(def: string[]): string {
    const list = this.sourceList(def);
    return list.includes(this.source) ? this.source : list[0];
  }

  /** Buttons to switch source, when there is more than one. */
  protected sourceBar(def: string[], names: Record<string, string>): TemplateResult | typeof nothing {
    const list = this.sourceList(def);
    if (list.length < 2) return nothing;
    const cur = this.currentSource(def);
    return html`<div class="gr-media-sources" role="group" aria-label=${t("upload.source")}>
      ${list.map(
        (s) => html`<button type="button" class="gr-icon-button" aria-pressed=${s === cur ? "true" : "false"} ?disabled=${this.progress != null} @click=${() => this.pickSource(s)}>
          ${names[s] ?? s}
        </button>`,
      )}
    </div>`;
  }

  protected pickSource(s: string): void {
    if (s === this.source) return;
    this.stopCapture();
    this.source = s;
    this.error = "";
  }

  /** Stops a recording or a preview in progress, discarding it. */
  protected stopCapture(): void {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCapture();
  }

  protected progressBar(): TemplateResult | typeof nothing {
    if (this.progress == null) return nothing;
    const pct = Math.round(this.progress * 100);
    return html`<div class="gr-media-progress">
      <div class="gr-progress" role="progressbar" aria-label=${t("upload.uploading_label")} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${pct}>
        <div class="gr-progress-fill" style="width:${pct}%"></div>
      </div>
      <span>Uploading… ${pct}%</span>
    </div>`;
  }

  /** The drop zone and file picker. */
  protected dropZone(): TemplateResult {
    const busy = this.progress != null;
    return html`<div
      class="gr-file-drop ${this.dragging ? "gr-dragging" : ""}"
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
      aria-busy=${busy ? "true" : "false"}
    >
      <input id=${this.uid} class="gr-file-input" type="file" accept="${this.media}/*" ?disabled=${busy} @change=${this.onPick} />
      ${busy
        ? html`<div class="gr-file-status">${this.progressBar()}</div>`
        : html`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>${this.media === "audio" ? t("upload.drop_audio") : t("upload.drop_video")}</span>
            <span class="gr-file-or">${t("upload.or")}</span>
            <span class="gr-file-click">${t("upload.click")}</span>
          </label>`}
    </div>`;
  }

  private onDragOver(ev: DragEvent) {
    if (!ev.dataTransfer || !Array.from(ev.dataTransfer.types).includes("Files")) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "copy";
    this.dragging = true;
  }

  private onDragLeave(ev: DragEvent) {
    const to = ev.relatedTarget as Node | null;
    if (!to || !(ev.currentTarget as HTMLElement).contains(to)) this.dragging = false;
  }

  private onDrop(ev: DragEvent) {
    ev.preventDefault();
    this.dragging = false;
    void this.takeFile(ev.dataTransfer?.files?.[0]);
  }

  private onPick(ev: Event) {
    const input = ev.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = "";
    void this.takeFile(f);
  }

  /** Uploads a file the user chose and takes it as the value. */
  private async takeFile(f: File | undefined) {
    if (!f || this.progress != null) return;
    // Some systems give no type for some media files: let the server judge those.
    const ok = !f.type || f.type.startsWith(this.media + "/") || (this.media === "audio" && f.type.startsWith("video/"));
    if (!ok) {
      this.error = t(this.media === "audio" ? "upload.not_audio" : "upload.not_video", { name: f.name });
      return;
    }
    const hadFocus = this.contains(document.activeElement);
    this.progress = 0;
    let upload: [File, ((fd: FileData) => void)?] = [f];
    try {
      upload = await this.prepare(f);
    } catch {
      // Not decodable here: send it as it is, and let the server judge.
    }
    if (await this.commit(...upload)) {
      this.emit("upload");
      if (hadFocus) void this.updateComplete.then(() => this.querySelector<HTMLElement>("[data-focus]")?.focus());
    }
  }

  /**
   * Turns a file the user chose into the file to upload (Audio converts to WAV), with a
   * function to run with its FileData before it becomes the value.
   */
  protected async prepare(f: File): Promise<[File, ((fd: FileData) => void)?]> {
    return [f];
  }

  /**
   * Uploads file with progress and takes it as the value (input, change); before() runs
   * between the upload and the new value. Returns false, with the error shown, on failure.
   */
  protected async commit(file: File, before?: (fd: FileData) => void): Promise<boolean> {
    this.error = "";
    this.progress = 0;
    try {
      const [fd] = await this.host.upload([file], (f) => (this.progress = f));
      if (!fd) throw new Error("the server returned no file");
      before?.(fd);
      this.userValue(fd);
      return true;
    } catch (err) {
      this.error = t("upload.failed", { error: String((err as Error)?.message ?? err) });
      return false;
    } finally {
      this.progress = null;
    }
  }

  protected clear(): void {
    this.error = "";
    this.status = "";
    this.userValue(null);
    this.emit("clear");
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-file-input, .gr-media-sources button, button")?.focus());
  }

  /** The download link (if buttons has "download") and the clear button (if interactive). */
  protected tools(fd: FileData): TemplateResult {
    const b = this.props.buttons;
    const download = (Array.isArray(b) ? b : ["download"]).includes("download");
    const name = fileName(fd);
    return html`${download
      ? html`<a class="gr-icon-button gr-media-download" href=${this.host?.fileURL(fd) ?? fd.url ?? "#"} download=${name} aria-label=${t("common.download_item", { name })} title=${t("common.download")}>⤓</a>`
      : nothing}${this.interactive
      ? html`<button type="button" class="gr-icon-button gr-media-clear" aria-label=${t("common.clear")} title=${t("common.clear")} @click=${this.clear}>×</button>`
      : nothing}`;
  }

  /** The error, if any, and the live region for status messages. */
  protected messages(): TemplateResult {
    return html`${this.error ? html`<div class="gr-file-error" role="alert">${this.error}</div>` : nothing}
      <div class="gr-sr-only" role="status">${this.status}</div>`;
  }
}
