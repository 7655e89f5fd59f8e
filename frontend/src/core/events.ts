// The dispatcher runs event listeners (config dependencies): it collects input values,
// calls the server through the queue or directly, shows status on the outputs, applies
// streamed values and diffs, raises toasts, honours trigger modes and cancellation, and
// fires chained listeners (Then, Success, Failure).

import type { Dependency, Status } from "./types";
import type { GradioApp } from "./app";
import type { Message } from "./client";
import { applyDiff, type Edit } from "./diff";
import { t } from "./messages";
import { recordRun } from "./snapshot";

interface DepState {
  running: number;
  again: boolean;
  events: Set<string>;
}

export class Dispatcher {
  private byTarget = new Map<string, Dependency[]>();
  private byParent = new Map<number, Dependency[]>();
  /** Listeners created by each render block's latest run. */
  private byRender = new Map<number, Dependency[]>();
  private state = new Map<number, DepState>();
  private jsFns = new Map<number, (...args: any[]) => any>();

  constructor(private app: GradioApp) {
    this.add(app.config.dependencies);
  }

  private add(deps: Dependency[]): void {
    for (const d of deps) {
      this.state.set(d.id, { running: 0, again: false, events: new Set() });
      for (const [id, event] of d.targets) {
        if (id == null) continue;
        const key = `${id}:${event}`;
        this.byTarget.set(key, [...(this.byTarget.get(key) ?? []), d]);
      }
      if (d.trigger_after != null) this.byParent.set(d.trigger_after, [...(this.byParent.get(d.trigger_after) ?? []), d]);
      if (d.rendered_in != null) this.byRender.set(d.rendered_in, [...(this.byRender.get(d.rendered_in) ?? []), d]);
    }
  }

  /**
   * Replaces the listeners created by the previous run of render block renderId with
   * those of its latest run. Calls of the old ones that are under way finish.
   */
  replace(renderId: number, deps: Dependency[]): void {
    const old = new Set(this.byRender.get(renderId) ?? []);
    this.byRender.delete(renderId);
    for (const m of [this.byTarget, this.byParent] as Map<unknown, Dependency[]>[]) {
      for (const [k, list] of m) {
        const left = list.filter((d) => !old.has(d));
        if (left.length === 0) m.delete(k);
        else if (left.length !== list.length) m.set(k, left);
      }
    }
    for (const d of old) {
      this.jsFns.delete(d.id);
      if (this.state.get(d.id)?.running === 0) this.state.delete(d.id);
    }
    this.add(deps);
  }

  /** Runs every listener of event on component id. */
  trigger(id: number, event: string, data?: unknown): void {
    for (const d of this.byTarget.get(`${id}:${event}`) ?? []) void this.run(d, id, data);
  }

  /** Runs one listener; resolves to whether it succeeded. */
  async run(d: Dependency, triggerId: number | null, eventData: unknown = null): Promise<boolean> {
    const st = this.state.get(d.id)!;
    if (st.running > 0 && d.trigger_mode !== "multiple") {
      if (d.trigger_mode === "always_last") st.again = true;
      return false;
    }
    for (const c of d.cancels) this.cancel(c);
    if (!d.backend_fn && !d.js) return true;
    st.running++;
    let ok = false;
    try {
      ok = await this.execute(d, triggerId, eventData);
    } finally {
      st.running--;
    }
    for (const next of this.byParent.get(d.id) ?? []) {
      if ((next.trigger_only_on_success && !ok) || (next.trigger_only_on_failure && ok)) continue;
      void this.run(next, null);
    }
    if (st.again && st.running === 0) {
      st.again = false;
      void this.run(d, triggerId);
    }
    return ok;
  }

  /** Cancels the running calls of listener id. */
  cancel(id: number): void {
    const st = this.state.get(id);
    if (!st) return;
    for (const ev of st.events) void this.app.client.cancel(ev, id);
  }

