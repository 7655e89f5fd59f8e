import { html, nothing } from "lit";
import { GradioElement, define } from "../core/element";
import type { FileData } from "../core/types";
import { buttonsOf, emptyImage, iconButton, isFile, len, loadImage, toggleFullscreen } from "./media/imagekit";
import { t } from "../core/messages";

interface Annotation {
  image: FileData;
  label: string;
}

/** Colours for labels the color_map does not name. */
const palette = ["#ef4444", "#3b82f6", "#22c55e", "#eab308", "#a855f7", "#f97316", "#14b8a6", "#ec4899", "#84cc16", "#6366f1"];

/**
 * gradio-annotatedimage: {image, annotations: [{image: mask PNG, label}]}. Each mask (its
 * alpha channel, as Gradio writes it) is laid over the image in its label's colour; the
 * legend names them, and hovering or focusing a label brings its mask forward. Clicking a
 * mask or a label fires select with {index, value: label}.
 */
export class AnnotatedImageView extends GradioElement {
  static override properties = { ...GradioElement.properties, active: { state: true } };

  active: number | null = null;
  /** Mask pixels by URL, for finding the mask under a click. */
  private masks = new Map<string, Promise<ImageData | null>>();

  private url(fd: FileData): string {
    return this.host?.fileURL(fd) ?? fd.url ?? "";
  }

  protected override render() {
    const p = this.props;
    const v = this.value;
    const base = isFile(v?.image) ? v.image : null;
    const anns: Annotation[] = base && Array.isArray(v.annotations) ? v.annotations.filter((a: any) => isFile(a?.image)) : [];
    const h = len(p.height);
    const w = len(p.width);
    const style = [h ? `height:${h}` : "", w ? `width:${w};max-width:100%` : ""].filter(Boolean).join(";");
    const colors = anns.map((a, i) => String(p.color_map?.[a.label] ?? palette[i % palette.length]));
    const act = this.active;
    return html`${this.label(null)}
      <div class="gr-image gr-annotated ${h ? "gr-fixed-height" : ""}" style=${style || nothing} role="group" aria-labelledby=${p.label ? this.uid + "-label" : nothing}>
        ${base
          ? html`<div class="gr-image-frame">
                <div class="gr-annotated-box" @click=${this.onClick}>
                  <img class="gr-image-img" src=${this.url(base)} alt=${p.label || t("image.annotated")} draggable="false" />
                  ${anns.map((a, i) => {
                    const u = JSON.stringify(this.url(a.image));
                    return html`<div
                      class="gr-annotated-mask ${act === i ? "gr-active" : act != null ? "gr-dim" : ""}"
                      style="background:${colors[i]};-webkit-mask-image:url(${u});mask-image:url(${u})"
                    ></div>`;
                  })}
                </div>
                ${buttonsOf(p, ["fullscreen"]).includes("fullscreen")
                  ? html`<div class="gr-img-toolbar">${iconButton("fullscreen", t("common.full_screen"), () => toggleFullscreen(this.querySelector(".gr-annotated-box")))}</div>`
                  : nothing}
              </div>`
          : emptyImage()}
      </div>
      ${p.show_legend !== false && anns.length
        ? html`<div class="gr-annotated-legend" role="group" aria-label=${t("image.legend")}>
            ${anns.map(
              (a, i) => html`<button
                type="button"
                class="gr-annotated-label ${act === i ? "gr-active" : ""}"
                style="--gr-ann:${colors[i]}"
                @mouseenter=${() => (this.active = i)}
                @mouseleave=${() => (this.active = null)}
                @focus=${() => (this.active = i)}
                @blur=${() => (this.active = null)}
                @click=${() => this.emit("select", { index: i, value: a.label, selected: true })}
              >
                ${a.label}
              </button>`,
            )}
          </div>`
        : nothing}`;
  }

  protected override updated() {
    // Load the masks now, so that a click finds its mask at once.
    for (const a of this.value?.annotations ?? []) if (isFile(a?.image)) void this.maskData(this.url(a.image));
  }

  private maskData(url: string): Promise<ImageData | null> {
    let m = this.masks.get(url);
    if (!m) {
      m = loadImage(url)
        .then((img) => {
          const c = document.createElement("canvas");
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const g = c.getContext("2d", { willReadFrequently: true })!;
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, c.width, c.height);
        })
        .catch(() => null);
      if (this.masks.size > 64) this.masks.clear();
      this.masks.set(url, m);
    }
    return m;
  }

  /** Finds the topmost mask under the click and selects it. */
  private onClick = async (ev: MouseEvent) => {
    const r = (ev.currentTarget as HTMLElement).getBoundingClientRect();
    const fx = (ev.clientX - r.left) / r.width;
    const fy = (ev.clientY - r.top) / r.height;
    const anns: Annotation[] = this.value?.annotations ?? [];
    for (let i = anns.length - 1; i >= 0; i--) {
      if (!isFile(anns[i]?.image)) continue;
      const d = await this.maskData(this.url(anns[i].image));
      if (!d) continue;
      const x = Math.min(d.width - 1, Math.floor(fx * d.width));
      const y = Math.min(d.height - 1, Math.floor(fy * d.height));
      if (d.data[(y * d.width + x) * 4 + 3] > 0) {
        this.emit("select", { index: i, value: anns[i].label, selected: true });
        return;
      }
    }
  };
}

define("annotatedimage", AnnotatedImageView);
