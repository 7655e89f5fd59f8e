// The protocol client of the web UI: one session per page load, one shared event stream
// per session, as the official clients do, but it reopens the stream whenever a call is
// still waiting for messages after the server ended it.

import type { Config, FileData } from "./types";
import { t } from "./messages";

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
      headers: { "Content-Type": "application/json", "X-Gradio-User": "app" },
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
    void this.readStream().finally(() => {
      this.streaming = false;
      // Calls joined after the server decided to end the stream still need it.
      if (this.listeners.size > 0) this.ensureStream();
    });
  }

  private async readStream(): Promise<void> {
    let res: Response;
    try {
      res = await fetch(this.url(`/queue/data?session_hash=${encodeURIComponent(this.session)}`), {
        headers: { Accept: "text/event-stream" },
      });
    } catch {
      this.broken(t("app.connection_error"));
      return;
    }
    if (!res.ok || !res.body) {
      this.broken(t("app.connection_error_http", { status: res.status }));
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) break;
      buf += value;
      let cut: number;
      while ((cut = buf.indexOf("\n\n")) >= 0) {
        const frame = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        for (const line of frame.split("\n")) {
          if (!line.startsWith("data:")) continue;
          const m = JSON.parse(line.slice(5).trim()) as Message;
          if (m.msg === "close_stream") {
            await reader.cancel().catch(() => {});
            return;
          }
          this.deliver(m);
        }
      }
    }
  }

  private deliver(m: Message): void {
    if (m.event_id == null) {
      if (m.msg === "unexpected_error") this.broken(m.message ?? t("app.unexpected_error"));
      return;
    }
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

/** detail extracts the message of an error answer ({"detail": ...} or text). */
function detail(body: any, status: number): string {
  if (body && typeof body === "object") {
    if (typeof body.detail === "string") return body.detail;
    if (typeof body.error === "string") return body.error;
  }
  return typeof body === "string" && body ? body : `HTTP ${status}`;
}

