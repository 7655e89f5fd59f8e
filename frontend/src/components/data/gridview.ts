// Which rows of a dataframe show, and in which order: the search, the filters and the
// sort, as pure functions over the value. The view they make is an array of row indices
// into the value, in display order; the value itself keeps its order.

import { t as msg, type MessageKey } from "../../core/messages";
import { isEmpty, text, toNumber, type ColType } from "./cells";

export interface Filter {
  col: number;
  op: string;
  value: string;
}

export interface Sort {
  col: number;
  dir: 1 | -1;
}

/** The filter operators of text columns and of number columns. */
export const textOps = ["contains", "does not contain", "starts with", "ends with", "is", "is not", "is empty", "is not empty"];
export const numberOps = ["=", "≠", ">", "≥", "<", "≤", "is empty", "is not empty"];
const opKeys: Record<string, MessageKey> = {
  contains: "data.op_contains",
  "does not contain": "data.op_not_contains",
  "starts with": "data.op_starts_with",
  "ends with": "data.op_ends_with",
  is: "data.op_is",
  "is not": "data.op_is_not",
  "is empty": "data.op_is_empty",
  "is not empty": "data.op_is_not_empty",
};
/** A filter operator as shown: the words in the visitor's language, the symbols as they are. */
export const opText = (op: string): string => (opKeys[op] ? msg(opKeys[op]) : op);

/** The rows of data that match the search query and every filter, sorted by sort. */
export function viewRows(data: unknown[][], ncols: number, query: string, filters: Filter[], sort: Sort | null, type: (c: number) => ColType): number[] {
  const n = data.length;
  const q = query.trim().toLowerCase();
  const kept = filters.filter((f) => f.col < ncols);
  let idx: number[];
  if (!q && kept.length === 0) {
    idx = new Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
  } else {
    const tests = kept.map((f) => filterTest(f));
    idx = [];
    for (let i = 0; i < n; i++) {
      const row = data[i];
      if (!Array.isArray(row)) continue;
      if (q) {
        let hit = false;
        for (let c = 0; c < row.length && !hit; c++) hit = text(row[c]).toLowerCase().includes(q);
        if (!hit) continue;
      }
      if (tests.every((t) => t(row))) idx.push(i);
    }
  }
  if (sort && sort.col < ncols) {
    const { col, dir } = sort;
    const t = type(col);
    const numeric = t === "number" || t === "bool" || idx.every((i) => isEmpty(data[i]?.[col]) || typeof data[i]?.[col] === "number");
    if (numeric) {
      const keys = new Float64Array(n);
      for (const i of idx) keys[i] = toNumber(data[i]?.[col]);
      idx.sort((a, b) => {
        const x = keys[a];
        const y = keys[b];
        if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
        if (Number.isNaN(y)) return -1;
        return (x - y) * dir;
      });
    } else {
      const keys: string[] = new Array(n);
      for (const i of idx) keys[i] = text(data[i]?.[col]).toLowerCase();
      idx.sort((a, b) => {
        const x = keys[a];
        const y = keys[b];
        if (x === "") return y === "" ? 0 : 1;
        if (y === "") return -1;
        return (x < y ? -1 : x > y ? 1 : 0) * dir;
      });
    }
  }
  return idx;
}

/** A predicate on a row for one filter. */
export function filterTest(f: Filter): (row: unknown[]) => boolean {
  const c = f.col;
  const want = f.value.trim().toLowerCase();
  const num = Number(f.value);
  switch (f.op) {
    case "is empty":
      return (r) => isEmpty(r[c]);
    case "is not empty":
      return (r) => !isEmpty(r[c]);
    case "contains":
      return (r) => text(r[c]).toLowerCase().includes(want);
    case "does not contain":
      return (r) => !text(r[c]).toLowerCase().includes(want);
    case "starts with":
      return (r) => text(r[c]).toLowerCase().startsWith(want);
    case "ends with":
      return (r) => text(r[c]).toLowerCase().endsWith(want);
    case "is":
      return (r) => text(r[c]).toLowerCase() === want;
    case "is not":
      return (r) => text(r[c]).toLowerCase() !== want;
    case "=":
      return (r) => toNumber(r[c]) === num;
    case "≠":
      return (r) => toNumber(r[c]) !== num;
    case ">":
      return (r) => toNumber(r[c]) > num;
    case "≥":
      return (r) => toNumber(r[c]) >= num;
    case "<":
      return (r) => toNumber(r[c]) < num;
    case "≤":
      return (r) => toNumber(r[c]) <= num;
  }
  return () => true;
}
