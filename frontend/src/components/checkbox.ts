import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";

/** gradio-checkbox: one check box with its label beside it; its value is a boolean. */
export class Checkbox extends GradioElement {
  protected override render() {
    const p = this.props;
    const hideLabel = p.show_label === false;
    return html`${p.info ? html`<div class="gr-info gr-checkbox-info" part="info" id=${this.uid + "-info"}>${p.info}</div>` : nothing}
      <label class="gr-check ${this.interactive ? "" : "gr-disabled"}" part="choice">
        <input
          id=${this.uid}
          type="checkbox"
          .checked=${live(this.value === true)}
          ?disabled=${!this.interactive}
          aria-label=${hideLabel && p.label ? p.label : nothing}
          aria-describedby=${p.info ? this.uid + "-info" : nothing}
          @change=${this.onChange}
        />
        ${p.label && !hideLabel ? html`<span part="label">${p.label}</span>` : nothing}
      </label>`;
  }

  private onChange(ev: Event) {
    const checked = (ev.target as HTMLInputElement).checked;
    this.userValue(checked);
    this.emit("select", { index: null, value: this.props.label ?? null, selected: checked });
  }
}

define("checkbox", Checkbox);
