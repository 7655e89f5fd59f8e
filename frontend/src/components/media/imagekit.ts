// Pieces shared by the image components (image, imageeditor, gallery, annotatedimage,
// imageslider): inline SVG icons, an upload controller with a drop zone and a progress bar,
// a webcam controller, clipboard paste, and the download / full-screen buttons.

import { html, nothing, type ReactiveController, type TemplateResult } from "lit";
import type { GradioElement } from "../../core/element";
import type { FileData } from "../../core/types";
import { fileName } from "../helpers";
import { t } from "../../core/messages";

// Icons: one path each, drawn with the current colour (24×24, stroked).
const ring = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const paths = {
  image: `M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z${ring(8.5, 8.5, 1.5)}M21 15l-5-5L5 21`,
  upload: "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M17 8l-5-5-5 5M12 3v12",
  camera: `M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2z${ring(12, 13, 4)}`,
  clipboard: "M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2M9 2h6a1 1 0 0 1 1 1v2a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z",
  download: "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M7 10l5 5 5-5M12 15V3",
  fullscreen: "M8 3H5a2 2 0 0 0-2 2v3M21 8V5a2 2 0 0 0-2-2h-3M3 16v3a2 2 0 0 0 2 2h3M16 21h3a2 2 0 0 0 2-2v-3",
  close: "M18 6 6 18M6 6l12 12",
  undo: "M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  redo: "M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13",
  brush: "M18.4 2.6a2 2 0 0 1 2.8 2.8L12 14.6 9.4 12zM9 13c-2 0-4 1.5-4 4 0 1.5-1 2.5-2 3 3 0 6-1 7.5-2.5A3 3 0 0 0 9 13z",
  eraser: "M20 20H8l-5-5a2 2 0 0 1 0-2.8L12.2 3a2 2 0 0 1 2.8 0l5 5a2 2 0 0 1 0 2.8L11 20M6 11l7 7",
  crop: "M6 2v14a2 2 0 0 0 2 2h14M18 22V8a2 2 0 0 0-2-2H2",
  plus: "M12 5v14M5 12h14",
  layers: "M12 2 2 7l10 5 10-5zM2 17l10 5 10-5M2 12l10 5 10-5",
  eye: `M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z${ring(12, 12, 3)}`,
  eyeoff: `M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z${ring(12, 12, 3)}M3 3l18 18`,
  trash: "M3 6h18M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6M10 11v6M14 11v6M9 6V4h6v2",
  left: "M15 18l-6-6 6-6",
  right: "M9 18l6-6-6-6",
  check: "M20 6 9 17l-5-5",
  play: "M6 4l14 8-14 8z",
};
export type IconName = keyof typeof paths;

export function icon(name: IconName): TemplateResult {
  return html`<svg class="gr-img-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${paths[name]} /></svg>`;
}

/** An icon-only button; label is its accessible name and tooltip. */
export function iconButton(name: IconName, label: string, onClick: (ev: Event) => void, cls = "", pressed?: boolean, disabled = false): TemplateResult {
  return html`<button
    type="button"
    ?disabled=${disabled}
    class="gr-icon-button gr-img-btn ${cls}"
    aria-label=${label}
    title=${label}
    aria-pressed=${pressed == null ? nothing : String(pressed)}
    @click=${onClick}
  >
    ${icon(name)}
  </button>`;
}

/** A link that downloads fd. */
export function downloadLink(url: string, fd: FileData, label = t("common.download")): TemplateResult {
  return html`<a class="gr-icon-button gr-img-btn" href=${url} download=${fileName(fd)} aria-label=${label} title=${label} target="_blank" rel="noopener">${icon("download")}</a>`;
}

/** Shows el full screen, or leaves full screen. */
export function toggleFullscreen(el: Element | null | undefined): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void el?.requestFullscreen?.().catch(() => {});
}

