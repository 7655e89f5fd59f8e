// The dataframe's grid, loaded on demand by gradio-dataframe. It is a Lit controller of
// the element: it keeps the view state (sort, search, filters, selection, the cell being
// edited, the scroll window) and renders the whole component.
//
// Rows: a table of more than VIRTUAL_MIN rows is virtualised: rows have a fixed height
// and only those in the scroll window (plus OVERSCAN on each side) are in the DOM. Row
// elements are reused by position (scrolling rewrites their cells' text; making and
// removing elements costs more), and each row's template is guarded so that a render
// touches only the rows whose data, position or selection changed. Smaller tables render
// every row, with natural heights (wrap, markdown).
//
// The view is an array of row indices into the value, in display order (search, filters
// and sort apply to it); the value itself keeps its order. Focus stays on the grid
// element (role=grid), which points at the active cell with aria-activedescendant, so
// that the focus survives rows being recycled.

import { html, nothing, type ReactiveController, type TemplateResult } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { live } from "lit/directives/live.js";
import { guard } from "lit/directives/guard.js";
import { markdown, sanitize } from "../../core/markdown";
import type { Dataframe } from "../dataframe";
import { icon, iconButton, toggleFullscreen, buttonsOf } from "../media/imagekit";
import { parseDelimited, toDelimited } from "./delimited";
import { t as msg, type MessageKey } from "../../core/messages";

const ROW_H = 35;
const OVERSCAN = 10;
const VIRTUAL_MIN = 100;

type ColType = "str" | "number" | "bool" | "date" | "markdown" | "html";
/** A cell of the view: r is a position in the view (-1 for the header row), c a column. */
interface Pos {
  r: number;
  c: number;
}
interface Editing extends Pos {
  text: string;
  invalid: boolean;
  /** Whether the editor's text is selected when it opens (not when typing started it). */
  select: boolean;
}
interface Filter {
  col: number;
  op: string;
  value: string;
}

const textOps = ["contains", "does not contain", "starts with", "ends with", "is", "is not", "is empty", "is not empty"];
const numberOps = ["=", "≠", ">", "≥", "<", "≤", "is empty", "is not empty"];
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
const opText = (op: string): string => (opKeys[op] ? msg(opKeys[op]) : op);

