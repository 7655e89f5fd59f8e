import { html, nothing, type TemplateResult } from "lit";
import { GradioElement, define } from "../core/element";
import { copyButton } from "./shared";
import { cssSize } from "./markdown";

/**
 * gradio-json: a collapsible view of a JSON value. Objects and arrays are <details>
 * elements (keyboard operable as they are); all of them start open with props.open,
 * otherwise only the first level. It fires no events of its own.
 */
export class JSONView extends GradioElement {
  protected override render() {
    const p = this.props;
    const v = this.value;
    const empty = v == null;
    const copy = (p.buttons ?? []).includes("copy");
    const style = p.height != null ? `height:${cssSize(p.height)}` : p.max_height != null ? `max-height:${cssSize(p.max_height)}` : "";
    return html`${this.label(null)}
      ${empty
        ? nothing
        : html`<div class="gr-json" role="group" aria-labelledby=${p.label ? this.uid + "-label" : nothing}>
            ${copy ? html`<div class="gr-json-buttons">${copyButton(() => JSON.stringify(this.value, null, 2))}</div>` : nothing}
            <div class="gr-json-tree" style=${style || nothing}>${this.node(null, v, 0, true)}</div>
          </div>`}`;
  }

  private node(key: string | number | null, v: unknown, depth: number, last: boolean): TemplateResult {
    const comma = last ? nothing : html`<span class="gr-json-punct">,</span>`;
    const k =
      key == null
        ? nothing
        : typeof key === "number"
          ? html`<span class="gr-json-index">${key}</span><span class="gr-json-punct">: </span>`
          : html`<span class="gr-json-key">${JSON.stringify(key)}</span><span class="gr-json-punct">: </span>`;
    if (v === null || typeof v !== "object") {
      return html`<div class="gr-json-line">${k}${primitive(v)}${comma}</div>`;
    }
    const isArray = Array.isArray(v);
    const entries: [string | number | null, unknown][] = isArray
      ? (v as unknown[]).map((x, i) => [this.props.show_indices ? i : null, x])
      : Object.entries(v as Record<string, unknown>);
    const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
    if (entries.length === 0) {
      return html`<div class="gr-json-line">${k}<span class="gr-json-punct">${open}${close}</span>${comma}</div>`;
    }
    const n = entries.length;
    const summary = isArray ? `${n} item${n === 1 ? "" : "s"}` : `${n} key${n === 1 ? "" : "s"}`;
    return html`<details class="gr-json-node" ?open=${this.props.open === true || depth === 0}>
      <summary>
        ${k}<span class="gr-json-punct">${open}</span
        ><span class="gr-json-collapsed"
          ><span class="gr-json-preview">${summary}</span><span class="gr-json-punct">${close}</span>${comma}</span
        >
      </summary>
      <div class="gr-json-children">${entries.map(([ck, cv], i) => this.node(ck, cv, depth + 1, i === n - 1))}</div>
      <div class="gr-json-line gr-json-close"><span class="gr-json-punct">${close}</span>${comma}</div>
    </details>`;
  }
}

function primitive(v: unknown): TemplateResult {
  if (v === null) return html`<span class="gr-json-null">null</span>`;
  switch (typeof v) {
    case "string":
      return html`<span class="gr-json-string">${JSON.stringify(v)}</span>`;
    case "number":
      return html`<span class="gr-json-number">${String(v)}</span>`;
    case "boolean":
      return html`<span class="gr-json-boolean">${String(v)}</span>`;
  }
  return html`<span class="gr-json-null">${String(v)}</span>`;
}

define("json", JSONView);