/** The built-in buttons named in props.buttons (def when absent). */
export function buttonsOf(p: Record<string, any>, def: string[]): string[] {
  return Array.isArray(p.buttons) ? p.buttons.filter((b: unknown) => typeof b === "string") : def;
}

/** Whether v looks like a FileData. */
export function isFile(v: unknown): v is FileData {
  return v != null && typeof v === "object" && (typeof (v as any).path === "string" || typeof (v as any).url === "string");
}

/** A CSS length for a size prop (a number is pixels). */
export function len(v: unknown): string | null {
  return v == null || v === "" || v === "auto" ? null : typeof v === "number" ? `${v}px` : String(v);
}

/** Loads an image for drawing on a canvas. */
export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    if (!src.startsWith("blob:") && !src.startsWith("data:")) img.crossOrigin = "anonymous";
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`could not load ${src}`));
    img.src = src;
  });
}

/** A canvas as a PNG file. */
export function canvasFile(c: HTMLCanvasElement, name: string): Promise<File> {
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(new File([b], name, { type: "image/png" })) : reject(new Error("the canvas could not be encoded"))), "image/png"),
  );
}

/** Pixel coordinates in image space of a pointer event on an <img> (object-fit contain or none). */
export function imagePoint(img: HTMLImageElement, ev: MouseEvent): [number, number] {
  const r = img.getBoundingClientRect();
  const nw = img.naturalWidth || r.width;
  const nh = img.naturalHeight || r.height;
  const scale = Math.min(r.width / nw, r.height / nh) || 1;
  const x = (ev.clientX - r.left - (r.width - nw * scale) / 2) / scale;
  const y = (ev.clientY - r.top - (r.height - nh * scale) / 2) / scale;
  return [Math.max(0, Math.min(nw - 1, Math.floor(x))), Math.max(0, Math.min(nh - 1, Math.floor(y)))];
}

/** The empty state of an output: a large image icon. */
export function emptyImage(text = t("image.no_image")): TemplateResult {
  return html`<div class="gr-img-empty">${icon("image")}<span class="gr-sr-only">${text}</span></div>`;
}

/** Upload progress as a bar. */
export function progressBar(fraction: number, text = t("upload.uploading")): TemplateResult {
  const pct = Math.round(fraction * 100);
  return html`<div class="gr-img-progress" role="status">
    <div class="gr-progress" role="progressbar" aria-label=${text} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${pct}>
      <div class="gr-progress-fill" style="width:${pct}%"></div>
    </div>
    <span>${text} ${pct}%</span>
  </div>`;
}

/** Whether a file is of one of the accepted top-level types ("image", "video"). */
export function isType(f: File, types: string[]): boolean {
  const t = (f.type || "").toLowerCase();
  if (t) return types.some((x) => t.startsWith(x + "/"));
  return types.includes("image") && /\.(png|jpe?g|gif|webp|bmp|svg|avif)$/i.test(f.name);
}

type Host = GradioElement;

/**
 * Uploads for a component: drag state, progress and the last error, with a drop zone
 * (a real file input and its label) that any component can render.
 */
export class Uploads implements ReactiveController {
  dragging = false;
  progress: number | null = null;
  error = "";

  constructor(private el: Host) {
    el.addController(this);
  }

  hostConnected(): void {}

  get busy(): boolean {
    return this.progress != null;
  }

  fail(msg: string): void {
    this.error = msg;
    this.el.requestUpdate();
  }

  /** Uploads files through the host; null (with error set) if it failed. */
  async send(files: File[]): Promise<FileData[] | null> {
    if (files.length === 0) return null;
    this.error = "";
    this.progress = 0;
    this.el.requestUpdate();
    try {
      const r = await this.el.host.upload(files, (f) => {
        this.progress = f;
        this.el.requestUpdate();
      });
      if (r.length < files.length) throw new Error("the server returned too few files");
      return r;
    } catch (err) {
      this.error = t("upload.failed", { error: String((err as Error)?.message ?? err) });
      return null;
    } finally {
      this.progress = null;
      this.el.requestUpdate();
    }
  }

