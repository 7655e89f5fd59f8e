import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { guard } from "lit/directives/guard.js";
import { live } from "lit/directives/live.js";
import { GradioElement, define } from "../core/element";
import type { FileData } from "../core/types";
import { chatMarkdown, handleCodeCopy } from "./chatmarkdown";
import { fileName } from "./helpers";
import { t } from "../core/messages";
import { chatButton, chatIcon } from "./chat/icons";
import { MessageView } from "./chat/messageview";
import {
  atBottom,
  contentValue,
  conversationText,
  groupMessages,
  isFileData,
  lengthOf,
  mediaKind,
  messagesOf,
  signature,
  textOf,
  type Feedback,
  type Group,
  type Msg,
} from "./chat/messages";

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

  private view = new MessageView(this, this.uid);
  private pinned = true;
  private lastTop = 0;
  private prevCount = 0;
  private prevLastLen = -1;
  private feedback = new Map<number, Feedback>();
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
    return messagesOf(this.value);
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
        ? html`<div class="gr-prose gr-chat-placeholder">${unsafeHTML(chatMarkdown(String(p.placeholder), this.view.mdOptions()))}</div>`
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
                ${isFileData(ex?.icon) ? html`<img class="gr-chat-example-icon" src=${this.view.url(ex.icon)} alt="" />` : nothing}
                ${text ? html`<span class="gr-chat-example-text">${text}</span>` : nothing}
                ${files.length
                  ? html`<span class="gr-chat-example-files">
                      ${files.map((f) =>
                        mediaKind(f) === "image"
                          ? html`<img class="gr-chat-example-thumb" src=${this.view.url(f)} alt=${fileName(f)} />`
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
    const avatarURL = typeof avatar === "string" ? avatar : isFileData(avatar) ? this.view.url(avatar) : null;
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
      content = bubble(g.top.map((m) => this.view.message(m)));
    } else {
      content = g.top.map((m) => bubble(this.view.message(m)));
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
    this.view.clear();
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

/** A CSS size: a number is pixels. */
function size(v: unknown): string {
  return typeof v === "number" ? `${v}px` : String(v);
}

define("chatbot", Chatbot);
