import { html, nothing, type PropertyValues } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import DOMPurify from "dompurify";
import { GradioElement, define } from "../core/element";
import type { VegaHandle } from "./vegaplot";
import { t as msg } from "../core/messages";

const PALETTE = ["#f97316", "#3b82f6", "#22c55e", "#ef4444", "#a855f7", "#eab308", "#06b6d4", "#ec4899", "#84cc16", "#6366f1"];

/**
 * gradio-plot: a figure made by the app. The value is {type, plot}: "altair" (a Vega-Lite
 * or Vega spec as JSON text, drawn by vega, loaded on first use), "svg" (markup, sanitised)
 * or "matplotlib" (a data: image URL). Other types and errors are shown inline. It fires no
 * events of its own.
 */
export class Plot extends GradioElement {
  static override properties = { ...GradioElement.properties, error: { state: true }, loading: { state: true } };

  error = "";
  loading = false;
  private handle: VegaHandle | null = null;
  private seq = 0;
  private drawn: unknown = undefined;
  private ro: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      this.handle?.resize(w);
    });
    // Back in the page: draw again what was drawn (finalize() dropped the view).
    if (this.drawn !== undefined) {
      this.drawn = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ro?.disconnect();
    this.ro = null;
    this.handle?.finalize();
    this.handle = null;
    this.seq++;
  }

  protected override render() {
    const p = this.props;
    const v = this.value;
    const type = v && typeof v === "object" ? String(v.type ?? "") : "";
    const plot = v && typeof v === "object" ? v.plot : null;
    let body: unknown;
    if (v == null || plot == null || plot === "") {
      body = html`<div class="gr-plot-empty">${msg("plot.no_plot")}</div>`;
    } else if (type === "altair" || type === "vega" || type === "vega-lite") {
      body = html`<div class="gr-plot-vega" role="figure" aria-label=${p.label || msg("plot.chart")} aria-busy=${this.loading ? "true" : "false"}></div>
        ${this.loading ? html`<div class="gr-plot-loading"><span class="gr-spinner" aria-hidden="true"></span> ${msg("plot.loading")}</div>` : nothing}`;
    } else if (type === "svg" || (typeof plot === "string" && plot.trimStart().startsWith("<svg"))) {
      const clean = DOMPurify.sanitize(String(plot), { USE_PROFILES: { svg: true, svgFilters: true } });
      body = html`<div class="gr-plot-svg" role="img" aria-label=${p.label || msg("plot.chart")}>${unsafeHTML(clean)}</div>`;
    } else if (type === "matplotlib" || (typeof plot === "string" && plot.startsWith("data:image/"))) {
      body = /^data:image\/[a-z0-9.+-]+[;,]/i.test(String(plot))
        ? html`<img class="gr-plot-img" src=${String(plot)} alt=${p.label || msg("plot.plot")} />`
        : html`<div class="gr-plot-error" role="alert">${msg("plot.not_image")}</div>`;
    } else {
      body = html`<div class="gr-plot-error" role="alert">Plots of type “${type || "unknown"}” cannot be shown here.</div>`;
    }
    return html`${this.label(null)}
      <div class="gr-plot">
        ${body}
        ${this.error ? html`<div class="gr-plot-error" role="alert">${this.error}</div>` : nothing}
        ${p.caption ? html`<div class="gr-plot-caption">${p.caption}</div>` : nothing}
      </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("value") && this.value !== this.drawn) this.error = "";
  }

  protected override updated(): void {
    const v = this.value;
    const type = v && typeof v === "object" ? String(v.type ?? "") : "";
    if (v === this.drawn) return;
    this.drawn = v;
    this.handle?.finalize();
    this.handle = null;
    if (type !== "altair" && type !== "vega" && type !== "vega-lite") return;
    const box = this.querySelector<HTMLElement>(".gr-plot-vega");
    if (!box) return;
    void this.draw(box, v.plot);
  }

  private async draw(box: HTMLElement, plot: unknown) {
    const seq = ++this.seq;
    let spec: any;
    try {
      spec = typeof plot === "string" ? JSON.parse(plot) : plot;
      if (!spec || typeof spec !== "object") throw new Error("the spec is not a JSON object");
    } catch (err) {
      this.error = msg("plot.bad_spec", { error: (err as Error).message });
      return;
    }
    this.loading = true;
    try {
      const { renderVega } = await import("./vegaplot");
      if (seq !== this.seq) return;
      box.replaceChildren();
      const css = getComputedStyle(this);
      const v = (name: string, def: string) => css.getPropertyValue(name).trim() || def;
      const handle = await renderVega(
        box,
        spec,
        {
          text: v("--gr-text", "#27272a"),
          muted: v("--gr-text-muted", "#71717a"),
          border: v("--gr-border", "#e4e4e7"),
          font: v("--gr-font", "sans-serif"),
          palette: PALETTE,
        },
        (msg) => {
          if (seq === this.seq) this.error = msg;
        },
      );
      if (seq !== this.seq) {
        handle.finalize();
        return;
      }
      this.handle = handle;
      this.ro?.observe(box);
    } catch (err) {
      if (seq === this.seq) this.error = msg("plot.draw_failed", { error: String((err as Error).message ?? err) });
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }
}

define("plot", Plot);
