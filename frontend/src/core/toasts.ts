// Toasts: errors from handlers (gradio.Error), and Info, Warning and Success messages.
// They stack in a corner, are announced to screen readers, and close on a timer or a click.

import type { Toast } from "./types";
import { t as text } from "./messages";

export class Toasts extends HTMLElement {
  connectedCallback(): void {
    this.setAttribute("role", "region");
    this.setAttribute("aria-label", text("app.notifications"));
  }

  /** Shows a toast and returns it, so that one without a duration can be taken away. */
  show(t: Toast): HTMLElement {
    const el = document.createElement("div");
    el.className = `gr-toast gr-toast-${t.level}`;
    el.setAttribute("role", t.level === "error" ? "alert" : "status");
    el.setAttribute("aria-live", t.level === "error" ? "assertive" : "polite");
    const title = document.createElement("div");
    title.className = "gr-toast-title";
    title.textContent = t.title;
    const msg = document.createElement("div");
    msg.className = "gr-toast-message";
    msg.textContent = t.message;
    const close = document.createElement("button");
    close.className = "gr-toast-close";
    close.type = "button";
    close.setAttribute("aria-label", text("app.close"));
    close.textContent = "×";
    close.onclick = () => el.remove();
    el.append(title, msg, close);
    this.append(el);
    if (t.duration != null && t.duration > 0) setTimeout(() => el.remove(), t.duration * 1000);
    return el;
  }
}
customElements.define("gradio-toasts", Toasts);
