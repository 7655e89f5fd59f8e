// Helpers shared by the choice, number and file components.

import type { FileData } from "../core/types";

/** A choice as [label shown, value sent]. */
export type Choice = [string, any];

/** Normalizes props.choices: [[label, value], ...], or plain values. */
export function choicesOf(raw: unknown): Choice[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((c) => (Array.isArray(c) ? [String(c[0] ?? ""), c.length > 1 ? c[1] : c[0]] : [String(c ?? ""), c]));
}

/** Whether two choice values are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a != null && b != null && typeof a !== "object" && String(a) === String(b));
}

/** The value as an array, for multi-valued components (null is empty). */
export function asArray(v: unknown): any[] {
  if (v == null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Parses what is typed in a number field: "" (or something unparsable) is null. */
export function parseNumber(s: string): number | null {
  if (s.trim() === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A number from a prop, or def when absent or not a number. */
export function num(v: unknown, def: number): number {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : def;
}

/** The number of decimals in step, so that values derived from it print cleanly. */
export function decimals(step: number): number {
  const s = String(step);
  if (s.includes("e-")) return Number(s.split("e-")[1]);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A byte count for people: 1.2 MB. */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return "";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let n = bytes;
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(n < 10 ? 1 : 0)} ${units[i]}`;
}

/** The name a file is shown and downloaded under. */
export function fileName(fd: FileData): string {
  if (fd.orig_name) return fd.orig_name;
  const src = fd.path || fd.url || "";
  const base = src.split(/[\\/]/).pop() ?? "";
  return base.split("?")[0] || "file";
}

/** The accept attribute for file_types: ".pdf" stays, "image" becomes "image/*". */
export function acceptOf(types: unknown): string | undefined {
  if (!Array.isArray(types) || types.length === 0) return undefined;
  if (types.some((t) => t === "file" || t === "*" || t === "*/*")) return undefined;
  return types.map((t) => (String(t).startsWith(".") || String(t).includes("/") ? String(t) : `${t}/*`)).join(",");
}

/** Whether file is one of file_types (as the accept attribute would allow it). */
export function accepts(types: unknown, file: File): boolean {
  const accept = acceptOf(types);
  if (!accept) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type || "").toLowerCase();
  return accept.split(",").some((a) => {
    const t = a.trim().toLowerCase();
    if (t.startsWith(".")) return name.endsWith(t);
    if (t.endsWith("/*")) return mime.startsWith(t.slice(0, -1));
    return mime === t;
  });
}