  over = (ev: DragEvent): void => {
    if (!ev.dataTransfer || !Array.from(ev.dataTransfer.types).includes("Files")) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "copy";
    if (!this.dragging) {
      this.dragging = true;
      this.el.requestUpdate();
    }
  };

  leave = (ev: DragEvent): void => {
    const to = ev.relatedTarget as Node | null;
    if (!to || !(ev.currentTarget as HTMLElement).contains(to)) {
      this.dragging = false;
      this.el.requestUpdate();
    }
  };

  /** A drop handler that passes the dropped files to onFiles. */
  dropped(onFiles: (files: File[]) => void) {
    return (ev: DragEvent) => {
      if (!ev.dataTransfer || !Array.from(ev.dataTransfer.types).includes("Files")) return;
      ev.preventDefault();
      this.dragging = false;
      this.el.requestUpdate();
      const files = Array.from(ev.dataTransfer.files ?? []);
      if (files.length) onFiles(files);
    };
  }

  /** A change handler for a file input. */
  picked(onFiles: (files: File[]) => void) {
    return (ev: Event) => {
      const input = ev.target as HTMLInputElement;
      const files = Array.from(input.files ?? []);
      input.value = "";
      if (files.length) onFiles(files);
    };
  }

  /** A drop zone: drag and drop, or click to pick; the progress bar while uploading. */
  zone(o: { id: string; onFiles: (files: File[]) => void; accept?: string; multiple?: boolean; prompt?: unknown }): TemplateResult {
    return html`<div
      class="gr-file-drop gr-img-drop ${this.dragging ? "gr-dragging" : ""}"
      @dragenter=${this.over}
      @dragover=${this.over}
      @dragleave=${this.leave}
      @drop=${this.dropped(o.onFiles)}
      aria-busy=${this.busy ? "true" : "false"}
    >
      <input id=${o.id} class="gr-file-input" type="file" accept=${o.accept ?? "image/*"} ?multiple=${!!o.multiple} ?disabled=${this.busy} @change=${this.picked(o.onFiles)} />
      ${this.busy
        ? progressBar(this.progress!)
        : html`<label class="gr-file-prompt" for=${o.id}>
            ${icon("upload")}
            ${o.prompt ?? html`<span>${o.multiple ? t("upload.drop_images") : t("upload.drop_image")}</span>`}
            <span class="gr-file-or">${t("upload.or")}</span>
            <span class="gr-file-click">${t("upload.click")}</span>
          </label>`}
    </div>`;
  }

  /** The last error, as an alert. */
  errorView(): TemplateResult | typeof nothing {
    return this.error ? html`<div class="gr-file-error" role="alert">${this.error}</div>` : nothing;
  }
}

/** Images in clipboard data (a paste event's). */
export function clipboardImages(data: DataTransfer | null): File[] {
  if (!data) return [];
  const files = Array.from(data.files ?? []).filter((f) => isType(f, ["image"]));
  if (files.length) return files;
  const out: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind === "file" && item.type.startsWith("image/")) {
      const f = item.getAsFile();
      if (f) out.push(f);
    }
  }
  return out;
}

/** Reads an image from the system clipboard (asks for permission). */
export async function readClipboard(): Promise<File[]> {
  if (!navigator.clipboard?.read) throw new Error("this browser cannot read the clipboard; press Ctrl+V instead");
  for (const item of await navigator.clipboard.read()) {
    const type = item.types.find((t) => t.startsWith("image/"));
    if (type) {
      const blob = await item.getType(type);
      return [new File([blob], `clipboard.${type.split("/")[1] || "png"}`, { type })];
    }
  }
  return [];
}

/**
 * Paste: while the pointer is over the component or the focus is in it, an image pasted
 * anywhere in the page goes to onFiles.
 */
