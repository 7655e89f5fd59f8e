import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import { asArray, choicesOf, sameValue } from "./helpers";
import { t } from "../core/messages";

/**
 * gradio-checkboxgroup: a check box per choice; its value is the array of checked
 * values, in the order they were checked (as in Gradio). Toggling one fires input,
 * change and select ({index, value, selected}).
 */
export class CheckboxGroup extends GradioElement {
  protected override render() {
    const p = this.props;
    const choices = choicesOf(p.choices);
    const value = asArray(this.value);
    const isChecked = (v: unknown) => value.some((x) => sameValue(x, v));
    const count = choices.filter(([, v]) => isChecked(v)).length;
    const all = choices.length > 0 && count === choices.length;
    const some = count > 0 && !all;
    return html`${this.label(null)}
      <div
        class="gr-choices"
        role="group"
        aria-labelledby=${p.label ? this.uid + "-label" : nothing}
        aria-describedby=${p.info ? this.uid + "-info" : nothing}
      >
        ${p.show_select_all && choices.length > 1
          ? html`<label class="gr-check gr-choice gr-select-all ${this.interactive ? "" : "gr-disabled"}" part="choice select-all">
              <input
                type="checkbox"
                .checked=${live(all)}
                .indeterminate=${some}
                ?disabled=${!this.interactive}
                @change=${(ev: Event) => this.setAll((ev.target as HTMLInputElement).checked)}
              />
              <span>${t("checkbox.select_all")}</span>
            </label>`
          : nothing}
        ${choices.map(
          ([label, v], i) => html`<label class="gr-check gr-choice ${this.interactive ? "" : "gr-disabled"}" part="choice">
            <input
              type="checkbox"
              name=${this.uid}
              value=${String(v)}
              .checked=${live(isChecked(v))}
              ?disabled=${!this.interactive}
              @change=${(ev: Event) => this.toggle(i, v, (ev.target as HTMLInputElement).checked)}
            />
            <span>${label}</span>
          </label>`,
        )}
      </div>`;
  }

  private toggle(index: number, v: unknown, checked: boolean) {
    const rest = asArray(this.value).filter((x) => !sameValue(x, v));
    this.userValue(checked ? [...rest, v] : rest);
    this.emit("select", { index, value: v, selected: checked });
  }

  private setAll(checked: boolean) {
    const current = asArray(this.value);
    const missing = choicesOf(this.props.choices)
      .map(([, v]) => v)
      .filter((v) => !current.some((x) => sameValue(x, v)));
    this.userValue(checked ? [...current, ...missing] : []);
  }
}

define("checkboxgroup", CheckboxGroup);
