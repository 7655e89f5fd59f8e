import { html, nothing, type PropertyValues } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import { decimals, num, parseNumber } from "./helpers";
import { t } from "../core/messages";

/** Keys that move a range input: releasing one is a "release". */
const moveKeys = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"]);

/**
 * gradio-slider: a range input with a number box beside it, both editable. It fires
 * input and change on every new value, and release when the user lets go of the handle
 * (pointer up, key up, or a number typed and committed).
 */
export class Slider extends GradioElement {
  /** The first value the element had, which the reset button goes back to. */
  private initial: number | null = null;

  private get bounds() {
    const min = num(this.props.minimum, 0);
    const max = num(this.props.maximum, 100);
    const step = num(this.props.step, 1);
    return { min, max: max > min ? max : min + 100, step: step > 0 ? step : 1 };
  }

  private get current(): number {
    const { min, max } = this.bounds;
    const v = num(this.value, min);
    return Math.min(max, Math.max(min, v));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("value") && this.initial == null && this.value != null) this.initial = num(this.value, 0);
  }

  protected override render() {
    const p = this.props;
    const { min, max, step } = this.bounds;
    const v = this.current;
    const pct = max > min ? ((v - min) / (max - min)) * 100 : 0;
    const reset = (p.buttons ?? []).includes("reset");
    const describedBy = p.info ? this.uid + "-info" : nothing;
    return html`<div class="gr-slider-head">
        ${this.label(this.uid + "-number")}
        <div class="gr-slider-controls">
          <input
            id=${this.uid + "-number"}
            class="gr-input gr-slider-number"
            part="input"
            type="number"
            inputmode="decimal"
            min=${min}
            max=${max}
            step=${step}
            ?readonly=${!this.interactive}
            aria-describedby=${describedBy}
            @input=${this.onNumberInput}
            @change=${this.onNumberCommit}
            @keydown=${(ev: KeyboardEvent) => ev.key === "Enter" && this.onNumberCommit(ev)}
          />
          ${reset
            ? html`<button
                type="button"
                class="gr-icon-button gr-slider-reset"
                part="button reset"
                aria-label=${t("common.reset_to", { value: String(this.initial ?? min) })}
                title=${t("common.reset")}
                ?disabled=${!this.interactive}
                @click=${this.onReset}
              >
                ↺
              </button>`
            : nothing}
        </div>
      </div>
      <input
        class="gr-slider-range"
        part="range"
        type="range"
        min=${min}
        max=${max}
        step=${step}
        .value=${live(String(v))}
        style="--gr-fill: ${pct}%"
        ?disabled=${!this.interactive}
        aria-label=${p.label || t("common.value")}
        aria-describedby=${describedBy}
        @input=${this.onRangeInput}
        @pointerup=${() => this.interactive && this.emit("release", this.current)}
        @keyup=${(ev: KeyboardEvent) => this.interactive && moveKeys.has(ev.key) && this.emit("release", this.current)}
      />
      <div class="gr-slider-bounds" aria-hidden="true"><span>${min}</span><span>${max}</span></div>`;
  }

  // The box is rewritten only when it no longer says the value, and never while the user
  // is typing in it (a number outside the range waits there until committed).
  protected override updated() {
    const box = this.querySelector<HTMLInputElement>(".gr-slider-number");
    if (!box || document.activeElement === box) return;
    if (box.value === "" || parseNumber(box.value) !== this.current) box.value = String(this.current);
  }

  private set(v: number) {
    const { min, max, step } = this.bounds;
    // Snap to the step grid from min, and round away float noise (0.1 + 0.2).
    const snapped = Math.min(max, Math.max(min, min + Math.round((v - min) / step) * step));
    const clean = Number(snapped.toFixed(Math.min(20, Math.max(decimals(step), decimals(min)))));
    if (clean !== this.value) this.userValue(clean);
  }

  private onRangeInput(ev: Event) {
    this.set(Number((ev.target as HTMLInputElement).value));
    const box = this.querySelector<HTMLInputElement>(".gr-slider-number");
    if (box) box.value = String(this.current);
  }

  private onNumberInput(ev: Event) {
    const box = ev.target as HTMLInputElement;
    this.committed = "";
    const v = parseNumber(box.value);
    const { min, max } = this.bounds;
    // Values outside the range wait for the commit, which clamps them.
    if (v != null && v >= min && v <= max && v !== this.value) this.userValue(v);
  }

  /** What the number box said when last committed (Enter, then blur, commit once). */
  private committed = "";

  private onNumberCommit(ev: Event) {
    const box = ev.target as HTMLInputElement;
    if (!this.interactive || box.value === this.committed) return;
    const v = parseNumber(box.value);
    if (v == null) {
      box.value = String(this.current);
      return;
    }
    const { min, max } = this.bounds;
    const clamped = Math.min(max, Math.max(min, v));
    if (clamped !== this.value) this.userValue(clamped);
    box.value = String(clamped);
    this.committed = box.value;
    this.emit("release", clamped);
  }

  private onReset() {
    const v = this.initial ?? this.bounds.min;
    if (v !== this.value) this.userValue(v);
  }
}

define("slider", Slider);
