import { html, nothing, type PropertyValues } from "lit";
import { GradioElement, define } from "../core/element";
import type { FileData } from "../core/types";
import { acceptOf } from "./helpers";
import { Uploads, buttonsOf, downloadLink, emptyImage, icon, iconButton, isFile, isType, len, progressBar } from "./media/imagekit";
import { t } from "../core/messages";

interface Item {
  image?: FileData;
  video?: FileData;
  caption?: string | null;
}

const media = (it: Item): FileData | null => (isFile(it?.image) ? it.image : isFile(it?.video) ? it.video : null);

/**
 * gradio-gallery: a list of {image, caption} or {video, caption}, shown as a grid of
 * thumbnails (a listbox: arrow keys move, Enter or a click selects). Selecting fires
 * select with {index, value: item} and, with allow_preview, opens a preview (arrow keys
 * step, Escape closes; preview_open and preview_close). Interactive, it takes more files
 * (upload), and each item can be deleted (delete with {index, value}, then input and
 * change).
 */
export class GalleryView extends GradioElement {
  static override properties = { ...GradioElement.properties, selected: { state: true }, focusIndex: { state: true } };

  selected: number | null = null;
  focusIndex = 0;
  private up = new Uploads(this);
  private mine: unknown = undefined;
  private seenIndex: unknown = undefined;

  private get items(): Item[] {
    return Array.isArray(this.value) ? this.value.filter((it) => media(it)) : [];
  }

  private get previewing(): boolean {
    return this.props.allow_preview !== false && this.selected != null;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const p = this.props;
    const n = this.items.length;
    if (changed.has("props") && p.selected_index !== this.seenIndex) {
      this.seenIndex = p.selected_index;
      if (typeof p.selected_index === "number") this.selected = p.selected_index;
    }
    if (changed.has("value") && this.value !== this.mine) {
      // A new value from the app: start again, in preview if asked.
      this.selected = typeof p.selected_index === "number" ? p.selected_index : p.preview && n ? 0 : null;
      this.focusIndex = 0;
    }
    if (this.selected != null && (this.selected < 0 || this.selected >= n)) this.selected = n ? Math.max(0, Math.min(n - 1, this.selected)) : null;
    if (this.focusIndex >= n) this.focusIndex = Math.max(0, n - 1);
  }

  protected override render() {
    const p = this.props;
    const items = this.items;
    const h = len(p.height);
    const cols = Math.max(1, Number(Array.isArray(p.columns) ? p.columns[0] : p.columns) || 2);
    const buttons = buttonsOf(p, ["download", "fullscreen"]);
    const sel = this.selected != null ? items[this.selected] : null;
    const selFd = sel ? media(sel) : null;
    const accept = acceptOf(p.file_types ?? ["image", "video"]);
    const fit = ["contain", "cover", "fill", "none", "scale-down"].includes(p.object_fit) ? p.object_fit : "cover";
    const open = this.previewing;
    return html`${this.label(null)}
      <div
        class="gr-gallery ${open ? "gr-previewing" : ""} ${h ? "gr-fixed-height" : ""} ${this.up.dragging ? "gr-dragging" : ""}"
        style="--gr-gallery-cols:${cols};--gr-gallery-fit:${fit};${h ? `height:${h}` : ""}"
        role="group"
        aria-labelledby=${p.label ? this.uid + "-label" : nothing}
        @keydown=${this.onKey}
        @dragenter=${this.interactive ? this.up.over : nothing}
        @dragover=${this.interactive ? this.up.over : nothing}
        @dragleave=${this.interactive ? this.up.leave : nothing}
        @drop=${this.interactive ? this.up.dropped((f) => void this.take(f)) : nothing}
      >
        ${items.length
          ? html`<div class="gr-img-toolbar">
              ${selFd && buttons.includes("download") ? downloadLink(this.url(selFd), selFd, t("gallery.download_selected")) : nothing}
              ${buttons.includes("fullscreen") ? iconButton("fullscreen", t("common.full_screen"), () => this.fullscreen()) : nothing}
              ${this.interactive
                ? html`<label class="gr-icon-button gr-img-btn gr-file-button" title=${t("upload.add_files")}>
                      ${icon("plus")}
                      <input class="gr-file-input" type="file" multiple accept=${accept ?? nothing} aria-label=${t("upload.add_files")} ?disabled=${this.up.busy} @change=${this.up.picked((f) => void this.take(f))} />
                    </label>
                    ${selFd ? iconButton("trash", t("gallery.delete_selected"), () => this.removeItem(this.selected!)) : nothing}
                    ${open ? nothing : iconButton("close", t("gallery.clear"), () => this.clear())}`
                : nothing}
              ${open ? iconButton("close", t("gallery.close_preview"), () => this.close(), "gr-gallery-close") : nothing}
            </div>`
          : nothing}
        ${open && sel ? this.preview(sel, this.selected!, items.length) : nothing}
        ${items.length
          ? this.grid(items)
          : this.interactive
            ? this.up.zone({ id: this.uid, multiple: true, accept, onFiles: (f) => void this.take(f), prompt: html`<span>${t("upload.drop_media")}</span>` })
            : emptyImage(t("gallery.empty"))}
        ${this.up.busy && items.length ? html`<div class="gr-gallery-uploading">${progressBar(this.up.progress!)}</div>` : nothing}
      </div>
      ${this.up.errorView()}`;
  }

