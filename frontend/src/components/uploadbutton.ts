import { html, nothing } from "lit";
import { GradioElement, define } from "../core/element";
import { acceptOf, accepts } from "./helpers";
import { iconURL } from "./avkit";
import { defaultText, t } from "../core/messages";

/**
 * gradio-uploadbutton: a button that opens a file picker. Clicking fires click; the
 * chosen files are uploaded (the button shows the progress), then taken as the value
 * (FileData, or FileData[] with file_count "multiple" or "directory"), firing input,
 * change and upload.
 */
export class UploadButton extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    progress: { state: true },
    note: { state: true },
    error: { state: true },
  };

  /** The fraction uploaded while an upload runs, else null. */
  progress: number | null = null;
  note = "";
  error = "";

  private get multiple(): boolean {
    return this.props.file_count === "multiple" || this.props.file_count === "directory";
  }

  protected override render() {
    const p = this.props;
    const busy = this.progress != null;
    const pct = Math.round((this.progress ?? 0) * 100);
    const icon = iconURL(p.icon, this.host);
    return html`<input
        class="gr-file-input"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${acceptOf(p.file_types) ?? nothing}
        ?multiple=${this.multiple}
        ?webkitdirectory=${p.file_count === "directory"}
        @change=${this.onPick}
      />
      <button
        type="button"
        class="gr-button gr-${p.variant ?? "secondary"} gr-${p.size ?? "lg"} gr-upload-button"
        part="button"
        style=${busy ? `--gr-upload:${pct}%` : nothing}
        ?disabled=${!this.interactive}
        aria-disabled=${busy ? "true" : nothing}
        aria-busy=${busy ? "true" : "false"}
        @click=${this.onClick}
      >
        ${icon ? html`<img class="gr-button-icon" src=${icon} alt="" />` : nothing}${busy ? t("upload.uploading_percent", { percent: pct }) : defaultText(p.label ?? "Upload a File")}
      </button>
      <div class="gr-sr-only" role="status">${this.note}</div>
      ${this.error ? html`<div class="gr-file-error" role="alert">${this.error}</div>` : nothing}`;
  }

  private onClick() {
    if (!this.interactive || this.progress != null) return;
    this.emit("click");
    this.querySelector<HTMLInputElement>(".gr-file-input")?.click();
  }

  private async onPick(ev: Event) {
    const input = ev.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = "";
    if (files.length === 0) return;
    const ok = files.filter((f) => accepts(this.props.file_types, f));
    this.error = ok.length < files.length ? t("upload.not_accepted", { types: acceptOf(this.props.file_types) ?? "", names: files.filter((f) => !ok.includes(f)).map((f) => f.name).join(", ") }) : "";
    const chosen = this.multiple ? ok : ok.slice(0, 1);
    if (chosen.length === 0) return;
    this.progress = 0;
    this.note = t("upload.uploading_label");
    try {
      const fds = await this.host.upload(chosen, (f) => (this.progress = f));
      if (fds.length === 0) throw new Error("the server returned no file");
      this.userValue(this.multiple ? fds : fds[0]);
      this.emit("upload");
      this.note = fds.length === 1 ? t("upload.uploaded_file", { name: chosen[0].name }) : t("upload.uploaded_files", { n: fds.length });
    } catch (err) {
      this.error = t("upload.failed", { error: String((err as Error)?.message ?? err) });
      this.note = "";
    } finally {
      this.progress = null;
    }
  }
}

define("uploadbutton", UploadButton);