export class Paste implements ReactiveController {
  constructor(private el: Host, private enabled: () => boolean, private onFiles: (files: File[]) => void) {
    el.addController(this);
  }

  private handler = (ev: ClipboardEvent) => {
    if (!this.enabled() || !(this.el.matches(":hover") || this.el.contains(document.activeElement))) return;
    const files = clipboardImages(ev.clipboardData);
    if (files.length === 0) return;
    ev.preventDefault();
    this.onFiles(files);
  };

  hostConnected(): void {
    document.addEventListener("paste", this.handler);
  }

  hostDisconnected(): void {
    document.removeEventListener("paste", this.handler);
  }
}

/** A webcam: a live preview, and a capture that gives a PNG file. */
export class Webcam implements ReactiveController {
  stream: MediaStream | null = null;
  error = "";
  starting = false;

  constructor(private el: Host) {
    el.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  async start(constraints: MediaTrackConstraints | null = null): Promise<void> {
    if (this.stream || this.starting) return;
    this.error = "";
    if (!navigator.mediaDevices?.getUserMedia) {
      this.error = "The camera is only available on a secure (https or localhost) page.";
      this.el.requestUpdate();
      return;
    }
    this.starting = true;
    this.el.requestUpdate();
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: constraints ?? true, audio: false });
    } catch (err) {
      const name = (err as DOMException)?.name;
      this.error =
        name === "NotAllowedError"
          ? t("camera.denied")
          : name === "NotFoundError"
            ? t("camera.not_found")
            : t("camera.failed", { error: String((err as Error)?.message ?? err) });
    } finally {
      this.starting = false;
      this.el.requestUpdate();
    }
  }

  stop(): void {
    this.stream?.getTracks().forEach((t) => t.stop());
    if (this.stream) {
      this.stream = null;
      this.el.requestUpdate();
    }
  }

  /** The current frame as a PNG file, mirrored if the preview is. */
  async capture(mirror: boolean): Promise<File | null> {
    const video = this.el.querySelector<HTMLVideoElement>(".gr-img-webcam-video");
    if (!video || !video.videoWidth) return null;
    const c = document.createElement("canvas");
    c.width = video.videoWidth;
    c.height = video.videoHeight;
    const g = c.getContext("2d")!;
    if (mirror) {
      g.translate(c.width, 0);
      g.scale(-1, 1);
    }
    g.drawImage(video, 0, 0);
    return canvasFile(c, "webcam.png");
  }

  /** The preview with its capture button (a start button until the camera runs). */
  view(mirror: boolean, onCapture: () => void, onCancel?: () => void, constraints: MediaTrackConstraints | null = null): TemplateResult {
    return html`<div class="gr-img-webcam">
      ${this.stream
        ? html`<video class="gr-img-webcam-video ${mirror ? "gr-img-mirror" : ""}" autoplay muted playsinline .srcObject=${this.stream} aria-label=${t("camera.preview")}></video>
            <div class="gr-img-webcam-bar">
              <button type="button" class="gr-button gr-primary gr-sm" @click=${onCapture}>${icon("camera")} ${t("camera.capture")}</button>
              ${onCancel ? html`<button type="button" class="gr-button gr-secondary gr-sm" @click=${onCancel}>${t("common.cancel")}</button>` : nothing}
            </div>`
        : html`<div class="gr-img-webcam-start">
            <button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${this.starting} @click=${() => this.start(constraints)}>
              ${icon("camera")} ${this.starting ? t("camera.starting") : t("camera.click_to_access")}
            </button>
            ${onCancel ? html`<button type="button" class="gr-button gr-secondary gr-sm" @click=${onCancel}>${t("common.cancel")}</button>` : nothing}
          </div>`}
      ${this.error ? html`<div class="gr-file-error" role="alert">${this.error}</div>` : nothing}
    </div>`;
  }
}
