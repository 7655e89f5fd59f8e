import { html, nothing, type PropertyValues } from "lit";
import { GradioElement, define } from "../core/element";
import { t } from "../core/messages";

/** One saved conversation. */
interface Saved {
  id: string;
  title: string;
  messages: any[];
}

/**
 * gradio-chathistory: a ChatInterface's panel of past conversations (SaveHistory). They
 * live in localStorage under props.storage_key, newest first. The value is the current
 * conversation: the app sets it after every answer (saved under the current entry, a new
 * one if none; an empty conversation deletes the entry). Picking an entry, or "New
 * chat", sets the value to that conversation and fires select, which the app copies into
 * the chat.
 */
export class ChatHistory extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    saved: { state: true },
    current: { state: true },
  };

  saved: Saved[] = [];
  current: string | null = null;
  /** The value this element set itself, which is not saved back. */
  private own: unknown = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.saved = this.read();
  }

  private get key(): string {
    return String(this.props.storage_key || "gradio-go-chats");
  }

  private read(): Saved[] {
    try {
      const v = JSON.parse(localStorage.getItem(this.key) ?? "[]");
      return Array.isArray(v) ? v.filter((c) => c && typeof c.id === "string" && Array.isArray(c.messages)) : [];
    } catch {
      return [];
    }
  }

  private write(list: Saved[]): void {
    this.saved = list;
    try {
      localStorage.setItem(this.key, JSON.stringify(list));
    } catch (err) {
      console.warn("gradio: the chat history could not be saved", err);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("value") && this.value !== this.own) this.store(this.value);
  }

  /** Saves the current conversation, or forgets it when it is empty. */
  private store(conv: unknown): void {
    const list = this.read();
    const i = this.current == null ? -1 : list.findIndex((c) => c.id === this.current);
    if (!Array.isArray(conv) || conv.length === 0) {
      if (i >= 0) list.splice(i, 1);
      this.current = null;
      this.write(list);
      return;
    }
    const entry: Saved = { id: this.current ?? newId(), title: titleOf(conv), messages: conv };
    if (i >= 0) list[i] = entry;
    else list.unshift(entry);
    this.current = entry.id;
    this.write(list);
  }

  private pick(c: Saved | null): void {
    this.current = c?.id ?? null;
    this.own = c ? c.messages : [];
    this.value = this.own;
    this.emit("change");
    this.emit("select", { index: c ? this.saved.indexOf(c) : null, value: this.own });
  }

  private forget(ev: Event, c: Saved): void {
    ev.stopPropagation();
    this.write(this.read().filter((s) => s.id !== c.id));
    if (this.current === c.id) this.pick(null);
  }

  protected override render() {
    return html`<nav class="gr-chat-history" aria-label=${t("chat.history")}>
      <button type="button" class="gr-button gr-primary gr-chat-new" @click=${() => this.pick(null)}>${t("chat.new_chat")}</button>
      ${this.saved.length
        ? html`<ul class="gr-chat-history-list">
            ${this.saved.map(
              (c) => html`<li class="gr-chat-history-item ${c.id === this.current ? "gr-current" : ""}">
                <button
                  type="button"
                  class="gr-chat-history-open"
                  aria-current=${c.id === this.current ? "true" : nothing}
                  title=${c.title}
                  @click=${() => this.pick(c)}
                >
                  ${c.title}
                </button>
                <button type="button" class="gr-chat-history-delete" aria-label=${t("common.delete_item", { name: c.title })} title=${t("common.delete")} @click=${(ev: Event) => this.forget(ev, c)}>×</button>
              </li>`,
            )}
          </ul>`
        : html`<p class="gr-chat-history-empty">${t("chat.no_history")}</p>`}
    </nav>`;
  }
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A conversation's title: its first user text, cut at 40 characters; 📎 for files. */
function titleOf(conv: any[]): string {
  let title = "";
  for (const m of conv) {
    if (m?.role !== "user") continue;
    const parts = Array.isArray(m.content) ? m.content : [{ type: "text", text: String(m.content ?? "") }];
    const text = parts
      .filter((p: any) => p?.type === "text" && p.text)
      .map((p: any) => p.text)
      .join(" ");
    if (text) {
      title += text;
      break;
    }
    title += "📎 ";
  }
  title = title.trim();
  return title.length > 40 ? title.slice(0, 40) + "..." : title || t("chat.untitled");
}

define("chathistory", ChatHistory);
