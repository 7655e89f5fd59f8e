// The UI's built-in texts in the visitor's language. English is bundled; the other
// catalogs are loaded with import() before the first render, so only a page in that
// language pays for one. The locale is, in this order: ?__lang= in the page's URL, the
// app's (gradio_config.locale), then the browser's languages (navigator.languages, as
// Gradio does), else English.

import { en, type MessageKey, type Messages } from "./en";

export type { MessageKey, Messages };

const catalogs: Record<string, () => Promise<{ default: Messages }>> = {
  fr: () => import("./fr"),
  de: () => import("./de"),
  es: () => import("./es"),
  "zh-CN": () => import("./zh-CN"),
  ja: () => import("./ja"),
};

/** The locales with a catalog, English first. */
export const locales = ["en", ...Object.keys(catalogs)];

let current: Messages = en;
let currentLocale = "en";

/** The locale the texts are in. */
export function locale(): string {
  return currentLocale;
}

/** The catalog's locale for a language tag ("fr-CA" → "fr", "zh-Hans" → "zh-CN"), or null. */
export function match(tag: string): string | null {
  const lower = tag.trim().toLowerCase().replace(/_/g, "-");
  const primary = lower.split("-")[0];
  if (primary === "zh") return "zh-CN"; // the one Chinese catalog, Simplified
  return locales.find((l) => l.toLowerCase() === lower || l === primary) ?? null;
}

/** The visitor's preferred language tags, best first: the URL's, the app's, the browser's. */
export function preferences(appLocale?: string | null): string[] {
  const out: string[] = [];
  const q = new URLSearchParams(location.search).get("__lang");
  if (q) out.push(q);
  if (appLocale) out.push(appLocale);
  out.push(...(navigator.languages?.length ? navigator.languages : [navigator.language]));
  return out.filter(Boolean);
}

/** The first preference with a catalog, else English. */
export function choose(prefs: readonly string[]): string {
  for (const p of prefs) {
    const m = match(p);
    if (m) return m;
  }
  return "en";
}

/** Loads the catalog for the preferences and uses it; on failure the texts stay English. */
export async function useLocale(prefs: readonly string[]): Promise<string> {
  const loc = choose(prefs);
  try {
    current = loc === "en" ? en : { ...en, ...(await catalogs[loc]()).default };
    currentLocale = loc;
  } catch {
    current = en;
    currentLocale = "en";
  }
  document.documentElement.lang = currentLocale;
  return currentLocale;
}

/** The text for key in the current locale, with {name} replaced by vars.name. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const s = current[key] ?? en[key] ?? key;
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}

/** The texts the library (the Go side) puts in when the app gives none, by English text. */
const defaults: Record<string, MessageKey> = {
  Run: "button.run",
  Submit: "button.submit",
  Generate: "button.generate",
  Clear: "button.clear",
  Stop: "button.stop",
  Flag: "button.flag",
  Download: "button.download",
  "Upload a File": "button.upload",
  Examples: "common.examples",
};

/**
 * A text from the config in the current locale when it is one of the library's defaults
 * (a button's "Submit", "Clear", "Run"...; the examples' "Examples"), else as it is: the
 * app's own texts are translated by gradio.I18n (core/i18n.ts), not here.
 */
export function defaultText(v: unknown): string {
  const s = String(v ?? "");
  const k = defaults[s];
  return k ? t(k) : s;
}
