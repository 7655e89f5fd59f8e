import { html, nothing } from "lit";
import { GradioElement, define } from "../core/element";
import { defaultText } from "../core/messages";

/** gradio-button: a button; its value is its text. Also renders ClearButton. */
export class Button extends GradioElement {
  protected override render() {
    const p = this.props;
    const onClick = () => {
      if (p.link) window.open(p.link, p.link_target ?? "_self");
      this.emit("click");
    };
    return html`<button
      type="button"
      class="gr-button gr-${p.variant ?? "secondary"} gr-${p.size ?? "lg"}"
      part="button"
      ?disabled=${!this.interactive}
      @click=${onClick}
    >
      ${p.icon ? html`<img class="gr-button-icon" src=${p.icon} alt="" />` : nothing}${defaultText(this.value ?? p.value ?? "Run")}
    </button>`;
  }
}

define("button", Button);
