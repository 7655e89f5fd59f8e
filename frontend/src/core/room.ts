// Collaborative rooms (gradio.WithCollaboration), loaded only by apps that have them.
// The room on the server holds every value, the runs and who is there; this page sends
// intents (a value changed, who edits what, roles, the lock) and applies the numbered
// deltas it is sent. Remote values are set quietly: they neither fire the component's
// listeners nor come back as intents, so nothing loops. Runs go through the ordinary
// queue with the room's headers; the server mirrors them to everyone, attributed.

import type { GradioApp } from "./app";
import type { Dependency, Status } from "./types";
import { cutFrames } from "./sse";
import { applyDiff, type Edit } from "./diff";
import { RoomPanel } from "./roompanel";

export interface Member {
  id: string;
  name: string;
  colour: string;
  role: "owner" | "editor" | "viewer";
  online: boolean;
  editing: number | null;
}

interface Run {
  id: string;
  member: string;
  name: string;
  fn_index: number;
  outputs: number[];
  status: string;
  error?: string;
}

interface Joined {
  room: string;
  member: string;
  token: string;
  role: Member["role"];
}

const nameKey = "gradio-room-name";

export function startRoom(app: GradioApp): RoomSession {
  const s = new RoomSession(app);
  const id = new URLSearchParams(location.search).get("room");
  if (id) void s.enter(id);
  return s;
}

export class RoomSession {
  readonly panel: RoomPanel;
  id = "";
  token = "";
  me = "";
  role: Member["role"] = "editor";
  locked = false;
  seq = 0;
  members = new Map<string, Member>();
  private base: string;
  private timers = new Map<number, ReturnType<typeof setTimeout>>();
  private savedInteractive = new Map<number, boolean>();
  private abort: AbortController | null = null;
  private stopped = false;

  constructor(readonly app: GradioApp) {
    this.base = app.client.url("/room");
    this.panel = new RoomPanel(this);
    app.append(this.panel);
    app.onUserEvent = (id, event) => this.local(id, event);
  }

  get name(): string {
    return localStorage.getItem(nameKey) || "";
  }

  /** Invite: opens a room owned by this page, and copies its link. */
  async create(): Promise<void> {
    const j = await this.post("/create", { name: this.name });
    this.adopt(j);
    history.replaceState(null, "", this.link());
    await navigator.clipboard?.writeText(this.link()).catch(() => {});
    this.panel.note("Link copied: share it to invite people.");
    void this.listen();
  }

  link(): string {
    const u = new URL(location.href);
    u.searchParams.set("room", this.id);
    return u.href;
  }

  /** Joins room id: with the token this tab had (a reload), else as a new member. */
  async enter(id: string): Promise<void> {
    const saved = sessionStorage.getItem(`gradio-room:${id}`);
    try {
      if (saved) this.adopt(JSON.parse(saved));
      else this.adopt(await this.post(`/${encodeURIComponent(id)}/join`, { name: this.name }));
    } catch (err) {
      this.panel.note((err as Error).message, true);
      return;
    }
    void this.listen();
  }

  private adopt(j: Joined): void {
    this.id = j.room;
    this.token = j.token;
    this.me = j.member;
    this.role = j.role;
    sessionStorage.setItem(`gradio-room:${j.room}`, JSON.stringify(j));
    this.app.client.headers = { "X-Gradio-Room": this.id, "X-Gradio-Room-Token": this.token };
    this.panel.render();
  }

  async leave(): Promise<void> {
    this.stopped = true;
    this.abort?.abort();
    await this.intentPath("/leave", {}).catch(() => {});
    sessionStorage.removeItem(`gradio-room:${this.id}`);
    location.href = location.pathname;
  }

