import { html, nothing } from "lit";
import { GradioElement, define } from "../core/element";
import { fileName } from "./helpers";
import { iconURL, isFile } from "./avkit";
import { defaultText } from "../core/messages";

/**
 * gradio-downloadbutton: a button that downloads its value (a FileData); clicking fires
 * click. It is disabled while there is no file or it is not interactive.
 */
export class DownloadButton extends GradioElement {
  protected override render() {
    const p = this.props;
    const v = this.value;
    const fd = isFile(v) ? v : typeof v === "string" && v ? { path: v, url: v, meta: { _type: "gradio.FileData" as const } } : null;
    const cls = `gr-button gr-${p.variant ?? "secondary"} gr-${p.size ?? "lg"} gr-download-button`;
    const icon = iconURL(p.icon, this.host);
    const content = html`${icon ? html`<img class="gr-button-icon" src=${icon} alt="" />` : nothing}${defaultText(p.label ?? "Download")}`;
    if (!fd || !this.interactive) return html`<button type="button" class=${cls} part="button" disabled>${content}</button>`;
    return html`<a class=${cls} part="button" href=${this.host?.fileURL(fd) ?? fd.url ?? "#"} download=${fileName(fd)} title=${fileName(fd)} @click=${() => this.emit("click")}>${content}</a>`;
  }
}

define("downloadbutton", DownloadButton);
