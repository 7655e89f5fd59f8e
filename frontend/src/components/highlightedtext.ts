import { html, nothing, type TemplateResult } from "lit";
import { GradioElement, define } from "../core/element";
import { t as msg } from "../core/messages";

interface Token {
  token: string;
  class_or_confidence: string | number | null;
}
type Label = string | number | null;

const palette = ["#ef4444", "#22c55e", "#3b82f6", "#eab308", "#a855f7", "#14b8a6", "#f97316", "#06b6d4", "#84cc16", "#ec4899"];

/** The value as tokens: [{token, class_or_confidence}] or [[token, label]]. */
function tokensOf(v: unknown): Token[] {
  if (!Array.isArray(v)) return [];
  return v.map((t) =>
    Array.isArray(t)
      ? { token: String(t[0] ?? ""), class_or_confidence: t[1] ?? null }
      : { token: String(t?.token ?? ""), class_or_confidence: t?.class_or_confidence ?? null },
  );
}

/** A confidence as a background: red for positive, blue for negative, stronger further from 0. */
function scoreColor(s: number): string {
  const a = Math.min(1, Math.abs(s));
  return s >= 0 ? `rgb(239 68 68 / ${a})` : `rgb(59 130 246 / ${a})`;
}

/**
 * gradio-highlightedtext: text whose spans carry a label (coloured by color_map or a
 * palette, the label shown inline with show_inline_category) or a confidence (-1..1, a
 * blue-to-red intensity). The legend highlights a label's spans while hovered or after a
 * click. Clicking a span (or Enter on it; arrow keys move between spans) fires select
 * with {index, value: [token, label]}. Interactive, selecting text with the mouse offers
 * the labels to put on it (or a new one), and a labelled span can be relabelled or
 * cleared: the value changes (input, change).
 */