  private url(fd: FileData): string {
    return this.host?.fileURL(fd) ?? fd.url ?? "";
  }

  private alt(it: Item, i: number): string {
    return it.caption || (this.props.label ? t("gallery.item", { label: this.props.label, n: i + 1 }) : t("gallery.default_item", { n: i + 1 }));
  }

  private grid(items: Item[]) {
    const sel = this.selected;
    return html`<div
      class="gr-gallery-grid"
      role="listbox"
      aria-label=${this.props.label || t("gallery.gallery")}
      aria-orientation=${this.previewing ? "horizontal" : nothing}
      aria-keyshortcuts=${this.interactive ? "Delete" : nothing}
    >
      ${items.map((it, i) => {
        const fd = media(it)!;
        return html`<div
          class="gr-gallery-item"
          role="option"
          tabindex=${i === this.focusIndex ? "0" : "-1"}
          aria-selected=${String(i === sel)}
          aria-label=${this.alt(it, i)}
          title=${it.caption || nothing}
          @click=${() => this.select(i)}
          @focus=${() => (this.focusIndex = i)}
        >
          ${it.video
            ? html`<video src=${this.url(fd)} muted preload="metadata" aria-hidden="true"></video><span class="gr-gallery-play">${icon("play")}</span>`
            : html`<img src=${this.url(fd)} alt="" loading="lazy" draggable="false" />`}
          ${it.caption ? html`<span class="gr-gallery-caption" aria-hidden="true">${it.caption}</span>` : nothing}
          ${this.interactive
            ? html`<span class="gr-gallery-del" title=${t("common.delete")} aria-hidden="true" @click=${(e: Event) => (e.stopPropagation(), this.removeItem(i))}>${icon("close")}</span>`
            : nothing}
        </div>`;
      })}
    </div>`;
  }

  private preview(it: Item, i: number, n: number) {
    const fd = media(it)!;
    return html`<div class="gr-gallery-preview" role="region" aria-label=${t("gallery.preview", { name: this.alt(it, i), n: i + 1, total: n })}>
      ${it.video
        ? html`<video class="gr-gallery-big" src=${this.url(fd)} controls></video>`
        : html`<img class="gr-gallery-big" src=${this.url(fd)} alt=${this.alt(it, i)} />`}
      ${n > 1
        ? html`${iconButton("left", t("common.previous"), () => this.step(-1), "gr-gallery-nav gr-gallery-prev")}
          ${iconButton("right", t("common.next"), () => this.step(1), "gr-gallery-nav gr-gallery-next")}`
        : nothing}
      ${it.caption ? html`<div class="gr-gallery-preview-caption">${it.caption}</div>` : nothing}
    </div>`;
  }

