// The room's panel: Invite (or the link, your name and Leave), who is there with their
// colours and roles (the owner's controls), and the activity feed; plus the hints it
// puts on components ("Ann is editing") and outputs ("run by Ann").

import type { Member, RoomSession } from "./room";

const css = `
.gr-room-panel { position: fixed; right: 12px; bottom: 12px; z-index: 50; width: 260px; max-height: 70vh; overflow: auto;
  background: var(--gr-block-bg, #fff); color: var(--gr-text, #111); border: 1px solid var(--gr-border, #ddd);
  border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / .12); padding: 10px; font-size: 13px; display: flex; flex-direction: column; gap: 8px; }
.gr-room-panel button { font: inherit; cursor: pointer; }
.gr-room-panel ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 3px; }
.gr-room-row { display: flex; gap: 6px; align-items: center; }
.gr-room-dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
.gr-room-note { color: var(--gr-text-muted, #555); }
.gr-room-note.gr-room-error { color: #b91c1c; }
.gr-room-activity { color: var(--gr-text-muted, #555); max-height: 160px; overflow: auto; }
.gr-room-hint, .gr-room-runby { position: absolute; top: 2px; right: 6px; font-size: 11px; padding: 0 6px; border-radius: 8px;
  color: #fff; pointer-events: none; z-index: 2; }
.gr-room-runby { top: auto; bottom: 2px; }
.gr-block { position: relative; }
`;

export class RoomPanel extends HTMLElement {
  private feed: { member: string; name: string; text: string; key: string }[] = [];
  private message = "";
  private error = false;
  private online = false;
  private shown = ""; // what the panel shows, as render last built it

  constructor(private s: RoomSession) {
    super();
    this.className = "gr-room-panel";
    if (!document.getElementById("gr-room-css")) {
      const style = document.createElement("style");
      style.id = "gr-room-css";
      style.textContent = css;
      document.head.append(style);
    }
  }

  connectedCallback(): void {
    this.render();
  }

  note(text: string, error = false): void {
    this.message = text;
    this.error = error;
    this.render();
  }

  connected(on: boolean): void {
    this.online = on;
    this.render();
  }

  /** Adds a line to the activity feed; a line with the same member and key replaces the last one. */
  activity(member: string, text: string, key = "", name?: string): void {
    const who = this.s.members.get(member)?.name ?? name ?? "Someone";
    const last = this.feed[this.feed.length - 1];
    if (key && last && last.member === member && last.key === key) last.text = text;
    else this.feed.push({ member, name: who, text, key });
    if (this.feed.length > 30) this.feed.shift();
  }

  /** Shows (or clears) "<name> is editing" on the component m edits. */
  hint(m: Member): void {
    for (const el of this.s.app.querySelectorAll(`.gr-room-hint[data-member="${m.id}"]`)) el.remove();
    if (m.editing == null || m.id === this.s.me) return;
    const wrap = this.s.app.entries.get(m.editing)?.wrap;
    if (!wrap) return;
    const b = document.createElement("div");
    b.className = "gr-room-hint";
    b.dataset.member = m.id;
    b.style.background = m.colour;
    b.textContent = `${m.name} is editing`;
    wrap.append(b);
  }

  /** Labels output id with who ran the event that wrote it. */
  runBy(id: number, name: string, colour = "#555"): void {
    const wrap = this.s.app.entries.get(id)?.wrap;
    if (!wrap) return;
    let b = wrap.querySelector<HTMLElement>(":scope > .gr-room-runby");
    if (!b) {
      b = document.createElement("div");
      b.className = "gr-room-runby";
      wrap.append(b);
    }
    b.style.background = colour;
    b.textContent = `run by ${name}`;
  }

