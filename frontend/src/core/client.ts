// The protocol client of the web UI: one session per page load, one shared event stream
// per session, as the official clients do, but it reopens the stream whenever a call is
// still waiting for messages after the server ended it, and resumes it with
// Last-Event-ID when the connection breaks, so that a run survives a dropped connection.

import type { Config, FileData } from "./types";
import { t } from "./messages";
import { cutFrames, later } from "./sse";

export type Message = Record<string, any> & { msg: string; event_id: string | null };
type Listener = (m: Message) => void;

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export class Client {
  readonly session = Math.random().toString(36).slice(2) + Date.now().toString(36);
  private readonly base: string;
  private listeners = new Map<string, Listener>();
  private early = new Map<string, Message[]>();
  private streaming = false;
  /** The id of the last frame delivered, with which a broken stream is resumed. */
  private lastId: string | null = null;
  /** The last stream broke rather than ending with close_stream. */
  private broke = false;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private noticed = false;
  /** Extra headers of every POST: a collaborative room names itself and its member here (core/room.ts). */
  headers: Record<string, string> = {};
  /** Hears when resuming a broken stream takes more than a moment (true) and when it is over (false). */
  onReconnecting?: (on: boolean) => void;

  constructor(readonly config: Config) {
    // The page is served at the app's root, so URLs relative to it work behind any proxy.
    this.base = new URL(".", document.baseURI).href.replace(/\/$/, "") + config.api_prefix;
  }

  url(path: string): string {
    return this.base + path;
  }

  /** Queues a call and returns its event id; messages go to onMessage. */
  async join(fnIndex: number, data: unknown[], onMessage: Listener, triggerId: number | null, eventData: unknown = null): Promise<string> {
    const res = await this.post("/queue/join", {
      data, fn_index: fnIndex, session_hash: this.session, event_data: eventData ?? null, trigger_id: triggerId,
    });
    if (!res.ok) throw new ApiError(detail(res.body, res.status), res.status);
    const id = res.body.event_id as string;
    this.listeners.set(id, onMessage);
    for (const m of this.early.get(id) ?? []) this.deliver(m);
    this.early.delete(id);
    this.ensureStream();
    return id;
  }

  /**
   * Runs an unqueued call directly and returns its output object: {data: [...]} on
   * success, {error, title, ...} on failure.
   */
  async run(apiName: string, fnIndex: number, data: unknown[], triggerId: number | null, eventData: unknown = null): Promise<Record<string, any>> {
    const res = await this.post(`/run/${encodeURIComponent(apiName)}`, {
      data, fn_index: fnIndex, session_hash: this.session, event_data: eventData ?? null, trigger_id: triggerId,
    });
    if (res.ok || (res.status === 500 && typeof res.body === "object" && "error" in res.body)) return res.body;
    return { error: detail(res.body, res.status), title: t("app.error") };
  }

  async cancel(eventId: string, fnIndex: number): Promise<void> {
    await this.post("/cancel", { event_id: eventId, session_hash: this.session, fn_index: fnIndex }).catch(() => {});
  }

  /**
   * Uploads files and returns them as FileData. onProgress, if given, gets the fraction
   * of bytes sent so far (XMLHttpRequest reports upload progress; fetch cannot).
   */
  upload(files: File[], onProgress?: (fraction: number) => void): Promise<FileData[]> {
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", this.url("/upload"));
      xhr.responseType = "text";
      if (onProgress) xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onerror = () => reject(new ApiError("The upload failed: the connection broke.", 0));
      xhr.onload = () => {
        if (xhr.status < 200 || xhr.status >= 300) {
          let body: any = xhr.responseText;
          try {
            body = JSON.parse(body);
          } catch {
            // Plain text, such as the 413 message.
          }
          reject(new ApiError(detail(body, xhr.status), xhr.status));
          return;
        }
        const paths = JSON.parse(xhr.responseText) as string[];
        resolve(paths.map((path, i) => ({
          path, orig_name: files[i].name, size: files[i].size, mime_type: files[i].type || null,
          meta: { _type: "gradio.FileData" },
        })));
      };
      xhr.send(form);
    });
  }

  /** Keeps the session (and its State) alive while the page is open. */
  heartbeat(): void {
    const open = () => {
      const es = new EventSource(this.url(`/heartbeat/${this.session}`));
      es.onerror = () => {
        es.close();
        setTimeout(open, 2000);
      };
    };
    open();
  }

  private async post(path: string, body: unknown): Promise<{ ok: boolean; status: number; body: any }> {
    const res = await fetch(this.url(path), {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Gradio-User": "app", ...this.headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return { ok: res.ok, status: res.status, body: parsed };
  }

  private ensureStream(): void {
    if (this.streaming) return;
    this.streaming = true;
    void this.pump().finally(() => {
      this.streaming = false;
      this.reconnecting(false);
      // A call joined while the last stream was ending still needs one.
      if (this.listeners.size > 0) this.ensureStream();
    });
  }

  /**
   * Reads the session's stream for as long as calls wait for messages. A stream that
   * ends with close_stream is opened again at once for calls joined around its end; one
   * that breaks is resumed after a growing pause, with the last id seen, so that the
   * calls go on and get each message once; the attempts are bounded.
   */
  private async pump(): Promise<void> {
    let attempt = 0;
    do {
      const end = await this.readStream();
      if (end === "failed") return;
      if (end === "closed" || end === "progress") attempt = 0;
      if (end === "closed" || end === "idle") this.broke = false;
      if (end === "closed") continue;
      if (this.listeners.size === 0) return;
      if (attempt >= retryDelays.length) {
        this.broken(t(end === "idle" ? "app.session_lost" : "app.connection_lost"));
        return;
      }
      if (end !== "idle") {
        this.broke = true;
        this.reconnecting(true);
      }
      await new Promise((r) => setTimeout(r, retryDelays[attempt++]));
    } while (this.listeners.size > 0);
  }

  /**
   * Reads one stream: "closed" when it ended with close_stream, "idle" when it did so
   * without a message (the server has nothing pending for calls we still wait for, so
   * reopening at once would spin), "progress" or "broken" when it broke after or before
   * any frame, "failed" when the pending calls were failed (the server refused the
   * stream or does not know the session).
   */
  private async readStream(): Promise<"closed" | "idle" | "progress" | "broken" | "failed"> {
    const headers: Record<string, string> = { Accept: "text/event-stream" };
    // After a break, resume even without an id: what was sent before the first frame
    // arrived is kept for us too.
    const resume = this.lastId ?? (this.broke ? "0" : null);
    if (resume !== null) headers["Last-Event-ID"] = resume;
    let res: Response;
    try {
      res = await fetch(this.url(`/queue/data?session_hash=${encodeURIComponent(this.session)}`), { headers });
    } catch {
      return "broken";
    }
    if (!res.ok || !res.body) {
      // A proxy's 502 while the app restarts, or a rate limit, may pass; other answers will not.
      if (res.status >= 500 || res.status === 429) return "broken";
      this.broken(t("app.connection_error_http", { status: res.status }));
      return "failed";
    }
    this.reconnecting(false);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = "";
    let got = false;
    let delivered = false;
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return got ? "progress" : "broken";
      const cut = cutFrames(buf + value);
      buf = cut.rest;
      for (const f of cut.frames) {
        got = true;
        // A replay never repeats what we have, but a frame we have is dropped all the same.
        if (f.id !== null && this.lastId !== null && !later(f.id, this.lastId)) continue;
        if (!f.data) continue;
        let m: Message;
        try {
          m = JSON.parse(f.data) as Message;
        } catch {
          continue; // not a message of ours
        }
        if (m.msg === "close_stream") {
          await reader.cancel().catch(() => {});
          return delivered ? "closed" : "idle";
        }
        if (m.event_id == null && m.msg === "unexpected_error") {
          await reader.cancel().catch(() => {});
          this.broken(m.session_not_found ? t("app.session_lost") : m.message ?? t("app.unexpected_error"));
          return "failed";
        }
        if (f.id !== null) this.lastId = f.id;
        if (m.event_id != null) delivered = true;
        try {
          this.deliver(m);
        } catch (err) {
          // A failing listener must not stop the stream for the other calls.
          console.error(err);
        }
      }
    }
  }

  /**
   * Tells the page that the stream is being resumed (on) or is back (off): onReconnecting
   * hears of it only when it lasts more than a moment, so a quick resume shows nothing.
   */
  private reconnecting(on: boolean): void {
    if (on && this.noticeTimer === undefined && !this.noticed) {
      this.noticeTimer = setTimeout(() => {
        this.noticeTimer = undefined;
        this.noticed = true;
        this.onReconnecting?.(true);
      }, 1500);
    } else if (!on) {
      clearTimeout(this.noticeTimer);
      this.noticeTimer = undefined;
      if (this.noticed) this.onReconnecting?.(false);
      this.noticed = false;
    }
  }

  private deliver(m: Message): void {
    if (m.event_id == null) return;
    const l = this.listeners.get(m.event_id);
    if (!l) {
      // The stream can overtake the join response.
      const q = this.early.get(m.event_id) ?? [];
      q.push(m);
      this.early.set(m.event_id, q);
      return;
    }
    if (m.msg === "process_completed") this.listeners.delete(m.event_id);
    l(m);
  }

  private broken(message: string): void {
    const pending = [...this.listeners.entries()];
    this.listeners.clear();
    for (const [id, l] of pending) {
      l({ msg: "process_completed", event_id: id, success: false, output: { error: message, title: t("app.error") } });
    }
  }
}

/** The pauses before each attempt to resume a broken stream, in ms: about 45 s in all. */
const retryDelays = [500, 1000, 2000, 4000, 8000, 10000, 10000, 10000];

/** detail extracts the message of an error answer ({"detail": ...} or text). */
function detail(body: any, status: number): string {
  if (body && typeof body === "object") {
    if (typeof body.detail === "string") return body.detail;
    if (typeof body.error === "string") return body.error;
  }
  return typeof body === "string" && body ? body : `HTTP ${status}`;
}