  private async execute(d: Dependency, triggerId: number | null, eventData: unknown): Promise<boolean> {
    let data: any[] = d.inputs.map((i) => (this.app.entries.get(i)?.kind === "state" ? null : this.app.value(i)));
    if (d.js) {
      let out: any;
      try {
        out = await this.jsFn(d)(...data);
      } catch (err) {
        this.app.toast({ level: "error", title: t("app.error"), message: t("app.script_failed", { error: String(err) }), duration: 10 });
        return false;
      }
      if (!d.backend_fn) {
        this.setOutputs(d, Array.isArray(out) ? out : [out]);
        return true;
      }
      // A JS function before a Go handler prepares its inputs.
      if (out !== undefined) data = Array.isArray(out) ? out : [out];
    }
    const started = performance.now();
    this.status(d, { stage: "pending", started, show: d.show_progress });
    try {
      const ok = d.queue ? await this.queued(d, data, triggerId, eventData, started) : await this.direct(d, data, triggerId, eventData);
      if (ok) recordRun(this.app, d, data);
      return ok;
    } catch (err) {
      this.status(d, null);
      this.app.toast({ level: "error", title: t("app.error"), message: (err as Error).message, duration: 10 });
      return false;
    }
  }

  private async direct(d: Dependency, data: any[], triggerId: number | null, eventData: unknown): Promise<boolean> {
    const out = await this.app.client.run(d.api_name, d.id, data, triggerId, eventData);
    this.status(d, null);
    if ("error" in out) {
      this.error(out);
      return false;
    }
    await this.rendered(out);
    this.setOutputs(d, out.data ?? []);
    return true;
  }

  /** Applies a render block's render_config, if output carries one. */
  private async rendered(output: any): Promise<void> {
    if (!output?.render_config) return;
    try {
      await this.app.applyRender(output.render_config);
    } catch (err) {
      console.error("gradio: applying a render failed", err);
    }
  }

  private queued(d: Dependency, data: any[], triggerId: number | null, eventData: unknown, started: number): Promise<boolean> {
    const st = this.state.get(d.id)!;
    let current: any[] | null = null;
    return new Promise<boolean>((resolve, reject) => {
      let eventId = "";
      const onMessage = (m: Message) => {
        switch (m.msg) {
          case "estimation":
            this.status(d, { stage: "pending", position: m.rank, size: m.queue_size, eta: m.rank_eta, started, show: d.show_progress });
            break;
          case "process_starts":
            this.status(d, { stage: "pending", eta: m.eta, started, show: d.show_progress });
            break;
          case "progress":
            this.status(d, { stage: "pending", progress: m.progress_data, started, show: d.show_progress });
            break;
          case "log":
            this.app.toast({ level: m.level ?? "info", title: m.title ?? "", message: m.log ?? "", duration: m.duration ?? 10 });
            break;
          case "process_generating": {
            if (!m.success) break;
            // The first partial output moves the status off the outputs, so they stay
            // readable while they stream.
            if (current == null) this.status(d, { stage: "generating", started, show: d.show_progress });
            const out = m.output.data as any[];
            current = current == null ? out : current.map((v, i) => applyDiff(v, out[i] as Edit[]));
            this.setOutputs(d, current);
            break;
          }
          case "process_completed":
            st.events.delete(eventId);
            this.status(d, null);
            if (!m.success) {
              this.error(m.output);
              resolve(false);
            } else if (Array.isArray(m.output?.data)) {
              const data = m.output.data;
              void this.rendered(m.output).then(() => {
                this.setOutputs(d, data);
                if (d.scroll_to_output) this.scrollTo(d);
                resolve(true);
              });
            } else {
              // Cancelled: the outputs keep what they have.
              resolve(false);
            }
        }
      };
      this.app.client.join(d.id, data, onMessage, triggerId, eventData).then((id) => {
        eventId = id;
        st.events.add(id);
      }, reject);
    });
  }

  private setOutputs(d: Dependency, values: any[]): void {
    d.outputs.forEach((id, i) => {
      if (i < values.length && this.app.entries.get(id)?.kind !== "state") this.app.setValue(id, values[i]);
    });
  }

  private status(d: Dependency, s: Status | null): void {
    for (const id of d.outputs) this.app.entries.get(id)?.status?.set(s);
  }

  private error(output: any): void {
    if (output?.visible === false) return;
    this.app.toast({
      level: "error",
      title: output?.title ?? t("app.error"),
      message: output?.error ?? t("app.error_occurred"),
      duration: output && "duration" in output ? output.duration : 10,
    });
  }

  private scrollTo(d: Dependency): void {
    const first = this.app.entries.get(d.outputs[0])?.wrap;
    if (!first) return;
    const r = first.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) first.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }

  private jsFn(d: Dependency): (...args: any[]) => any {
    let fn = this.jsFns.get(d.id);
    if (!fn) {
      // The app's own code (EventOptions.JS, ClearButton): it runs like any page script.
      fn = new Function(`return (${d.js})`)() as (...args: any[]) => any;
      this.jsFns.set(d.id, fn);
    }
    return fn;
  }
}
