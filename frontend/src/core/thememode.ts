// The footer's light/dark switch. The page's head script (gradio's style.go) chooses the
// mode before the first paint and exposes window.gradio_theme; this button cycles it
// through system, light and dark, and the choice is remembered in the browser.

interface ThemeMode {
  readonly mode: string;
  set(mode: string): void;
}

const modes = ["system", "light", "dark"];
const labels: Record<string, string> = { system: "◐ System theme", light: "☀ Light theme", dark: "☾ Dark theme" };

/** A footer button that switches the colour mode, or nothing without the head script. */
export function modeToggle(): HTMLElement | string {
  const tm = (window as any).gradio_theme as ThemeMode | undefined;
  if (!tm) return "";
  const b = document.createElement("button");
  b.type = "button";
  b.className = "gr-mode-toggle";
  const show = () => {
    b.textContent = labels[tm.mode] ?? labels.system;
    b.title = "Switch between the system's, the light and the dark theme";
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
