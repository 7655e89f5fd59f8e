import { html, nothing, type PropertyValues } from "lit";
import { GradioElement, define } from "../core/element";
import { formatNumber } from "./shared";
import { parseNumber } from "./helpers";

/** gradio-number: a number field; its value is a number, or null when empty. */
export class NumberField extends GradioElement {
  protected override render() {
    const p = this.props;
    return html`${this.label()}
      <input
        id=${this.uid}
        class="gr-input gr-number"
        part="input"
        type="number"
        inputmode="decimal"
        min=${p.minimum ?? nothing}
        max=${p.maximum ?? nothing}
        step=${p.step ?? "any"}
        placeholder=${p.placeholder ?? ""}
        ?readonly=${!this.interactive}
        aria-describedby=${p.info ? this.uid + "-info" : nothing}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @focus=${() => this.emit("focus")}
        @blur=${() => this.emit("blur")}
      />`;
  }

  // The field's text is written only when it no longer says the value, so that what the
  // user is typing ("1.", "-") is left alone.
  protected override updated(changed: PropertyValues<this>) {
    if (!changed.has("value")) return;
    const input = this.querySelector("input");
    if (!input) return;
    const v = typeof this.value === "number" ? this.value : parseNumber(String(this.value ?? ""));
    if (parseNumber(input.value) !== v) input.value = formatNumber(v);
  }

  private onInput(ev: Event) {
    const input = ev.target as HTMLInputElement;
    // A half-typed number ("-", "1e") reads as "": wait for the rest.
    if (input.validity.badInput) return;
    const v = parseNumber(input.value);
    if (v === this.value) return;
    this.userValue(v);
  }

  private onKeydown(ev: KeyboardEvent) {
    if (ev.key !== "Enter" || ev.isComposing) return;
    ev.preventDefault();
    if (this.interactive) this.emit("submit");
  }
}

define("number", NumberField);
