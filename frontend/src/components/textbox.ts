import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import { copyButton } from "./shared";
import { t } from "../core/messages";

/** gradio-textbox: a single-line input or a textarea; Enter submits a single-line box. */
export class Textbox extends GradioElement {
  protected override render() {
    const p = this.props;
    const lines = p.lines ?? 1;
    const common = {
      placeholder: p.placeholder ?? "",
      dir: p.rtl ? "rtl" : "auto",
      readonly: !this.interactive,
    };
    const control =
      lines <= 1
        ? this.input(common)
        : html`<textarea
              id=${this.uid}
              class="gr-input gr-textarea"
              part="input"
              rows=${lines}
              .value=${live(this.value ?? "")}
              placeholder=${common.placeholder}
              dir=${common.dir}
              ?readonly=${common.readonly}
              maxlength=${p.max_length ?? nothing}
              aria-describedby=${p.info ? this.uid + "-info" : nothing}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
              @focus=${() => this.emit("focus")}
              @blur=${() => this.emit("blur")}
              @select=${() => this.emit("select")}
            ></textarea>`;
    return html`${this.label()}
      <div class="gr-input-row">
        ${control}
        ${(p.buttons ?? []).includes("copy") ? copyButton(() => this.value ?? "") : nothing}
        ${p.submit_btn && this.interactive
          ? html`<button type="button" class="gr-button gr-primary gr-sm" part="button submit" @click=${() => this.emit("submit")}>
              ${typeof p.submit_btn === "string" ? p.submit_btn : t("button.submit")}
            </button>`
          : nothing}
        ${p.stop_btn
          ? html`<button type="button" class="gr-button gr-stop gr-sm" part="button stop" @click=${() => this.emit("stop")}>
              ${typeof p.stop_btn === "string" ? p.stop_btn : t("button.stop")}
            </button>`
          : nothing}
      </div>`;
  }

  private input(common: { placeholder: string; dir: string; readonly: boolean }) {
    const p = this.props;
    return html`<input
      id=${this.uid}
      class="gr-input"
      part="input"
      type=${p.type === "password" || p.type === "email" ? p.type : "text"}
      .value=${live(this.value ?? "")}
      placeholder=${common.placeholder}
      dir=${common.dir}
      ?readonly=${common.readonly}
      ?autofocus=${p.autofocus}
      maxlength=${p.max_length ?? nothing}
      aria-describedby=${p.info ? this.uid + "-info" : nothing}
      @input=${this.onInput}
      @keydown=${this.onKeydown}
      @focus=${() => this.emit("focus")}
      @blur=${() => this.emit("blur")}
      @select=${() => this.emit("select")}
    />`;
  }

  private onInput(ev: Event) {
    this.userValue((ev.target as HTMLInputElement).value);
    if (ev.target instanceof HTMLTextAreaElement) autoGrow(ev.target, this.props.max_lines ?? 20);
  }

  private onKeydown(ev: KeyboardEvent) {
    if (ev.key !== "Enter" || ev.isComposing) return;
    const single = ev.target instanceof HTMLInputElement;
    if ((single && !ev.shiftKey) || (!single && (ev.ctrlKey || ev.metaKey))) {
      ev.preventDefault();
      if (this.interactive) this.emit("submit");
    }
  }

  protected override updated() {
    const ta = this.querySelector("textarea");
    if (ta) autoGrow(ta, this.props.max_lines ?? 20);
  }
}

function autoGrow(ta: HTMLTextAreaElement, maxLines: number) {
  const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 20;
  ta.style.height = "auto";
  const max = lineHeight * maxLines + 16;
  ta.style.height = `${Math.min(ta.scrollHeight + 2, max)}px`;
  ta.style.overflowY = ta.scrollHeight > max ? "auto" : "hidden";
}

define("textbox", Textbox);
