import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import { t } from "../core/messages";

/** "#rgb", "#rrggbb" (with or without "#") as "#rrggbb", or null. */
export function normalizeHex(s: string): string | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return `#${h.toLowerCase()}`;
}

/**
 * gradio-colorpicker: a value "#rrggbb", picked with the browser's colour picker or typed
 * as hex in the field beside it (kept in sync). Picking or typing a valid colour fires
 * input and change; Enter in the field fires submit; focus and blur.
 */
export class ColorPicker extends GradioElement {
  static override properties = { ...GradioElement.properties, draft: { state: true }, tried: { state: true } };

  /** What is typed in the hex field while it is not a valid colour. */
  draft: string | null = null;
  /** Whether Enter was pressed on an invalid draft: the error shows from then on. */
  tried = false;

  private get hex(): string {
    return normalizeHex(typeof this.value === "string" ? this.value : "") ?? "#000000";
  }

  protected override render() {
    const p = this.props;
    const invalid = this.tried && this.draft != null && normalizeHex(this.draft) == null;
    return html`${this.label(`${this.uid}-hex`)}
      <div class="gr-color" role="group" aria-labelledby=${p.label ? `${this.uid}-label` : nothing}>
        <input
          class="gr-color-swatch"
          part="swatch"
          type="color"
          aria-label=${t("colour.picker", { label: p.label || t("colour.colour") })}
          .value=${live(this.hex)}
          ?disabled=${!this.interactive}
          @input=${(ev: Event) => this.set((ev.target as HTMLInputElement).value)}
          @focus=${() => this.emit("focus")}
          @blur=${() => this.emit("blur")}
        />
        <input
          id="${this.uid}-hex"
          class="gr-input gr-color-hex"
          part="input"
          spellcheck="false"
          autocomplete="off"
          maxlength="7"
          .value=${live(this.draft ?? this.hex)}
          ?readonly=${!this.interactive}
          aria-invalid=${invalid ? "true" : nothing}
          aria-describedby=${[p.info ? `${this.uid}-info` : "", invalid ? `${this.uid}-err` : ""].filter(Boolean).join(" ") || nothing}
          @input=${this.onType}
          @keydown=${this.onKeydown}
          @focus=${() => this.emit("focus")}
          @blur=${this.onBlur}
        />
      </div>
      ${invalid ? html`<div id="${this.uid}-err" class="gr-field-error" role="alert">${t("colour.invalid")}</div>` : nothing}`;
  }

  private set(v: string) {
    const hex = normalizeHex(v);
    if (!hex || !this.interactive) return;
    this.draft = null;
    this.tried = false;
    if (hex !== this.value) this.userValue(hex);
  }

  private onType(ev: Event) {
    const s = (ev.target as HTMLInputElement).value;
    const hex = normalizeHex(s);
    if (hex && s.replace("#", "").length === 6) this.set(hex);
    else this.draft = s;
  }

  private onKeydown(ev: KeyboardEvent) {
    if (ev.key !== "Enter" || ev.isComposing || !this.interactive) return;
    ev.preventDefault();
    if (this.draft != null) {
      const hex = normalizeHex(this.draft);
      if (!hex) {
        this.tried = true;
        return;
      }
      this.set(hex);
    }
    this.emit("submit");
  }

  private onBlur() {
    // "#abc" becomes "#aabbcc" when the field is left; an invalid text is dropped.
    if (this.draft != null && normalizeHex(this.draft)) this.set(this.draft);
    else this.draft = null;
    this.tried = false;
    this.emit("blur");
  }
}

define("colorpicker", ColorPicker);
