// The state of the dataframe's grid: the value as shown, the view over it (search,
// filters, sort) and the selection. The grid's other layers build on it: GridEdits
// changes the value, GridInput handles the keyboard and pointer, and Grid renders.
//
// The view is an array of row indices into the value, in display order; the value itself
// keeps its order. Positions (Pos) are positions in the view.

import type { Dataframe } from "../dataframe";
import { t as msg } from "../../core/messages";
import { countOf, blank, text, typeName, type ColType } from "./cells";
import { numberOps, textOps, viewRows, type Filter, type Sort } from "./gridview";

/** Rows are this many pixels high in a virtualised table. */
export const ROW_H = 35;
/** The rows rendered beyond each edge of the scroll window. */
export const OVERSCAN = 10;
/** Tables of more rows than this are virtualised. */
export const VIRTUAL_MIN = 100;

/** A cell of the view: r is a position in the view (-1 for the header row), c a column. */
export interface Pos {
  r: number;
  c: number;
}
export interface Editing extends Pos {
  text: string;
  invalid: boolean;
  /** Whether the editor's text is selected when it opens (not when typing started it). */
  select: boolean;
}

export class GridModel {
  // The value, as shown.
  protected headers: string[] = [];
  protected data: unknown[][] = [];
  protected meta: any = null;
  protected ncols = 0;
  /** Set once the user edited: display_value in the metadata no longer matches. */
  protected edited = false;
  protected localTypes: ColType[] | null = null;

  // What the model was read from.
  protected seenValue: unknown = undefined;
  protected seenProps: unknown = undefined;
  protected seenInteractive: boolean | undefined = undefined;
  /** The last value this grid made, to tell its own edits from new values. */
  protected ownValue: unknown = undefined;

  // The view.
  protected view: number[] = [];
  protected sort: Sort | null = null;
  protected query = "";
  protected filters: Filter[] = [];
  protected draft: Filter = { col: 0, op: "contains", value: "" };
  protected searchTimer = 0;
  protected status = "";

  // Selection and editing.
  protected active: Pos | null = null;
  protected anchor: Pos | null = null;
  protected editing: Editing | null = null;
  protected focusEditor = false;
  protected revealActive = false;
  protected dragging = false;
  protected downPos: Pos | null = null;
  protected prevSort: Sort | null = null;

  // Scrolling.
  protected scrollTop = 0;
  protected clientH = 0;
  protected win: [number, number] = [0, 0];
  protected scroller: HTMLElement | null = null;
  protected resizer: ResizeObserver | null = null;

  protected mdCache = new Map<string, string>();
  /** The left offset of the last pinned column, which casts a shadow. */
  protected lastPin = -1;
  protected widthCache: { key: unknown[]; cols: string; pins: number[]; min: number; pinW: number } | null = null;

  constructor(protected host: Dataframe) {}

  // ---- The model ----

  protected get props(): Record<string, any> {
    return this.host.props ?? {};
  }

  protected get interactive(): boolean {
    return this.host.interactive;
  }

  protected type(c: number): ColType {
    if (this.localTypes) return this.localTypes[c] ?? "str";
    const dt = this.props.datatype;
    return typeName(Array.isArray(dt) ? dt[c] : dt);
  }

  protected types(): ColType[] {
    return Array.from({ length: this.ncols }, (_, c) => this.type(c));
  }

  protected get rowsDynamic(): boolean {
    return countOf(this.props.row_count, 1)[1];
  }

  protected get colsDynamic(): boolean {
    return countOf(this.props.col_count ?? this.props.column_count, 3)[1];
  }

  protected editable(c: number): boolean {
    const st = this.props.static_columns;
    return this.interactive && !(Array.isArray(st) && st.includes(c));
  }

