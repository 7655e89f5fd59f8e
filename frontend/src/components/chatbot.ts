import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { guard } from "lit/directives/guard.js";
import { live } from "lit/directives/live.js";
import { GradioElement, define, loadKinds, tagFor } from "../core/element";
import { sanitize } from "../core/markdown";
import type { FileData } from "../core/types";
import { chatBlocks, chatMarkdown, handleCodeCopy, inlineMarkdown, type Delimiter } from "./chatmarkdown";
import { fileName, formatSize } from "./helpers";
import { t } from "../core/messages";

/** One part of a message's content, as on the wire. */
interface Part {
  type?: string;
  text?: string;
  file?: FileData | FileData[];
  alt_text?: string | null;
  component?: string;
  value?: any;
  props?: Record<string, any>;
  constructor_args?: Record<string, any>;
}

interface Metadata {
  title?: string | null;
  id?: string | number | null;
  parent_id?: string | number | null;
  log?: string | null;
  duration?: number | null;
  status?: "pending" | "done" | null;
}

interface Option {
  value: string;
  label?: string | null;
}

/** A message, normalised, with the thoughts nested under it. */
interface Msg {
  index: number;
  role: string;
  parts: Part[];
  metadata: Metadata | null;
  options: Option[] | null;
  raw: unknown;
  children: Msg[];
}

/** Consecutive messages of one role: one avatar, one row of buttons. */
interface Group {
  role: string;
  /** Top-level messages; nested thoughts are in their parents' children. */
  top: Msg[];
  all: Msg[];
  first: number;
}

type Feedback = boolean | string;

/**
 * gradio-chatbot: a conversation. The value is a list of messages {role, content: [parts],
 * metadata, options}; text parts are Markdown (with LaTeX and highlighted code), file
 * parts are shown inline, component parts as their element. Messages with a metadata
 * title are collapsible thoughts, nested by parent_id.
 *
 * While a handler streams, only the changed message is rendered again (at most once a
 * frame), and the log follows the bottom while the user is there; scrolled up, a "New
 * messages" button appears instead.
 *
 * Events (event data): select {index, value}, like {index, value: [contents], liked:
 * true | false | option}, retry and undo {index, value} of the last user message, edit
 * {index, value: new text, previous_value}, copy {index, value}, option_select {index,
 * value}, example_select {index, value: {text, files}}, clear; input and change when the
 * user edits or clears.
 */
