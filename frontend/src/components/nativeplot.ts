import { html, svg, nothing, type PropertyValues, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import { GradioElement, define } from "../core/element";
import { t as msg } from "../core/messages";

/** The value of a LinePlot, BarPlot or ScatterPlot. */
interface PlotValue {
  columns: string[];
  data: unknown[][];
  datatypes?: Record<string, string>;
  mark?: "line" | "bar" | "point" | string;
}

type XKind = "linear" | "time" | "band";

/** A point of the chart: data and pixel coordinates. */
interface Pt {
  x: number | string;
  y: number;
  px: number;
  py: number;
  s: number;
  /** The source row, or -1 for an aggregated point. */
  row: number;
  /** For bars: the rectangle, from py0 (the top of the bar stacked below) to py. */
  bx?: number;
  bw?: number;
  py0?: number;
}

interface Model {
  mark: "line" | "bar" | "point";
  xKind: XKind;
  series: string[];
  colors: string[];
  points: Pt[];
  bands: string[];
  left: number;
  top: number;
  w: number;
  h: number;
  x0: number;
  x1: number;
  xCol: string;
  yCol: string;
  cCol: string | null;
  fmtX: (v: number | string) => string;
  fmtY: (v: number) => string;
  /** Band labels by key (bins read "lo–hi"). */
  bandLabel: Map<string, string>;
  yTicks: number[];
  sy: (v: number) => number;
  xAngle: number;
  yAngle: number;
  xLabelsVisible: boolean;
}

const PALETTE = ["#f97316", "#3b82f6", "#22c55e", "#ef4444", "#a855f7", "#eab308", "#06b6d4", "#ec4899", "#84cc16", "#6366f1", "#14b8a6", "#f43f5e"];

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
    const model = ok && width > 0 ? this.build(v!, width, height) : null;
    this.model = model;
    const summary = ok ? this.summary(v!, model) : msg("plot.empty");
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
      ${model && model.series.length > 1 ? this.legend(model) : nothing}
      <div class="gr-nplot-box" style="min-height:${height}px">
        ${!ok
          ? html`<div class="gr-nplot-empty">${msg("common.no_data")}</div>`
          : model
            ? html`<svg
                  class="gr-nplot"
                  role="img"
                  aria-label=${summary}
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
                  ${guard([v, p, width, height], () => this.chart(model, v!, width, height))}
                  <g class="gr-nplot-overlay">
                    <line class="gr-nplot-rule" x1="0" x2="0" y1=${model.top} y2=${model.top + model.h} visibility="hidden"></line>
                    <g class="gr-nplot-marks-hl"></g>
                    <rect class="gr-nplot-brush" x="0" y=${model.top} width="0" height=${model.h} visibility="hidden"></rect>
                    <rect class="gr-nplot-hit ${this.brushable() ? "gr-nplot-brushable" : ""}" x=${model.left} y=${model.top} width=${Math.max(0, model.w)} height=${Math.max(0, model.h)}></rect>
                  </g>
                </svg>
                <div class="gr-nplot-tip" role="presentation" hidden></div>`
            : nothing}
        ${ok ? guard([v], () => this.table(v!, summary)) : nothing}
      </div>
      ${p.caption ? html`<div class="gr-nplot-caption">${p.caption}</div>` : nothing}`;
  }

  /** Columns, types and aggregation → the model: scales and pixel points. */
  private build(v: PlotValue, width: number, height: number): Model | null {
    const p = this.props;
    const cols = v.columns.map(String);
    const xCol = String(p.x ?? cols[0] ?? "");
    const yCol = String(p.y ?? cols[1] ?? "");
    const xi = cols.indexOf(xCol);
    const yi = cols.indexOf(yCol);
    if (xi < 0 || yi < 0) return null;
    const cCol = p.color != null && cols.includes(String(p.color)) ? String(p.color) : null;
    const ci = cCol ? cols.indexOf(cCol) : -1;
    const types = v.datatypes ?? {};
    const mark: Model["mark"] = v.mark === "bar" ? "bar" : v.mark === "point" ? "point" : p.name === "barplot" ? "bar" : p.name === "scatterplot" ? "point" : "line";
    const xType = types[xCol] ?? inferType(v.data.map((r) => r[xi]));
    const xKind: XKind = mark === "bar" || (xType !== "quantitative" && xType !== "temporal") ? "band" : xType === "temporal" ? "time" : "linear";
    const toX = (raw: unknown): number | string | null => {
      if (xType === "temporal") return toTime(raw);
      if (xType === "quantitative") return raw == null || raw === "" || !Number.isFinite(Number(raw)) ? null : Number(raw);
      return raw == null ? null : String(raw);
    };

    // Rows → (x, y, series); binning and aggregation.
    const series: string[] = [];
    const sIndex = new Map<string, number>();
    const colorMap: Record<string, string> = p.color_map && typeof p.color_map === "object" ? p.color_map : {};
    let rows: { x: number | string; y: number; s: number; row: number }[] = [];
    v.data.forEach((r, row) => {
      let x = toX(r[xi]);
      const y = Number(r[yi]);
      if (x == null || (typeof x === "number" && !Number.isFinite(x)) || r[yi] == null || !Number.isFinite(y)) return;
      const name = ci >= 0 ? String(r[ci] ?? "") : "";
      let s = sIndex.get(name);
      if (s == null) {
        s = series.length;
        series.push(name);
        sIndex.set(name, s);
      }
      rows.push({ x, y, s, row });
    });
    const bin = p.x_bin != null ? (xType === "temporal" ? parseDuration(p.x_bin) : Number(p.x_bin)) : 0;
    if (bin > 0 && typeof rows[0]?.x === "number") rows = rows.map((r) => ({ ...r, x: Math.floor((r.x as number) / bin) * bin }));
    const agg = String(p.y_aggregate ?? (bin > 0 || mark === "bar" ? "sum" : ""));
    if (agg) rows = aggregate(rows, agg);

    // The x scale.
    const xFormat = typeof p.x_axis_format === "string" && p.x_axis_format ? p.x_axis_format : "";
    const fmtX = (t: number | string) =>
      xFormat && typeof t === "number" ? pattern(xFormat, t) : xType === "temporal" ? fmtTime(Number(t), 0) : typeof t === "number" ? fmtNum(t) : String(t);
    let bands: string[] = [];
    let bandLabel = new Map<string, string>();
    if (xKind === "band") {
      const seen = new Map<string, number | string>();
      for (const r of rows) if (!seen.has(key(r.x))) seen.set(key(r.x), r.x);
      let order = [...seen.values()];
      if (xType === "quantitative" || xType === "temporal") order.sort((a, b) => (a as number) - (b as number));
      const sort = p.sort;
      if (Array.isArray(sort)) {
        const rank = new Map(sort.map((s: unknown, i: number) => [String(s), i]));
        order.sort((a, b) => (rank.get(String(a)) ?? 1e9) - (rank.get(String(b)) ?? 1e9));
      } else if (sort === "x" || sort === "-x") {
        order.sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b))));
        if (sort === "-x") order.reverse();
      } else if (sort === "y" || sort === "-y") {
        const tot = new Map<string, number>();
        for (const r of rows) tot.set(key(r.x), (tot.get(key(r.x)) ?? 0) + r.y);
        order.sort((a, b) => (tot.get(key(a)) ?? 0) - (tot.get(key(b)) ?? 0));
        if (sort === "-y") order.reverse();
      }
      bands = order.map(key);
      bandLabel = new Map(order.map((o) => [key(o), bin > 0 && typeof o === "number" ? `${fmtX(o)}–${fmtX(o + bin)}` : fmtX(o)]));
    }

    // The y scale.
    // Bars of several series stack, as Vega-Lite draws them: each bar starts where the
    // one below it in its band ends, positives upwards and negatives downwards.
    const stackBase = new Map<(typeof rows)[number], number>();
    if (mark === "bar") {
      const up = new Map<string, number>();
      const down = new Map<string, number>();
      for (const r of [...rows].sort((a, b) => a.s - b.s)) {
        const sums = r.y < 0 ? down : up;
        const b = sums.get(key(r.x)) ?? 0;
        stackBase.set(r, b);
        sums.set(key(r.x), b + r.y);
      }
    }
    const ys = mark === "bar" ? rows.map((r) => stackBase.get(r)! + r.y) : rows.map((r) => r.y);
    let [yMin, yMax] = extent(ys);
    if (mark === "bar") {
      yMin = Math.min(0, yMin);
      yMax = Math.max(0, yMax);
    }
    const yLim = Array.isArray(p.y_lim) ? p.y_lim : [];
    const yT = niceTicks(yLim[0] ?? yMin, yLim[1] ?? yMax, Math.max(2, Math.round(height / 60)));
    const y0 = yLim[0] != null ? Number(yLim[0]) : yT.min;
    const y1 = yLim[1] != null ? Number(yLim[1]) : yT.max;
    const yFormat = typeof p.y_axis_format === "string" && p.y_axis_format ? p.y_axis_format : "";
    const fmtY = (n: number) => (yFormat ? pattern(yFormat, n) : fmtNum(n, yT.step));

    // Margins from the label sizes.
    const xAngle = Number(p.x_label_angle) || 0;
    const yAngle = Number(p.y_label_angle) || 0;
    const yLabelW = Math.max(...yT.ticks.map((t) => textWidth(fmtY(t))), 10);
    const left = Math.ceil(yLabelW * Math.abs(Math.cos((yAngle * Math.PI) / 180)) + 8 + 4) + (p.y_title !== "" ? 18 : 0);
    const xLabelsVisible = p.x_axis_labels_visible !== false;
    let xLabelW = 30;
    if (xKind === "band") xLabelW = Math.max(...bands.map((b) => textWidth(bandLabel.get(b) ?? b)), 10);
    else xLabelW = xKind === "time" ? 70 : 40;
    const rad = (xAngle * Math.PI) / 180;
    const xLabelH = xLabelsVisible ? (xAngle ? Math.abs(Math.sin(rad)) * Math.min(xLabelW, 160) + Math.abs(Math.cos(rad)) * 12 + 8 : 20) : 4;
    const bottom = Math.ceil(xLabelH + (p.x_title !== "" ? 20 : 4));
    const top = 10;
    const right = 16;
    const w = Math.max(10, width - left - right);
    const h = Math.max(10, height - top - bottom);
    const sy = scale(y0, y1, top + h, top);

    // Points in pixels.
    let x0 = 0;
    let x1 = 1;
    const points: Pt[] = [];
    if (xKind === "band") {
      const bw = w / Math.max(1, bands.length);
      const inner = bw * 0.8;
      const pos = new Map(bands.map((b, i) => [b, i]));
      for (const r of rows) {
        const i = pos.get(key(r.x))!;
        const bx = left + i * bw + (bw - inner) / 2;
        const px = left + i * bw + bw / 2;
        if (mark === "bar") {
          const b = stackBase.get(r)!;
          points.push({ ...r, px, py: sy(b + r.y), py0: sy(b), bx, bw: inner });
        } else {
          points.push({ ...r, px, py: sy(r.y) });
        }
      }
    } else {
      const xs = rows.map((r) => r.x as number);
      const [dMin, dMax] = extent(xs);
      const xLim = Array.isArray(p.x_lim) ? p.x_lim : [];
      if (xKind === "linear") {
        const t = niceTicks(xLim[0] ?? dMin, xLim[1] ?? dMax, Math.max(2, Math.floor(w / 80)));
        x0 = xLim[0] != null ? Number(xLim[0]) : t.min;
        x1 = xLim[1] != null ? Number(xLim[1]) : t.max;
      } else {
        // Limits of a date axis are in seconds since the epoch.
        const lim = (v: unknown) => (typeof v === "number" && Math.abs(v) < 1e11 ? v * 1000 : toTime(v));
        x0 = xLim[0] != null ? lim(xLim[0]) ?? dMin : dMin;
        x1 = xLim[1] != null ? lim(xLim[1]) ?? dMax : dMax;
        if (x0 === x1) {
          x0 -= 864e5 / 2;
          x1 += 864e5 / 2;
        }
      }
      const sx = scale(x0, x1, left, left + w);
      for (const r of rows) points.push({ ...r, px: sx(r.x as number), py: sy(r.y) });
      if (mark === "line") points.sort((a, b) => a.s - b.s || (a.x as number) - (b.x as number));
    }
    const colors = series.map((s, i) => colorMap[s] ?? PALETTE[i % PALETTE.length]);
    const yTicks = yT.ticks.filter((t) => t >= Math.min(y0, y1) - 1e-9 && t <= Math.max(y0, y1) + 1e-9);
    return { mark, xKind, series, colors, points, bands, left, top, w, h, x0, x1, xCol, yCol, cCol, fmtX, fmtY, bandLabel, yTicks, sy, xAngle, yAngle, xLabelsVisible };
  }

  /** The static part of the chart: grid, axes, marks. */
  private chart(m: Model, v: PlotValue, width: number, height: number) {
    const p = this.props;
    const { sy, yTicks, xAngle, yAngle } = m;
    const bottomY = m.top + m.h;
    const anchor = xAngle < 0 ? "end" : xAngle > 0 ? "start" : "middle";
    const xLabel = (px: number, text: string) =>
      xAngle
        ? svg`<text class="gr-nplot-label" text-anchor=${anchor} transform="translate(${px},${bottomY + 10}) rotate(${xAngle})" dy="0.35em">${text}</text>`
        : svg`<text class="gr-nplot-label" x=${px} y=${bottomY + 16} text-anchor="middle">${text}</text>`;

    // X ticks.
    let xTicks: TemplateResult[] = [];
    if (m.xKind === "band") {
      const bw = m.w / Math.max(1, m.bands.length);
      const every = xAngle ? 1 : Math.max(1, Math.ceil(m.bands.length / Math.max(1, Math.floor(m.w / 60))));
      xTicks = m.bands.map((b, i) => {
        const px = m.left + i * bw + bw / 2;
        return svg`<line class="gr-nplot-tick" x1=${px} x2=${px} y1=${bottomY} y2=${bottomY + 4}></line>
          ${m.xLabelsVisible && i % every === 0 ? xLabel(px, truncate(m.bandLabel.get(b) ?? b, 24)) : nothing}`;
      });
    } else {
      const n = Math.max(2, Math.floor(m.w / (m.xKind === "time" ? 110 : 80)));
      const ticks = m.xKind === "time" ? timeTicks(m.x0, m.x1, n) : niceTicks(m.x0, m.x1, n);
      const sx = scale(m.x0, m.x1, m.left, m.left + m.w);
      xTicks = ticks.ticks
        .filter((t) => t >= Math.min(m.x0, m.x1) - 1e-9 && t <= Math.max(m.x0, m.x1) + 1e-9)
        .map((t) => {
          const px = sx(t);
          const text = p.x_axis_format ? m.fmtX(t) : m.xKind === "time" ? fmtTime(t, ticks.step) : fmtNum(t, ticks.step);
          return svg`<line class="gr-nplot-grid" x1=${px} x2=${px} y1=${m.top} y2=${bottomY}></line>
            <line class="gr-nplot-tick" x1=${px} x2=${px} y1=${bottomY} y2=${bottomY + 4}></line>
            ${m.xLabelsVisible ? xLabel(px, text) : nothing}`;
        });
    }
    const yAxis = yTicks.map((t) => {
      const py = sy(t);
      return svg`<line class="gr-nplot-grid" x1=${m.left} x2=${m.left + m.w} y1=${py} y2=${py}></line>
        <text class="gr-nplot-label" text-anchor="end" dy="0.32em" transform="translate(${m.left - 6},${py})${yAngle ? ` rotate(${yAngle})` : ""}">${m.fmtY(t)}</text>`;
    });
    const xTitle = p.x_title ?? m.xCol;
    const yTitle = p.y_title ?? m.yCol;

    // Marks.
    let marks: unknown;
    if (m.mark === "line") {
      marks = m.series.map((_, s) => {
        const pts = m.points.filter((q) => q.s === s);
        const d = pts.map((q, i) => `${i ? "L" : "M"}${q.px.toFixed(1)},${q.py.toFixed(1)}`).join("");
        const lone = pts.length === 1 ? svg`<circle cx=${pts[0].px} cy=${pts[0].py} r="3" fill=${m.colors[s]}></circle>` : nothing;
        return svg`<path class="gr-nplot-line" d=${d} stroke=${m.colors[s]}></path>${lone}`;
      });
    } else if (m.mark === "point") {
      marks = m.points.map((q) => svg`<circle class="gr-nplot-point" cx=${q.px.toFixed(1)} cy=${q.py.toFixed(1)} r="4" fill=${m.colors[q.s]}></circle>`);
    } else {
      marks = m.points.map((q) => {
        const top = clamp(Math.min(q.py, q.py0!), m.top, bottomY);
        const bottom = clamp(Math.max(q.py, q.py0!), m.top, bottomY);
        return svg`<rect class="gr-nplot-bar" x=${q.bx!.toFixed(1)} y=${top.toFixed(1)} width=${Math.max(1, q.bw! - 1).toFixed(1)} height=${(bottom - top).toFixed(1)} fill=${m.colors[q.s]}></rect>`;
      });
    }
    return svg`<g class="gr-nplot-axes">
        ${yAxis}${xTicks}
        <line class="gr-nplot-axis" x1=${m.left} x2=${m.left + m.w} y1=${bottomY} y2=${bottomY}></line>
        <line class="gr-nplot-axis" x1=${m.left} x2=${m.left} y1=${m.top} y2=${bottomY}></line>
        ${xTitle ? svg`<text class="gr-nplot-axis-title" x=${m.left + m.w / 2} y=${height - 4} text-anchor="middle">${xTitle}</text>` : nothing}
        ${yTitle ? svg`<text class="gr-nplot-axis-title" text-anchor="middle" transform="translate(12,${m.top + m.h / 2}) rotate(-90)">${yTitle}</text>` : nothing}
      </g>
      <g class="gr-nplot-marks">${marks}</g>`;
  }

  private legend(m: Model) {
    const only = this.props.colors_in_legend;
    const shown = m.series.map((s, i) => [s, i] as const).filter(([s]) => !Array.isArray(only) || only.map(String).includes(s));
    if (shown.length === 0) return nothing;
    const title = this.props.color_title ?? m.cCol;
    return html`<div class="gr-nplot-legend" aria-hidden="true">
      ${title ? html`<span class="gr-nplot-legend-title">${title}</span>` : nothing}
      ${shown.map(
        ([s, i]) => html`<span class="gr-nplot-legend-item"
          ><span class="gr-nplot-swatch ${m.mark === "line" ? "gr-nplot-swatch-line" : ""}" style="background:${m.colors[i]}"></span>${s}</span
        >`,
      )}
    </div>`;
  }

  private summary(v: PlotValue, m: Model | null): string {
    const p = this.props;
    const kind = p.name === "barplot" || v.mark === "bar" ? "Bar" : p.name === "scatterplot" || v.mark === "point" ? "Scatter" : "Line";
    const x = p.x_title || p.x || v.columns[0];
    const y = p.y_title || p.y || v.columns[1];
    let s = `${kind} plot${p.title ? `: ${p.title}` : ""}. ${y} by ${x}`;
    if (m && m.cCol && m.series.length) s += `, coloured by ${p.color_title || m.cCol} (${m.series.length} series: ${m.series.slice(0, 8).join(", ")}${m.series.length > 8 ? ", …" : ""})`;
    s += `. ${v.data.length} row${v.data.length === 1 ? "" : "s"}`;
    if (m && m.points.length) {
      const ys = extent(m.points.map((q) => q.y));
      if (m.xKind !== "band") s += `; ${x} from ${m.fmtX(Math.min(...m.points.map((q) => q.x as number)))} to ${m.fmtX(Math.max(...m.points.map((q) => q.x as number)))}`;
      s += `; ${y} from ${fmtNum(ys[0])} to ${fmtNum(ys[1])}`;
    }
    return s + ".";
  }

  private table(v: PlotValue, summary: string) {
    const max = 1000;
    const rows = v.data.slice(0, max);
    // The hidden box is a div: a table grows to fit its rows whatever its height, and a
    // long one stretched the page below the plot.
    return html`<div class="gr-sr-only"><table>
      <caption>
        ${summary}${v.data.length > max ? ` The first ${max} rows:` : ""}
      </caption>
      <thead>
        <tr>
          ${v.columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c == null ? "" : String(c)}</td>`)}</tr>`)}
      </tbody>
    </table></div>`;
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

// Scales, ticks and formats.

function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (v: number) => r0 + (v - d0) * k;
}

function extent(xs: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (lo === Infinity) return [0, 1];
  if (lo === hi) return lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
  return [lo, hi];
}

/** Round numbers (1, 2 or 5 × 10^k apart) covering [lo, hi], about count of them. */
export function niceTicks(lo: number, hi: number, count: number): { ticks: number[]; min: number; max: number; step: number } {
  lo = Number(lo);
  hi = Number(hi);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const raw = (hi - lo) / Math.max(1, count);
  let step = 10 ** Math.floor(Math.log10(raw));
  const err = raw / step;
  if (err >= 7.5) step *= 10;
  else if (err >= 3.5) step *= 5;
  else if (err >= 1.5) step *= 2;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min, i = 0; t <= max + step / 2 && i < 1000; t = min + ++i * step) ticks.push(round(t));
  return { ticks, min, max, step };
}

const S = 1e3;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const TIME_STEPS = [S, 5 * S, 15 * S, 30 * S, M, 5 * M, 15 * M, 30 * M, H, 3 * H, 6 * H, 12 * H, D, 2 * D, 7 * D, 30 * D, 91 * D, 365 * D];

function timeTicks(lo: number, hi: number, count: number): { ticks: number[]; step: number } {
  const span = Math.max(1, hi - lo);
  let step = TIME_STEPS.find((s) => span / s <= count) ?? 0;
  if (!step) {
    // Several years apart: whole years.
    const years = niceTicks(new Date(lo).getFullYear(), new Date(hi).getFullYear(), count).step;
    step = Math.max(1, Math.round(years)) * 365 * D;
  }
  const ticks: number[] = [];
  const d = new Date(lo);
  if (step >= 365 * D) {
    const yStep = Math.max(1, Math.round(step / (365 * D)));
    let y = Math.ceil(d.getFullYear() / yStep) * yStep;
    for (let t = new Date(y, 0, 1).getTime(); t <= hi; y += yStep, t = new Date(y, 0, 1).getTime()) if (t >= lo) ticks.push(t);
  } else if (step >= 30 * D) {
    const mStep = step >= 91 * D ? 3 : 1;
    let y = d.getFullYear();
    let mo = Math.ceil(d.getMonth() / mStep) * mStep;
    for (let i = 0; i < 500; i++, mo += mStep) {
      const t = new Date(y, mo, 1).getTime();
      if (t > hi) break;
      if (t >= lo) ticks.push(t);
    }
  } else if (step >= D) {
    const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    for (let t = start, i = 0; t <= hi && i < 1000; t += step, i++) if (t >= lo) ticks.push(t);
  } else {
    const off = new Date(lo).getTimezoneOffset() * M;
    for (let t = Math.ceil((lo - off) / step) * step + off, i = 0; t <= hi && i < 1000; t += step, i++) ticks.push(t);
  }
  return { ticks, step };
}

const pad = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function fmtTime(t: number, step: number): string {
  const d = new Date(t);
  if (Number.isNaN(d.getTime())) return "";
  const hms = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (step === 0) {
    // A single value (a tooltip): as much as it has.
    const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    if (d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0) return date;
    return `${date} ${hms}${d.getSeconds() ? ":" + pad(d.getSeconds()) : ""}`;
  }
  if (step < M) return `${hms}:${pad(d.getSeconds())}`;
  if (step < D) return d.getHours() === 0 && d.getMinutes() === 0 ? `${MONTHS[d.getMonth()]} ${d.getDate()}` : hms;
  if (step < 30 * D) return `${MONTHS[d.getMonth()]} ${d.getDate()}`;
  if (step < 365 * D) return d.getMonth() === 0 ? String(d.getFullYear()) : `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  return String(d.getFullYear());
}

