// The status shown over an output while its event runs: the place in the queue and the
// expected wait, a progress bar with its description, or a spinner.

import type { Status } from "./types";
import { t } from "./messages";

export class StatusTracker extends HTMLElement {
  private timer = 0;
  private status: Status | null = null;

  set(status: Status | null): void {
    this.status = status;
    clearInterval(this.timer);
    if (!status || status.stage === "complete" || status.stage === "error" || status.show === "hidden") {
      this.hidden = true;
      this.replaceChildren();
      this.parentElement?.removeAttribute("aria-busy");
      return;
    }
    this.hidden = false;
    this.parentElement?.setAttribute("aria-busy", "true");
    this.render();
    // Elapsed time ticks while nothing else arrives.
    this.timer = window.setInterval(() => this.render(), 100);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
  }

  private render(): void {
    const s = this.status!;
    this.className = `gr-status gr-status-${s.stage} gr-status-${s.show}`;
    const parts: Node[] = [];
    if (s.show === "minimal") {
      this.replaceChildren(spinner());
      return;
    }
    const unit = s.progress?.find((p) => p.progress != null || (p.index != null && p.length));
    if (unit) {
      const frac = unit.progress ?? (unit.index! + 1) / unit.length!;
      const bar = document.createElement("div");
      bar.className = "gr-progress";
      bar.setAttribute("role", "progressbar");
      bar.setAttribute("aria-valuemin", "0");
      bar.setAttribute("aria-valuemax", "100");
      bar.setAttribute("aria-valuenow", String(Math.round(frac * 100)));
      const fill = document.createElement("div");
      fill.className = "gr-progress-fill";
      fill.style.width = `${Math.max(0, Math.min(1, frac)) * 100}%`;
      bar.append(fill);
      const label = document.createElement("div");
      label.className = "gr-progress-label";
      const count = unit.index != null && unit.length ? `${unit.index + 1}/${unit.length} ${unit.unit ?? ""}` : `${Math.round(frac * 100)}%`;
      label.textContent = unit.desc ? `${unit.desc} · ${count}` : count;
      parts.push(bar, label);
    } else {
      parts.push(spinner());
    }
    const meta = document.createElement("div");
    meta.className = "gr-status-meta";
    const elapsed = s.started ? ((performance.now() - s.started) / 1000).toFixed(1) : null;
    const texts: string[] = [];
    if (s.stage === "pending" && s.position != null && s.position > 0) texts.push(t("app.queue", { position: s.position + 1, size: s.size ?? "?" }));
    if (elapsed) texts.push(s.eta ? `${elapsed}/${s.eta.toFixed(1)}s` : `${elapsed}s`);
    meta.textContent = texts.join(" | ");
    parts.push(meta);
    this.replaceChildren(...parts);
  }
}
customElements.define("gradio-status", StatusTracker);

function spinner(): HTMLElement {
  const s = document.createElement("div");
  s.className = "gr-spinner";
  s.setAttribute("aria-label", t("app.loading"));
  return s;
}