  render(): void {
    const s = this.s;
    // Every change of the room asks for a render; rebuilding a panel that shows the
    // same would swallow a click whose press and release fall on either side of it.
    const shown = JSON.stringify([s.id, s.role, s.locked, s.me, s.name, this.online, this.message, this.error,
      [...s.members.values()].map((m) => [m.id, m.name, m.role, m.online, m.colour]),
      this.feed.map((f) => [f.name, f.text])]);
    if (shown === this.shown) return;
    const parts: Node[] = [];
    if (!s.id) {
      parts.push(button("Invite", "gr-room-invite", () => void s.create().catch((e) => this.note(String(e.message ?? e), true))));
      parts.push(text("div", "Open a room that others can join with a link.", "gr-room-note"));
    } else {
      const head = el("div", "gr-room-row");
      const dot = el("span", "gr-room-dot");
      dot.style.background = this.online ? "#16a34a" : "#9ca3af";
      dot.title = this.online ? "Connected" : "Reconnecting";
      head.append(dot, text("strong", `Room · ${s.role}${s.locked ? " · locked" : ""}`));
      parts.push(head);
      const row = el("div", "gr-room-row");
      row.append(
        button("Copy link", "gr-room-copy", () => void navigator.clipboard?.writeText(s.link()).then(() => this.note("Link copied."), () => this.note(s.link()))),
        button("Leave", "gr-room-leave", () => void s.leave()),
      );
      parts.push(row);
      const name = document.createElement("input");
      name.className = "gr-room-name";
      name.placeholder = "Your name";
      name.value = s.members.get(s.me)?.name ?? s.name;
      name.addEventListener("change", () => {
        localStorage.setItem("gradio-room-name", name.value);
        void s.intent({ kind: "name", name: name.value });
      });
      parts.push(name);
      if (s.role === "owner") {
        const lock = document.createElement("label");
        lock.className = "gr-room-row";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.className = "gr-room-lock";
        box.checked = s.locked;
        box.addEventListener("change", () => void s.intent({ kind: "lock", locked: box.checked }));
        lock.append(box, "Lock the room (only you can change it)");
        parts.push(lock);
      }
      parts.push(this.memberList());
    }
    if (this.message) parts.push(text("div", this.message, `gr-room-note${this.error ? " gr-room-error" : ""}`));
    if (this.feed.length) {
      const ul = el("ul", "gr-room-activity");
      for (const f of this.feed) ul.append(text("li", `${f.name} ${f.text}`));
      parts.push(ul);
    }
    // Keep a name being typed.
    if (this.contains(document.activeElement) && document.activeElement?.classList.contains("gr-room-name")) return;
    this.replaceChildren(...parts);
    this.shown = shown;
  }

  private memberList(): HTMLElement {
    const s = this.s;
    const ul = el("ul", "gr-room-members");
    const members = [...s.members.values()].filter((m) => m.online).sort((a, b) => a.name.localeCompare(b.name));
    for (const m of members) {
      const li = el("li", "gr-room-row");
      li.dataset.member = m.id;
      const dot = el("span", "gr-room-dot");
      dot.style.background = m.colour;
      li.append(dot, text("span", `${m.name}${m.id === s.me ? " (you)" : ""}`, "gr-room-member-name"), text("small", m.role, "gr-room-role"));
      if (s.role === "owner" && m.id !== s.me) {
        const to = m.role === "viewer" ? "editor" : "viewer";
        li.append(button(`Make ${to}`, "gr-room-make", () => void s.intent({ kind: "role", member: m.id, role: to })));
      }
      ul.append(li);
    }
    return ul;
  }
}
customElements.define("gradio-room-panel", RoomPanel);

function el(tag: string, className = ""): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}

function text(tag: string, t: string, className = ""): HTMLElement {
  const e = el(tag, className);
  e.textContent = t;
  return e;
}

function button(label: string, className: string, onClick: () => void): HTMLElement {
  const b = text("button", label, className);
  (b as HTMLButtonElement).type = "button";
  b.addEventListener("click", onClick);
  return b;
}
