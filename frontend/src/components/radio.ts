import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import { choicesOf, sameValue } from "./helpers";

/**
 * gradio-radio: radio buttons in a radiogroup; its value is the chosen value, or null.
 * Choosing one fires input, change and select ({index, value, selected}).
 */
export class Radio extends GradioElement {
  protected override render() {
    const p = this.props;
    const choices = choicesOf(p.choices);
    return html`${this.label(null)}
      <div
        class="gr-choices"
        role="radiogroup"
        dir=${p.rtl ? "rtl" : nothing}
        aria-labelledby=${p.label ? this.uid + "-label" : nothing}
        aria-describedby=${p.info ? this.uid + "-info" : nothing}
      >
        ${choices.map(
          ([label, v], i) => html`<label class="gr-check gr-choice ${this.interactive ? "" : "gr-disabled"}" part="choice">
            <input
              type="radio"
              name=${this.uid}
              value=${String(v)}
              .checked=${live(sameValue(this.value, v))}
              ?disabled=${!this.interactive}
              @change=${() => this.choose(i, v)}
            />
            <span>${label}</span>
          </label>`,
        )}
      </div>`;
  }

  private choose(index: number, v: unknown) {
    this.userValue(v);
    this.emit("select", { index, value: v, selected: true });
  }
}

define("radio", Radio);
