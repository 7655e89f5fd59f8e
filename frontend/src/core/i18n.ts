// The app's own texts in the visitor's language (gradio.I18n). A translatable property
// arrives as Gradio's placeholder, __i18n__{"__type__": "translation_metadata", "key": K};
// it is replaced by the text for K in the visitor's first language the app has (the
// preferences of core/messages: ?__lang=, the app's locale, the browser's languages),
// else English, else K itself. The UI's built-in texts are in core/messages.

type Translations = Record<string, Record<string, string>>;

/** The properties Gradio translates, plus info. */
const translatable = ["label", "value", "placeholder", "title", "description", "info"];
const marker = "__i18n__";

/** Picks the dictionaries to look keys up in, best first. */
function dictionaries(tr: Translations, prefs: readonly string[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const lang of [...prefs, "en"]) {
    for (const code of [lang, lang.split("-")[0]]) {
      if (tr[code] && !out.includes(tr[code])) out.push(tr[code]);
    }
  }
  return out;
}

/** Returns a translator for the app's texts, or null when the app has none. */
export function translator(
  tr: Translations | null | undefined,
  prefs: readonly string[],
): ((props: Record<string, any>) => Record<string, any>) | null {
  if (!tr || Object.keys(tr).length === 0) return null;
  const dicts = dictionaries(tr, prefs);
  const text = (v: unknown): unknown => {
    if (typeof v !== "string" || !v.startsWith(marker)) return v;
    try {
      const key = JSON.parse(v.slice(marker.length)).key as string;
      for (const d of dicts) if (key in d) return d[key];
      return key;
    } catch {
      return v;
    }
  };
  return (props) => {
    let out = props;
    for (const p of translatable) {
      const t = text(props[p]);
      if (t !== props[p]) {
        if (out === props) out = { ...props };
        out[p] = t;
      }
    }
    return out;
  };
}
