// How the chatbot shows a message: Markdown text, files, other components' elements
// (kept across renders, and loaded on demand), and thoughts that open and close.

import { html, nothing, type TemplateResult } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { type GradioElement, loadKinds, tagFor } from "../../core/element";
import { sanitize } from "../../core/markdown";
import { t } from "../../core/messages";
import type { FileData } from "../../core/types";
import type { Chatbot } from "../chatbot";
import { chatBlocks, chatMarkdown, inlineMarkdown, type Delimiter } from "../chatmarkdown";
import { fileName, formatSize } from "../helpers";
import { chatIcon } from "./icons";
import { formatDuration, isFileData, mediaKind, type Msg, type Part } from "./messages";

export class MessageView {
  /** Thoughts the user opened or closed, by id. */
  private open = new Map<string, boolean>();
  /** The elements of component parts, by message and part, kept while their value stays. */
  private parts = new Map<string, { kind: string; json: string; el: HTMLElement }>();
  /** Kinds of message parts whose elements were asked for, so each is loaded once. */
  private loading = new Set<string>();

  constructor(
    private chat: Chatbot,
    private uid: string,
  ) {}

  /** Forgets opened thoughts and component elements, for a cleared chat. */
  clear(): void {
    this.open.clear();
    this.parts.clear();
  }

  /** A message, or a thought with its children under a collapsible head. */
  message(m: Msg): TemplateResult {
    const body = html`${m.parts.map((part, j) => this.part(m, part, j))}${m.children.map((c) => this.message(c))}`;
    const md = m.metadata;
    if (md && md.title) {
      const key = md.id != null ? `id:${md.id}` : `i:${m.index}`;
      const pending = md.status === "pending";
      const open = this.open.get(key) ?? md.status !== "done";
      const bodyId = `${this.uid}-thought-${m.index}`;
      return html`<div class="gr-chat-thought ${pending ? "gr-chat-thought-pending" : ""}" data-index=${m.index}>
        <button
          type="button"
          class="gr-chat-thought-head"
          aria-expanded=${String(open)}
          aria-controls=${bodyId}
          @click=${() => {
            this.open.set(key, !open);
            this.chat.tick++;
          }}
        >
          <span class="gr-chat-caret" aria-hidden="true"></span>
          ${pending ? html`<span class="gr-chat-spinner" role="status" aria-label=${t("chat.running")}></span>` : nothing}
          <span class="gr-chat-thought-title">${unsafeHTML(inlineMarkdown(md.title, this.chat.props.sanitize_html !== false))}</span>
          ${md.log ? html`<span class="gr-chat-thought-log">${md.log}</span>` : nothing}
          ${typeof md.duration === "number" ? html`<span class="gr-chat-thought-duration">${formatDuration(md.duration)}</span>` : nothing}
        </button>
        <div class="gr-chat-thought-body" id=${bodyId} ?hidden=${!open}>${body}</div>
      </div>`;
    }
    return html`<div class="gr-chat-msg" data-index=${m.index}>${body}</div>`;
  }

  private part(m: Msg, part: Part, j: number): unknown {
    const type = part.type ?? (part.file ? "file" : part.component ? "component" : "text");
    switch (type) {
      case "text": {
        const text = String(part.text ?? "");
        if (this.chat.props.render_markdown === false) return html`<div class="gr-chat-plain">${text}</div>`;
        return html`<div class="gr-prose gr-chat-md">${chatBlocks(text, this.mdOptions()).map((b) => unsafeHTML(b))}</div>`;
      }
      case "file": {
        const files = Array.isArray(part.file) ? part.file : part.file ? [part.file] : [];
        return files.filter(isFileData).map((f) => this.file(f, part.alt_text ?? null));
      }
      case "component":
        return this.component(m, part, j);
      default:
        return html`<pre class="gr-chat-json">${JSON.stringify(part, null, 2)}</pre>`;
    }
  }

