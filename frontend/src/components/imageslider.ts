import { html, nothing } from "lit";
import { GradioElement, define } from "../core/element";
import type { FileData } from "../core/types";
import { Uploads, buttonsOf, downloadLink, emptyImage, iconButton, isFile, isType, len, toggleFullscreen } from "./media/imagekit";
import { t } from "../core/messages";

type Pair = [FileData | null, FileData | null];

/**
 * gradio-imageslider: two images, [before, after], stacked with a divider that reveals
 * one over the other (drag it, or focus it and use the arrow keys). Interactive, each side
 * has its own drop zone; an upload fires input, change and upload; clear fires clear.
 */
export class ImageSliderView extends GradioElement {
  static override properties = { ...GradioElement.properties, pos: { state: true } };

  /** The divider position in percent; null follows props.slider_position. */
  pos: number | null = null;
  private ups = [new Uploads(this), new Uploads(this)];
  private dragging: number | null = null;

  private get pair(): Pair {
    const v = Array.isArray(this.value) ? this.value : [];
    return [isFile(v[0]) ? v[0] : null, isFile(v[1]) ? v[1] : null];
  }

  private get position(): number {
    const p = this.pos ?? Number(this.props.slider_position ?? 50);
    return Math.max(0, Math.min(100, Number.isFinite(p) ? p : 50));
  }

  private url(fd: FileData): string {
    return this.host?.fileURL(fd) ?? fd.url ?? "";
  }

  protected override render() {
    const p = this.props;
    const [a, b] = this.pair;
    const mh = len(p.max_height);
    const name = p.label || t("common.image");
    let body;
    if (this.interactive && (!a || !b)) {
      body = html`<div class="gr-imgslider-inputs">
        ${[a, b].map((fd, i) =>
          fd
            ? html`<div class="gr-image-frame">
                <img class="gr-image-img" src=${this.url(fd)} alt=${t(i ? "image.right" : "image.left", { name })} />
                <div class="gr-img-toolbar">${iconButton("close", t(i ? "image.remove_right" : "image.remove_left"), () => this.set(i, null))}</div>
              </div>`
            : this.ups[i].zone({
                id: `${this.uid}-${i}`,
                onFiles: (f) => void this.take(i, f),
                prompt: html`<span>${t(i ? "upload.drop_right" : "upload.drop_left")}</span>`,
              }),
        )}
      </div>`;
    } else if (!a && !b) {
      body = emptyImage();
    } else {
      const base = (a ?? b)!;
      const top = a && b ? b : null;
      const pos = this.position;
      const buttons = buttonsOf(p, ["download", "fullscreen"]);
      body = html`<div class="gr-image-frame">
        <div
          class="gr-imgslider-view"
          style=${mh ? `--gr-imgslider-h:${mh}` : nothing}
          @pointerdown=${this.onDown}
          @pointermove=${this.onMove}
          @pointerup=${this.onUp}
          @pointercancel=${this.onUp}
        >
          <img class="gr-imgslider-img" src=${this.url(base)} alt=${top ? t("image.left", { name }) : name} draggable="false" />
          ${top
            ? html`<img class="gr-imgslider-img gr-imgslider-top" src=${this.url(top)} alt=${t("image.right", { name })} draggable="false" style="clip-path:inset(0 0 0 ${pos}%)" />
                <div
                  class="gr-imgslider-handle"
                  style="left:${pos}%"
                  role="slider"
                  tabindex="0"
                  aria-label=${t("image.divider")}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(pos)}
                  aria-valuetext="${Math.round(pos)}% of the left image shown"
                  @keydown=${this.onKey}
                ></div>`
            : nothing}
        </div>
        <div class="gr-img-toolbar">
          ${buttons.includes("download") ? downloadLink(this.url(top ?? base), top ?? base) : nothing}
          ${buttons.includes("fullscreen") ? iconButton("fullscreen", t("common.full_screen"), () => toggleFullscreen(this.querySelector(".gr-imgslider-view"))) : nothing}
          ${this.interactive ? iconButton("close", t("common.clear"), () => this.clear()) : nothing}
        </div>
      </div>`;
    }
    return html`${this.label(null)}
      <div class="gr-image gr-imgslider" role="group" aria-labelledby=${p.label ? this.uid + "-label" : nothing}>${body}</div>
      ${this.ups[0].errorView()}${this.ups[1].errorView()}`;
  }

  private move(ev: PointerEvent) {
    const r = (ev.currentTarget as HTMLElement).getBoundingClientRect();
    this.pos = Math.max(0, Math.min(100, ((ev.clientX - r.left) / r.width) * 100));
  }

  private onDown = (ev: PointerEvent) => {
    if (ev.button > 0 || !this.pair[0] || !this.pair[1]) return;
    (ev.currentTarget as HTMLElement).setPointerCapture(ev.pointerId);
    this.dragging = ev.pointerId;
    ev.preventDefault();
    this.move(ev);
    this.querySelector<HTMLElement>(".gr-imgslider-handle")?.focus({ preventScroll: true });
  };

  private onMove = (ev: PointerEvent) => {
    if (this.dragging === ev.pointerId) this.move(ev);
  };

  private onUp = (ev: PointerEvent) => {
    if (this.dragging === ev.pointerId) this.dragging = null;
  };

  private onKey = (ev: KeyboardEvent) => {
    const step = ev.shiftKey ? 10 : 1;
    const p = this.position;
    const to: Record<string, number> = {
      ArrowLeft: p - step,
      ArrowDown: p - step,
      ArrowRight: p + step,
      ArrowUp: p + step,
      PageDown: p - 10,
      PageUp: p + 10,
      Home: 0,
      End: 100,
    };
    if (!(ev.key in to)) return;
    ev.preventDefault();
    this.pos = Math.max(0, Math.min(100, to[ev.key]));
  };

  private async take(i: number, files: File[]) {
    const f = files.find((x) => isType(x, ["image"]));
    const up = this.ups[i];
    if (!f) return up.fail(t("upload.choose_image"));
    if (up.busy) return;
    const r = await up.send([f]);
    if (!r) return;
    this.set(i, r[0]);
    this.emit("upload");
  }

  private set(i: number, fd: FileData | null) {
    const pair = this.pair;
    pair[i] = fd;
    this.userValue(pair);
  }

  private clear() {
    this.ups.forEach((u) => (u.error = ""));
    this.userValue([null, null]);
    this.emit("clear");
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-file-input")?.focus());
  }
}

define("imageslider", ImageSliderView);
