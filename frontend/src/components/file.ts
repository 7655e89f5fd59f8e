import { html, nothing } from "lit";
import { GradioElement, define } from "../core/element";
import type { FileData } from "../core/types";
import { acceptOf, accepts, asArray, fileName, formatSize } from "./helpers";
import { cssSize } from "./markdown";
import { t } from "../core/messages";

/**
 * gradio-file: one file (FileData) or several (FileData[] with file_count "multiple").
 * Interactive, it takes files from a drop zone or a file picker, uploads them through the
 * host, then fires input, change and upload; its clear button sets null and fires input,
 * change and clear. Every file listed has a download link.
 */
export class FileView extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    uploading: { state: true },
    dragging: { state: true },
    error: { state: true },
  };

  uploading = false;
  dragging = false;
  error = "";

  private get multiple(): boolean {
    return this.props.file_count === "multiple" || this.props.file_count === "directory";
  }

  protected override render() {
    const p = this.props;
    const files = asArray(this.value).filter((f): f is FileData => f != null && typeof f === "object");
    const style = p.height != null ? `height:${cssSize(p.height)}` : "";
    const showZone = this.interactive && (files.length === 0 || this.uploading);
    return html`${this.label(showZone ? this.uid : null)}
      <div class="gr-file" style=${style || nothing} role=${showZone ? nothing : "group"} aria-labelledby=${!showZone && p.label ? this.uid + "-label" : nothing}>
        ${showZone ? this.zone() : files.length > 0 ? this.list(files) : html`<div class="gr-file-empty">${t("upload.no_file")}</div>`}
        ${this.error ? html`<div class="gr-file-error" role="alert">${this.error}</div>` : nothing}
      </div>`;
  }

  private zone() {
    const p = this.props;
    const accept = acceptOf(p.file_types);
    return html`<div
      class="gr-file-drop ${this.dragging ? "gr-dragging" : ""} ${this.uploading ? "gr-uploading" : ""}"
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
      aria-busy=${this.uploading ? "true" : "false"}
    >
      <input
        id=${this.uid}
        class="gr-file-input"
        type="file"
        accept=${accept ?? nothing}
        ?multiple=${this.multiple}
        ?webkitdirectory=${p.file_count === "directory"}
        ?disabled=${this.uploading}
        aria-describedby=${p.info ? this.uid + "-info" : nothing}
        @change=${this.onPick}
      />
      ${this.uploading
        ? html`<div class="gr-file-status" role="status"><span class="gr-spinner" aria-hidden="true"></span>${t("upload.uploading")}</div>`
        : html`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>${this.multiple ? t("upload.drop_files") : t("upload.drop_file")}</span>
            <span class="gr-file-or">${t("upload.or")}</span>
            <span class="gr-file-click">${t("upload.click")}</span>
            ${accept ? html`<span class="gr-file-types">${t("upload.accepted", { types: accept.replaceAll(",", ", ") })}</span>` : nothing}
          </label>`}
    </div>`;
  }

  private list(files: FileData[]) {
    return html`<div class="gr-file-head">
        <span class="gr-file-count">${files.length === 1 ? "1 file" : `${files.length} files`}</span>
        ${this.interactive
          ? html`<button type="button" class="gr-icon-button gr-file-clear" aria-label=${t("common.clear")} title=${t("common.clear")} @click=${this.onClear}>×</button>`
          : nothing}
      </div>
      <ul class="gr-file-list">
        ${files.map((fd) => {
          const name = fileName(fd);
          const size = formatSize(fd.size);
          return html`<li class="gr-file-item">
            <a class="gr-file-name" href=${this.host?.fileURL(fd) ?? fd.url ?? "#"} download=${name} target="_blank" rel="noopener">${name}</a>
            ${size ? html`<span class="gr-file-size">${size}</span>` : nothing}
            ${this.interactive && files.length > 1
              ? html`<button type="button" class="gr-icon-button gr-file-remove" aria-label=${t("common.remove_item", { name })} @click=${() => this.removeFile(fd)}>×</button>`
              : nothing}
          </li>`;
        })}
      </ul>`;
  }

  private onDragOver(ev: DragEvent) {
    if (!ev.dataTransfer || !Array.from(ev.dataTransfer.types).includes("Files")) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "copy";
    this.dragging = true;
  }

  private onDragLeave(ev: DragEvent) {
    const to = ev.relatedTarget as Node | null;
    if (!to || !(ev.currentTarget as HTMLElement).contains(to)) this.dragging = false;
  }

  private onDrop(ev: DragEvent) {
    ev.preventDefault();
    this.dragging = false;
    void this.take(Array.from(ev.dataTransfer?.files ?? []));
  }

  private onPick(ev: Event) {
    const input = ev.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    // Let the same file be chosen again later.
    input.value = "";
    void this.take(files);
  }

  /** Checks, uploads and takes the files as the value. */
  private async take(files: File[]) {
    if (files.length === 0 || this.uploading) return;
    const types = this.props.file_types;
    const ok = files.filter((f) => accepts(types, f));
    if (ok.length < files.length) {
      this.error = t(files.length - ok.length === 1 ? "upload.file_not_accepted" : "upload.files_not_accepted", { types: acceptOf(types) ?? "" });
      if (ok.length === 0) return;
    } else {
      this.error = "";
    }
    const chosen = this.multiple ? ok : ok.slice(0, 1);
    const hadFocus = this.contains(document.activeElement);
    this.uploading = true;
    try {
      const uploaded = await this.host.upload(chosen);
      if (uploaded.length === 0) throw new Error("the server returned no file");
      this.userValue(this.multiple ? uploaded : uploaded[0]);
      this.emit("upload");
      // The list replaces the drop zone: keep a keyboard user's place.
      if (hadFocus) void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-file-clear, .gr-file-name")?.focus());
    } catch (err) {
      this.error = t("upload.failed", { error: String((err as Error)?.message ?? err) });
    } finally {
      this.uploading = false;
    }
  }

  private onClear() {
    this.error = "";
    this.userValue(null);
    this.emit("clear");
    // The drop zone replaces the list: keep the focus in the component.
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>(".gr-file-input")?.focus());
  }

  private removeFile(fd: FileData) {
    const rest = asArray(this.value).filter((f) => f !== fd);
    this.userValue(rest.length > 0 ? rest : null);
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(".gr-file-clear, .gr-file-input")?.focus());
  }
}

define("file", FileView);