export class HighlightedText extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    active: { state: true },
    pinned: { state: true },
    focusIndex: { state: true },
    menu: { state: true },
  };

  /** The label whose spans stand out (legend hover or click). */
  active: Label | undefined = undefined;
  pinned = false;
  focusIndex = -1;
  /** The labelling menu: the character range it applies to and where it shows. */
  menu: { from: number; to: number; x: number; y: number; current: Label } | null = null;

  private get tokens(): Token[] {
    return tokensOf(this.value);
  }

  /** Tokens as shown: with combine_adjacent, neighbours with the same label are one span. */
  private get shown(): { t: Token; index: number }[] {
    const toks = this.tokens;
    if (!this.props.combine_adjacent || this.interactive) return toks.map((t, index) => ({ t, index }));
    const sep = String(this.props.adjacent_separator ?? "");
    const out: { t: Token; index: number }[] = [];
    toks.forEach((t, index) => {
      const last = out[out.length - 1];
      if (last && t.class_or_confidence != null && last.t.class_or_confidence === t.class_or_confidence) {
        last.t = { token: last.t.token + sep + t.token, class_or_confidence: t.class_or_confidence };
      } else out.push({ t: { ...t }, index });
    });
    return out;
  }

  private get scores(): boolean {
    const labels = this.tokens.map((t) => t.class_or_confidence).filter((l) => l != null);
    return labels.length > 0 && labels.every((l) => typeof l === "number");
  }

  private get labels(): string[] {
    const set = new Set<string>();
    for (const k of Object.keys(this.props.color_map ?? {})) set.add(k);
    for (const t of this.tokens) if (typeof t.class_or_confidence === "string") set.add(t.class_or_confidence);
    return [...set];
  }

  private color(label: string): string {
    const cm = this.props.color_map ?? {};
    if (typeof cm[label] === "string" && cm[label]) return cm[label];
    return palette[Math.max(0, this.labels.indexOf(label)) % palette.length];
  }

  protected override render() {
    const p = this.props;
    const scores = this.scores;
    const shown = this.shown;
    const labelled = shown.filter((s) => s.t.class_or_confidence != null);
    const focus = labelled.some((s) => s.index === this.focusIndex) ? this.focusIndex : (labelled[0]?.index ?? -1);
    return html`${this.label(null)}
      <div class="gr-ht ${this.active !== undefined ? "gr-ht-focusing" : ""}">
        ${p.show_legend ? this.legend(scores) : nothing}
        <div
          class="gr-ht-text ${p.show_whitespaces === false ? "" : "gr-ht-ws"}"
          role="group"
          aria-labelledby=${p.label ? `${this.uid}-label` : nothing}
          dir=${p.rtl ? "rtl" : nothing}
          @mouseup=${this.onMouseup}
          @keydown=${this.onKeydown}
        >
          ${shown.length === 0 ? html`<span class="gr-ht-empty">${msg("text.empty")}</span>` : nothing}${shown.map(({ t, index }) => this.token(t, index, focus))}
        </div>
        ${this.menu ? this.menuView() : nothing}
      </div>`;
  }

  /** One span; its template has no white space around it, since the text's own counts. */
  private token(t: Token, index: number, focus: number): TemplateResult {
    const l = t.class_or_confidence;
    if (l == null) return html`<span class="gr-ht-plain" data-i=${index}><span class="gr-ht-t">${t.token}</span></span>`;
    const isScore = typeof l === "number";
    const bg = isScore ? scoreColor(l) : `color-mix(in srgb, ${this.color(String(l))} 28%, transparent)`;
    const dim = this.active !== undefined && this.active !== l;
    const cat = this.props.show_inline_category !== false && !isScore ? html`<span class="gr-ht-cat" aria-hidden="true">${l}</span>` : nothing;
    return html`<mark class="gr-ht-token ${dim ? "gr-ht-dim" : ""} ${this.active === l ? "gr-ht-on" : ""}" data-i=${index} style="--gr-ht-bg:${bg};--gr-ht-c:${isScore ? "transparent" : this.color(String(l))}" tabindex=${index === focus ? "0" : "-1"} role="button" aria-label=${`${t.token} (${isScore ? `confidence ${l}` : l})`} @click=${() => this.pick(index)}><span class="gr-ht-t">${t.token}</span>${cat}</mark>`;
  }

  private legend(scores: boolean): TemplateResult {
    if (scores) {
      return html`<div class="gr-ht-legend gr-ht-scale" aria-label=${msg("text.confidence_scale")}>
        <span>-1</span><span class="gr-ht-gradient" aria-hidden="true"></span><span>+1</span>
      </div>`;
    }
    return html`<div class="gr-ht-legend" role="toolbar" aria-label=${msg("text.labels")}>
      ${this.labels.map(
        (l) => html`<button
          type="button"
          class="gr-ht-label ${this.active === l ? "gr-ht-on" : ""}"
          style="--gr-ht-c:${this.color(l)}"
          aria-pressed=${this.pinned && this.active === l ? "true" : "false"}
          @mouseenter=${() => !this.pinned && (this.active = l)}
          @mouseleave=${() => !this.pinned && (this.active = undefined)}
          @focus=${() => !this.pinned && (this.active = l)}
          @blur=${() => !this.pinned && (this.active = undefined)}
          @click=${() => {
            const on = !(this.pinned && this.active === l);
            this.pinned = on;
            this.active = on ? l : undefined;
          }}
        >
          ${l}
        </button>`,
      )}
    </div>`;
  }

  private menuView(): TemplateResult {
    const m = this.menu!;
    return html`<div
      class="gr-ht-menu"
      role="dialog"
      aria-label=${msg("text.label_selection")}
      style="left:${m.x}px;top:${m.y}px"
      @keydown=${(ev: KeyboardEvent) => ev.key === "Escape" && this.closeMenu()}
    >
      ${this.labels.map(
        (l) => html`<button type="button" class="gr-ht-label" style="--gr-ht-c:${this.color(l)}" @click=${() => this.assign(l)}>${l}</button>`,
      )}
      <input
        class="gr-input gr-ht-new"
        placeholder=${msg("text.new_label")}
        aria-label=${msg("text.new_label")}
        @keydown=${(ev: KeyboardEvent) => {
          const v = (ev.target as HTMLInputElement).value.trim();
          if (ev.key === "Enter" && v) this.assign(v);
        }}
      />
      ${m.current != null ? html`<button type="button" class="gr-icon-button" @click=${() => this.assign(null)}>${msg("text.remove_label")}</button>` : nothing}
      <button type="button" class="gr-icon-button" aria-label=${msg("common.cancel")} @click=${this.closeMenu}>×</button>
    </div>`;
  }

  protected override updated() {
    if (this.menu && !this.contains(document.activeElement)) this.querySelector<HTMLElement>(".gr-ht-menu button, .gr-ht-menu input")?.focus();
  }

  private closeMenu = () => {
    this.menu = null;
    window.getSelection()?.removeAllRanges();
  };

  private pick(index: number) {
    const t = this.tokens[index];
    if (!t) return;
    const s = this.shown.find((x) => x.index === index)?.t ?? t;
    this.focusIndex = index;
    this.emit("select", { index, value: [s.token, s.class_or_confidence], selected: true });
    if (this.interactive && window.getSelection()?.isCollapsed !== false) {
      const el = this.querySelector<HTMLElement>(`.gr-ht-token[data-i="${index}"]`);
      const starts = this.starts();
      this.openMenu(starts[index], starts[index] + t.token.length, el?.getBoundingClientRect() ?? null, t.class_or_confidence);
    }
  }

  private onKeydown(ev: KeyboardEvent) {
    const el = (ev.target as HTMLElement).closest<HTMLElement>(".gr-ht-token");
    if (!el) return;
    const marks = [...this.querySelectorAll<HTMLElement>(".gr-ht-token")];
    const i = marks.indexOf(el);
    let to = -1;
    if (ev.key === "ArrowRight" || ev.key === "ArrowDown") to = Math.min(marks.length - 1, i + 1);
    else if (ev.key === "ArrowLeft" || ev.key === "ArrowUp") to = Math.max(0, i - 1);
    else if (ev.key === "Home") to = 0;
    else if (ev.key === "End") to = marks.length - 1;
    else if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      this.pick(Number(el.dataset.i));
      return;
    } else return;
    ev.preventDefault();
    this.focusIndex = Number(marks[to].dataset.i);
    marks[to].focus();
  }

  /** The offset in the whole text of each token's first character. */
  private starts(): number[] {
    let at = 0;
    return this.tokens.map((t) => {
      const s = at;
      at += t.token.length;
      return s;
    });
  }

  /** The text offset of a DOM position inside the text, or null. */
  private offsetAt(node: Node, offset: number): number | null {
    const el = node instanceof Element ? node : node.parentElement;
    const tok = el?.closest<HTMLElement>("[data-i]");
    if (!tok || !this.contains(tok)) return null;
    const i = Number(tok.dataset.i);
    const start = this.starts()[i];
    const len = this.tokens[i]?.token.length ?? 0;
    if (node === tok) return offset > 0 ? start + len : start;
    const t = tok.querySelector(".gr-ht-t");
    if (!t) return start;
    if (!t.contains(node)) return el?.closest(".gr-ht-cat") ? start + len : start;
    const r = document.createRange();
    r.setStart(t, 0);
    r.setEnd(node, offset);
    return start + r.toString().length;
  }

  private onMouseup() {
    if (!this.interactive) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    const a = this.offsetAt(r.startContainer, r.startOffset);
    const b = this.offsetAt(r.endContainer, r.endOffset);
    if (a == null || b == null || a === b) return;
    this.openMenu(Math.min(a, b), Math.max(a, b), r.getBoundingClientRect(), null);
  }

  private openMenu(from: number, to: number, rect: DOMRect | null, current: Label) {
    const box = this.querySelector(".gr-ht")!.getBoundingClientRect();
    const x = rect ? Math.max(0, Math.min(rect.left - box.left, box.width - 240)) : 0;
    const y = rect ? rect.bottom - box.top + 4 : 0;
    this.menu = { from, to, x, y, current };
  }

  /** Puts label on the menu's range of text, splitting the tokens it cuts. */
  private assign(label: Label) {
    const m = this.menu;
    if (!m) return;
    const out: Token[] = [];
    let at = 0;
    for (const t of this.tokens) {
      const s = at;
      const e = at + t.token.length;
      at = e;
      const cuts = [s, Math.max(s, Math.min(e, m.from)), Math.max(s, Math.min(e, m.to)), e];
      for (let k = 0; k < 3; k++) {
        if (cuts[k + 1] <= cuts[k]) continue;
        const text = t.token.slice(cuts[k] - s, cuts[k + 1] - s);
        const inside = k === 1;
        const prev = out[out.length - 1];
        // The labelled range is one token, even where it spans several.
        if (inside && prev && (prev as any)._new) prev.token += text;
        else out.push(inside ? Object.assign({ token: text, class_or_confidence: label }, { _new: true }) : { token: text, class_or_confidence: t.class_or_confidence });
      }
    }
    const value = out.map((t) => ({ token: t.token, class_or_confidence: t.class_or_confidence }));
    this.menu = null;
    window.getSelection()?.removeAllRanges();
    this.userValue(value);
  }
}

define("highlightedtext", HighlightedText);
