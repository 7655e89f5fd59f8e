// The chatbot's icon buttons (copy, like, retry, ...), drawn inline as SVG paths.

import { html, nothing, type TemplateResult } from "lit";

const icons = {
  copy: "M9 9h11v11H9zM5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1",
  trash: "M3 6h18M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6M10 11v6M14 11v6M9 6V4h6v2",
  like: "M7 10v11M15 5.9 14 10h5.8a2 2 0 0 1 2 2.3l-1.4 7A2 2 0 0 1 18.4 21H7V10l4-8a3 3 0 0 1 4 3.9zM3 10h4v11H3z",
  dislike: "M17 14V3M9 18.1 10 14H4.2a2 2 0 0 1-2-2.3l1.4-7A2 2 0 0 1 5.6 3H17v11l-4 8a3 3 0 0 1-4-3.9zM21 14h-4V3h4z",
  retry: "M21 12a9 9 0 1 1-2.6-6.4M21 3v6h-6",
  undo: "M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  edit: "M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z",
  flag: "M4 22V4M4 4h13l-2 4 2 4H4",
  file: "M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6",
};

export function chatIcon(name: keyof typeof icons): TemplateResult {
  return html`<svg class="gr-chat-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${icons[name]} /></svg>`;
}

/** An icon button; pressed, when given, makes it a toggle. */
export function chatButton(name: keyof typeof icons, label: string, onClick: (ev: Event) => void, pressed?: boolean): TemplateResult {
  return html`<button
    type="button"
    class="gr-icon-button gr-chat-btn"
    aria-label=${label}
    title=${label}
    aria-pressed=${pressed == null ? nothing : String(pressed)}
    @click=${onClick}
  >
    ${chatIcon(name)}
  </button>`;
}
