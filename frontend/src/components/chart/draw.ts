// Drawing a native plot from its model: the axes with their ticks and titles, the marks
// (lines, points, stacked bars), the legend, and the words and table that screen readers
// get instead of the picture.

import { html, svg, nothing, type TemplateResult } from "lit";
import { fmtNum, fmtTime, truncate } from "./format";
import { clamp, extent, niceTicks, scale, timeTicks } from "./scales";
import type { Model, PlotValue } from "./model";

/** The static part of the chart: grid, axes, marks. */
export function chart(p: Record<string, any>, m: Model, height: number) {
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

/** The series and their colours, above the chart. */
export function legend(p: Record<string, any>, m: Model) {
  const only = p.colors_in_legend;
  const shown = m.series.map((s, i) => [s, i] as const).filter(([s]) => !Array.isArray(only) || only.map(String).includes(s));
  if (shown.length === 0) return nothing;
  const title = p.color_title ?? m.cCol;
  return html`<div class="gr-nplot-legend" aria-hidden="true">
    ${title ? html`<span class="gr-nplot-legend-title">${title}</span>` : nothing}
    ${shown.map(
      ([s, i]) => html`<span class="gr-nplot-legend-item"
        ><span class="gr-nplot-swatch ${m.mark === "line" ? "gr-nplot-swatch-line" : ""}" style="background:${m.colors[i]}"></span>${s}</span
      >`,
    )}
  </div>`;
}

/** The chart in words, for screen readers. */
export function summary(p: Record<string, any>, v: PlotValue, m: Model | null): string {
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

/** The data as a table, hidden but for screen readers. */
export function dataTable(v: PlotValue, summary: string) {
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
