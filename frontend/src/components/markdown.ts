import { html, nothing } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { GradioElement, define } from "../core/element";
import { markdown } from "../core/markdown";
import { copyButton } from "./shared";
import { chatMarkdown, extractMath, katexLoaded, type Delimiter } from "./chatmarkdown";
import { t as text } from "../core/messages";

/** gradio-markdown: renders its value, Markdown text. It fires no events of its own. */
export class Markdown extends GradioElement {
  /** The last rendering, kept while the inputs are the same. */
  private cache = { key: "", html: "" };

  protected override render() {
    const p = this.props;
    const text = typeof this.value === "string" ? this.value : this.value == null ? "" : String(this.value);
    const style = [
      p.height != null ? `height:${cssSize(p.height)};overflow:auto` : "",
      p.max_height != null ? `max-height:${cssSize(p.max_height)};overflow:auto` : "",
      p.min_height != null ? `min-height:${cssSize(p.min_height)}` : "",
    ]
      .filter(Boolean)
      .join(";");
    const copy = (p.buttons ?? []).includes("copy");
    return html`${p.show_label === true ? this.label(null) : nothing}
      <div class="gr-markdown ${copy ? "gr-has-copy" : ""}">
        ${copy && text ? html`<div class="gr-markdown-buttons">${copyButton(() => this.value ?? "")}</div>` : nothing}
        <div
          class="gr-prose"
          dir=${p.rtl ? "rtl" : nothing}
          style=${style || nothing}
          aria-labelledby=${p.show_label === true && p.label ? this.uid + "-label" : nothing}
        >
          ${unsafeHTML(this.rendered(text))}
        </div>
      </div>`;
  }

  private rendered(text: string): string {
    const p = this.props;
    const sanitize = p.sanitize_html !== false;
    const lineBreaks = p.line_breaks === true;
    const links = p.header_links === true;
    const delimiters: Delimiter[] = Array.isArray(p.latex_delimiters) ? p.latex_delimiters : [];
    const key = `${sanitize}|${lineBreaks}|${links}|${katexLoaded()}|${JSON.stringify(delimiters)}|${text}`;
    if (this.cache.key !== key) {
      // Text with math goes through the chat's pipeline, which renders it with KaTeX
      // (loaded on first use); other text stays on the plain one.
      let out = delimiters.length && extractMath(text, delimiters).math.length
        ? chatMarkdown(text, { sanitize, lineBreaks, delimiters, onMath: () => this.requestUpdate() })
        : markdown(text, { sanitize, lineBreaks });
      if (links) {
        // An id another element of the page has is taken; this element's own are not.
        out = headerLinks(out, (id) => {
          const el = document.getElementById(id);
          return el != null && !this.contains(el);
        });
      }
      this.cache = { key, html: out };
    }
    return this.cache.html;
  }
}

/** Gives each heading an id (a slug of its text) and a "#" link to itself. */
function headerLinks(htmlText: string, taken: (id: string) => boolean): string {
  const t = document.createElement("template");
  t.innerHTML = htmlText;
  const used = new Set<string>();
  for (const h of t.content.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const base =
      (h.textContent ?? "")
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}\s-]/gu, "")
        .replace(/\s+/g, "-") || "section";
    let id = base;
    for (let i = 1; used.has(id) || taken(id); i++) id = `${base}-${i}`;
    used.add(id);
    h.id = id;
    const a = document.createElement("a");
    a.className = "gr-header-link";
    a.href = `#${id}`;
    a.setAttribute("aria-label", text("common.link_to", { title: h.textContent ?? "" }));
    a.textContent = "#";
    h.append(" ", a);
  }
  return t.innerHTML;
}

/** A size prop: a number is pixels, a string is a CSS length. */
export function cssSize(v: unknown): string {
  return typeof v === "number" ? `${v}px` : String(v);
}

define("markdown", Markdown);
