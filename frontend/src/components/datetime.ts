import { html, nothing, type PropertyValues } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import { t } from "../core/messages";

const pad = (n: number) => String(n).padStart(2, "0");

/** Whether s is a real date "YYYY-MM-DD", with " HH:MM:SS" when withTime. */
export function validDateTime(s: string, withTime: boolean): boolean {
  const m = withTime ? /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(s) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return false;
  return !withTime || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 60);
}

/** Gradio's relative times: "now", "now - 2h" (s, m, h, d, w). */
const relative = /^now(\s*-\s*\d+(\.\d+)?\s*[smhdw])?$/;

/** A timestamp (seconds) as "YYYY-MM-DD HH:MM:SS" in timeZone (or the browser's). */
function formatTimestamp(sec: number, withTime: boolean, timeZone?: string): string {
  const d = new Date(sec * 1000);
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
        .formatToParts(d)
        .map((p) => [p.type, p.value]),
    );
  } catch {
    parts = { year: String(d.getFullYear()), month: pad(d.getMonth() + 1), day: pad(d.getDate()), hour: pad(d.getHours()), minute: pad(d.getMinutes()), second: pad(d.getSeconds()) };
  }
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return withTime ? `${date} ${parts.hour}:${parts.minute}:${parts.second}` : date;
}

/**
 * gradio-datetime: a date and time typed as "YYYY-MM-DD HH:MM:SS" ("YYYY-MM-DD" without
 * include_time; Gradio's "now - 1h" forms too), checked as typed with the error shown
 * under the field, or picked with the browser's date picker. The value changes when the
 * text is committed: Enter (which also fires submit), leaving the field, or a pick; then
 * input and change fire.
 */
export class DateTime extends GradioElement {
  static override properties = { ...GradioElement.properties, draft: { state: true } };

  /** The text being typed, until it is committed. */
  draft: string | null = null;

  private get withTime(): boolean {
    return this.props.include_time !== false;
  }

  private get shown(): string {
    const v = this.value;
    if (typeof v === "number" && Number.isFinite(v)) return formatTimestamp(v, this.withTime, this.props.timezone || undefined);
    return typeof v === "string" ? v : "";
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("value")) this.draft = null;
  }

  private error(s: string): string {
    const t = s.trim();
    if (t === "" || relative.test(t) || validDateTime(t, this.withTime)) return "";
    return this.withTime ? "Enter a date and time as YYYY-MM-DD HH:MM:SS." : "Enter a date as YYYY-MM-DD.";
  }

  protected override render() {
    const p = this.props;
    const text = this.draft ?? this.shown;
    const err = this.draft != null ? this.error(this.draft) : "";
    const pickerValue = validDateTime(this.shown, this.withTime) ? (this.withTime ? this.shown.replace(" ", "T") : this.shown) : "";
    return html`${this.label()}
      <div class="gr-datetime">
        <input
          id=${this.uid}
          class="gr-input gr-datetime-text"
          part="input"
          inputmode="numeric"
          spellcheck="false"
          autocomplete="off"
          placeholder=${this.withTime ? "YYYY-MM-DD HH:MM:SS" : "YYYY-MM-DD"}
          .value=${live(text)}
          ?readonly=${!this.interactive}
          aria-invalid=${err ? "true" : nothing}
          aria-describedby=${[p.info ? `${this.uid}-info` : "", err ? `${this.uid}-err` : ""].filter(Boolean).join(" ") || nothing}
          @input=${(ev: Event) => (this.draft = (ev.target as HTMLInputElement).value)}
          @keydown=${this.onKeydown}
          @focus=${() => this.emit("focus")}
          @blur=${this.onBlur}
        />
        ${this.interactive
          ? html`<span class="gr-datetime-pick">
              <button type="button" class="gr-icon-button gr-datetime-btn" part="button picker" aria-label=${t("datetime.pick")} title=${t("datetime.pick")} @click=${this.openPicker}>
                <svg class="gr-img-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM16 2v4M8 2v4M3 10h18" /></svg>
              </button>
              <input
                class="gr-datetime-native"
                type=${this.withTime ? "datetime-local" : "date"}
                step=${this.withTime ? "1" : nothing}
                tabindex="-1"
                aria-hidden="true"
                .value=${live(pickerValue)}
                @change=${this.onPick}
              />
            </span>`
          : nothing}
      </div>
      ${err ? html`<div id="${this.uid}-err" class="gr-field-error" role="alert">${err}</div>` : nothing}`;
  }

  /** Takes the typed text as the value if it is valid. */
  private commit(): boolean {
    if (this.draft == null) return true;
    const t = this.draft.trim();
    if (this.error(t)) return false;
    this.draft = null;
    const v = validDateTime(t, this.withTime) ? t.replace("T", " ") : t;
    if (v !== this.value) this.userValue(v);
    return true;
  }

  private onKeydown(ev: KeyboardEvent) {
    if (ev.key === "Escape" && this.draft != null) {
      this.draft = null;
      return;
    }
    if (ev.key !== "Enter" || ev.isComposing || !this.interactive) return;
    ev.preventDefault();
    if (this.commit()) this.emit("submit");
  }

  private onBlur() {
    this.commit();
    this.emit("blur");
  }

  private openPicker(ev: Event) {
    const input = (ev.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement | null;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      input.focus();
      input.click();
    }
  }

  private onPick(ev: Event) {
    const s = (ev.target as HTMLInputElement).value;
    if (!s) return;
    let v = s.replace("T", " ");
    if (this.withTime && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(v)) v += ":00";
    this.draft = null;
    if (v !== this.value) this.userValue(v);
    this.querySelector<HTMLInputElement>(".gr-datetime-text")?.focus();
  }
}

define("datetime", DateTime);
