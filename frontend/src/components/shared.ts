// Small pieces several components use.

import { html } from "lit";
import { t } from "../core/messages";

/** A button that copies text() to the clipboard and says so. */
export function copyButton(text: () => string) {
  const copy = async (ev: Event) => {
    const b = ev.currentTarget as HTMLButtonElement;
    try {
      await navigator.clipboard.writeText(text());
      b.textContent = t("common.copied");
    } catch {
      b.textContent = t("common.copy_failed");
    }
    setTimeout(() => (b.textContent = t("common.copy")), 1500);
  };
  return html`<button type="button" class="gr-icon-button" part="button copy" aria-label=${t("common.copy_to_clipboard")} @click=${copy}>${t("common.copy")}</button>`;
}

/** Formats a number the way Python prints it for a float-or-int value. */
export function formatNumber(n: number | null | undefined): string {
  if (n == null || Number.isNaN(n)) return "";
  return String(n);
}