  /** Reads the value and props when they changed. */
  protected sync(): void {
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

  protected read(): void {
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
  /** Rebuilds the view: search, filters, then sort. */
  protected recompute(): void {
    this.view = viewRows(this.data, this.ncols, this.query, this.filters, this.sort, (c) => this.type(c));
    this.win = [0, 0];
  }

  protected clamp(): void {
    const n = this.view.length;
    for (const key of ["active", "anchor"] as const) {
      const p = this[key];
      if (!p) continue;
      if (this.ncols === 0 || p.r >= n) this[key] = n > 0 && this.ncols > 0 ? { r: Math.min(p.r, n - 1), c: Math.min(p.c, this.ncols - 1) } : null;
      else if (p.c >= this.ncols) this[key] = { r: p.r, c: this.ncols - 1 };
    }
    if (this.editing && (this.editing.r >= n || this.editing.c >= this.ncols)) this.editing = null;
  }


  /** Takes headers and data as the new value, made by the user. */
  protected setValue(headers: string[], data: unknown[][]): void {
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

  // ---- Selection ----

  protected inRange(r: number, c: number): boolean {
    const a = this.active;
    const b = this.anchor ?? a;
    if (!a || !b || a.r < 0) return false;
    return r >= Math.min(a.r, b.r) && r <= Math.max(a.r, b.r) && c >= Math.min(a.c, b.c) && c <= Math.max(a.c, b.c);
  }

  /** The selected block: [top, left, bottom, right] in view rows and columns. */
  protected range(): [number, number, number, number] | null {
    const a = this.active;
    if (!a || a.r < 0) return null;
    const b = this.anchor && this.anchor.r >= 0 ? this.anchor : a;
    return [Math.min(a.r, b.r), Math.min(a.c, b.c), Math.max(a.r, b.r), Math.max(a.c, b.c)];
  }

  /** Makes pos the active cell (extending the range with extend), shows it and fires select. */
  protected moveTo(pos: Pos, extend = false, emit = true): void {
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
  protected reveal(r: number): void {
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

  protected emitSelect(r: number, c: number): void {
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

  protected posOf(ev: Event): Pos | null {
    return this.posAt(ev.target as Element | null);
  }

  protected posAt(el: Element | null): Pos | null {
    const cell = el?.closest?.<HTMLElement>("[data-c]");
    const row = cell?.parentElement;
    if (!cell || !row?.dataset.r || !this.scroller?.contains(cell)) return null;
    return { r: Number(row.dataset.r), c: Number(cell.dataset.c) };
  }

  // ---- Sort, search, filters ----

  protected toggleSort(c: number): void {
    const cur = this.sort?.col === c ? this.sort.dir : 0;
    this.sort = cur === 0 ? { col: c, dir: 1 } : cur === 1 ? { col: c, dir: -1 } : null;
    this.keepActiveRow(() => this.recompute());
    this.announce(this.sort ? msg(this.sort.dir === 1 ? "data.sorted_ascending" : "data.sorted_descending", { column: String(this.headers[c]) }) : msg("data.sort_removed"));
  }

  /** Runs a view change, keeping the active cell on the same row of the value if it stays. */
  protected keepActiveRow(change: () => void): void {
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

  protected onSearch = (ev: Event): void => {
    this.query = (ev.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    // Searching 100,000 rows takes a moment: wait for a pause in typing.
    this.searchTimer = window.setTimeout(() => this.applySearch(), this.data.length > 5000 ? 250 : 60);
  };

  protected applySearch(): void {
    clearTimeout(this.searchTimer);
    this.keepActiveRow(() => this.recompute());
    if (this.scroller) this.scroller.scrollTop = 0;
    this.scrollTop = 0;
    this.announce(msg("data.count", { n: this.view.length.toLocaleString(), total: this.data.length.toLocaleString() }));
  }

  protected addFilter(): void {
    const d = this.draft;
    const ops = this.type(d.col) === "number" ? numberOps : textOps;
    const op = ops.includes(d.op) ? d.op : ops[0];
    if (!op.endsWith("empty") && d.value.trim() === "") return;
    this.filters = [...this.filters, { col: d.col, op, value: d.value }];
    this.draft = { ...d, value: "" };
    this.applySearch();
  }

  protected removeFilter(i: number): void {
    this.filters = this.filters.filter((_, k) => k !== i);
    this.applySearch();
  }

  protected announce(msg: string): void {
    this.status = msg;
    this.host.requestUpdate();
  }
}
