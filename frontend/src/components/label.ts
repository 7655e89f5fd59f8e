import { html, nothing } from "lit";
import { GradioElement, define } from "../core/element";

interface Confidence {
  label: string;
  confidence: number;
}

/**
 * gradio-label: a classification result, {label, confidences: [{label, confidence}]}:
 * the top label in large type, then a bar per class. Clicking a class fires "select"
 * with {index, value}.
 */
export class LabelView extends GradioElement {
  protected override render() {
    const p = this.props;
    const v = this.value;
    if (v == null) return html`${this.label(null)}`;
    const top = typeof v === "object" ? v.label : v;
    const confidences: Confidence[] = typeof v === "object" && Array.isArray(v.confidences) ? v.confidences : [];
    const heading = top != null && top !== "" && (p.show_heading !== false || confidences.length === 0);
    return html`${this.label(null)}
      <div class="gr-classification" role="group" aria-labelledby=${p.label ? this.uid + "-label" : nothing}>
        ${heading ? html`<div class="gr-classification-top">${String(top)}</div>` : nothing}
        ${confidences.length > 0
          ? html`<ul class="gr-confidences">
              ${confidences.map((c, i) => {
                const pct = Math.max(0, Math.min(1, Number(c.confidence) || 0)) * 100;
                const shown = `${Math.round(Number(c.confidence) * 100)}%`;
                return html`<li>
                  <button
                    type="button"
                    class="gr-confidence ${c.label === top ? "gr-confidence-top" : ""}"
                    aria-label="${c.label}: ${shown}"
                    @click=${() => this.emit("select", { index: i, value: c.label })}
                  >
                    <span class="gr-confidence-text"><span class="gr-confidence-name">${c.label}</span><span class="gr-confidence-pct">${shown}</span></span>
                    <span class="gr-confidence-track" aria-hidden="true"><span class="gr-confidence-bar" style="width:${pct}%"></span></span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing}
      </div>`;
  }
}

define("label", LabelView);
