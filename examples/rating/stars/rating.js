// <gradio-star_rating>: the browser side of the Rating component in rating.go. A plain
// ES module: the app serves it as it is, and "lit" resolves through the page's import
// map to the copy of Lit the app already loads. Colours and sizes come from the theme's
// CSS variables, which reach into the shadow root.
import { LitElement, html, css } from "lit";

class StarRating extends LitElement {
  // The page sets these three, as on every component element.
  static properties = {
    props: { attribute: false },
    value: { attribute: false },
    interactive: { type: Boolean, reflect: true },
  };

  static styles = css`
    :host { display: block; font-family: var(--font); }
    .label { display: block; margin-bottom: 6px; font-size: var(--block-title-text-size); font-weight: var(--block-title-text-weight); color: var(--block-title-text-color); }
    button { font-size: 1.8rem; line-height: 1; padding: 0 2px; border: 0; background: none; color: var(--border-color-primary); cursor: pointer; }
    button.on { color: var(--color-accent); }
    button:disabled { cursor: default; }
    button:focus-visible { outline: 2px solid var(--input-border-color-focus); border-radius: var(--radius-sm); }
  `;

  constructor() {
    super();
    this.props = {};
    this.value = 0;
    this.interactive = false;
  }

  render() {
    const max = this.props.max ?? 5;
    const stars = [];
    for (let i = 1; i <= max; i++) {
      stars.push(html`<button type="button" class=${i <= (this.value ?? 0) ? "on" : ""} ?disabled=${!this.interactive}
        aria-label=${`${i} of ${max}`} aria-pressed=${i === this.value} @click=${() => this.pick(i)}>★</button>`);
    }
    return html`<span class="label" part="label">${this.props.label ?? ""}</span><div role="group" part="stars">${stars}</div>`;
  }

  pick(n) {
    this.value = n;
    // The page reads the new value property and runs the component's change listeners.
    this.dispatchEvent(new CustomEvent("gradio", { detail: { event: "input" } }));
    this.dispatchEvent(new CustomEvent("gradio", { detail: { event: "change" } }));
  }
}

customElements.define("gradio-star_rating", StarRating);