  /** A file shown inline: an image, a player or a download link. */
  file(f: FileData, alt: string | null): TemplateResult {
    const url = this.url(f);
    const name = fileName(f);
    const download = this.chat.props.allow_file_downloads !== false;
    const link = download
      ? html`<a class="gr-chat-download" href=${url} download=${name} target="_blank" rel="noopener">Download ${name}</a>`
      : nothing;
    switch (mediaKind(f)) {
      case "image":
        return html`<figure class="gr-chat-media"><img class="gr-chat-image" src=${url} alt=${alt ?? name} loading="lazy" /></figure>`;
      case "audio":
        return html`<figure class="gr-chat-media"><audio controls preload="metadata" src=${url} title=${alt ?? name}></audio>${link}</figure>`;
      case "video":
        return html`<figure class="gr-chat-media"><video controls preload="metadata" src=${url} title=${alt ?? name}></video>${link}</figure>`;
      default: {
        const sz = formatSize(f.size);
        return html`<a class="gr-chat-file" href=${url} download=${download ? name : nothing} target="_blank" rel="noopener">
          <span class="gr-chat-file-icon" aria-hidden="true">${chatIcon("file")}</span>
          <span class="gr-chat-file-name">${name}</span>${sz ? html`<span class="gr-chat-file-size">${sz}</span>` : nothing}
        </a>`;
      }
    }
  }

  private component(m: Msg, part: Part, j: number): unknown {
    const kind = String(part.component ?? "");
    const value = part.value;
    const files = (v: unknown): FileData[] => (Array.isArray(v) ? v : [v]).map((x: any) => (isFileData(x) ? x : isFileData(x?.image) ? x.image : isFileData(x?.video) ? x.video : null)).filter(Boolean) as FileData[];
    switch (kind) {
      case "image":
      case "audio":
      case "video":
      case "file":
      case "gallery":
        if (files(value).length) return files(value).map((f) => this.file(f, (part as any).alt_text ?? null));
        break;
      case "markdown":
        if (typeof value === "string") return html`<div class="gr-prose gr-chat-md">${unsafeHTML(chatMarkdown(value, this.mdOptions()))}</div>`;
        break;
      case "html":
        if (typeof value === "string") return html`<div class="gr-chat-html">${unsafeHTML(this.chat.props.sanitize_html === false ? value : sanitize(value))}</div>`;
        break;
    }
    // Any other component is shown by its own element, read-only.
    const tag = kind && kind !== "chatbot" ? tagFor(kind) : undefined;
    if (!tag && kind && kind !== "chatbot" && !this.loading.has(kind)) {
      // Its element may be one loaded on demand: load it, then show the part again.
      this.loading.add(kind);
      void loadKinds([kind]).then(() => tagFor(kind) && this.chat.requestUpdate());
    }
    if (tag) {
      const key = `${m.index}:${j}`;
      const props = { ...(part.constructor_args ?? {}), ...(part.props ?? {}), show_label: false, container: false };
      const json = JSON.stringify([props, value]);
      let entry = this.parts.get(key);
      if (!entry || entry.kind !== kind) {
        const el = document.createElement(tag) as GradioElement;
        el.host = this.chat.host;
        el.interactive = false;
        entry = { kind, json: "", el };
        this.parts.set(key, entry);
      }
      if (entry.json !== json) {
        const el = entry.el as GradioElement;
        el.props = props;
        el.value = value;
        entry.json = json;
      }
      return html`<div class="gr-chat-component">${entry.el}</div>`;
    }
    return html`<pre class="gr-chat-json">${JSON.stringify(value, null, 2)}</pre>`;
  }

  /** The Markdown options from the props; math that loads later renders the chat again. */
  mdOptions() {
    const p = this.chat.props;
    const delimiters: Delimiter[] = Array.isArray(p.latex_delimiters) ? p.latex_delimiters : [{ left: "$$", right: "$$", display: true }];
    return {
      sanitize: p.sanitize_html !== false,
      lineBreaks: p.line_breaks !== false,
      delimiters,
      allowTags: p.allow_tags === true || Array.isArray(p.allow_tags) ? (p.allow_tags as boolean | string[]) : false,
      onMath: () => this.chat.tick++,
    };
  }

  url(f: FileData): string {
    return this.chat.host ? this.chat.host.fileURL(f) : (f.url ?? f.path);
  }
}
