import { html, nothing } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { GradioElement, define } from "../core/element";
import { markdown } from "../core/markdown";
import type { FileData } from "../core/types";
import {
  Paste, Uploads, Webcam, buttonsOf, downloadLink, emptyImage, icon, iconButton, imagePoint, isFile, isType, len, progressBar,
  readClipboard, toggleFullscreen, type IconName,
} from "./media/imagekit";
import { t, type MessageKey } from "../core/messages";

type Source = "upload" | "webcam" | "clipboard";
const allSources: Source[] = ["upload", "webcam", "clipboard"];
const sourceInfo: Record<Source, [IconName, MessageKey]> = {
  upload: ["upload", "upload.upload"],
  webcam: ["camera", "image.webcam"],
  clipboard: ["clipboard", "image.paste"],
};

/**
 * gradio-image: one image (FileData) or null. Interactive, it takes an image from a drop
 * zone or file picker, the webcam or the clipboard (paste while hovered or focused),
 * uploads it and fires input, change and upload; the clear button fires input, change and
 * clear. Clicking a shown image fires select with {index: [x, y], value: null}, in image
 * pixels. Buttons: download and full screen.
 */
export class ImageView extends GradioElement {
  static override properties = { ...GradioElement.properties, source: { state: true } };

  /** The source the user chose; null means the first of props.sources. */
  source: Source | null = null;
  private up = new Uploads(this);
  private cam = new Webcam(this);

  constructor() {
    super();
    new Paste(this, () => this.interactive && this.sources.includes("clipboard") && !this.up.busy, (f) => void this.take(f));
  }

  private get sources(): Source[] {
    const s = this.props.sources;
    return Array.isArray(s) ? s.filter((x): x is Source => allSources.includes(x)) : allSources;
  }

  private get active(): Source | undefined {
    return this.source && this.sources.includes(this.source) ? this.source : this.sources[0];
  }

  private get mirror(): boolean {
    return this.props.webcam_options?.mirror !== false && this.props.mirror_webcam !== false;
  }

  protected override render() {
    const p = this.props;
    const fd = isFile(this.value) ? this.value : null;
    const h = len(p.height);
    const w = len(p.width);
    const style = [h ? `height:${h}` : "", w ? `width:${w};max-width:100%` : ""].filter(Boolean).join(";");
    return html`${this.label(null)}
      <div class="gr-image ${h ? "gr-fixed-height" : ""}" style=${style || nothing} role="group" aria-labelledby=${p.label ? this.uid + "-label" : nothing}>
        ${fd ? this.shown(fd) : this.interactive ? this.input() : emptyImage()}
      </div>
      ${this.up.errorView()}`;
  }

  private shown(fd: FileData) {
    const buttons = buttonsOf(this.props, ["download", "fullscreen"]);
    const url = this.host?.fileURL(fd) ?? fd.url ?? "";
    return html`<div class="gr-image-frame">
      <img class="gr-image-img" src=${url} alt=${this.props.label || t("common.image")} draggable="false" @click=${this.onSelect} />
      <div class="gr-img-toolbar">
        ${buttons.includes("download") ? downloadLink(url, fd) : nothing}
        ${buttons.includes("fullscreen") ? iconButton("fullscreen", t("common.full_screen"), () => toggleFullscreen(this.querySelector(".gr-image-img"))) : nothing}
        ${this.interactive ? iconButton("close", t("common.clear"), () => this.clear()) : nothing}
      </div>
    </div>`;
  }

  private input() {
    const sources = this.sources;
    const active = this.active;
    let body;
    if (this.up.busy) body = html`<div class="gr-img-drop gr-file-drop">${progressBar(this.up.progress!)}</div>`;
    else if (active === "webcam")
      body = this.cam.view(this.mirror, () => void this.capture(), undefined, this.props.webcam_options?.constraints ?? null);
    else if (active === "clipboard")
      body = html`<div class="gr-img-drop gr-file-drop gr-image-paste">
        <div class="gr-file-prompt">
          ${icon("clipboard")}
          <button type="button" class="gr-button gr-secondary gr-sm" @click=${this.pasteClipboard}>${t("image.paste")}</button>
          <span class="gr-file-or">${t("image.or_paste")}</span>
        </div>
      </div>`;
    else if (active === "upload")
      body = this.up.zone({
        id: this.uid,
        onFiles: (f) => void this.take(f),
        prompt: this.props.placeholder ? html`<span class="gr-prose gr-image-placeholder">${unsafeHTML(markdown(String(this.props.placeholder)))}</span>` : undefined,
      });
    else body = emptyImage();
    return html`<div class="gr-image-input">
      ${body}
      ${sources.length > 1
        ? html`<div class="gr-img-sources" role="group" aria-label=${t("image.source")}>
            ${sources.map((s) => iconButton(sourceInfo[s][0], t(sourceInfo[s][1]), () => this.pick(s), "", s === active))}
          </div>`
        : nothing}
    </div>`;
  }

  private pick(s: Source) {
    if (s !== "webcam") this.cam.stop();
    this.source = s;
    if (s === "clipboard") void this.pasteClipboard();
  }

  private pasteClipboard = async () => {
    try {
      const files = await readClipboard();
      if (files.length) await this.take(files);
      else this.up.fail(t("image.no_clipboard_image"));
    } catch (err) {
      this.up.fail(t("image.clipboard_failed", { error: String((err as Error)?.message ?? err) }));
    }
  };

  private async capture() {
    const f = await this.cam.capture(this.mirror);
    if (f) await this.take([f]);
  }

  /** Uploads the first image of files and takes it as the value. */
  private async take(files: File[]) {
    const img = files.find((f) => isType(f, ["image"]));
    if (!img) return this.up.fail(t("upload.choose_image"));
    if (this.up.busy) return;
    const hadFocus = this.contains(document.activeElement);
    const r = await this.up.send([img]);
    if (!r) return;
    this.cam.stop();
    this.userValue(r[0]);
    this.emit("upload");
    // The image replaces the input: keep a keyboard user's place.
    if (hadFocus) void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-img-toolbar button:last-child")?.focus());
  }

  private clear() {
    this.up.error = "";
    this.userValue(null);
    this.emit("clear");
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-image-input input, .gr-image-input button")?.focus());
  }

  private onSelect(ev: MouseEvent) {
    const [x, y] = imagePoint(ev.currentTarget as HTMLImageElement, ev);
    this.emit("select", { index: [x, y], value: null, selected: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.cam.stop();
  }
}

define("image", ImageView);