function fmtNum(n: number, step?: number): string {
  if (!Number.isFinite(n)) return "";
  const abs = Math.abs(n);
  if (abs >= 1e6 || (abs > 0 && abs < 1e-4)) {
    const s = n.toPrecision(3);
    return s.includes("e") ? Number(s).toExponential(2).replace(/\.?0+e/, "e") : s;
  }
  const decimals = step ? Math.max(0, Math.min(10, -Math.floor(Math.log10(step) + 1e-9))) : Number.isInteger(n) ? 0 : Math.min(4, String(n).split(".")[1]?.length ?? 0);
  return n.toLocaleString("en-US", { minimumFractionDigits: step ? decimals : 0, maximumFractionDigits: decimals });
}

/** Formats v with a d3-format (",.2f", ".0%", "$,d", "~s") or d3-time-format ("%H:%M") pattern; a common subset. */
function pattern(spec: string, v: number): string {
  if (spec.includes("%") && /%[a-zA-Z]/.test(spec)) {
    const d = new Date(v);
    const f: Record<string, () => string> = {
      Y: () => String(d.getFullYear()), y: () => pad(d.getFullYear() % 100), m: () => pad(d.getMonth() + 1), d: () => pad(d.getDate()),
      e: () => String(d.getDate()), H: () => pad(d.getHours()), I: () => pad(d.getHours() % 12 || 12), M: () => pad(d.getMinutes()),
      S: () => pad(d.getSeconds()), L: () => String(d.getMilliseconds()).padStart(3, "0"), p: () => (d.getHours() < 12 ? "AM" : "PM"),
      b: () => MONTHS[d.getMonth()], B: () => d.toLocaleString("en-US", { month: "long" }), a: () => d.toLocaleString("en-US", { weekday: "short" }),
      A: () => d.toLocaleString("en-US", { weekday: "long" }), "%": () => "%",
    };
    return spec.replace(/%([a-zA-Z%])/g, (w, c) => (f[c] ? f[c]() : w));
  }
  const m = /^([$])?(,)?(?:\.(\d+))?(~)?([dfe%s])?$/.exec(spec.trim());
  if (!m) return fmtNum(v);
  const [, cur, group, prec, trim, type] = m;
  const digits = prec != null ? Number(prec) : type === "d" ? 0 : undefined;
  let out: string;
  if (type === "e") out = v.toExponential(digits ?? 6);
  else if (type === "s") out = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: digits || 3 }).format(v);
  else {
    const n = type === "%" ? v * 100 : type === "d" ? Math.round(v) : v;
    out = n.toLocaleString("en-US", { useGrouping: !!group, minimumFractionDigits: trim ? 0 : digits ?? 0, maximumFractionDigits: digits ?? 6 });
    if (type === "%") out += "%";
  }
  return (cur && v < 0 ? "-$" + out.slice(1) : cur ? "$" + out : out);
}