function typeName(t: unknown): ColType {
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
function countOf(v: unknown, def: number): [number, boolean] {
  if (Array.isArray(v)) return [Number(v[0]) || 0, v[1] !== "fixed"];
  if (typeof v === "number") return [v, true];
  return [def, true];
}

function text(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function isEmpty(v: unknown): boolean {
  return v == null || v === "" || (typeof v === "number" && Number.isNaN(v));
}

function toNumber(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v == null || (typeof v === "string" && v.trim() === "")) return NaN;
  return Number(v);
}

function truthy(v: unknown): boolean {
  return v === true || v === 1 || (typeof v === "string" && /^(true|yes|1|x|✓)$/i.test(v.trim()));
}

/** A typed cell value from text the user typed or pasted. */
function fromText(s: string, t: ColType): unknown {
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
function blank(t: ColType): unknown {
  return t === "number" ? null : t === "bool" ? false : "";
}

/** A CSS length from a column width: 100 and "100px" are pixels. */
function widthOf(v: unknown): { css: string; px: number | null } | null {
  if (typeof v === "number" && v > 0) return { css: `${v}px`, px: v };
  if (typeof v === "string" && v.trim()) {
    const s = v.trim();
    const m = /^(\d+(?:\.\d+)?)(px)?$/.exec(s);
    if (m) return { css: `${m[1]}px`, px: Number(m[1]) };
    return { css: s, px: null };
  }
  return null;
}

export class Grid implements ReactiveController {
  // The value, as shown.
  private headers: string[] = [];
  private data: unknown[][] = [];
  private meta: any = null;
  private ncols = 0;
  /** Set once the user edited: display_value in the metadata no longer matches. */
  private edited = false;
  private localTypes: ColType[] | null = null;

  // What the model was read from.
  private seenValue: unknown = undefined;
  private seenProps: unknown = undefined;
  private seenInteractive: boolean | undefined = undefined;
  /** The last value this grid made, to tell its own edits from new values. */
  private ownValue: unknown = undefined;

  // The view.
  private view: number[] = [];
  private sort: { col: number; dir: 1 | -1 } | null = null;
  private query = "";
  private filters: Filter[] = [];
  private draft: Filter = { col: 0, op: "contains", value: "" };
  private searchTimer = 0;
  private status = "";

  // Selection and editing.
  private active: Pos | null = null;
  private anchor: Pos | null = null;
  private editing: Editing | null = null;
  private focusEditor = false;
  private revealActive = false;
  private dragging = false;
  private downPos: Pos | null = null;
  private prevSort: { col: number; dir: 1 | -1 } | null = null;

  // Scrolling.
  private scrollTop = 0;
  private clientH = 0;
  private win: [number, number] = [0, 0];
  private scroller: HTMLElement | null = null;
  private resizer: ResizeObserver | null = null;

  private mdCache = new Map<string, string>();
  /** The left offset of the last pinned column, which casts a shadow. */
  private lastPin = -1;
  private widthCache: { key: unknown[]; cols: string; pins: number[]; min: number; pinW: number } | null = null;

  constructor(private host: Dataframe) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.resizer?.disconnect();
    this.resizer = null;
    this.scroller = null;
    clearTimeout(this.searchTimer);
  }

  hostUpdated(): void {
    const sc = this.host.querySelector<HTMLElement>(".gr-df-scroll");
    if (sc && sc !== this.scroller) {
      this.scroller = sc;
      this.resizer?.disconnect();
      this.resizer = new ResizeObserver(() => this.onScroll());
      this.resizer.observe(sc);
      this.clientH = sc.clientHeight;
    }
    if (this.focusEditor) {
      this.focusEditor = false;
      const input = this.host.querySelector<HTMLInputElement>(".gr-df-input");
      if (input) {
        input.focus({ preventScroll: true });
        if (this.editing?.select && input.type !== "date") input.select();
        else if (input.type === "text") input.setSelectionRange(input.value.length, input.value.length);
      }
    }
    if (this.revealActive) {
      this.revealActive = false;
      const a = this.active;
      if (a && sc) {
        const cell = sc.querySelector<HTMLElement>(`[data-r="${a.r}"] > [data-c="${a.c}"]`);
        cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
      }
    }
  }

  // ---- The model ----

  private get props(): Record<string, any> {
    return this.host.props ?? {};
  }

  private get interactive(): boolean {
    return this.host.interactive;
  }

  private type(c: number): ColType {
    if (this.localTypes) return this.localTypes[c] ?? "str";
    const dt = this.props.datatype;
    return typeName(Array.isArray(dt) ? dt[c] : dt);
  }

  private types(): ColType[] {
    return Array.from({ length: this.ncols }, (_, c) => this.type(c));
  }

  private get rowsDynamic(): boolean {
    return countOf(this.props.row_count, 1)[1];
  }

  private get colsDynamic(): boolean {
    return countOf(this.props.col_count ?? this.props.column_count, 3)[1];
  }

  private editable(c: number): boolean {
    const st = this.props.static_columns;
    return this.interactive && !(Array.isArray(st) && st.includes(c));
  }

  /** Reads the value and props when they changed. */
  private sync(): void {
    const h = this.host;
    if (h.value === this.seenValue && h.props === this.seenProps && h.interactive === this.seenInteractive) return;
    const fresh = h.value !== this.seenValue && h.value !== this.ownValue;
    const propsChanged = h.props !== this.seenProps;
    this.seenValue = h.value;
    this.seenProps = h.props;
    this.seenInteractive = h.interactive;
    if (propsChanged) this.localTypes = null;
    this.read();
    if (fresh) {
      this.edited = false;
      this.editing = null;
    }
    if (fresh || propsChanged) this.recompute();
    this.clamp();
  }

  private read(): void {
    const v = this.host.value;
    const p = this.props;
    let data: unknown[][] = Array.isArray(v?.data) ? v.data : [];
    let headers: string[] = Array.isArray(v?.headers) ? v.headers.map(text) : Array.isArray(p.headers) ? p.headers.map(text) : [];
    if (v == null && this.interactive) {
      // An empty input shows the blank grid it starts from.
      const [rows] = countOf(p.row_count, 1);
      const [cols] = countOf(p.col_count ?? p.column_count, headers.length || 3);
      const n = Math.max(cols, headers.length);
      data = Array.from({ length: Math.max(rows, 1) }, () => Array.from({ length: n }, (_, c) => blank(this.type(c))));
    }
    let ncols = headers.length;
    for (const row of data) if (Array.isArray(row) && row.length > ncols) ncols = row.length;
    if (headers.length < ncols) headers = [...headers, ...Array.from({ length: ncols - headers.length }, (_, i) => String(headers.length + i + 1))];
    this.headers = headers;
    this.data = data;
    this.ncols = ncols;
    this.meta = v?.metadata ?? null;
  }

  /** Rebuilds the view: search, filters, then sort. */
  private recompute(): void {
    const data = this.data;
    const n = data.length;
    const q = this.query.trim().toLowerCase();
    const filters = this.filters.filter((f) => f.col < this.ncols);
    let idx: number[];
    if (!q && filters.length === 0) {
      idx = new Array(n);
      for (let i = 0; i < n; i++) idx[i] = i;
    } else {
      const tests = filters.map((f) => this.filterTest(f));
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
    if (this.sort && this.sort.col < this.ncols) {
      const { col, dir } = this.sort;
      const t = this.type(col);
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
    this.view = idx;
    this.win = [0, 0];
  }

  private filterTest(f: Filter): (row: unknown[]) => boolean {
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

  private clamp(): void {
    const n = this.view.length;
    for (const key of ["active", "anchor"] as const) {
      const p = this[key];
      if (!p) continue;
      if (this.ncols === 0 || p.r >= n) this[key] = n > 0 && this.ncols > 0 ? { r: Math.min(p.r, n - 1), c: Math.min(p.c, this.ncols - 1) } : null;
      else if (p.c >= this.ncols) this[key] = { r: p.r, c: this.ncols - 1 };
    }
    if (this.editing && (this.editing.r >= n || this.editing.c >= this.ncols)) this.editing = null;
  }

  // ---- Rendering ----

  render(): TemplateResult {
    this.sync();
    const p = this.props;
    const host = this.host;
    const id = host.gridId;
    const n = this.view.length;
    const virtual = n > VIRTUAL_MIN;
    const rn = p.show_row_numbers === true;
    const w = this.widths(rn);
    const maxH = p.max_height;
    const maxCss = typeof maxH === "number" ? `${maxH}px` : typeof maxH === "string" && maxH ? maxH : virtual ? "500px" : "";
    const [s, e] = virtual ? this.window() : [0, n];
    // Rows are rendered by position: scrolling rewrites the cells of the same elements
    // rather than making new ones. An editor that moved to another element takes the
    // focus back.
    if (this.editing && s !== this.win[0] && document.activeElement?.classList.contains("gr-df-input")) this.focusEditor = true;
    this.win = [s, e];
    const positions: number[] = [];
    for (let i = s; i < e; i++) positions.push(i);
    const a = this.active;
    const activeId = a ? (a.r < 0 ? `${id}-h${a.c}` : a.r < n ? `${id}-r${this.view[a.r]}-c${a.c}` : null) : null;
    const wrap = p.wrap === true && !virtual;
    return html`${host.labelTemplate()}
      <div class="gr-df ${virtual ? "gr-df-v" : ""} ${wrap ? "gr-df-wrap" : ""}">
        ${this.toolbar()}
        <div
          class="gr-df-scroll"
          role="grid"
          tabindex="0"
          aria-labelledby=${p.label ? `${id}-label` : nothing}
          aria-label=${p.label ? nothing : msg("data.table")}
          aria-rowcount=${n + 1}
          aria-colcount=${this.ncols + (rn ? 1 : 0)}
          aria-multiselectable="true"
          aria-readonly=${this.interactive ? nothing : "true"}
          aria-activedescendant=${activeId ?? nothing}
          style="${maxCss ? `max-height:${maxCss};` : ""}scroll-padding-left:${w.pinW}px"
          @scroll=${this.onScroll}
          @keydown=${this.onKeydown}
          @mousedown=${this.onMousedown}
          @click=${this.onClick}
          @dblclick=${this.onDblclick}
          @focus=${this.onFocus}
          @copy=${this.onCopy}
          @paste=${this.onPaste}
        >
          <div class="gr-df-table" part="table" style="--gr-df-cols:${w.cols};min-width:${w.min}px">
            <div class="gr-df-head" role="rowgroup">
              <div class="gr-df-row" role="row" aria-rowindex="1" data-r="-1">
                ${rn ? html`<div class="gr-df-cell gr-df-th gr-df-rn gr-df-pin" role="columnheader" aria-colindex="1" style="left:0"><span class="gr-sr-only">${msg("data.row")}</span></div>` : nothing}
                ${this.headers.map((h, c) => this.headerCell(h, c, rn, w.pins))}
              </div>
            </div>
            <div class="gr-df-body" role="rowgroup" style=${virtual ? `height:${n * ROW_H}px` : nothing}>
              <div class="gr-df-rows" style=${virtual ? `top:${s * ROW_H}px` : nothing}>
                ${positions.map((vr) => guard([this.data[this.view[vr]], vr, this.rowState(vr), this.version, w], () => this.row(vr, rn, w.pins)))}
              </div>
            </div>
          </div>
        </div>
        ${n === 0 ? html`<div class="gr-df-empty">${this.data.length === 0 ? msg("common.no_data") : msg("data.no_matching_rows")}</div>` : nothing}
        <div class="gr-sr-only" role="status" aria-live="polite">${this.status}</div>
      </div>`;
  }

  /** The columns' CSS widths, the left offsets of pinned columns and the table's min width. */
  private widths(rn: boolean): { cols: string; pins: number[]; min: number; pinW: number } {
    const p = this.props;
    const key = [this.data, this.headers, p.column_widths, p.pinned_columns, p.datatype, rn, this.localTypes];
    const cached = this.widthCache;
    if (cached && key.every((k, i) => cached.key[i] === k)) return cached;
    const user = Array.isArray(p.column_widths) ? p.column_widths : [];
    const pinned = Math.max(0, Math.min(this.ncols, Number(p.pinned_columns) || 0));
    const sample = this.data.slice(0, 50);
    const rnW = Math.max(40, String(this.data.length).length * 8 + 22);
    const cols: string[] = rn ? [`${rnW}px`] : [];
    const pins: number[] = [];
    let left = rn ? rnW : 0;
    let min = left;
    let pinW = left;
    for (let c = 0; c < this.ncols; c++) {
      const t = this.type(c);
      const given = widthOf(user[c]);
      let px: number;
      if (given?.px != null) px = given.px;
      else {
        let chars = this.headers[c].length + 2;
        if (t !== "bool") for (const row of sample) chars = Math.max(chars, Math.min(40, text(Array.isArray(row) ? row[c] : "").length));
        px = t === "bool" ? Math.max(72, chars * 8 + 24) : Math.max(80, Math.min(320, chars * 7.5 + 28));
      }
      const fixed = c < pinned || given != null;
      cols.push(given && given.px == null ? given.css : fixed ? `${px}px` : `minmax(${px}px,1fr)`);
      pins.push(c < pinned ? left : -1);
      left += px;
      if (c < pinned) pinW = left;
      min += px;
    }
    this.lastPin = pins.reduce((m, x) => Math.max(m, x), -1);
    this.widthCache = { key, cols: cols.join(" ") || "1fr", pins, min, pinW };
    return this.widthCache;
  }

  /** The rows to render: the visible ones and OVERSCAN more on each side. */
  private window(): [number, number] {
    const n = this.view.length;
    const h = this.clientH || 600;
    const first = Math.floor(this.scrollTop / ROW_H);
    const last = Math.ceil((this.scrollTop + h) / ROW_H);
    return [Math.max(0, first - OVERSCAN), Math.min(n, last + OVERSCAN)];
  }

  private headerCell(h: string, c: number, rn: boolean, pins: number[]): TemplateResult {
    const id = this.host.gridId;
    const sorted = this.sort?.col === c ? this.sort.dir : 0;
    const a = this.active;
    const isActive = a?.r === -1 && a.c === c;
    const editing = this.editing?.r === -1 && this.editing.c === c;
    const t = this.type(c);
    const pin = pins[c] >= 0;
    return html`<div
      class="gr-df-cell gr-df-th gr-df-t-${t} ${isActive ? "gr-df-active" : ""} ${pin ? "gr-df-pin" : ""}"
      role="columnheader"
      id="${id}-h${c}"
      data-c=${c}
      aria-colindex=${c + 1 + (rn ? 1 : 0)}
      aria-sort=${sorted === 1 ? "ascending" : sorted === -1 ? "descending" : "none"}
      title=${h}
      style=${pin ? `left:${pins[c]}px` : nothing}
    >
      ${editing
        ? this.editor("str", msg("data.column_name"))
        : html`<span class="gr-df-th-text">${h}</span><span class="gr-df-sort ${sorted ? "gr-df-sorted" : ""}" aria-hidden="true"
              >${sorted === -1 ? "▼" : "▲"}</span
            >`}
    </div>`;
  }

  /** What of the selection and editing shows in row vr, as a key for guard. */
  private rowState(vr: number): string {
    const e = this.editing;
    const a = this.active;
    const rg = this.range();
    let key = "";
    if (rg && vr >= rg[0] && vr <= rg[2]) key = `${rg[1]}-${rg[3]}`;
    if (a && a.r === vr) key += `a${a.c}`;
    if (e && e.r === vr) key += `e${e.c}`;
    return key;
  }

  /** Bumped when something every row shows changed (types, props, metadata). */
  private get version(): string {
    return `${this.ncols}|${this.edited}|${this.interactive}`;
  }

  private row(vr: number, rn: boolean, pins: number[]): TemplateResult {
    const d = this.view[vr];
    const row = this.data[d];
    const cells = Array.isArray(row) ? row : [];
    const cols: TemplateResult[] = [];
    for (let c = 0; c < this.ncols; c++) cols.push(this.cell(vr, d, c, cells, pins[c]));
    return html`<div class="gr-df-row ${vr % 2 ? "gr-df-odd" : ""}" role="row" aria-rowindex=${vr + 2} data-r=${vr}>
      ${rn ? html`<div class="gr-df-cell gr-df-rn gr-df-pin" role="rowheader" aria-colindex="1" style="left:0">${d + 1}</div>` : nothing}${cols}
    </div>`;
  }

  private cell(vr: number, d: number, c: number, cells: unknown[], pin: number): TemplateResult {
    const t = this.type(c);
    const v = cells[c];
    const a = this.active;
    const isActive = a != null && a.r === vr && a.c === c;
    const sel = this.inRange(vr, c);
    const editing = this.editing != null && this.editing.r === vr && this.editing.c === c;
    const styling = this.meta?.styling?.[d]?.[c];
    const style = (pin >= 0 ? `left:${pin}px;` : "") + (typeof styling === "string" ? styling : "");
    return html`<div
      class="gr-df-cell gr-df-t-${t}${sel ? " gr-df-sel" : ""}${isActive ? " gr-df-active" : ""}${pin >= 0 ? (pin === this.lastPin ? " gr-df-pin gr-df-pin-last" : " gr-df-pin") : ""}${editing ? " gr-df-editing" : ""}"
      role="gridcell"
      id=${isActive ? `${this.host.gridId}-r${d}-c${c}` : nothing}
      data-c=${c}
      aria-selected=${sel ? "true" : nothing}
      aria-readonly=${this.interactive && !this.editable(c) ? "true" : nothing}
      style=${style || nothing}
    >
      ${editing ? this.editor(t, this.headers[c]) : this.content(t, v, d, c, isActive)}
    </div>`;
  }

  private content(t: ColType, v: unknown, d: number, c: number, active: boolean): unknown {
    if (t === "bool") {
      return html`<input
        type="checkbox"
        class="gr-df-check"
        tabindex="-1"
        aria-label=${this.headers[c]}
        .checked=${live(truthy(v))}
        ?disabled=${!this.editable(c)}
      />`;
    }
    const shown = this.edited ? undefined : this.meta?.display_value?.[d]?.[c];
    const s = shown != null ? text(shown) : text(v);
    // Most cells of a markdown column are plain text: no need to parse them.
    if (t === "markdown" && s && /[*_`[\]<>#~|\\!&:\n]|^\s*(\d+[.)]|[-+])\s/.test(s)) return unsafeHTML(this.rich(s, true));
    if (t === "html" && s) return unsafeHTML(this.rich(s, false));
    // max_chars shortens long text, except in the selected cell.
    const max = Number(this.props.max_chars) || 0;
    return max > 0 && s.length > max && !active ? s.slice(0, max) + "…" : s;
  }

  /** Sanitised HTML of a markdown or html cell, cached. */
  private rich(s: string, md: boolean): string {
    const key = (md ? "m" : "h") + (this.props.line_breaks === false ? "0" : "1") + s;
    let out = this.mdCache.get(key);
    if (out == null) {
      out = md ? markdown(s, { lineBreaks: this.props.line_breaks !== false }) : sanitize(s);
      if (this.mdCache.size > 2000) this.mdCache.clear();
      this.mdCache.set(key, out);
    }
    return out;
  }

  private editor(t: ColType, label: string): TemplateResult {
    const e = this.editing!;
    const type = t === "number" ? "number" : t === "date" && /^(\d{4}-\d{2}-\d{2})?$/.test(e.text) ? "date" : "text";
    return html`<input
      class="gr-df-input"
      type=${type}
      step=${type === "number" ? "any" : nothing}
      .value=${live(e.text)}
      aria-label=${msg("data.edit_cell", { label })}
      aria-invalid=${e.invalid ? "true" : nothing}
      title=${e.invalid ? msg("data.not_a_number") : nothing}
      @input=${this.onEditInput}
      @keydown=${this.onEditKeydown}
      @blur=${this.onEditBlur}
      @mousedown=${(ev: Event) => ev.stopPropagation()}
      @dblclick=${(ev: Event) => ev.stopPropagation()}
      @copy=${(ev: Event) => ev.stopPropagation()}
      @paste=${(ev: Event) => ev.stopPropagation()}
    />`;
  }

  private toolbar(): TemplateResult | typeof nothing {
    const p = this.props;
    const mode = p.show_search === "search" || p.show_search === "filter" ? p.show_search : "none";
    const buttons = buttonsOf(p, ["fullscreen", "copy"]);
    const inter = this.interactive;
    const rowsDyn = inter && this.rowsDynamic;
    const colsDyn = inter && this.colsDynamic;
    const hasData = this.data.length > 0 && this.ncols > 0;
    const n = this.view.length;
    const narrowed = this.query.trim() !== "" || this.filters.length > 0;
    return html`<div class="gr-df-toolbar">
        ${mode !== "none"
          ? html`<input
              type="search"
              class="gr-input gr-df-search"
              placeholder=${msg("data.search")}
              aria-label=${msg("data.search_table")}
              .value=${live(this.query)}
              @input=${this.onSearch}
              @keydown=${(ev: KeyboardEvent) => ev.key === "Enter" && this.applySearch()}
            />`
          : nothing}
        ${mode === "filter" ? this.filterForm() : nothing}
        ${narrowed ? html`<span class="gr-df-count">${msg("data.count", { n: n.toLocaleString(), total: this.data.length.toLocaleString() })}</span>` : nothing}
        <span class="gr-df-tools">
        ${rowsDyn
          ? html`<button type="button" class="gr-icon-button gr-df-btn" @click=${() => this.addRow()}>${msg("data.add_row")}</button>
              <button type="button" class="gr-icon-button gr-df-btn" ?disabled=${!this.active || this.active.r < 0 || this.data.length <= 1} @click=${() => this.deleteRow()}>
                ${msg("data.delete_row")}
              </button>`
          : nothing}
        ${colsDyn
          ? html`<button type="button" class="gr-icon-button gr-df-btn" @click=${() => this.addColumn()}>${msg("data.add_column")}</button>
              <button type="button" class="gr-icon-button gr-df-btn" ?disabled=${!this.active || this.ncols <= 1} @click=${() => this.deleteColumn()}>
                ${msg("data.delete_column")}
              </button>`
          : nothing}
        ${buttons.includes("copy") && hasData
          ? html`<button type="button" class="gr-icon-button gr-df-btn" aria-label=${msg("data.copy_table")} title=${msg("data.copy_table_title")} @click=${this.copyAll}>${msg("common.copy")}</button>`
          : nothing}
        ${hasData ? html`<button type="button" class="gr-icon-button gr-df-btn" title=${msg("data.download_csv")} @click=${this.exportCSV}>${icon("download")} CSV</button>` : nothing}
        ${buttons.includes("fullscreen") ? iconButton("fullscreen", msg("common.full_screen"), () => toggleFullscreen(this.host.querySelector(".gr-df")), "gr-df-btn") : nothing}
        </span>
      </div>
      ${this.filters.length > 0
        ? html`<div class="gr-df-filters" role="list" aria-label=${msg("data.filters")}>
            ${this.filters.map(
              (f, i) => html`<span class="gr-chip" role="listitem"
                >${this.headers[f.col] ?? f.col} ${opText(f.op)} ${f.op.startsWith("is ") && f.op.endsWith("empty") ? "" : `“${f.value}”`}
                <button type="button" class="gr-chip-remove" aria-label=${msg("data.remove_filter")} @click=${() => this.removeFilter(i)}>×</button></span
              >`,
            )}
          </div>`
        : nothing}`;
  }

  private filterForm(): TemplateResult {
    const d = this.draft;
    const ops = this.type(d.col) === "number" ? numberOps : textOps;
    const op = ops.includes(d.op) ? d.op : ops[0];
    const needsValue = !op.endsWith("empty");
    const id = this.host.gridId;
    return html`<div class="gr-df-filter" role="group" aria-label=${msg("data.new_filter")}>
      <select
        class="gr-input gr-df-select"
        aria-label=${msg("data.filter_column")}
        @change=${(ev: Event) => {
          this.draft = { ...this.draft, col: Number((ev.target as HTMLSelectElement).value) };
          this.host.requestUpdate();
        }}
      >
        ${this.headers.map((h, c) => html`<option value=${c} ?selected=${c === d.col}>${h}</option>`)}
      </select>
      <select
        class="gr-input gr-df-select"
        aria-label=${msg("data.condition")}
        @change=${(ev: Event) => {
          this.draft = { ...this.draft, op: (ev.target as HTMLSelectElement).value };
          this.host.requestUpdate();
        }}
      >
        ${ops.map((o) => html`<option value=${o} ?selected=${o === op}>${opText(o)}</option>`)}
      </select>
      ${needsValue
        ? html`<input
            id="${id}-fv"
            class="gr-input gr-df-fvalue"
            aria-label=${msg("data.filter_value")}
            .value=${live(d.value)}
            @input=${(ev: Event) => (this.draft = { ...this.draft, value: (ev.target as HTMLInputElement).value })}
            @keydown=${(ev: KeyboardEvent) => ev.key === "Enter" && this.addFilter()}
          />`
        : nothing}
      <button type="button" class="gr-icon-button gr-df-btn" @click=${() => this.addFilter()}>${msg("data.add_filter")}</button>
    </div>`;
  }

  // ---- Selection ----

  private inRange(r: number, c: number): boolean {
    const a = this.active;
    const b = this.anchor ?? a;
    if (!a || !b || a.r < 0) return false;
    return r >= Math.min(a.r, b.r) && r <= Math.max(a.r, b.r) && c >= Math.min(a.c, b.c) && c <= Math.max(a.c, b.c);
  }

  /** The selected block: [top, left, bottom, right] in view rows and columns. */
  private range(): [number, number, number, number] | null {
    const a = this.active;
    if (!a || a.r < 0) return null;
    const b = this.anchor && this.anchor.r >= 0 ? this.anchor : a;
    return [Math.min(a.r, b.r), Math.min(a.c, b.c), Math.max(a.r, b.r), Math.max(a.c, b.c)];
  }

  /** Makes pos the active cell (extending the range with extend), shows it and fires select. */
  private moveTo(pos: Pos, extend = false, emit = true): void {
    const n = this.view.length;
    if (this.ncols === 0) return;
    const r = Math.max(-1, Math.min(n - 1, pos.r));
    const c = Math.max(0, Math.min(this.ncols - 1, pos.c));
    const prev = this.active;
    this.active = { r, c };
    if (!extend || r < 0) this.anchor = { r, c };
    else if (!this.anchor || this.anchor.r < 0) this.anchor = prev && prev.r >= 0 ? prev : { r, c };
    this.reveal(r);
    this.host.requestUpdate();
    if (emit && r >= 0 && (prev?.r !== r || prev?.c !== c)) this.emitSelect(r, c);
  }

  /** Scrolls a virtualised view so that row r is rendered; the update then shows the cell. */
  private reveal(r: number): void {
    this.revealActive = true;
    const sc = this.scroller;
    if (!sc || r < 0 || this.view.length <= VIRTUAL_MIN) return;
    const top = r * ROW_H;
    const head = sc.querySelector<HTMLElement>(".gr-df-head")?.offsetHeight ?? ROW_H;
    const h = sc.clientHeight - head;
    if (top < sc.scrollTop) sc.scrollTop = top;
    else if (top + ROW_H > sc.scrollTop + h) sc.scrollTop = top + ROW_H - h;
    this.scrollTop = sc.scrollTop;
  }

  private emitSelect(r: number, c: number): void {
    const d = this.view[r];
    const row = this.data[d];
    const rowValue = Array.isArray(row) ? row : [];
    this.host.emit("select", {
      index: [d, c],
      value: rowValue[c] ?? null,
      row_value: rowValue,
      col_value: this.data.map((x) => (Array.isArray(x) ? (x[c] ?? null) : null)),
      selected: true,
    });
  }

  private posOf(ev: Event): Pos | null {
    return this.posAt(ev.target as Element | null);
  }

  private posAt(el: Element | null): Pos | null {
    const cell = el?.closest?.<HTMLElement>("[data-c]");
    const row = cell?.parentElement;
    if (!cell || !row?.dataset.r || !this.scroller?.contains(cell)) return null;
    return { r: Number(row.dataset.r), c: Number(cell.dataset.c) };
  }

  // ---- Events ----

  private onScroll = (): void => {
    const sc = this.scroller;
    if (!sc) return;
    this.scrollTop = sc.scrollTop;
    this.clientH = sc.clientHeight;
    if (this.view.length <= VIRTUAL_MIN) return;
    const [s, e] = this.win;
    const first = Math.floor(this.scrollTop / ROW_H);
    const last = Math.min(this.view.length, Math.ceil((this.scrollTop + this.clientH) / ROW_H));
    // Re-render only when the visible rows leave what is rendered.
    if (first < s || last > e) this.host.requestUpdate();
  };

  private onFocus = (): void => {
    if (!this.active && this.view.length > 0 && this.ncols > 0) {
      this.active = { r: 0, c: 0 };
      this.anchor = this.active;
      this.host.requestUpdate();
    }
  };

  private onMousedown = (ev: MouseEvent): void => {
    if (ev.button !== 0) return;
    const pos = this.posOf(ev);
    this.downPos = pos;
    if (!pos) return;
    if (this.editing && (this.editing.r !== pos.r || this.editing.c !== pos.c)) this.commitEdit();
    // Keep the focus on the grid, and no text selection while dragging a range.
    ev.preventDefault();
    this.scroller?.focus({ preventScroll: true });
    this.moveTo(pos, ev.shiftKey);
    if (pos.r < 0) return;
    this.dragging = true;
    const move = (e: MouseEvent) => {
      if (!this.dragging) return;
      const el = document.elementFromPoint(e.clientX, e.clientY);
      const p = el ? this.posAt(el) : null;
      if (p && p.r >= 0 && (p.r !== this.active?.r || p.c !== this.active?.c)) {
        const anchor = this.anchor;
        this.active = p;
        this.anchor = anchor;
        this.host.requestUpdate();
      }
    };
    const up = () => {
      this.dragging = false;
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
  };

  private onClick = (ev: MouseEvent): void => {
    // Showing the pressed cell may have scrolled other rows under the pointer: the cell
    // is the one pressed.
    const pos = this.downPos;
    if (!pos || !this.posOf(ev)) return;
    if (pos.r < 0) {
      if (ev.detail <= 1) {
        this.prevSort = this.sort;
        this.toggleSort(pos.c);
      }
      return;
    }
    const target = ev.target as HTMLElement;
    if (target.classList.contains("gr-df-check")) {
      ev.preventDefault();
      this.toggleBool(pos);
    }
  };

  private onDblclick = (ev: MouseEvent): void => {
    const pos = this.downPos;
    if (!pos || !this.posOf(ev)) return;
    if (pos.r < 0) {
      if (!this.interactive) return;
      // The first click sorted: undo that, then rename.
      this.sort = this.prevSort;
      this.recompute();
    }
    this.startEdit(pos, null);
  };

  private onKeydown = (ev: KeyboardEvent): void => {
    if (ev.target !== this.scroller || ev.isComposing) return;
    const n = this.view.length;
    const a = this.active ?? (n > 0 ? { r: 0, c: 0 } : { r: -1, c: 0 });
    const ctrl = ev.ctrlKey || ev.metaKey;
    const page = Math.max(1, Math.floor(((this.scroller?.clientHeight ?? 400) - ROW_H) / ROW_H));
    let to: Pos | null = null;
    switch (ev.key) {
      case "ArrowUp":
        to = { r: ctrl ? (a.r < 0 ? -1 : 0) : a.r - 1, c: a.c };
        break;
      case "ArrowDown":
        to = { r: ctrl ? n - 1 : a.r + 1, c: a.c };
        break;
      case "ArrowLeft":
        to = { r: a.r, c: ctrl ? 0 : a.c - 1 };
        break;
      case "ArrowRight":
        to = { r: a.r, c: ctrl ? this.ncols - 1 : a.c + 1 };
        break;
      case "Home":
        to = { r: ctrl ? 0 : a.r, c: 0 };
        break;
      case "End":
        to = { r: ctrl ? n - 1 : a.r, c: this.ncols - 1 };
        break;
      case "PageUp":
        to = { r: Math.max(a.r < 0 ? -1 : 0, a.r - page), c: a.c };
        break;
      case "PageDown":
        to = { r: Math.min(n - 1, a.r + page), c: a.c };
        break;
      case "Enter":
      case "F2":
        ev.preventDefault();
        if (!this.active) this.moveTo(a, false);
        else if (a.r < 0 && ev.key === "Enter") this.toggleSort(a.c);
        else if (this.type(a.c) === "bool" && a.r >= 0) this.toggleBool(a);
        else this.startEdit(a, null);
        return;
      case " ":
        if (a.r < 0) {
          ev.preventDefault();
          this.toggleSort(a.c);
        } else if (this.type(a.c) === "bool") {
          ev.preventDefault();
          this.toggleBool(a);
        }
        return;
      case "Escape":
        if (this.anchor && (this.anchor.r !== a.r || this.anchor.c !== a.c)) {
          ev.preventDefault();
          this.anchor = a;
          this.host.requestUpdate();
        }
        return;
      case "Delete":
      case "Backspace":
        if (this.interactive && a.r >= 0) {
          ev.preventDefault();
          this.clearRange();
        }
        return;
      case "a":
        if (ctrl && n > 0) {
          ev.preventDefault();
          this.anchor = { r: 0, c: 0 };
          this.active = { r: n - 1, c: this.ncols - 1 };
          this.host.requestUpdate();
          return;
        }
        break;
    }
    if (to) {
      ev.preventDefault();
      this.moveTo(to, ev.shiftKey);
      return;
    }
    // Typing starts editing the active cell with what is typed.
    if (ev.key.length === 1 && !ctrl && !ev.altKey && a.r >= 0 && this.active) {
      const t = this.type(a.c);
      if (t === "bool" || !this.editable(a.c)) return;
      ev.preventDefault();
      this.startEdit(a, t === "date" ? null : ev.key);
    }
  };

  private onCopy = (ev: ClipboardEvent): void => {
    const rg = this.range();
    if (!rg || !ev.clipboardData) return;
    const [t, l, b, r] = rg;
    const rows: unknown[][] = [];
    for (let i = t; i <= b; i++) {
      const row = this.data[this.view[i]];
      rows.push(Array.from({ length: r - l + 1 }, (_, k) => (Array.isArray(row) ? row[l + k] : "")));
    }
    ev.clipboardData.setData("text/plain", toDelimited(rows, "\t"));
    ev.preventDefault();
  };

  private onPaste = (ev: ClipboardEvent): void => {
    if (!this.interactive) return;
    const rg = this.range();
    const s = ev.clipboardData?.getData("text/plain");
    if (!rg || s == null) return;
    ev.preventDefault();
    this.paste(parseDelimited(s, "\t"), rg);
  };

  // ---- Editing ----

  private startEdit(pos: Pos, typed: string | null): void {
    if (!this.interactive) return;
    if (pos.r >= 0 && !this.editable(pos.c)) return;
    if (pos.r >= this.view.length) return;
    const current = pos.r < 0 ? this.headers[pos.c] : text(this.data[this.view[pos.r]]?.[pos.c]);
    this.active = { r: pos.r, c: pos.c };
    this.anchor = this.active;
    this.editing = { r: pos.r, c: pos.c, text: typed ?? current, invalid: false, select: typed == null };
    this.focusEditor = true;
    this.reveal(pos.r);
    this.host.requestUpdate();
  }

  private onEditInput = (ev: Event): void => {
    const input = ev.target as HTMLInputElement;
    if (!this.editing) return;
    this.editing.text = input.value;
    this.editing.invalid = input.validity.badInput;
  };

  private onEditKeydown = (ev: KeyboardEvent): void => {
    ev.stopPropagation();
    if (ev.isComposing || !this.editing) return;
    const { r, c } = this.editing;
    if (ev.key === "Escape") {
      ev.preventDefault();
      this.editing = null;
      this.refocus();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (this.editing.invalid) return;
      this.commitEdit();
      if (r >= 0) this.moveTo({ r: ev.shiftKey ? r - 1 : r + 1, c });
      this.refocus();
    } else if (ev.key === "Tab") {
      if (this.editing.invalid) return;
      ev.preventDefault();
      this.commitEdit();
      this.moveTo({ r, c: ev.shiftKey ? c - 1 : c + 1 });
      this.refocus();
    }
  };

  private onEditBlur = (): void => {
    // A blur from a re-render of the same cell is no commit.
    queueMicrotask(() => {
      const input = this.host.querySelector<HTMLInputElement>(".gr-df-input");
      if (this.editing && (!input || document.activeElement !== input)) {
        if (this.editing.invalid) this.editing = null;
        else this.commitEdit();
      }
    });
  };

  private refocus(): void {
    this.host.requestUpdate();
    this.scroller?.focus({ preventScroll: true });
  }

  private commitEdit(): void {
    const e = this.editing;
    if (!e) return;
    this.editing = null;
    this.host.requestUpdate();
    if (e.r < 0) {
      const name = e.text;
      if (name === this.headers[e.c]) return;
      const headers = [...this.headers];
      headers[e.c] = name;
      this.setValue(headers, this.data);
      return;
    }
    const d = this.view[e.r];
    const t = this.type(e.c);
    const old = this.data[d]?.[e.c];
    if (text(old) === e.text) return;
    this.setCells([[d, e.c, fromText(e.text, t)]]);
  }

  private toggleBool(pos: Pos): void {
    if (!this.editable(pos.c) || pos.r < 0) return;
    const d = this.view[pos.r];
    this.setCells([[d, pos.c, !truthy(this.data[d]?.[pos.c])]]);
  }

  private clearRange(): void {
    const rg = this.range();
    if (!rg) return;
    const [t, l, b, r] = rg;
    const changes: [number, number, unknown][] = [];
    for (let i = t; i <= b; i++) for (let c = l; c <= r; c++) if (this.editable(c)) changes.push([this.view[i], c, blank(this.type(c))]);
    this.setCells(changes);
  }

  /** Writes a block of pasted text into the selection, growing the table if it may. */
  private paste(block: string[][], rg: [number, number, number, number]): void {
    if (block.length === 0) return;
    const [t, l, b, r] = rg;
    // One value pasted over a range fills it.
    if (block.length === 1 && block[0].length === 1 && (b > t || r > l)) {
      block = Array.from({ length: b - t + 1 }, () => Array.from({ length: r - l + 1 }, () => block[0][0]));
    }
    const width = Math.max(...block.map((x) => x.length));
    let headers = this.headers;
    let data = this.data;
    const n = this.view.length;
    // Grow columns, then rows, as far as the counts are dynamic.
    const needCols = l + width - this.ncols;
    let ncols = this.ncols;
    if (needCols > 0 && this.colsDynamic) {
      headers = [...headers, ...Array.from({ length: needCols }, (_, i) => String(this.ncols + i + 1))];
      data = data.map((row) => [...(Array.isArray(row) ? row : []), ...Array.from({ length: needCols }, () => "")]);
      this.growTypes(needCols);
      ncols += needCols;
    }
    const needRows = t + block.length - n;
    const view = [...this.view];
    if (needRows > 0 && this.rowsDynamic) {
      data = data === this.data ? [...data] : data;
      for (let i = 0; i < needRows; i++) {
        view.push(data.length);
        data.push(Array.from({ length: ncols }, (_, c) => blank(this.type(c))));
      }
    }
    const copies = new Map<number, unknown[]>();
    const before: unknown[][] = [];
    const after: unknown[][] = [];
    for (let i = 0; i < block.length && t + i < view.length; i++) {
      const d = view[t + i];
      const prev: unknown[] = [];
      const next: unknown[] = [];
      for (let k = 0; k < block[i].length && l + k < ncols; k++) {
        const c = l + k;
        if (!this.editable(c)) continue;
        let row = copies.get(d);
        if (!row) {
          row = [...((Array.isArray(data[d]) ? data[d] : []) as unknown[])];
          while (row.length < ncols) row.push(blank(this.type(row.length)));
          copies.set(d, row);
        }
        prev.push(row[c]);
        row[c] = fromText(block[i][k], this.type(c));
        next.push(row[c]);
      }
      before.push(prev);
      after.push(next);
    }
    if (copies.size === 0 && data === this.data) return;
    if (data === this.data) data = [...data];
    for (const [d, row] of copies) data[d] = row;
    this.view = view;
    this.anchor = { r: t, c: l };
    this.active = { r: Math.min(view.length - 1, t + block.length - 1), c: Math.min(ncols - 1, l + width - 1) };
    this.setValue(headers, data);
    const single = after.length === 1 && after[0].length === 1;
    this.host.emit("edit", {
      index: [view[t], l],
      value: single ? after[0][0] : after,
      previous_value: single ? before[0][0] : before,
    });
  }

  /** Writes cells [dataRow, col, value] and fires edit. */
  private setCells(changes: [number, number, unknown][]): void {
    if (changes.length === 0) return;
    const data = [...this.data];
    const copied = new Set<number>();
    const before: unknown[] = [];
    for (const [d, c, v] of changes) {
      if (!copied.has(d)) {
        const row = [...((Array.isArray(data[d]) ? data[d] : []) as unknown[])];
        while (row.length < this.ncols) row.push(blank(this.type(row.length)));
        data[d] = row;
        copied.add(d);
      }
      before.push(data[d][c]);
      data[d][c] = v;
    }
    this.setValue(this.headers, data);
    if (changes.length === 1) {
      const [d, c, v] = changes[0];
      this.host.emit("edit", { index: [d, c], value: v, previous_value: before[0] });
    } else {
      // A cleared block: the top-left cell and the rows of the block.
      const rows = new Map<number, unknown[]>();
      for (const [d, , v] of changes) rows.set(d, [...(rows.get(d) ?? []), v]);
      const [d0, c0] = changes[0];
      this.host.emit("edit", { index: [d0, c0], value: [...rows.values()], previous_value: null });
    }
  }

  /** Takes headers and data as the new value, made by the user. */
  private setValue(headers: string[], data: unknown[][]): void {
    const v = { headers, data, metadata: this.meta };
    this.headers = headers;
    this.data = data;
    this.ncols = Math.max(headers.length, this.ncols);
    this.edited = true;
    this.ownValue = v;
    this.seenValue = v;
    this.widthCache = null;
    this.host.commit(v);
    this.clamp();
    this.host.requestUpdate();
  }

  private growTypes(k: number): void {
    if (k <= 0) return;
    const types = this.types();
    for (let i = 0; i < k; i++) types.push("str");
    this.localTypes = types;
  }

  // ---- Rows and columns ----

  private addRow(): void {
    const a = this.active;
    const at = a && a.r >= 0 ? a.r + 1 : this.view.length;
    const d = a && a.r >= 0 ? this.view[a.r] + 1 : this.data.length;
    const data = [...this.data];
    data.splice(d, 0, Array.from({ length: this.ncols }, (_, c) => blank(this.type(c))));
    const view = this.view.map((i) => (i >= d ? i + 1 : i));
    view.splice(at, 0, d);
    this.view = view;
    this.setValue(this.headers, data);
    this.moveTo({ r: at, c: a?.c ?? 0 }, false, false);
    this.announce(msg("data.row_added", { n: data.length }));
    this.scroller?.focus({ preventScroll: true });
  }

  private deleteRow(): void {
    const a = this.active;
    if (!a || a.r < 0 || this.data.length <= 1) return;
    const d = this.view[a.r];
    const data = [...this.data];
    data.splice(d, 1);
    this.view = this.view.filter((i) => i !== d).map((i) => (i > d ? i - 1 : i));
    this.anchor = null;
    this.setValue(this.headers, data);
    this.announce(msg("data.row_deleted", { n: data.length }));
    this.scroller?.focus({ preventScroll: true });
  }

  private addColumn(): void {
    const a = this.active;
    const at = a ? a.c + 1 : this.ncols;
    const types = this.types();
    types.splice(at, 0, "str");
    this.localTypes = types;
    const headers = [...this.headers];
    headers.splice(at, 0, String(this.ncols + 1));
    const data = this.data.map((row) => {
      const r = [...((Array.isArray(row) ? row : []) as unknown[])];
      while (r.length < this.ncols) r.push("");
      r.splice(at, 0, "");
      return r;
    });
    this.ncols++;
    if (this.sort && this.sort.col >= at) this.sort = { ...this.sort, col: this.sort.col + 1 };
    this.setValue(headers, data);
    this.moveTo({ r: a?.r ?? -1, c: at }, false, false);
    this.announce(msg("data.column_added", { n: this.ncols }));
    this.scroller?.focus({ preventScroll: true });
  }

  private deleteColumn(): void {
    const a = this.active;
    if (!a || this.ncols <= 1) return;
    const c = a.c;
    const types = this.types();
    types.splice(c, 1);
    this.localTypes = types;
    const headers = this.headers.filter((_, i) => i !== c);
    const data = this.data.map((row) => (Array.isArray(row) ? row.filter((_, i) => i !== c) : []));
    this.ncols--;
    if (this.sort?.col === c) {
      this.sort = null;
      this.recompute();
    } else if (this.sort && this.sort.col > c) this.sort = { ...this.sort, col: this.sort.col - 1 };
    this.filters = this.filters.filter((f) => f.col !== c).map((f) => (f.col > c ? { ...f, col: f.col - 1 } : f));
    this.anchor = null;
    this.setValue(headers, data);
    this.announce(msg("data.column_deleted", { n: this.ncols }));
    this.scroller?.focus({ preventScroll: true });
  }

  // ---- Sort, search, filters ----

  private toggleSort(c: number): void {
    const cur = this.sort?.col === c ? this.sort.dir : 0;
    this.sort = cur === 0 ? { col: c, dir: 1 } : cur === 1 ? { col: c, dir: -1 } : null;
    this.keepActiveRow(() => this.recompute());
    this.announce(this.sort ? msg(this.sort.dir === 1 ? "data.sorted_ascending" : "data.sorted_descending", { column: String(this.headers[c]) }) : msg("data.sort_removed"));
  }

  /** Runs a view change, keeping the active cell on the same row of the value if it stays. */
  private keepActiveRow(change: () => void): void {
    const a = this.active;
    const d = a && a.r >= 0 ? this.view[a.r] : null;
    change();
    this.anchor = null;
    if (a && d != null) {
      const r = this.view.indexOf(d);
      this.active = r >= 0 ? { r, c: a.c } : this.view.length > 0 ? { r: 0, c: a.c } : null;
    }
    this.clamp();
    if (this.active && this.active.r >= 0) this.reveal(this.active.r);
    this.host.requestUpdate();
  }

  private onSearch = (ev: Event): void => {
    this.query = (ev.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    // Searching 100,000 rows takes a moment: wait for a pause in typing.
    this.searchTimer = window.setTimeout(() => this.applySearch(), this.data.length > 5000 ? 250 : 60);
  };

  private applySearch(): void {
    clearTimeout(this.searchTimer);
    this.keepActiveRow(() => this.recompute());
    if (this.scroller) this.scroller.scrollTop = 0;
    this.scrollTop = 0;
    this.announce(msg("data.count", { n: this.view.length.toLocaleString(), total: this.data.length.toLocaleString() }));
  }

  private addFilter(): void {
    const d = this.draft;
    const ops = this.type(d.col) === "number" ? numberOps : textOps;
    const op = ops.includes(d.op) ? d.op : ops[0];
    if (!op.endsWith("empty") && d.value.trim() === "") return;
    this.filters = [...this.filters, { col: d.col, op, value: d.value }];
    this.draft = { ...d, value: "" };
    this.applySearch();
  }

  private removeFilter(i: number): void {
    this.filters = this.filters.filter((_, k) => k !== i);
    this.applySearch();
  }

  private announce(msg: string): void {
    this.status = msg;
    this.host.requestUpdate();
  }

  // ---- Export ----

  /** The rows of the view, with the headers first. */
  private table(): unknown[][] {
    const rows: unknown[][] = [this.headers];
    for (const d of this.view) rows.push(Array.isArray(this.data[d]) ? this.data[d] : []);
    return rows;
  }

  private copyAll = async (ev: Event): Promise<void> => {
    const b = ev.currentTarget as HTMLButtonElement;
    try {
      await navigator.clipboard.writeText(toDelimited(this.table(), "\t"));
      b.textContent = msg("common.copied");
    } catch {
      b.textContent = msg("common.copy_failed");
    }
    setTimeout(() => (b.textContent = msg("common.copy")), 1500);
  };

  private exportCSV = (): void => {
    const csv = toDelimited(this.table(), ",", "\r\n");
    const blob = new Blob([csv], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `${String(this.props.label || "data").replace(/[^\w.-]+/g, "_")}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
}
