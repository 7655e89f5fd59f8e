import { html } from "lit";
import { GradioElement, define } from "../core/element";
import { t } from "../core/messages";

/** gradio-fallback: what a component kind without an element renders as. */
export class Fallback extends GradioElement {
  protected override render() {
    return html`${this.label(null)}
      <div class="gr-fallback">${t("app.unsupported", { kind: String(this.props.kind) })}</div>`;
  }
}

define("fallback", Fallback);
