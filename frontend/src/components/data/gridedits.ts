// The edits the grid makes to the dataframe's value: a cell typed or cleared, a block
// pasted, rows and columns added or deleted. Each takes the new value with setValue and
// fires edit as Gradio does.

import { t as msg } from "../../core/messages";
import { blank, fromText, text, truthy } from "./cells";
import { GridModel, type Pos } from "./gridmodel";

export class GridEdits extends GridModel {
  protected startEdit(pos: Pos, typed: string | null): void {
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

  protected commitEdit(): void {
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

  protected toggleBool(pos: Pos): void {
    if (!this.editable(pos.c) || pos.r < 0) return;
    const d = this.view[pos.r];
    this.setCells([[d, pos.c, !truthy(this.data[d]?.[pos.c])]]);
  }

  protected clearRange(): void {
    const rg = this.range();
    if (!rg) return;
    const [t, l, b, r] = rg;
    const changes: [number, number, unknown][] = [];
    for (let i = t; i <= b; i++) for (let c = l; c <= r; c++) if (this.editable(c)) changes.push([this.view[i], c, blank(this.type(c))]);
    this.setCells(changes);
  }

  /** Writes a block of pasted text into the selection, growing the table if it may. */
  protected paste(block: string[][], rg: [number, number, number, number]): void {
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
  protected setCells(changes: [number, number, unknown][]): void {
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

  protected growTypes(k: number): void {
    if (k <= 0) return;
    const types = this.types();
    for (let i = 0; i < k; i++) types.push("str");
    this.localTypes = types;
  }

  // ---- Rows and columns ----

  protected addRow(): void {
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

  protected deleteRow(): void {
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

  protected addColumn(): void {
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

  protected deleteColumn(): void {
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
}
