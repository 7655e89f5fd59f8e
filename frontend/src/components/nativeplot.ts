import { html, svg, nothing, type PropertyValues } from "lit";
import { guard } from "lit/directives/guard.js";
import { GradioElement, define } from "../core/element";
import { t as msg } from "../core/messages";
import { buildModel, type Model, type PlotValue, type Pt } from "./chart/model";
import { chart, dataTable, legend, summary } from "./chart/draw";
import { clamp, key } from "./chart/scales";
import { fmtCell } from "./chart/format";

/**
 * gradio-nativeplot: LinePlot, BarPlot and ScatterPlot drawn as SVG without a plotting
 * library. Scales (linear, time, band) with nice ticks, axes with titles and rotated
 * labels, one series per colour with a legend, aggregation (y_aggregate, x_bin), tooltips,
 * and a brush: dragging over a line or scatter plot selects an x range (select with
 * {index: [x0, x1], value: [x0, x1], selected: true}); a double click fires double_click.
 * The chart is an img with a summary for screen readers, and the data is in a hidden table.
 */
export class NativePlot extends GradioElement {
  static override properties = { ...GradioElement.properties, width: { state: true } };

  width = 0;
  private model: Model | null = null;
  private ro: ResizeObserver | null = null;
  private drag: { x: number; id: number } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this.width) >= 1) this.width = w;
    });
    const box = this.querySelector(".gr-nplot-box");
    if (box) this.ro.observe(box);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ro?.disconnect();
  }

  protected override firstUpdated(): void {
    const box = this.querySelector(".gr-nplot-box");
    if (box) this.ro?.observe(box);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("value")) this.clearBrush();
  }

  protected override render() {
    const p = this.props;
    const v = this.value as PlotValue | null;
    const ok = v && Array.isArray(v.columns) && Array.isArray(v.data);
    const height = typeof p.height === "number" ? p.height : 300;
    const width = typeof p.width === "number" ? p.width : this.width;
    const model = ok && width > 0 ? buildModel(p, v!, width, height) : null;
    this.model = model;
    const text = ok ? summary(p, v!, model) : msg("plot.empty");
    const buttons: string[] = Array.isArray(p.buttons) ? p.buttons : [];
    return html`${this.label(null)}
      ${model && buttons.length
        ? html`<div class="gr-nplot-buttons">
            ${buttons.includes("export")
              ? html`<button type="button" class="gr-icon-button gr-nplot-btn" aria-label=${msg("plot.download_svg")} title=${msg("plot.download_svg_title")} @click=${this.exportSVG}>
                  ${plotIcon("M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M7 10l5 5 5-5M12 15V3")}
                </button>`
              : nothing}
            ${buttons.includes("fullscreen")
              ? html`<button type="button" class="gr-icon-button gr-nplot-btn" aria-label=${msg("common.full_screen")} title=${msg("common.full_screen")} @click=${this.fullscreen}>
                  ${plotIcon("M8 3H5a2 2 0 0 0-2 2v3M21 8V5a2 2 0 0 0-2-2h-3M3 16v3a2 2 0 0 0 2 2h3M16 21h3a2 2 0 0 0 2-2v-3")}
                </button>`
              : nothing}
          </div>`
        : nothing}
      ${p.title ? html`<div class="gr-nplot-title">${p.title}</div>` : nothing}
      ${model && model.series.length > 1 ? legend(p, model) : nothing}
      <div class="gr-nplot-box" style="min-height:${height}px">
        ${!ok
          ? html`<div class="gr-nplot-empty">${msg("common.no_data")}</div>`
          : model
            ? html`<svg
                  class="gr-nplot"
                  role="img"
                  aria-label=${text}
                  width=${width}
                  height=${height}
                  viewBox="0 0 ${width} ${height}"
                  @pointerdown=${this.onDown}
                  @pointermove=${this.onMove}
                  @pointerup=${this.onUp}
                  @pointercancel=${this.onUp}
                  @pointerleave=${this.onLeave}
                  @dblclick=${this.onDouble}
                >
                  ${guard([v, p, width, height], () => chart(p, model, height))}
                  <g class="gr-nplot-overlay">
                    <line class="gr-nplot-rule" x1="0" x2="0" y1=${model.top} y2=${model.top + model.h} visibility="hidden"></line>
                    <g class="gr-nplot-marks-hl"></g>
                    <rect class="gr-nplot-brush" x="0" y=${model.top} width="0" height=${model.h} visibility="hidden"></rect>
                    <rect class="gr-nplot-hit ${this.brushable() ? "gr-nplot-brushable" : ""}" x=${model.left} y=${model.top} width=${Math.max(0, model.w)} height=${Math.max(0, model.h)}></rect>
                  </g>
                </svg>
                <div class="gr-nplot-tip" role="presentation" hidden></div>`
            : nothing}
        ${ok ? guard([v], () => dataTable(v!, text)) : nothing}
      </div>
      ${p.caption ? html`<div class="gr-nplot-caption">${p.caption}</div>` : nothing}`;
  }

  private fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void this.requestFullscreen?.().catch(() => {});
  };

  /** Downloads the chart as a standalone SVG, with the theme's colours written in. */
  private exportSVG = () => {
    const src = this.querySelector<SVGSVGElement>("svg.gr-nplot");
    if (!src) return;
    const copy = src.cloneNode(true) as SVGSVGElement;
    copy.querySelector(".gr-nplot-overlay")?.remove();
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    const from = src.querySelectorAll<SVGElement>(".gr-nplot-axes *, .gr-nplot-marks *");
    const to = copy.querySelectorAll<SVGElement>(".gr-nplot-axes *, .gr-nplot-marks *");
    from.forEach((el, i) => {
      const cs = getComputedStyle(el);
      for (const k of ["fill", "stroke", "stroke-width", "fill-opacity", "font", "stroke-dasharray"]) to[i]?.setAttribute(k === "font" ? "style" : k, k === "font" ? `font:${cs.font}` : cs.getPropertyValue(k));
    });
    const blob = new Blob([new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${String(this.props.title || this.props.label || "plot").replace(/[^\w.-]+/g, "_")}.svg`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  // Hover, tooltip and brush work on the DOM directly, so that moving the pointer does
  // not render the chart again.

  private svgX(ev: PointerEvent | MouseEvent): [number, number] {
    const svgEl = ev.currentTarget as SVGSVGElement;
    const r = svgEl.getBoundingClientRect();
    const vb = svgEl.viewBox.baseVal;
    const k = vb && vb.width ? vb.width / r.width : 1;
    return [(ev.clientX - r.left) * k, (ev.clientY - r.top) * k];
  }

  private brushable(): boolean {
    return this.props._selectable === true && !!this.model && this.model.xKind !== "band";
  }

  private onDown = (ev: PointerEvent) => {
    if (ev.button !== 0 || !this.brushable()) return;
    const m = this.model!;
    const [x, y] = this.svgX(ev);
    if (x < m.left || x > m.left + m.w || y < m.top || y > m.top + m.h) return;
    this.drag = { x, id: ev.pointerId };
    (ev.currentTarget as Element).setPointerCapture?.(ev.pointerId);
    this.hideTip();
    ev.preventDefault();
  };

  private onMove = (ev: PointerEvent) => {
    const m = this.model;
    if (!m) return;
    const [x, y] = this.svgX(ev);
    if (this.drag) {
      const a = clamp(Math.min(this.drag.x, x), m.left, m.left + m.w);
      const b = clamp(Math.max(this.drag.x, x), m.left, m.left + m.w);
      const r = this.querySelector<SVGRectElement>(".gr-nplot-brush");
      if (r) {
        r.setAttribute("x", String(a));
        r.setAttribute("width", String(b - a));
        r.setAttribute("visibility", "visible");
      }
      return;
    }
    if (x < m.left - 4 || x > m.left + m.w + 4 || y < m.top - 4 || y > m.top + m.h + 4) return this.hideTip();
    this.hover(m, x, y, ev);
  };

  private onUp = (ev: PointerEvent) => {
    const d = this.drag;
    const m = this.model;
    this.drag = null;
    if (!d || !m) return;
    const [x] = this.svgX(ev);
    const a = clamp(Math.min(d.x, x), m.left, m.left + m.w);
    const b = clamp(Math.max(d.x, x), m.left, m.left + m.w);
    if (b - a < 3) {
      this.clearBrush();
      return;
    }
    // Data values, rounded to about a pixel's worth (whole milliseconds for time).
    const perPixel = Math.abs(m.x1 - m.x0) / Math.max(1, m.w);
    const digits = m.xKind === "time" ? 0 : Math.max(0, Math.min(12, 1 - Math.floor(Math.log10(perPixel || 1))));
    // Dates are sent in seconds since the epoch.
    const inv = (px: number) => {
      const v = Number((m.x0 + ((px - m.left) / m.w) * (m.x1 - m.x0)).toFixed(digits));
      return m.xKind === "time" ? v / 1000 : v;
    };
    const range = [inv(a), inv(b)];
    this.emit("select", { index: range, value: range, selected: true });
  };

  private onLeave = () => {
    if (!this.drag) this.hideTip();
  };

  private onDouble = () => {
    this.clearBrush();
    this.emit("double_click");
  };

  private clearBrush() {
    this.querySelector(".gr-nplot-brush")?.setAttribute("visibility", "hidden");
  }

  private hover(m: Model, x: number, y: number, ev: PointerEvent) {
    const mode = this.props.tooltip ?? "axis";
    if (mode === "none" || m.points.length === 0) return this.hideTip();
    let hits: Pt[] = [];
    if (m.mark === "bar") {
      const bw = m.w / Math.max(1, m.bands.length);
      const i = Math.floor((x - m.left) / bw);
      const band = m.bands[i];
      if (band == null) return this.hideTip();
      const inBand = m.points.filter((q) => key(q.x) === band);
      const exact = inBand.find((q) => x >= q.bx! && x <= q.bx! + q.bw!);
      hits = mode === "axis" ? inBand : exact ? [exact] : [];
    } else {
      let best: Pt | null = null;
      let bd = Infinity;
      for (const q of m.points) {
        const dx = q.px - x;
        const dy = m.mark === "line" && mode === "axis" ? 0 : q.py - y;
        const dist = dx * dx + dy * dy;
        if (dist < bd) {
          bd = dist;
          best = q;
        }
      }
      if (!best || (m.mark === "point" && bd > 900)) return this.hideTip();
      hits = m.mark === "line" && mode === "axis" ? m.points.filter((q) => key(q.x) === key(best!.x)) : [best];
    }
    if (hits.length === 0) return this.hideTip();
    // Markers on the hovered points and, for lines, a rule at their x.
    const hl = this.querySelector(".gr-nplot-marks-hl");
    if (hl) {
      hl.replaceChildren(
        ...(m.mark === "bar"
          ? []
          : hits.map((q) => {
              const c = document.createElementNS("http://www.w3.org/2000/svg", "circle");
              c.setAttribute("cx", String(q.px));
              c.setAttribute("cy", String(q.py));
              c.setAttribute("r", "5");
              c.setAttribute("fill", m.colors[q.s]);
              c.setAttribute("class", "gr-nplot-hl");
              return c;
            })),
      );
    }
    const rule = this.querySelector(".gr-nplot-rule");
    if (rule) {
      const show = m.mark === "line";
      rule.setAttribute("visibility", show ? "visible" : "hidden");
      rule.setAttribute("x1", String(hits[0].px));
      rule.setAttribute("x2", String(hits[0].px));
    }
    this.showTip(m, hits, mode, ev);
  }

  private showTip(m: Model, hits: Pt[], mode: unknown, ev: PointerEvent) {
    const tip = this.querySelector<HTMLElement>(".gr-nplot-tip");
    const v = this.value as PlotValue;
    if (!tip) return;
    const rows: [string, string, string | null][] = [];
    const xText = (q: Pt) => (m.xKind === "band" ? m.bandLabel.get(key(q.x)) ?? String(q.x) : m.fmtX(q.x));
    const xName = this.props.x_title || m.xCol;
    const yName = this.props.y_title || m.yCol;
    if (Array.isArray(mode) || mode === "all") {
      const q = hits[0];
      // A list names columns shown besides the plotted ones.
      const cols = Array.isArray(mode) ? [...new Set([m.xCol, m.yCol, ...(m.cCol ? [m.cCol] : []), ...mode.map(String)])] : v.columns.map(String);
      if (q.row >= 0) {
        const r = v.data[q.row];
        for (const c of cols) {
          const i = v.columns.indexOf(c);
          if (i >= 0) rows.push([c, fmtCell(r[i]), null]);
        }
      } else {
        rows.push([xName, xText(q), null], [yName, m.fmtY(q.y), null]);
        if (m.cCol) rows.push([m.cCol, m.series[q.s], m.colors[q.s]]);
      }
    } else if (hits.length > 1 || (m.cCol && m.mark !== "point")) {
      rows.push([xName, xText(hits[0]), null]);
      for (const q of hits) rows.push([m.cCol ? m.series[q.s] : yName, m.fmtY(q.y), m.cCol ? m.colors[q.s] : null]);
    } else {
      const q = hits[0];
      rows.push([xName, xText(q), null], [yName, m.fmtY(q.y), null]);
      if (m.cCol) rows.push([m.cCol, m.series[q.s], m.colors[q.s]]);
    }
    tip.replaceChildren(
      ...rows.map(([k, val, color]) => {
        const line = document.createElement("div");
        const kEl = document.createElement("span");
        kEl.className = "gr-nplot-tip-key";
        if (color) {
          const sw = document.createElement("span");
          sw.className = "gr-nplot-swatch";
          sw.style.background = color;
          kEl.append(sw);
        }
        kEl.append(k);
        const vEl = document.createElement("span");
        vEl.className = "gr-nplot-tip-value";
        vEl.textContent = val;
        line.append(kEl, vEl);
        return line;
      }),
    );
    tip.hidden = false;
    const box = tip.parentElement!.getBoundingClientRect();
    let left = ev.clientX - box.left + 14;
    let top = ev.clientY - box.top + 14;
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    if (left + tw > box.width) left = Math.max(0, ev.clientX - box.left - tw - 14);
    if (top + th > box.height) top = Math.max(0, ev.clientY - box.top - th - 14);
    tip.style.transform = `translate(${Math.round(left)}px,${Math.round(top)}px)`;
  }

  private hideTip() {
    const tip = this.querySelector<HTMLElement>(".gr-nplot-tip");
    if (tip) tip.hidden = true;
    this.querySelector(".gr-nplot-marks-hl")?.replaceChildren();
    this.querySelector(".gr-nplot-rule")?.setAttribute("visibility", "hidden");
  }
}

function plotIcon(d: string) {
  return svg`<svg class="gr-chat-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;
}

define("nativeplot", NativePlot);
