import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import type { FileData } from "../core/types";
import { acceptOf, accepts, fileName } from "./helpers";
import { t } from "../core/messages";

interface MultimodalValue {
  text: string;
  files: FileData[];
}

function valueOf(v: unknown): MultimodalValue {
  const o = (v ?? {}) as Partial<MultimodalValue>;
  return { text: typeof o.text === "string" ? o.text : "", files: Array.isArray(o.files) ? o.files.filter((f) => f && typeof f === "object") : [] };
}

function isImage(fd: FileData): boolean {
  return (fd.mime_type ?? "").startsWith("image/") || /\.(png|jpe?g|gif|webp|bmp|svg|avif)$/i.test(fileName(fd));
}

/**
 * gradio-multimodaltextbox: text plus files, {text, files}. Files come from the attach
 * button, a drop on the box or a paste; they are uploaded through the host (with
 * progress), shown as removable thumbnails, and then fire upload. Text pasted past
 * max_plain_text_length becomes a .txt file. Enter submits (Shift+Enter is a new line):
 * submit; the stop button fires stop. Typing fires input and change; focus and blur.
 */
export class MultimodalTextbox extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    progress: { state: true },
    dragging: { state: true },
    error: { state: true },
  };

  /** The upload's progress (0..1), or null when none is running. */
  progress: number | null = null;
  dragging = false;
  error = "";

  private get multiple(): boolean {
    return this.props.file_count === "multiple" || this.props.file_count === "directory";
  }

  private get canUpload(): boolean {
    const s = this.props.sources;
    return this.interactive && (!Array.isArray(s) || s.includes("upload"));
  }

  protected override render() {
    const p = this.props;
    const v = valueOf(this.value);
    const busy = this.progress != null;
    const lines = Math.max(1, Number(p.lines) || 1);
    const accept = acceptOf(p.file_types);
    const submitLabel = typeof p.submit_btn === "string" ? p.submit_btn : t("button.submit");
    const stopLabel = typeof p.stop_btn === "string" ? p.stop_btn : t("button.stop");
    return html`${this.label()}
      <div
        class="gr-mm ${this.dragging ? "gr-dragging" : ""}"
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        ${v.files.length || busy
          ? html`<ul class="gr-mm-files" aria-label=${t("upload.attached")}>
              ${v.files.map((fd, i) => {
                const name = fileName(fd);
                return html`<li class="gr-mm-file" title=${name}>
                  ${isImage(fd)
                    ? html`<img class="gr-mm-thumb" src=${this.host?.fileURL(fd) ?? fd.url ?? ""} alt=${name} />`
                    : html`<span class="gr-mm-ext" aria-hidden="true">${(name.split(".").pop() ?? "").slice(0, 4) || "file"}</span><span class="gr-mm-name">${name}</span>`}
                  ${this.interactive
                    ? html`<button type="button" class="gr-mm-remove" aria-label=${t("common.remove_item", { name })} @click=${() => this.removeFile(i)}>×</button>`
                    : nothing}
                </li>`;
              })}
              ${busy
                ? html`<li class="gr-mm-file gr-mm-uploading" role="status">
                    <span class="gr-progress" role="progressbar" aria-label=${t("upload.uploading_label")} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(this.progress! * 100)}>
                      <span class="gr-progress-fill" style="width:${Math.round(this.progress! * 100)}%"></span>
                    </span>
                  </li>`
                : nothing}
            </ul>`
          : nothing}
        <div class="gr-mm-row">
          ${this.canUpload
            ? html`<label class="gr-icon-button gr-mm-attach ${busy ? "gr-disabled" : ""}" title=${this.multiple ? t("upload.attach_files") : t("upload.attach_file")}>
                <input
                  class="gr-file-input"
                  type="file"
                  accept=${accept ?? nothing}
                  ?multiple=${this.multiple}
                  ?webkitdirectory=${p.file_count === "directory"}
                  ?disabled=${busy}
                  aria-label=${this.multiple ? t("upload.attach_files") : t("upload.attach_file")}
                  @change=${this.onPick}
                />
                <svg class="gr-img-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M21.4 11.1l-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5" /></svg>
              </label>`
            : nothing}
          <textarea
            id=${this.uid}
            class="gr-input gr-textarea gr-mm-text"
            part="input"
            rows=${lines}
            .value=${live(v.text)}
            placeholder=${p.placeholder ?? ""}
            dir=${p.rtl ? "rtl" : "auto"}
            ?readonly=${!this.interactive}
            ?autofocus=${p.autofocus}
            aria-describedby=${p.info ? this.uid + "-info" : nothing}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @paste=${this.onPaste}
            @focus=${() => this.emit("focus")}
            @blur=${() => this.emit("blur")}
          ></textarea>
          ${p.stop_btn
            ? html`<button type="button" class="gr-button gr-stop gr-sm gr-mm-btn" part="button stop" aria-label=${stopLabel} title=${stopLabel} @click=${() => this.emit("stop")}>
                ${typeof p.stop_btn === "string" ? stopLabel : html`<span class="gr-mm-square" aria-hidden="true"></span>`}
              </button>`
            : nothing}
          ${p.submit_btn !== false && p.submit_btn != null && this.interactive
            ? html`<button type="button" class="gr-button gr-primary gr-sm gr-mm-btn" part="button submit" aria-label=${submitLabel} title=${submitLabel} ?disabled=${busy} @click=${this.submit}>
                ${typeof p.submit_btn === "string" ? submitLabel : html`<span aria-hidden="true">➤</span>`}
              </button>`
            : nothing}
        </div>
        ${this.error ? html`<div class="gr-file-error" role="alert">${this.error}</div>` : nothing}
      </div>`;
  }

  protected override updated() {
    const ta = this.querySelector<HTMLTextAreaElement>(".gr-mm-text");
    if (!ta) return;
    const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 22;
    const max = lineHeight * Math.max(Number(this.props.lines) || 1, Number(this.props.max_lines) || 20) + 18;
    ta.style.height = "auto";
    ta.style.height = `${Math.min(ta.scrollHeight + 2, max)}px`;
    ta.style.overflowY = ta.scrollHeight > max ? "auto" : "hidden";
  }

  private set(v: MultimodalValue) {
    this.userValue({ text: v.text, files: v.files });
  }

  private onInput(ev: Event) {
    this.set({ ...valueOf(this.value), text: (ev.target as HTMLTextAreaElement).value });
    this.updated();
  }

  private onKeydown(ev: KeyboardEvent) {
    if (ev.key !== "Enter" || ev.shiftKey || ev.isComposing) return;
    ev.preventDefault();
    this.submit();
  }

  private submit = () => {
    if (!this.interactive || this.progress != null) return;
    this.emit("submit");
  };

  private onPaste(ev: ClipboardEvent) {
    if (!this.canUpload || !ev.clipboardData) return;
    const files = Array.from(ev.clipboardData.files ?? []);
    if (files.length) {
      ev.preventDefault();
      void this.take(files);
      return;
    }
    // Long pasted text becomes a file, as in Gradio.
    const text = ev.clipboardData.getData("text/plain");
    const max = Number(this.props.max_plain_text_length ?? 1000);
    if (text && max > 0 && text.length > max) {
      ev.preventDefault();
      void this.take([new File([text], "pasted_text.txt", { type: "text/plain" })]);
    }
  }

  private onDragOver(ev: DragEvent) {
    if (!this.canUpload || !ev.dataTransfer || !Array.from(ev.dataTransfer.types).includes("Files")) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "copy";
    this.dragging = true;
  }

  private onDragLeave(ev: DragEvent) {
    const to = ev.relatedTarget as Node | null;
    if (!to || !(ev.currentTarget as HTMLElement).contains(to)) this.dragging = false;
  }

  private onDrop(ev: DragEvent) {
    if (!this.canUpload) return;
    ev.preventDefault();
    this.dragging = false;
    void this.take(Array.from(ev.dataTransfer?.files ?? []));
  }

  private onPick(ev: Event) {
    const input = ev.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = "";
    void this.take(files);
  }

  /** Checks, uploads and attaches files. */
  private async take(files: File[]) {
    if (files.length === 0 || this.progress != null) return;
    const types = this.props.file_types;
    const ok = files.filter((f) => accepts(types, f) || f.name === "pasted_text.txt");
    this.error = ok.length < files.length ? t(files.length - ok.length === 1 ? "upload.file_not_accepted" : "upload.files_not_accepted", { types: acceptOf(types) ?? "" }) : "";
    if (ok.length === 0) return;
    const chosen = this.multiple ? ok : ok.slice(0, 1);
    this.progress = 0;
    try {
      const uploaded = await this.host.upload(chosen, (f) => (this.progress = f));
      if (uploaded.length === 0) throw new Error("the server returned no file");
      const v = valueOf(this.value);
      this.set({ text: v.text, files: this.multiple ? [...v.files, ...uploaded] : uploaded.slice(0, 1) });
      this.emit("upload");
    } catch (err) {
      this.error = t("upload.failed", { error: String((err as Error)?.message ?? err) });
    } finally {
      this.progress = null;
    }
  }

  private removeFile(i: number) {
    const v = valueOf(this.value);
    this.set({ text: v.text, files: v.files.filter((_, k) => k !== i) });
    this.querySelector<HTMLElement>(".gr-mm-text")?.focus();
  }
}

define("multimodaltextbox", MultimodalTextbox);
