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
//
// The grid is layered, one module each: GridModel (gridmodel.ts) keeps the state,
// GridEdits (gridedits.ts) changes the value, GridInput (gridinput.ts) handles events,
// and Grid renders; cells.ts and gridview.ts hold the pure parts.

import { html, nothing, type ReactiveController, type TemplateResult } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { live } from "lit/directives/live.js";
import { guard } from "lit/directives/guard.js";
import { markdown, sanitize } from "../../core/markdown";
import type { Dataframe } from "../dataframe";
import { icon, iconButton, toggleFullscreen, buttonsOf } from "../media/imagekit";
import { toDelimited } from "./delimited";
import { t as msg } from "../../core/messages";
import { text, truthy, widthOf, type ColType } from "./cells";
import { numberOps, opText, textOps } from "./gridview";
import { ROW_H, OVERSCAN, VIRTUAL_MIN } from "./gridmodel";
import { GridInput } from "./gridinput";

export class Grid extends GridInput implements ReactiveController {
  constructor(host: Dataframe) {
    super(host);
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

  // ---- Export ----

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
