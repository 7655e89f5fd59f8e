// The footer's light/dark switch. The page's head script (gradio's style.go) chooses the
// mode before the first paint and exposes window.gradio_theme; this button cycles it
// through system, light and dark, and the choice is remembered in the browser.

import { t, type MessageKey } from "./messages";

interface ThemeMode {
  readonly mode: string;
  set(mode: string): void;
}

const modes = ["system", "light", "dark"];
const labels: Record<string, MessageKey> = { system: "app.theme_system", light: "app.theme_light", dark: "app.theme_dark" };

/** A footer button that switches the colour mode, or nothing without the head script. */
export function modeToggle(): HTMLElement | string {
  const tm = (window as any).gradio_theme as ThemeMode | undefined;
  if (!tm) return "";
  const b = document.createElement("button");
  b.type = "button";
  b.className = "gr-mode-toggle";
  const show = () => {
    b.textContent = t(labels[tm.mode] ?? labels.system);
    b.title = t("app.theme_switch");
  };
  b.addEventListener("click", () => {
    tm.set(modes[(modes.indexOf(tm.mode) + 1) % modes.length]);
    show();
  });
  show();
  const sep = document.createElement("span");
  sep.textContent = " · ";
  const span = document.createElement("span");
  span.append(sep, b);
  return span;
}