export class Chatbot extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    showScroll: { state: true },
    editing: { state: true },
    tick: { state: true },
    busy: { state: true },
  };

  showScroll = false;
  /** The message being edited: its group, its index and the text so far. */
  editing: { group: number; index: number; text: string; previous: string } | null = null;
  /** Bumped when something outside the value changes the rendering (KaTeX loaded, a thought toggled, feedback). */
  tick = 0;
  /** An event writing to the chat is running: retry and undo wait for it. */
  busy = false;

  private pinned = true;
  private lastTop = 0;
  private prevCount = 0;
  private prevLastLen = -1;
  private feedback = new Map<number, Feedback>();
  private open = new Map<string, boolean>();
  private parts = new Map<string, { kind: string; json: string; el: HTMLElement }>();
  /** Kinds of message parts whose elements were asked for, so each is loaded once. */
  private loading = new Set<string>();
  private resize: ResizeObserver | null = null;
  private busyTimer = 0;
  private busyWatch: MutationObserver | null = null;
  private busyFrame = 0;
  /** What the last render showed: the message count and the last message's length. */
  private shown = "";

  private get log(): HTMLElement | null {
    return this.querySelector(":scope > .gr-chatbot > .gr-chat-log");
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize = new ResizeObserver(() => {
      if (this.pinned && this.props.autoscroll !== false) this.toBottom();
    });
    const list = this.querySelector(".gr-chat-messages");
    if (list) this.resize.observe(list);
    // Safety net for streaming diffs applied in place (the same message objects, changed):
    // while the block's event runs (the status tracker marks it aria-busy), look once a
    // frame whether the last message grew, and render if so.
    const wrap = this.parentElement;
    if (wrap) {
      this.busyWatch = new MutationObserver(() => this.watchBusy(wrap));
      this.busyWatch.observe(wrap, { attributes: true, attributeFilter: ["aria-busy"] });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = null;
    this.busyWatch?.disconnect();
    this.busyWatch = null;
    cancelAnimationFrame(this.busyFrame);
    clearTimeout(this.busyTimer);
  }

  private contentKey(): string {
    const v: any[] = Array.isArray(this.value) ? this.value : [];
    return `${v.length}:${v.length ? lengthOf(v[v.length - 1]) : -1}`;
  }

  private watchBusy(wrap: HTMLElement) {
    cancelAnimationFrame(this.busyFrame);
    this.busy = wrap.getAttribute("aria-busy") === "true";
    const check = () => {
      if (this.contentKey() !== this.shown) this.requestUpdate();
      if (wrap.getAttribute("aria-busy") === "true") this.busyFrame = requestAnimationFrame(check);
    };
    check();
  }

  // Streaming handlers can set the value hundreds of times a second: render at most once
  // a frame (right away when the page is hidden, where frames do not come).
  protected override async scheduleUpdate(): Promise<void> {
    if (document.visibilityState !== "hidden") {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 100);
        requestAnimationFrame(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    super.scheduleUpdate();
  }

  private messages(): Msg[] {
    const v = Array.isArray(this.value) ? this.value : [];
    const out: Msg[] = [];
    v.forEach((raw: any, index: number) => {
      if (Array.isArray(raw)) {
        // The old tuples format: [user, assistant] pairs.
        raw.forEach((c, j) => {
          if (c != null) out.push({ index, role: j === 0 ? "user" : "assistant", parts: partsOf(c), metadata: null, options: null, raw, children: [] });
        });
        return;
      }
      if (!raw || typeof raw !== "object") return;
      out.push({
        index,
        role: String(raw.role ?? "assistant"),
        parts: partsOf(raw.content),
        metadata: raw.metadata && typeof raw.metadata === "object" ? raw.metadata : null,
        options: Array.isArray(raw.options) ? raw.options.filter((o: any) => o && o.value != null) : null,
        raw,
        children: [],
      });
    });
    return out;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("value") && this.editing && !Array.isArray(this.value)) this.editing = null;
  }

  protected override render() {
    const p = this.props;
    const msgs = this.messages();
    const groups = groupMessages(msgs);
    const layout = p.layout === "panel" ? "panel" : "bubble";
    const buttons: string[] = Array.isArray(p.buttons) ? p.buttons.filter((b: unknown) => typeof b === "string") : ["copy", "copy_all"];
    const height = p.height === undefined ? 400 : p.height;
    const fixed = height != null && height !== "auto" && height !== "";
    const style = [
      fixed ? `height:${size(height)}` : "",
      p.min_height != null ? `min-height:${size(p.min_height)}` : "",
      p.max_height != null ? `max-height:${size(p.max_height)}` : "",
    ]
      .filter(Boolean)
      .join(";");
    const last = groups[groups.length - 1];
    const lastMsg = msgs[msgs.length - 1];
    const options = last && last.role === "assistant" ? lastMsg?.options : null;
    const labelled = p.label ? this.uid + "-label" : null;
    return html`${this.label(null)}
      <div class="gr-chatbot gr-chat-${layout} ${p.resizable ? "gr-chat-resizable" : ""} ${fixed ? "gr-chat-fixed" : ""}" style=${style}>
        ${msgs.length
          ? html`<div class="gr-chat-toolbar">
              ${buttons.includes("copy_all")
                ? chatButton("copy", t("chat.copy_conversation"), (ev) => this.copyText(ev, conversationText(msgs)))
                : nothing}
              ${chatButton("trash", t("chat.clear_conversation"), () => this.clear())}
            </div>`
          : nothing}
        <div
          class="gr-chat-log"
          role="log"
          aria-live="polite"
          aria-labelledby=${labelled ?? nothing}
          aria-label=${labelled ? nothing : t("chat.conversation")}
          tabindex="0"
          dir=${p.rtl ? "rtl" : nothing}
          @scroll=${this.onScroll}
          @click=${this.onClick}
          @keydown=${this.onKey}
        >
          <div class="gr-chat-messages">
            ${msgs.length === 0
              ? this.emptyView()
              : groups.map((g, gi) => {
                  const isLast = gi === groups.length - 1;
                  const deps = [
                    ...g.all.map((m) => m.raw),
                    // The last message may have been changed in place by a streaming diff.
                    isLast ? signature(g) : 0,
                    isLast,
                    p,
                    this.tick,
                    this.editing?.group === gi ? this.editing : null,
                    this.interactive,
                  ];
                  return guard(deps, () => this.groupView(g, gi, isLast, layout, buttons));
                })}
            ${options && options.length
              ? html`<div class="gr-chat-options" role="group" aria-label=${t("chat.suggested_replies")}>
                  ${options.map(
                    (o, i) =>
                      html`<button type="button" class="gr-chat-option" @click=${() => this.emit("option_select", { index: i, value: o.value })}>
                        ${o.label || o.value}
                      </button>`,
                  )}
                </div>`
              : nothing}
            ${last && last.role === "user"
              ? html`<div class="gr-chat-pending" aria-hidden="true"><span></span><span></span><span></span></div>`
              : nothing}
          </div>
        </div>
        ${this.showScroll
          ? html`<button type="button" class="gr-chat-scroll" @click=${this.scrollDown}>
              <span aria-hidden="true">↓</span> New messages
            </button>`
          : nothing}
      </div>`;
  }

  private emptyView(): TemplateResult {
    const p = this.props;
    const examples: any[] = Array.isArray(p.examples) ? p.examples : [];
    if (!p.placeholder && examples.length === 0) return html``;
    return html`<div class="gr-chat-empty">
      ${p.placeholder
        ? html`<div class="gr-prose gr-chat-placeholder">${unsafeHTML(chatMarkdown(String(p.placeholder), this.mdOptions()))}</div>`
        : nothing}
      ${examples.length
        ? html`<div class="gr-chat-examples" role="group" aria-label=${t("common.examples")}>
            ${examples.map((ex, i) => {
              const files: FileData[] = Array.isArray(ex?.files) ? ex.files.filter(isFileData) : [];
              const text = ex?.display_text ?? ex?.text ?? "";
              return html`<button
                type="button"
                class="gr-chat-example"
                @click=${() => this.emit("example_select", { index: i, value: { text: ex?.text ?? "", files: ex?.files ?? [] } })}
              >
                ${isFileData(ex?.icon) ? html`<img class="gr-chat-example-icon" src=${this.url(ex.icon)} alt="" />` : nothing}
                ${text ? html`<span class="gr-chat-example-text">${text}</span>` : nothing}
                ${files.length
                  ? html`<span class="gr-chat-example-files">
                      ${files.map((f) =>
                        mediaKind(f) === "image"
                          ? html`<img class="gr-chat-example-thumb" src=${this.url(f)} alt=${fileName(f)} />`
                          : html`<span class="gr-chat-example-file">${fileName(f)}</span>`,
                      )}
                    </span>`
                  : nothing}
              </button>`;
            })}
          </div>`
        : nothing}
    </div>`;
  }

  private groupView(g: Group, gi: number, isLast: boolean, layout: string, buttons: string[]): TemplateResult {
    const p = this.props;
    const role = g.role === "user" ? "user" : g.role === "system" ? "system" : "assistant";
    const avatars = Array.isArray(p.avatar_images) ? p.avatar_images : [];
    const avatar = role === "system" ? null : avatars[role === "user" ? 0 : 1];
    const avatarURL = typeof avatar === "string" ? avatar : isFileData(avatar) ? this.url(avatar) : null;
    const together = p.group_consecutive_messages !== false;
    const selectable = p._selectable === true;
    const editing = this.editing?.group === gi ? this.editing : null;
    const bubble = (body: unknown) =>
      html`<div class="gr-chat-bubble ${selectable ? "gr-chat-selectable" : ""}" part="message ${role}">${body}</div>`;
    let content: unknown;
    if (editing) {
      content = html`<div class="gr-chat-bubble gr-chat-editing">
        <textarea
          class="gr-input gr-textarea gr-chat-edit"
          aria-label=${t("chat.edit_message")}
          rows=${Math.min(12, Math.max(2, editing.text.split("\n").length))}
          .value=${live(editing.text)}
          @input=${(ev: Event) => (this.editing = { ...editing, text: (ev.target as HTMLTextAreaElement).value })}
          @keydown=${this.onEditKey}
        ></textarea>
        <div class="gr-chat-edit-buttons">
          <button type="button" class="gr-button gr-primary gr-sm" @click=${this.saveEdit}>${t("common.save")}</button>
          <button type="button" class="gr-button gr-secondary gr-sm" @click=${() => (this.editing = null)}>${t("common.cancel")}</button>
        </div>
      </div>`;
    } else if (together) {
      content = bubble(g.top.map((m) => this.messageView(m)));
    } else {
      content = g.top.map((m) => bubble(this.messageView(m)));
    }
    return html`<div class="gr-chat-row gr-chat-${role}">
      ${avatarURL ? html`<img class="gr-chat-avatar" src=${avatarURL} alt=${role === "user" ? t("chat.user_avatar") : t("chat.assistant_avatar")} />` : nothing}
      <div class="gr-chat-col">${content} ${editing ? nothing : this.actions(g, gi, isLast, role, buttons)}</div>
    </div>`;
  }

  private actions(g: Group, gi: number, isLast: boolean, role: string, buttons: string[]): TemplateResult | typeof nothing {
    const p = this.props;
    const text = g.all.map(textOf).filter(Boolean).join("\n\n");
    const out: TemplateResult[] = [];
    if (buttons.includes("copy") && text) {
      out.push(
        chatButton("copy", t("chat.copy_message"), (ev) => {
          this.copyText(ev, text);
          this.emit("copy", { index: g.first, value: text });
        }),
      );
    }
    const likeable = p.likeable === true && (role === "assistant" || (role === "user" && p.like_user_message === true));
    if (likeable) {
      const options: string[] = Array.isArray(p.feedback_options) ? p.feedback_options.map(String) : ["Like", "Dislike"];
      const current = this.feedbackOf(g, gi);
      if (options.includes("Like")) {
        out.push(chatButton("like", t("chat.like"), () => this.like(g, true), current === true));
      }
      if (options.includes("Dislike")) {
        out.push(chatButton("dislike", t("chat.dislike"), () => this.like(g, false), current === false));
      }
      const extra = options.filter((o) => o !== "Like" && o !== "Dislike");
      if (extra.length) {
        out.push(html`<details class="gr-chat-feedback">
          <summary class="gr-icon-button gr-chat-btn" aria-label=${t("chat.more_feedback")} title=${t("chat.more_feedback")}>${chatIcon("flag")}</summary>
          <div class="gr-chat-feedback-menu" role="group" aria-label=${t("chat.feedback")}>
            ${extra.map(
              (o) =>
                html`<button type="button" class="gr-chat-feedback-option" aria-pressed=${String(current === o)} @click=${(ev: Event) => {
                  (ev.currentTarget as HTMLElement).closest("details")?.removeAttribute("open");
                  this.like(g, o);
                }}>${o}</button>`,
            )}
          </div>
        </details>`);
      }
    }
    if (isLast && role === "assistant" && !this.busy) {
      if (p._retryable) out.push(chatButton("retry", t("chat.retry"), () => this.undoRetry("retry")));
      if (p._undoable) out.push(chatButton("undo", t("chat.undo"), () => this.undoRetry("undo")));
    }
    const first = g.top[0];
    const textOnly = first && first.parts.length > 0 && first.parts.every((x) => (x.type ?? "text") === "text");
    if (first && textOnly && (p.editable === "all" || (p.editable === "user" && role === "user"))) {
      out.push(
        chatButton("edit", t("chat.edit_message"), () => {
          const t = textOf(first);
          this.editing = { group: gi, index: first.index, text: t, previous: t };
          void this.updateComplete.then(() => this.querySelector<HTMLTextAreaElement>(".gr-chat-edit")?.focus());
        }),
      );
    }
    if (out.length === 0) return nothing;
    return html`<div class="gr-chat-actions" role="group" aria-label=${role === "user" ? t("chat.user_actions") : t("chat.assistant_actions")}>${out}</div>`;
  }

  private messageView(m: Msg): TemplateResult {
    const body = html`${m.parts.map((part, j) => this.partView(m, part, j))}${m.children.map((c) => this.messageView(c))}`;
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
            this.tick++;
          }}
        >
          <span class="gr-chat-caret" aria-hidden="true"></span>
          ${pending ? html`<span class="gr-chat-spinner" role="status" aria-label=${t("chat.running")}></span>` : nothing}
          <span class="gr-chat-thought-title">${unsafeHTML(inlineMarkdown(md.title, this.props.sanitize_html !== false))}</span>
          ${md.log ? html`<span class="gr-chat-thought-log">${md.log}</span>` : nothing}
          ${typeof md.duration === "number" ? html`<span class="gr-chat-thought-duration">${formatDuration(md.duration)}</span>` : nothing}
        </button>
        <div class="gr-chat-thought-body" id=${bodyId} ?hidden=${!open}>${body}</div>
      </div>`;
    }
    return html`<div class="gr-chat-msg" data-index=${m.index}>${body}</div>`;
  }

  private partView(m: Msg, part: Part, j: number): unknown {
    const type = part.type ?? (part.file ? "file" : part.component ? "component" : "text");
    switch (type) {
      case "text": {
        const text = String(part.text ?? "");
        if (this.props.render_markdown === false) return html`<div class="gr-chat-plain">${text}</div>`;
        return html`<div class="gr-prose gr-chat-md">${chatBlocks(text, this.mdOptions()).map((b) => unsafeHTML(b))}</div>`;
      }
      case "file": {
        const files = Array.isArray(part.file) ? part.file : part.file ? [part.file] : [];
        return files.filter(isFileData).map((f) => this.fileView(f, part.alt_text ?? null));
      }
      case "component":
        return this.componentView(m, part, j);
      default:
        return html`<pre class="gr-chat-json">${JSON.stringify(part, null, 2)}</pre>`;
    }
  }

  private fileView(f: FileData, alt: string | null): TemplateResult {
    const url = this.url(f);
    const name = fileName(f);
    const download = this.props.allow_file_downloads !== false;
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

  private componentView(m: Msg, part: Part, j: number): unknown {
    const kind = String(part.component ?? "");
    const value = part.value;
    const files = (v: unknown): FileData[] => (Array.isArray(v) ? v : [v]).map((x: any) => (isFileData(x) ? x : isFileData(x?.image) ? x.image : isFileData(x?.video) ? x.video : null)).filter(Boolean) as FileData[];
    switch (kind) {
      case "image":
      case "audio":
      case "video":
      case "file":
      case "gallery":
        if (files(value).length) return files(value).map((f) => this.fileView(f, (part as any).alt_text ?? null));
        break;
      case "markdown":
        if (typeof value === "string") return html`<div class="gr-prose gr-chat-md">${unsafeHTML(chatMarkdown(value, this.mdOptions()))}</div>`;
        break;
      case "html":
        if (typeof value === "string") return html`<div class="gr-chat-html">${unsafeHTML(this.props.sanitize_html === false ? value : sanitize(value))}</div>`;
        break;
    }
    // Any other component is shown by its own element, read-only.
    const tag = kind && kind !== "chatbot" ? tagFor(kind) : undefined;
    if (!tag && kind && kind !== "chatbot" && !this.loading.has(kind)) {
      // Its element may be one loaded on demand: load it, then show the part again.
      this.loading.add(kind);
      void loadKinds([kind]).then(() => tagFor(kind) && this.requestUpdate());
    }
    if (tag) {
      const key = `${m.index}:${j}`;
      const props = { ...(part.constructor_args ?? {}), ...(part.props ?? {}), show_label: false, container: false };
      const json = JSON.stringify([props, value]);
      let entry = this.parts.get(key);
      if (!entry || entry.kind !== kind) {
        const el = document.createElement(tag) as GradioElement;
        el.host = this.host;
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

  private mdOptions() {
    const p = this.props;
    const delimiters: Delimiter[] = Array.isArray(p.latex_delimiters) ? p.latex_delimiters : [{ left: "$$", right: "$$", display: true }];
    return {
      sanitize: p.sanitize_html !== false,
      lineBreaks: p.line_breaks !== false,
      delimiters,
      allowTags: p.allow_tags === true || Array.isArray(p.allow_tags) ? (p.allow_tags as boolean | string[]) : false,
      onMath: () => this.tick++,
    };
  }

  private url(f: FileData): string {
    return this.host ? this.host.fileURL(f) : (f.url ?? f.path);
  }

  protected override firstUpdated(): void {
    const list = this.querySelector(".gr-chat-messages");
    if (list) this.resize?.observe(list);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const list = this.querySelector(".gr-chat-messages");
    if (list) this.resize?.observe(list);
    const key = this.contentKey();
    if (!changed.has("value") && key === this.shown) return;
    this.shown = key;
    const log = this.log;
    if (!log) return;
    const v: any[] = Array.isArray(this.value) ? this.value : [];
    const n = v.length;
    const last = v[n - 1];
    const lastLen = last ? lengthOf(last) : -1;
    if (n > this.prevCount && last?.role === "user") this.pinned = true;
    // The same messages with the last one longer: a handler is streaming into it.
    if (n === this.prevCount && lastLen !== this.prevLastLen) {
      log.setAttribute("aria-busy", "true");
      clearTimeout(this.busyTimer);
      this.busyTimer = window.setTimeout(() => log.removeAttribute("aria-busy"), 1000);
    }
    const grew = n !== this.prevCount || lastLen !== this.prevLastLen;
    this.prevCount = n;
    this.prevLastLen = lastLen;
    if (n === 0) {
      this.pinned = true;
      this.showScroll = false;
      return;
    }
    if (this.props.autoscroll !== false && this.pinned) this.toBottom();
    else if (grew && !atBottom(log) && !this.showScroll) this.showScroll = true;
  }

  private toBottom(): void {
    const log = this.log;
    if (!log) return;
    const top = log.scrollHeight - log.clientHeight;
    if (top > log.scrollTop) log.scrollTop = top;
    this.lastTop = log.scrollTop;
  }

  // Only the user unpins: by moving up. Content that grew after a scroll to the bottom
  // also leaves the log short of the bottom when the scroll event comes, but does not
  // move scrollTop.
  private onScroll = () => {
    const log = this.log;
    if (!log) return;
    const top = log.scrollTop;
    if (atBottom(log)) this.pinned = true;
    else if (top < this.lastTop - 1) this.pinned = false;
    this.lastTop = top;
    if (this.pinned && this.showScroll) this.showScroll = false;
  };

  private scrollDown = () => {
    this.pinned = true;
    this.showScroll = false;
    this.toBottom();
    this.log?.focus({ preventScroll: true });
  };

  private onClick = (ev: MouseEvent) => {
    if (handleCodeCopy(ev)) return;
    const t = ev.target as HTMLElement;
    if (t.closest("button, a, input, textarea, select, audio, video, summary, details, gradio-audio, gradio-video")) return;
    if (String(window.getSelection?.() ?? "") !== "") return;
    this.selectAt(t);
  };

  private onKey = (ev: KeyboardEvent) => {
    if (ev.key !== "Enter" || !this.props._selectable) return;
    const t = ev.target as HTMLElement;
    if (t.classList.contains("gr-chat-bubble")) this.selectAt(t.querySelector(".gr-chat-msg, .gr-chat-thought") ?? t);
  };

  private selectAt(t: HTMLElement) {
    const el = t.closest<HTMLElement>(".gr-chat-msg, .gr-chat-thought");
    if (!el) return;
    const index = Number(el.dataset.index);
    const m = this.messages().find((x) => x.index === index);
    if (m) this.emit("select", { index, value: contentValue(m) });
  }

  private feedbackOf(g: Group, gi: number): Feedback | null {
    if (this.feedback.has(g.first)) return this.feedback.get(g.first)!;
    const fv = this.props.feedback_value;
    if (!Array.isArray(fv)) return null;
    // feedback_value has one entry per assistant group.
    const groups = groupMessages(this.messages());
    const k = groups.slice(0, gi).filter((x) => x.role === "assistant").length;
    const f = fv[k];
    return f === "Like" ? true : f === "Dislike" ? false : f ?? null;
  }

  private like(g: Group, liked: Feedback) {
    this.feedback.set(g.first, liked);
    this.tick++;
    this.emit("like", { index: g.first, value: g.all.map(contentValue), liked });
  }

  private undoRetry(event: "undo" | "retry") {
    const msgs = this.messages();
    let i = msgs.length - 1;
    while (i > 0 && msgs[i].role === "assistant") i--;
    const m = msgs[i];
    if (m) this.emit(event, { index: m.index, value: contentValue(m) });
  }

  private onEditKey = (ev: KeyboardEvent) => {
    if (ev.key === "Escape") {
      ev.preventDefault();
      this.editing = null;
    } else if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && !ev.isComposing) {
      ev.preventDefault();
      this.saveEdit();
    }
  };

  private saveEdit = () => {
    const e = this.editing;
    if (!e || !Array.isArray(this.value)) return;
    this.editing = null;
    const next = this.value.map((m: any, i: number) => (i === e.index ? { ...m, content: [{ type: "text", text: e.text }] } : m));
    this.userValue(next);
    this.emit("edit", { index: e.index, value: e.text, previous_value: e.previous });
  };

  private clear() {
    this.editing = null;
    this.feedback.clear();
    this.open.clear();
    this.parts.clear();
    this.userValue([]);
    this.emit("clear");
  }

  private copyText(ev: Event, text: string) {
    const b = ev.currentTarget as HTMLElement;
    if (this.props.watermark) text += `\n\n${this.props.watermark}`;
    const label = b.getAttribute("aria-label") ?? "";
    void navigator.clipboard?.writeText(text).then(
      () => {
        b.classList.add("gr-chat-copied");
        b.setAttribute("aria-label", t("common.copied"));
        b.title = t("common.copied");
        setTimeout(() => {
          b.classList.remove("gr-chat-copied");
          b.setAttribute("aria-label", label);
          b.title = label;
        }, 1500);
      },
      () => {},
    );
  }
}

function partsOf(content: unknown): Part[] {
  if (content == null) return [];
  if (typeof content === "string") return [{ type: "text", text: content }];
  if (Array.isArray(content)) {
    return content.map((c) => (typeof c === "string" ? { type: "text", text: c } : isFileData(c) ? { type: "file", file: c } : (c as Part))).filter(Boolean);
  }
  if (typeof content === "object") {
    const c = content as any;
    if (isFileData(c)) return [{ type: "file", file: c }];
    if (c.file || c.path) return [{ type: "file", file: c.file ?? c, alt_text: c.alt_text ?? null }];
    return [c as Part];
  }
  return [{ type: "text", text: String(content) }];
}

/** Groups consecutive messages of one role and nests thoughts under their parents. */
function groupMessages(msgs: Msg[]): Group[] {
  const groups: Group[] = [];
  for (const m of msgs) {
    let g = groups[groups.length - 1];
    if (!g || g.role !== m.role) {
      g = { role: m.role, top: [], all: [], first: m.index };
      groups.push(g);
    }
    g.all.push(m);
  }
  for (const g of groups) {
    const byId = new Map<string, Msg>();
    for (const m of g.all) {
      m.children = [];
      const pid = m.metadata?.parent_id;
      const parent = pid != null ? byId.get(String(pid)) : undefined;
      if (parent) parent.children.push(m);
      else g.top.push(m);
      if (m.metadata?.id != null) byId.set(String(m.metadata.id), m);
    }
  }
  return groups;
}

function textOf(m: Msg): string {
  const own = m.parts
    .filter((p) => (p.type ?? "text") === "text")
    .map((p) => String(p.text ?? ""))
    .join("\n");
  return own;
}

/** A message's content for event data: its text, or its parts when it has files or components. */
function contentValue(m: Msg): unknown {
  if (m.parts.every((p) => (p.type ?? "text") === "text")) return textOf(m);
  return m.parts.length === 1 ? m.parts[0] : m.parts;
}

function conversationText(msgs: Msg[]): string {
  return msgs
    .map((m) => {
      const t = textOf(m) || m.parts.map((p) => (p.file && isFileData(p.file) ? fileName(p.file) : "")).filter(Boolean).join(", ");
      return `${m.role}: ${t}`;
    })
    .join("\n\n");
}

/** Total text length of a raw message: cheap change detection for streaming. */
function lengthOf(raw: any): number {
  const c = raw?.content;
  if (typeof c === "string") return c.length;
  if (!Array.isArray(c)) return 0;
  let n = c.length;
  for (const p of c) if (p && typeof p.text === "string") n += p.text.length;
  if (raw?.metadata?.status) n += raw.metadata.status.length * 1000;
  return n;
}

function signature(g: Group): string {
  const m = g.all[g.all.length - 1];
  return `${g.all.length}:${lengthOf(m.raw)}:${m.metadata?.status ?? ""}:${m.metadata?.duration ?? ""}`;
}

function atBottom(el: HTMLElement): boolean {
  return el.scrollHeight - el.scrollTop - el.clientHeight < 48;
}

function isFileData(v: unknown): v is FileData {
  return v != null && typeof v === "object" && (typeof (v as any).path === "string" || typeof (v as any).url === "string");
}

function mediaKind(f: FileData): "image" | "audio" | "video" | "file" {
  const mime = (f.mime_type ?? "").toLowerCase();
  if (mime.startsWith("image/")) return "image";
  if (mime.startsWith("audio/")) return "audio";
  if (mime.startsWith("video/")) return "video";
  const ext = (fileName(f).split(".").pop() ?? "").toLowerCase();
  if (["png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "ico"].includes(ext)) return "image";
  if (["mp3", "wav", "ogg", "oga", "flac", "m4a", "aac", "opus", "weba"].includes(ext)) return "audio";
  if (["mp4", "webm", "ogv", "mov", "m4v", "mkv"].includes(ext)) return "video";
  return "file";
}

function formatDuration(s: number): string {
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return `${m}m ${Math.round(s - m * 60)}s`;
}

function size(v: unknown): string {
  return typeof v === "number" ? `${v}px` : String(v);
}

const icons = {
  copy: "M9 9h11v11H9zM5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1",
  trash: "M3 6h18M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6M10 11v6M14 11v6M9 6V4h6v2",
  like: "M7 10v11M15 5.9 14 10h5.8a2 2 0 0 1 2 2.3l-1.4 7A2 2 0 0 1 18.4 21H7V10l4-8a3 3 0 0 1 4 3.9zM3 10h4v11H3z",
  dislike: "M17 14V3M9 18.1 10 14H4.2a2 2 0 0 1-2-2.3l1.4-7A2 2 0 0 1 5.6 3H17v11l-4 8a3 3 0 0 1-4-3.9zM21 14h-4V3h4z",
  retry: "M21 12a9 9 0 1 1-2.6-6.4M21 3v6h-6",
  undo: "M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  edit: "M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z",
  flag: "M4 22V4M4 4h13l-2 4 2 4H4",
  file: "M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6",
};

function chatIcon(name: keyof typeof icons): TemplateResult {
  return html`<svg class="gr-chat-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${icons[name]} /></svg>`;
}

function chatButton(name: keyof typeof icons, label: string, onClick: (ev: Event) => void, pressed?: boolean): TemplateResult {
  return html`<button
    type="button"
    class="gr-icon-button gr-chat-btn"
    aria-label=${label}
    title=${label}
    aria-pressed=${pressed == null ? nothing : String(pressed)}
    @click=${onClick}
  >
    ${chatIcon(name)}
  </button>`;
}

define("chatbot", Chatbot);
