// The native plots' scales: linear maps, extents, nice ticks for numbers and dates, and
// reading x values (dates, types, bin widths) from the data.

/** A linear map from the domain [d0, d1] to the range [r0, r1]. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (v: number) => r0 + (v - d0) * k;
}

/** The least and greatest of xs, widened to include 0 when they are equal. */
export function extent(xs: number[]): [number, number] {
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

/** Durations in milliseconds. */
export const S = 1e3;
export const M = 60 * S;
export const H = 60 * M;
export const D = 24 * H;
const TIME_STEPS = [S, 5 * S, 15 * S, 30 * S, M, 5 * M, 15 * M, 30 * M, H, 3 * H, 6 * H, 12 * H, D, 2 * D, 7 * D, 30 * D, 91 * D, 365 * D];

/** Ticks on calendar boundaries (whole minutes, days, months, years) covering [lo, hi]. */
export function timeTicks(lo: number, hi: number, count: number): { ticks: number[]; step: number } {
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

function round(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The key of an x value in bands, groups and lookups. */
export function key(v: unknown): string {
  return String(v);
}

/** An x value as milliseconds since the epoch, or null if it is no date. */
export function toTime(v: unknown): number | null {
  if (v == null || v === "") return null;
  if (typeof v === "number") return v;
  if (v instanceof Date) return v.getTime();
  const s = String(v);
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

/** The Vega-Lite type of a column from a sample: quantitative, temporal or nominal. */
export function inferType(vals: unknown[]): string {
  const sample = vals.filter((x) => x != null).slice(0, 20);
  if (sample.length && sample.every((x) => typeof x === "number")) return "quantitative";
  if (sample.length && sample.every((x) => typeof x === "string" && /^\d{4}-\d{2}-\d{2}/.test(x))) return "temporal";
  return "nominal";
}

/** "10s", "5m", "1h", "2d", "1w" → milliseconds (a number is seconds, as in Gradio). */
export function parseDuration(v: unknown): number {
  if (typeof v === "number") return v * 1000;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d|w)?\s*$/i.exec(String(v));
  if (!m) return 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? "s").toLowerCase();
  return n * ({ ms: 1, s: S, m: M, min: M, h: H, d: D, w: 7 * D } as Record<string, number>)[unit];
}
