import { html } from "lit";
import { GradioElement, define } from "../core/element";

/** gradio-fallback: what a component kind without an element renders as. */
export class Fallback extends GradioElement {
  protected override render() {
    return html`${this.label(null)}
      <div class="gr-fallback">This page cannot show a “${this.props.kind}” component.</div>`;
  }
}

define("fallback", Fallback);
