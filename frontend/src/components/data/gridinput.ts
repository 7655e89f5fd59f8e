// The grid's keyboard, pointer and clipboard handling: moving and extending the
// selection, editing on a key or a double click, the cell editor's keys, copy and paste.

import { parseDelimited, toDelimited } from "./delimited";
import { GridEdits } from "./gridedits";
import { ROW_H, VIRTUAL_MIN, type Pos } from "./gridmodel";

export class GridInput extends GridEdits {
  protected onScroll = (): void => {
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

  protected onFocus = (): void => {
    if (!this.active && this.view.length > 0 && this.ncols > 0) {
      this.active = { r: 0, c: 0 };
      this.anchor = this.active;
      this.host.requestUpdate();
    }
  };

  protected onMousedown = (ev: MouseEvent): void => {
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

  protected onClick = (ev: MouseEvent): void => {
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

  protected onDblclick = (ev: MouseEvent): void => {
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

  protected onKeydown = (ev: KeyboardEvent): void => {
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

  protected onCopy = (ev: ClipboardEvent): void => {
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

  protected onPaste = (ev: ClipboardEvent): void => {
    if (!this.interactive) return;
    const rg = this.range();
    const s = ev.clipboardData?.getData("text/plain");
    if (!rg || s == null) return;
    ev.preventDefault();
    this.paste(parseDelimited(s, "\t"), rg);
  };


  protected onEditInput = (ev: Event): void => {
    const input = ev.target as HTMLInputElement;
    if (!this.editing) return;
    this.editing.text = input.value;
    this.editing.invalid = input.validity.badInput;
  };

  protected onEditKeydown = (ev: KeyboardEvent): void => {
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

  protected onEditBlur = (): void => {
    // A blur from a re-render of the same cell is no commit.
    queueMicrotask(() => {
      const input = this.host.querySelector<HTMLInputElement>(".gr-df-input");
      if (this.editing && (!input || document.activeElement !== input)) {
        if (this.editing.invalid) this.editing = null;
        else this.commitEdit();
      }
    });
  };

  protected refocus(): void {
    this.host.requestUpdate();
    this.scroller?.focus({ preventScroll: true });
  }
}