  /** Reads the room's stream, resuming from the last delta after a break. */
  private async listen(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      this.abort = new AbortController();
      let res: Response;
      try {
        res = await fetch(`${this.base}/${encodeURIComponent(this.id)}/events?since=${this.seq}`, {
          headers: { "X-Gradio-Room-Token": this.token, Accept: "text/event-stream" },
          signal: this.abort.signal,
        });
      } catch {
        await pause(attempt++);
        continue;
      }
      if (res.status === 401 || res.status === 404) {
        sessionStorage.removeItem(`gradio-room:${this.id}`);
        if (res.status === 404) {
          this.panel.note(await detail(res), true);
          return;
        }
        // Forgotten by the room (it left, or was pruned): join again.
        try {
          this.adopt(await this.post(`/${encodeURIComponent(this.id)}/join`, { name: this.name }));
          this.seq = 0;
        } catch (err) {
          this.panel.note((err as Error).message, true);
          return;
        }
        continue;
      }
      if (!res.ok || !res.body) {
        await pause(attempt++);
        continue;
      }
      attempt = 0;
      this.panel.connected(true);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = "";
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) break;
        const cut = cutFrames(buf + value);
        buf = cut.rest;
        for (const f of cut.frames) {
          if (!f.data) continue;
          try {
            this.apply(JSON.parse(f.data));
          } catch (err) {
            console.error("gradio: room delta", err);
          }
        }
      }
      this.panel.connected(false);
      await pause(attempt++);
    }
  }

  /** Applies one frame of the room's stream. */
  apply(d: any): void {
    if (d.type === "heartbeat" || d.type === "ended") return;
    if (typeof d.seq === "number") this.seq = d.seq;
    switch (d.type) {
      case "snapshot":
        this.members.clear();
        for (const m of d.members as Member[]) this.members.set(m.id, m);
        this.role = d.you.role;
        this.locked = d.locked;
        for (const [id, v] of Object.entries(d.values)) this.quietSet(Number(id), v);
        for (const r of (d.history ?? []) as Run[]) this.panel.activity(r.member, `ran ${this.runLabel(r.fn_index)}`, "", r.name);
        for (const r of (d.running ?? []) as Run[]) this.runBy(r);
        for (const m of this.members.values()) this.panel.hint(m);
        break;
      case "value":
        if (d.member === this.me) break; // our own edit, already here
        this.quietSet(d.component, d.value);
        this.panel.activity(d.member, `changed ${this.label(d.component)} to ${summary(d.value)}`, `v${d.component}`);
        this.editing(d.member, d.component);
        break;
      case "editing":
        this.editing(d.member, d.component ?? null);
        break;
      case "member": {
        const was = this.members.get(d.who.id);
        this.members.set(d.who.id, d.who);
        if (d.who.id === this.me) this.role = d.who.role;
        if (!was?.online && d.who.online) this.panel.activity(d.who.id, "joined");
        else if (was && was.role !== d.who.role) this.panel.activity(d.member ?? d.who.id, `made ${d.who.name} ${d.who.role === "viewer" ? "a viewer" : "an editor"}`);
        break;
      }
      case "leave": {
        const m = this.members.get(d.member);
        if (m) this.panel.activity(d.member, "left");
        this.members.delete(d.member);
        if (m) this.panel.hint({ ...m, editing: null });
        break;
      }
      case "lock":
        this.locked = d.locked;
        this.panel.activity(d.member, d.locked ? "locked the room" : "unlocked the room");
        break;
      case "run":
        this.panel.activity(d.member, `ran ${this.runLabel(d.run.fn_index)}`);
        this.runBy(d.run);
        if (d.member !== this.me) this.status(d.run, { stage: "pending", started: performance.now(), show: "full" });
        break;
      case "run_msg":
        if (d.member !== this.me) this.mirror(d);
        if (d.run && d.run.status === "failed") this.panel.activity(d.member, `'s run of ${this.runLabel(d.run.fn_index)} failed`);
        break;
    }
    this.readOnly(this.role === "viewer" || (this.locked && this.role !== "owner"));
    this.panel.render();
  }

  /** Shows another member's run on this page, as the dispatcher shows one's own. */
  private mirror(d: any): void {
    const m = d.msg;
    const run: Run | undefined = d.run ?? this.runs.get(d.run_id);
    if (!run) return;
    const dep = this.app.config.dependencies[run.fn_index];
    const outputs = run.outputs;
    const show = (dep?.show_progress ?? "full") as Status["show"];
    switch (m.msg) {
      case "estimation":
        this.setStatus(outputs, { stage: "pending", position: m.rank, size: m.queue_size, eta: m.rank_eta, show });
        break;
      case "progress":
        this.setStatus(outputs, { stage: "pending", progress: m.progress_data, show });
        break;
      case "process_generating": {
        if (!m.success) break;
        this.setStatus(outputs, null);
        const data = m.output.data as any[];
        outputs.forEach((id, i) => {
          if (i >= data.length) return;
          this.quietSet(id, d.full ? data[i] : applyDiff(this.app.value(id), data[i] as Edit[]));
        });
        break;
      }
      case "process_completed":
        this.setStatus(outputs, null);
        if (m.success && Array.isArray(m.output?.data)) outputs.forEach((id, i) => i < m.output.data.length && this.quietSet(id, m.output.data[i]));
        break;
    }
  }

  /** Runs seen starting, by event id, for their outputs. */
  private runs = new Map<string, Run>();

  private runBy(r: Run): void {
    this.runs.set(r.id, r);
    if (this.runs.size > 100) this.runs.delete(this.runs.keys().next().value!);
    const who = this.members.get(r.member);
    for (const id of r.outputs) this.panel.runBy(id, r.member === this.me ? `${r.name} (you)` : r.name, who?.colour);
  }

  private status(r: Run, s: Status | null): void {
    this.setStatus(r.outputs, s);
  }

  private setStatus(ids: number[], s: Status | null): void {
    for (const id of ids) this.app.entries.get(id)?.status?.set(s ? { started: performance.now(), ...s } : null);
  }

  private editing(member: string, component: number | null): void {
    const m = this.members.get(member);
    if (!m) return;
    m.editing = component;
    if (member !== this.me) this.panel.hint(m);
  }

  /** Sets a value from the room without firing listeners or sending it back. */
  quietSet(id: number, v: any): void {
    const e = this.app.entries.get(id);
    if (!e || e.kind === "state") return;
    if (v && typeof v === "object" && v.__type__ === "update") {
      if (!("value" in v)) return;
      v = v.value;
    }
    if (JSON.stringify(e.value) === JSON.stringify(v)) return;
    e.value = v;
    if (e.el) (e.el as any).value = v;
  }

  /** A user event on this page: edits become value intents (debounced), focus and blur editing hints. */
  private local(id: number, event: string): void {
    if (!this.token || this.role === "viewer" || (this.locked && this.role !== "owner")) return;
    const e = this.app.entries.get(id);
    if (!e || e.kind === "state" || e.kind === "button") return;
    if (event === "change" || event === "input") {
      clearTimeout(this.timers.get(id));
      this.timers.set(id, setTimeout(() => {
        this.timers.delete(id);
        void this.intent({ kind: "value", component: id, value: this.app.value(id) });
      }, 100));
    } else if (event === "focus") {
      void this.intent({ kind: "editing", component: id });
    } else if (event === "blur") {
      void this.intent({ kind: "editing", component: null });
    }
  }

  /** Sends an intent; a refusal is shown in the panel. */
  async intent(body: Record<string, unknown>): Promise<void> {
    try {
      await this.intentPath("/intent", body);
    } catch (err) {
      this.panel.note((err as Error).message, true);
    }
  }

  private async intentPath(path: string, body: unknown): Promise<any> {
    const res = await fetch(`${this.base}/${encodeURIComponent(this.id)}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Gradio-Room-Token": this.token },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(await detail(res));
    return res.json();
  }

  private async post(path: string, body: unknown): Promise<Joined> {
    const res = await fetch(this.base + path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(await detail(res));
    return res.json();
  }

  /** Viewers (and editors of a locked room) get read-only components. */
  private readOnly(on: boolean): void {
    for (const [id, e] of this.app.entries) {
      if (!e.el || !("interactive" in e.el)) continue;
      if (on && !this.savedInteractive.has(id)) {
        this.savedInteractive.set(id, e.interactive);
        e.interactive = false;
        (e.el as any).interactive = false;
      } else if (!on && this.savedInteractive.has(id)) {
        e.interactive = this.savedInteractive.get(id)!;
        (e.el as any).interactive = e.interactive;
        this.savedInteractive.delete(id);
      }
    }
    this.app.classList.toggle("gr-room-readonly", on);
  }

  label(id: number): string {
    const e = this.app.entries.get(id);
    return e?.props.label || `${e?.kind ?? "component"} ${id}`;
  }

  runLabel(fn: number): string {
    const d: Dependency | undefined = this.app.config.dependencies[fn];
    if (!d) return `event ${fn}`;
    const t = d.targets[0]?.[0];
    const e = t != null ? this.app.entries.get(t) : undefined;
    if (e?.kind === "button" && typeof e.value === "string" && e.value) return e.value;
    return d.api_name || `event ${fn}`;
  }
}

function summary(v: unknown): string {
  const s = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? "null";
  return s.length > 40 ? s.slice(0, 39) + "…" : s;
}

async function detail(res: Response): Promise<string> {
  const text = await res.text().catch(() => "");
  try {
    const b = JSON.parse(text);
    if (typeof b.detail === "string") return b.detail;
  } catch {
    // not JSON
  }
  return text || `HTTP ${res.status}`;
}

function pause(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.min(500 * 2 ** attempt, 10000)));
}
