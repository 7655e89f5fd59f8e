// The dataframe's cell values: column types, and reading, writing and measuring the
// values of a cell. Pure functions, shared by the grid's modules.

export type ColType = "str" | "number" | "bool" | "date" | "markdown" | "html";

/** A column type from a datatype prop; anything unknown is "str". */
export function typeName(t: unknown): ColType {
  switch (String(t ?? "str").toLowerCase()) {
    case "number":
    case "numeric":
    case "int":
    case "float":
      return "number";
    case "bool":
    case "boolean":
      return "bool";
    case "date":
    case "datetime":
      return "date";
    case "markdown":
      return "markdown";
    case "html":
      return "html";
    default:
      return "str";
  }
}


/** [count, dynamic] from a row_count or col_count prop. */
export function countOf(v: unknown, def: number): [number, boolean] {
  if (Array.isArray(v)) return [Number(v[0]) || 0, v[1] !== "fixed"];
  if (typeof v === "number") return [v, true];
  return [def, true];
}

/** A cell as text: null is empty, objects are JSON. */
export function text(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** Whether a cell counts as empty for filters and sorting. */
export function isEmpty(v: unknown): boolean {
  return v == null || v === "" || (typeof v === "number" && Number.isNaN(v));
}

/** A cell as a number for comparing; empty is NaN. */
export function toNumber(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v == null || (typeof v === "string" && v.trim() === "")) return NaN;
  return Number(v);
}

/** Whether a cell of a bool column is ticked. */
export function truthy(v: unknown): boolean {
  return v === true || v === 1 || (typeof v === "string" && /^(true|yes|1|x|✓)$/i.test(v.trim()));
}

/** A typed cell value from text the user typed or pasted. */
export function fromText(s: string, t: ColType): unknown {
  switch (t) {
    case "number": {
      if (s.trim() === "") return null;
      const n = Number(s.trim().replace(/,/g, ""));
      return Number.isFinite(n) ? n : s;
    }
    case "bool":
      return truthy(s);
    default:
      return s;
  }
}

/** The blank value of a new cell. */
export function blank(t: ColType): unknown {
  return t === "number" ? null : t === "bool" ? false : "";
}

/** A CSS length from a column width: 100 and "100px" are pixels. */
export function widthOf(v: unknown): { css: string; px: number | null } | null {
  if (typeof v === "number" && v > 0) return { css: `${v}px`, px: v };
  if (typeof v === "string" && v.trim()) {
    const s = v.trim();
    const m = /^(\d+(?:\.\d+)?)(px)?$/.exec(s);
    if (m) return { css: `${m[1]}px`, px: Number(m[1]) };
    return { css: s, px: null };
  }
  return null;
}
