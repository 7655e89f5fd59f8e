import { html, nothing } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { GradioElement, define } from "../core/element";
import { sanitize } from "../core/markdown";
import { cssSize } from "./markdown";

/**
 * gradio-html: renders its value as HTML, sanitized (no scripts, no event handlers)
 * unless props.sanitize_html is false. A click anywhere in it fires "click".
 */
export class HTMLView extends GradioElement {
  private cache = { key: "", html: "" };

  protected override render() {
    const p = this.props;
    const text = typeof this.value === "string" ? this.value : this.value == null ? "" : String(this.value);
    const style = [
      p.min_height != null ? `min-height:${cssSize(p.min_height)}` : "",
      p.max_height != null ? `max-height:${cssSize(p.max_height)};overflow:auto` : "",
    ]
      .filter(Boolean)
      .join(";");
    return html`${p.show_label === true ? this.label(null) : nothing}
      <div
        class="gr-html ${p.padding ? "gr-html-padded" : ""}"
        style=${style || nothing}
        aria-labelledby=${p.show_label === true && p.label ? this.uid + "-label" : nothing}
        @click=${() => this.emit("click")}
      >
        ${unsafeHTML(this.rendered(text))}
      </div>`;
  }

  private rendered(text: string): string {
    const safe = this.props.sanitize_html !== false;
    const key = `${safe}|${text}`;
    if (this.cache.key !== key) this.cache = { key, html: safe ? sanitize(text) : text };
    return this.cache.html;
  }
}

define("html", HTMLView);