function fmtCell(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "number") return fmtNum(v);
  return String(v);
}

function round(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function key(v: unknown): string {
  return String(v);
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

function toTime(v: unknown): number | null {
  if (v == null || v === "") return null;
  if (typeof v === "number") return v;
  if (v instanceof Date) return v.getTime();
  const s = String(v);
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

function inferType(vals: unknown[]): string {
  const sample = vals.filter((x) => x != null).slice(0, 20);
  if (sample.length && sample.every((x) => typeof x === "number")) return "quantitative";
  if (sample.length && sample.every((x) => typeof x === "string" && /^\d{4}-\d{2}-\d{2}/.test(x))) return "temporal";
  return "nominal";
}

/** "10s", "5m", "1h", "2d", "1w" → milliseconds (a number is seconds, as in Gradio). */
function parseDuration(v: unknown): number {
  if (typeof v === "number") return v * 1000;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d|w)?\s*$/i.exec(String(v));
  if (!m) return 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? "s").toLowerCase();
  return n * ({ ms: 1, s: S, m: M, min: M, h: H, d: D, w: 7 * D } as Record<string, number>)[unit];
}

function aggregate(rows: { x: number | string; y: number; s: number; row: number }[], how: string) {
  const groups = new Map<string, { x: number | string; s: number; ys: number[]; row: number }>();
  for (const r of rows) {
    const k = `${r.s}\u0000${key(r.x)}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { x: r.x, s: r.s, ys: [], row: r.row }));
    g.ys.push(r.y);
  }
  return [...groups.values()].map((g) => {
    const ys = g.ys;
    let y: number;
    switch (how) {
      case "mean":
      case "average":
        y = ys.reduce((a, b) => a + b, 0) / ys.length;
        break;
      case "median": {
        const s = [...ys].sort((a, b) => a - b);
        const mid = s.length >> 1;
        y = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
        break;
      }
      case "min":
        y = Math.min(...ys);
        break;
      case "max":
        y = Math.max(...ys);
        break;
      case "count":
        y = ys.length;
        break;
      default:
        y = ys.reduce((a, b) => a + b, 0);
    }
    return { x: g.x, y, s: g.s, row: ys.length === 1 ? g.row : -1 };
  });
}

let measureCtx: CanvasRenderingContext2D | null = null;

function textWidth(s: string): number {
  measureCtx ??= document.createElement("canvas").getContext("2d");
  if (!measureCtx) return s.length * 6.5;
  measureCtx.font = "11px system-ui, sans-serif";
  return measureCtx.measureText(s).width;
}

define("nativeplot", NativePlot);
