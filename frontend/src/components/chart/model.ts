// The native plots' model: the value's columns, types and aggregation turned into
// series, scales and points in pixels, ready to draw.

import { fmtNum, fmtTime, pattern, textWidth } from "./format";
import { extent, inferType, key, niceTicks, parseDuration, scale, toTime } from "./scales";

/** The value of a LinePlot, BarPlot or ScatterPlot. */
export interface PlotValue {
  columns: string[];
  data: unknown[][];
  datatypes?: Record<string, string>;
  mark?: "line" | "bar" | "point" | string;
}

export type XKind = "linear" | "time" | "band";

/** A point of the chart: data and pixel coordinates. */
export interface Pt {
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

export interface Model {
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

/** The colours of series without one in color_map, in order. */
const PALETTE = ["#f97316", "#3b82f6", "#22c55e", "#ef4444", "#a855f7", "#eab308", "#06b6d4", "#ec4899", "#84cc16", "#6366f1", "#14b8a6", "#f43f5e"];

export function buildModel(p: Record<string, any>, v: PlotValue, width: number, height: number): Model | null {
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

/** Rows grouped by series and x, with y combined as how says (sum by default). */
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
