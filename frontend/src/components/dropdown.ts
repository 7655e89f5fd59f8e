import { html, nothing, type PropertyValues } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import { asArray, choicesOf, sameValue } from "./helpers";
import { t } from "../core/messages";

interface Option {
  label: string;
  value: unknown;
  /** The position in props.choices. */
  index: number;
}

/**
 * gradio-dropdown: a filterable combobox (ARIA 1.2 pattern: an input with role=combobox
 * that owns a listbox). Its value is one value or null, or an array with multiselect,
 * shown as removable chips. Choosing fires input, change and select ({index, value,
 * selected}); the input fires focus and blur.
 */
export class Dropdown extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    open: { state: true },
    query: { state: true },
    active: { state: true },
  };

  /** Whether the list is shown. */
  open = false;
  /** What the user typed to filter, or null when the field shows the value. */
  query: string | null = null;
  /** The highlighted option, as a position in the filtered list (-1 for none). */
  active = -1;
  /** Set when the highlight moved by keyboard, so that it is scrolled into view. */
  private scrollActive = false;

  private get multi(): boolean {
    return this.props.multiselect === true;
  }

  private get options(): Option[] {
    return choicesOf(this.props.choices).map(([label, value], index) => ({ label, value, index }));
  }

  /** The options matching what is typed. */
  private get filtered(): Option[] {
    const q = this.query?.trim().toLowerCase();
    if (!q || this.props.filterable === false) return this.options;
    return this.options.filter((o) => o.label.toLowerCase().includes(q));
  }

  private get selected(): unknown[] {
    return this.multi ? asArray(this.value) : this.value == null ? [] : [this.value];
  }

  private isSelected(v: unknown): boolean {
    return this.selected.some((x) => sameValue(x, v));
  }

  private labelOf(v: unknown): string {
    return this.options.find((o) => sameValue(o.value, v))?.label ?? String(v);
  }

  private get full(): boolean {
    const max = this.props.max_choices;
    return this.multi && typeof max === "number" && max > 0 && this.selected.length >= max;
  }

  protected override render() {
    const p = this.props;
    const listId = `${this.uid}-list`;
    const options = this.open && this.interactive ? this.filtered : [];
    const activeId = this.open && this.active >= 0 && this.active < options.length ? `${this.uid}-opt-${this.active}` : null;
    const text = this.query ?? (this.multi || this.value == null ? "" : this.labelOf(this.value));
    const typeable = this.interactive && (p.filterable !== false || p.allow_custom_value === true);
    return html`${this.label()}
      <div class="gr-dropdown ${this.open ? "gr-dropdown-open" : ""}">
        <div class="gr-input gr-dropdown-field ${this.interactive ? "" : "gr-readonly"}" part="input" @mousedown=${this.onFieldMousedown} @click=${this.onFieldClick}>
          ${this.multi
            ? this.selected.map(
                (v) => html`<span class="gr-chip"
                  >${this.labelOf(v)}${this.interactive
                    ? html`<button
                        type="button"
                        class="gr-chip-remove"
                        aria-label=${t("common.remove_item", { name: String(this.labelOf(v)) })}
                        @click=${(ev: Event) => {
                          ev.stopPropagation();
                          const hadFocus = document.activeElement === ev.currentTarget;
                          this.unselect(v);
                          if (hadFocus) this.input?.focus();
                        }}
                      >
                        ×
                      </button>`
                    : nothing}</span
                >`,
              )
            : nothing}
          <input
            id=${this.uid}
            class="gr-dropdown-input"
            role="combobox"
            autocomplete="off"
            aria-autocomplete=${p.filterable === false ? "none" : "list"}
            aria-expanded=${this.open ? "true" : "false"}
            aria-controls=${listId}
            aria-activedescendant=${activeId ?? nothing}
            aria-describedby=${p.info ? this.uid + "-info" : nothing}
            aria-readonly=${this.interactive ? nothing : "true"}
            .value=${live(text)}
            placeholder=${this.multi && this.selected.length > 0 ? "" : (p.placeholder ?? "")}
            ?readonly=${!typeable}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @focus=${this.onFocus}
            @blur=${this.onBlur}
          />
          <span class="gr-dropdown-caret" aria-hidden="true"></span>
        </div>
        <ul
          id=${listId}
          class="gr-listbox"
          part="listbox"
          role="listbox"
          aria-label=${p.label || t("dropdown.choices")}
          aria-multiselectable=${this.multi ? "true" : nothing}
          ?hidden=${!this.open || options.length === 0}
          @mousedown=${(ev: Event) => ev.preventDefault()}
        >
          ${options.map((o, i) => {
            const selected = this.isSelected(o.value);
            const disabled = !selected && this.full;
            return html`<li
              id=${`${this.uid}-opt-${i}`}
              class="gr-option ${i === this.active ? "gr-active" : ""}"
              part="option"
              role="option"
              aria-selected=${selected ? "true" : "false"}
              aria-disabled=${disabled ? "true" : nothing}
              @click=${() => this.choose(o)}
              @mousemove=${() => {
                if (this.active !== i) this.active = i;
              }}
            >
              <span class="gr-option-check" aria-hidden="true">${selected ? "✓" : ""}</span>${o.label}
            </li>`;
          })}
        </ul>
        ${this.open && this.interactive && options.length === 0
          ? html`<div class="gr-listbox gr-listbox-empty" role="status">
              ${this.full
                ? t("dropdown.max_choices", { n: p.max_choices })
                : p.allow_custom_value && this.query?.trim()
                  ? t("dropdown.press_enter", { value: this.query.trim() })
                  : t("dropdown.no_match")}
            </div>`
          : nothing}
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has("active") && this.scrollActive && this.active >= 0) {
      this.scrollActive = false;
      this.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView({ block: "nearest" });
    }
  }

  private get input(): HTMLInputElement | null {
    return this.querySelector(".gr-dropdown-input");
  }

  private show() {
    if (!this.interactive || this.open) return;
    this.open = true;
    const opts = this.filtered;
    const first = this.multi ? -1 : opts.findIndex((o) => this.isSelected(o.value));
    this.active = first >= 0 ? first : opts.length > 0 ? 0 : -1;
    this.scrollActive = true;
  }

  private hide() {
    this.open = false;
    this.active = -1;
  }

  private move(to: number) {
    const n = this.filtered.length;
    if (n === 0) return;
    this.active = Math.max(0, Math.min(n - 1, to));
    this.scrollActive = true;
  }

  /** A press on the field outside the input keeps the focus in the input. */
  private onFieldMousedown(ev: Event) {
    const input = this.input;
    if (!this.interactive || !input || ev.target === input) return;
    ev.preventDefault();
    if (document.activeElement !== input) input.focus();
  }

  /** A click in the input opens the list; on the rest of the field it toggles it. */
  private onFieldClick(ev: Event) {
    if (!this.interactive) return;
    if (ev.target !== this.input && this.open) this.hide();
    else this.show();
  }

  private onFocus() {
    // Select the value's text so that typing replaces it.
    if (!this.multi && this.interactive) this.input?.select();
    this.emit("focus");
  }

  private onBlur() {
    const q = this.query?.trim();
    if (this.props.allow_custom_value && q) this.custom(q);
    this.query = null;
    this.hide();
    this.emit("blur");
  }

  private onInput(ev: Event) {
    this.query = (ev.target as HTMLInputElement).value;
    this.open = true;
    this.active = this.filtered.length > 0 ? 0 : -1;
    this.scrollActive = true;
  }

  private onKeydown(ev: KeyboardEvent) {
    if (!this.interactive || ev.isComposing) return;
    const opts = this.filtered;
    switch (ev.key) {
      case "ArrowDown":
        ev.preventDefault();
        if (!this.open || ev.altKey) this.show();
        else this.move(this.active + 1);
        break;
      case "ArrowUp":
        ev.preventDefault();
        if (!this.open) this.show();
        else if (ev.altKey) this.hide();
        else this.move(this.active - 1);
        break;
      case "Home":
      case "End":
        if (!this.open || this.query) return;
        ev.preventDefault();
        this.move(ev.key === "Home" ? 0 : opts.length - 1);
        break;
      case "PageDown":
      case "PageUp":
        if (!this.open) return;
        ev.preventDefault();
        this.move(this.active + (ev.key === "PageDown" ? 10 : -10));
        break;
      case "Enter": {
        const q = this.query?.trim();
        if (this.open && this.active >= 0 && this.active < opts.length) {
          ev.preventDefault();
          this.choose(opts[this.active]);
        } else if (this.props.allow_custom_value && q) {
          ev.preventDefault();
          this.custom(q);
          this.query = null;
          if (!this.multi) this.hide();
        } else if (!this.open) {
          ev.preventDefault();
          this.show();
        }
        break;
      }
      case "Escape":
        if (this.open || this.query != null) {
          ev.preventDefault();
          this.query = null;
          this.hide();
        }
        break;
      case "Backspace":
        if (this.multi && !this.input?.value && this.selected.length > 0) {
          ev.preventDefault();
          this.unselect(this.selected[this.selected.length - 1]);
        }
        break;
      case "Tab":
        this.hide();
        break;
    }
  }

  /** Picks an option: in a multiselect it toggles. */
  private choose(o: Option) {
    if (this.multi) {
      const was = this.isSelected(o.value);
      if (!was && this.full) return;
      const rest = this.selected.filter((x) => !sameValue(x, o.value));
      this.userValue(was ? rest : [...rest, o.value]);
      this.emit("select", { index: o.index, value: o.value, selected: !was });
      // Keep the list open and the highlight on the same choice.
      if (this.query) {
        this.query = null;
        this.active = this.filtered.findIndex((x) => x.index === o.index);
      }
      return;
    }
    this.query = null;
    this.hide();
    if (!sameValue(this.value, o.value)) this.userValue(o.value);
    this.emit("select", { index: o.index, value: o.value, selected: true });
    // Once the field shows the new label, select it so that typing replaces it.
    void this.updateComplete.then(() => {
      const input = this.input;
      if (input && document.activeElement === input) input.select();
    });
  }

  /** Takes typed text as the value (allow_custom_value). */
  private custom(text: string) {
    const known = this.options.find((o) => o.label === text);
    if (known) {
      if (!this.isSelected(known.value) || !this.multi) this.choose(known);
      return;
    }
    if (this.multi) {
      if (this.isSelected(text) || this.full) return;
      this.userValue([...this.selected, text]);
    } else {
      if (sameValue(this.value, text)) return;
      this.userValue(text);
    }
    this.emit("select", { index: null, value: text, selected: true });
  }

  private unselect(v: unknown) {
    this.userValue(this.selected.filter((x) => !sameValue(x, v)));
    const o = this.options.find((x) => sameValue(x.value, v));
    this.emit("select", { index: o?.index ?? null, value: v, selected: false });
  }
}

define("dropdown", Dropdown);
