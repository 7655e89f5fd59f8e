// The native plots' text: tick and tooltip formats (numbers, dates, d3-format patterns),
// shortening labels, and measuring them for the margins.

import { D, M } from "./scales";

const pad = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as a tick label at step apart, or in full for a tooltip (step 0). */
export function fmtTime(t: number, step: number): string {
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

/** A number as a label, with the decimals that step apart needs. */
export function fmtNum(n: number, step?: number): string {
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
export function pattern(spec: string, v: number): string {
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

/** A cell of the data as tooltip text. */
export function fmtCell(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "number") return fmtNum(v);
  return String(v);
}

/** s shortened to n characters with an ellipsis. */
export function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

let measureCtx: CanvasRenderingContext2D | null = null;

/** The width in pixels of a tick label, for the margins. */
export function textWidth(s: string): number {
  measureCtx ??= document.createElement("canvas").getContext("2d");
  if (!measureCtx) return s.length * 6.5;
  measureCtx.font = "11px system-ui, sans-serif";
  return measureCtx.measureText(s).width;
}