  private select(i: number) {
    const items = this.items;
    if (!items[i]) return;
    const wasOpen = this.previewing;
    this.selected = i;
    this.focusIndex = i;
    this.emit("select", { index: i, value: items[i], selected: true });
    if (!wasOpen && this.previewing) this.emit("preview_open");
  }

  private step(d: number) {
    const n = this.items.length;
    if (n && this.selected != null) this.select((this.selected + d + n) % n);
    this.focusItem();
  }

  private close() {
    if (this.selected == null) return;
    this.selected = null;
    this.emit("preview_close");
    this.focusItem();
  }

  private focusItem() {
    void this.updateComplete.then(() => this.querySelectorAll<HTMLElement>(".gr-gallery-item")[this.focusIndex]?.focus());
  }

  private onKey = (ev: KeyboardEvent) => {
    const t = ev.target as HTMLElement;
    if (t instanceof HTMLVideoElement || t instanceof HTMLInputElement) return;
    const n = this.items.length;
    const onItem = t.classList.contains("gr-gallery-item");
    const cols = this.previewing ? n : Math.max(1, Number(this.props.columns) || 2);
    let to: number | null = null;
    switch (ev.key) {
      case "Escape":
        if (!this.previewing) return;
        this.close();
        break;
      case "ArrowLeft":
      case "ArrowRight":
        if (this.previewing) return void (ev.preventDefault(), this.step(ev.key === "ArrowLeft" ? -1 : 1));
        if (onItem) to = this.focusIndex + (ev.key === "ArrowLeft" ? -1 : 1);
        break;
      case "ArrowUp":
      case "ArrowDown":
        if (onItem) to = this.focusIndex + (ev.key === "ArrowUp" ? -cols : cols);
        break;
      case "Home":
      case "End":
        if (onItem) to = ev.key === "Home" ? 0 : n - 1;
        break;
      case "Enter":
      case " ":
        if (!onItem) return;
        this.select(this.focusIndex);
        break;
      case "Delete":
      case "Backspace":
        if (!onItem || !this.interactive) return;
        this.removeItem(this.focusIndex);
        break;
      default:
        return;
    }
    ev.preventDefault();
    if (to != null) {
      this.focusIndex = Math.max(0, Math.min(n - 1, to));
      this.focusItem();
    }
  };

  private fullscreen() {
    const target = this.querySelector(".gr-gallery-big") ?? this.querySelector(".gr-gallery");
    if (document.fullscreenElement) void document.exitFullscreen();
    else void target?.requestFullscreen?.().catch(() => {});
  }

  private async take(files: File[]) {
    const ok = files.filter((f) => isType(f, ["image", "video"]));
    if (!ok.length) return this.up.fail(t("upload.choose_media"));
    if (this.up.busy) return;
    const r = await this.up.send(ok);
    if (!r) return;
    const added: Item[] = r.map((fd) => ((fd.mime_type ?? "").startsWith("video/") ? { video: fd, caption: null } : { image: fd, caption: null }));
    this.set([...this.items, ...added]);
    this.emit("upload");
  }

  private removeItem(i: number) {
    const items = this.items;
    const it = items[i];
    if (!it) return;
    this.emit("delete", { index: i, value: it, file: media(it) });
    const rest = items.filter((_, j) => j !== i);
    if (this.selected != null) this.selected = this.selected === i ? (rest.length && this.previewing ? Math.min(i, rest.length - 1) : null) : this.selected - (i < this.selected ? 1 : 0);
    this.focusIndex = Math.min(i, Math.max(0, rest.length - 1));
    this.set(rest);
    if (rest.length) this.focusItem();
    else void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-file-input")?.focus());
  }

  private clear() {
    this.selected = null;
    this.set([]);
    this.emit("clear");
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-file-input")?.focus());
  }

  private set(items: Item[]) {
    this.mine = items;
    this.userValue(items);
  }
}

define("gallery", GalleryView);
