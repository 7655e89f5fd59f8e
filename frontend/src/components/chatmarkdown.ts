// Markdown for chat messages: the shared Markdown pipeline (marked, highlight.js,
// DOMPurify) plus LaTeX rendered by KaTeX between the configured delimiters, and a copy
// button on each code block. KaTeX is loaded with import() the first time a message has
// math, so it lands in its own chunk; until it arrives the TeX shows as typed.

import { Lexer } from "marked";
import { markdown, sanitize } from "../core/markdown";
import { t as msg } from "../core/messages";

export interface Delimiter {
  left: string;
  right: string;
  display: boolean;
}

type KatexModule = typeof import("katex").default;

let katex: KatexModule | null = null;
let loading: Promise<void> | null = null;

/** Loads KaTeX once; resolves when it can render. */
export function loadKatex(): Promise<void> {
  loading ??= import("katex").then(
    (m) => {
      katex = (m as any).default ?? (m as any);
    },
    (err) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** Whether KaTeX is loaded. */
export function katexLoaded(): boolean {
  return katex != null;
}

export interface ChatMarkdownOptions {
  sanitize: boolean;
  lineBreaks: boolean;
  delimiters: Delimiter[];
  /** Non-standard tags (such as <thinking>) shown as text instead of being removed:
   * true for all of them, or a list of names. */
  allowTags?: boolean | string[];
  /** Called once KaTeX has loaded, when this text needed it. */
  onMath?: () => void;
}

const cache = new Map<string, string>();
const CACHE_MAX = 2000;

function cached(key: string, make: () => string): string {
  const hit = cache.get(key);
  if (hit != null) {
    // Most recently used last, so that the oldest entries are evicted first.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const out = make();
  cache.set(key, out);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!);
  return out;
}

/** Renders a chat message's Markdown to HTML. */
export function chatMarkdown(text: string, o: ChatMarkdownOptions): string {
  return chatBlocks(text, o).join("");
}

/**
 * Renders a chat message's Markdown as the HTML of its top-level blocks (paragraphs,
 * lists, code blocks...), each cached by its text. While a reply streams in, only its
 * last block changes, so only that block is parsed and put in the page again.
 */
export function chatBlocks(text: string, o: ChatMarkdownOptions): string[] {
  const prefix = `${o.sanitize ? 1 : 0}${o.lineBreaks ? 1 : 0}${katex ? 1 : 0}${JSON.stringify(o.delimiters)}${JSON.stringify(o.allowTags ?? false)}\u0001`;
  const { source, math } = extractMath(text ?? "", o.delimiters);
  if (math.length && !katex && o.onMath) {
    const done = o.onMath;
    loadKatex().then(done, () => {});
  }
  // Link reference definitions apply to the whole text: render it in one piece.
  const raws = /^ {0,3}\[[^\]]+\]:/m.test(source) ? [source] : blocksOf(source);
  return raws.map((raw) => {
    const original = math.length ? raw.replace(/GRMATH(\d+)X/g, (w, n) => math[Number(n)]?.raw ?? w) : raw;
    return cached(prefix + original, () => render(raw, math, o));
  });
}

function blocksOf(source: string): string[] {
  let tokens: { type: string; raw: string }[];
  try {
    tokens = Lexer.lex(source, { gfm: true });
  } catch {
    return [source];
  }
  const out: string[] = [];
  for (const t of tokens) {
    if (t.type === "space") continue;
    out.push(t.raw);
  }
  return out.length ? out : [source];
}

function render(source: string, math: MathPiece[], o: ChatMarkdownOptions): string {
  let out = markdown(source, { sanitize: false, lineBreaks: o.lineBreaks });
  if (o.allowTags) out = showTags(out, o.allowTags);
  if (o.sanitize) out = sanitize(out);
  out = codeCopyButtons(out);
  if (math.length) {
    // KaTeX output is put in after sanitising: it is generated from the TeX (with
    // trust off, so no links or raw HTML), and DOMPurify would strip its MathML.
    out = out.replace(/GRMATH(\d+)X/g, (whole, n) => {
      const m = math[Number(n)];
      return m ? renderMath(m) : whole;
    });
  }
  return out;
}

interface MathPiece {
  tex: string;
  display: boolean;
  raw: string;
}

function renderMath(m: MathPiece): string {
  if (!katex) return `<span class="gr-chat-math-pending">${escapeHTML(m.raw)}</span>`;
  try {
    return katex.renderToString(m.tex, { displayMode: m.display, throwOnError: false, output: "htmlAndMathml", trust: false, strict: "ignore" });
  } catch {
    return `<code class="gr-chat-math-error">${escapeHTML(m.raw)}</code>`;
  }
}

/**
 * Replaces the math in text (outside code spans and fenced blocks) by placeholder words
 * that Markdown leaves alone, so that its backslashes, underscores and asterisks are not
 * read as Markdown.
 */
export function extractMath(text: string, delimiters: Delimiter[]): { source: string; math: MathPiece[] } {
  const math: MathPiece[] = [];
  const delims = (delimiters ?? []).filter((d) => d && d.left && d.right).sort((a, b) => b.left.length - a.left.length);
  if (delims.length === 0 || !delims.some((d) => text.includes(d.left))) return { source: text, math };
  let out = "";
  let i = 0;
  const n = text.length;
  let lineStart = true;
  while (i < n) {
    // Fenced code block: copy it through to its closing fence.
    if (lineStart) {
      const fence = /^( {0,3})(`{3,}|~{3,})/.exec(text.slice(i, i + 40));
      if (fence) {
        const marker = fence[2];
        const close = new RegExp(`\\n {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*(?=\\n|$)`, "g");
        close.lastIndex = i + fence[0].length;
        const m = close.exec(text);
        const end = m ? m.index + m[0].length : n;
        out += text.slice(i, end);
        i = end;
        lineStart = false;
        continue;
      }
    }
    const c = text[i];
    if (c === "\\" && i + 1 < n) {
      // An escaped character is not a delimiter (\$ is a dollar sign).
      const next = text[i + 1];
      const isDelim = delims.some((d) => text.startsWith(d.left, i));
      if (!isDelim || next === "$") {
        out += c + next;
        i += 2;
        lineStart = false;
        continue;
      }
    }
    if (c === "`") {
      // Inline code span: a run of backticks up to the same run.
      let run = 1;
      while (text[i + run] === "`") run++;
      const ticks = "`".repeat(run);
      const end = text.indexOf(ticks, i + run);
      if (end >= 0) {
        out += text.slice(i, end + run);
        i = end + run;
        lineStart = false;
        continue;
      }
      out += ticks;
      i += run;
      lineStart = false;
      continue;
    }
    let matched = false;
    for (const d of delims) {
      if (!text.startsWith(d.left, i)) continue;
      const end = text.indexOf(d.right, i + d.left.length);
      if (end < 0) continue;
      const tex = text.slice(i + d.left.length, end);
      // "$5 and $10" is money, not math: single-dollar math may not start or end with a space.
      if (d.left === "$" && (tex.trim() === "" || /^\s|\s$/.test(tex))) continue;
      if (tex.trim() === "") continue;
      const raw = text.slice(i, end + d.right.length);
      const token = `GRMATH${math.length}X`;
      math.push({ tex, display: d.display, raw });
      out += token;
      i = end + d.right.length;
      matched = true;
      break;
    }
    if (matched) {
      lineStart = false;
      continue;
    }
    out += c;
    lineStart = c === "\n";
    i++;
  }
  return { source: out, math };
}

// Standard HTML elements: with allow_tags true, any other tag is shown as text.
const HTML_TAGS = new Set(
  ("a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr svg math center font strike tt big").split(" "),
);

/** Turns the allowed non-standard tags of htmlText into text, so that sanitizing keeps them visible. */
function showTags(htmlText: string, allow: boolean | string[]): string {
  const names = Array.isArray(allow) ? new Set(allow.map((t) => t.toLowerCase())) : null;
  return htmlText.replace(/<(\/?)([a-zA-Z][\w-]*)([^<>]*)>/g, (whole, slash, name, rest) => {
    const n = String(name).toLowerCase();
    const shown = names ? names.has(n) : !HTML_TAGS.has(n);
    return shown ? `&lt;${slash}${name}${escapeHTML(rest)}&gt;` : whole;
  });
}

/** Wraps each highlighted code block with a copy button (handled by delegation). */
function codeCopyButtons(htmlText: string): string {
  if (!htmlText.includes("<pre><code")) return htmlText;
  return htmlText
    .replace(/<pre><code/g, `<div class="gr-chat-code"><button type="button" class="gr-chat-code-copy" aria-label="${escapeHTML(msg("chat.copy_code"))}">${escapeHTML(msg("common.copy"))}</button><pre><code`)
    .replace(/<\/code><\/pre>/g, "</code></pre></div>");
}

export function escapeHTML(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Renders a short Markdown text (a title) without its paragraph. */
export function inlineMarkdown(text: string, sanitizeHTML: boolean): string {
  const out = markdown(text ?? "", { sanitize: sanitizeHTML }).trim();
  const m = /^<p>([\s\S]*)<\/p>$/.exec(out);
  return m && !m[1].includes("<p>") ? m[1] : out;
}

/** Handles a click on a code block's copy button; returns whether it was one. */
export function handleCodeCopy(ev: Event): boolean {
  const t = ev.target as HTMLElement | null;
  const btn = t?.closest?.(".gr-chat-code-copy") as HTMLButtonElement | null;
  if (!btn) return false;
  const code = btn.parentElement?.querySelector("pre")?.textContent ?? "";
  void navigator.clipboard?.writeText(code).then(
    () => flash(btn, msg("common.copied")),
    () => flash(btn, msg("common.copy_failed")),
  );
  return true;
}

function flash(btn: HTMLElement, text: string) {
  btn.textContent = text;
  setTimeout(() => (btn.textContent = msg("common.copy")), 1500);
}
