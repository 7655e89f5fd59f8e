import { html, nothing, type PropertyValues } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import hljs from "highlight.js/lib/core";
import "../core/markdown"; // registers highlight.js's languages
import { GradioElement, define } from "../core/element";
import { copyButton } from "./shared";
import { icon } from "./media/imagekit";
import type { Editor } from "./data/editor";
import { t } from "../core/messages";

/** Gradio's language names as highlight.js knows them. */
const hljsNames: Record<string, string> = {
  python: "python", py: "python", javascript: "javascript", js: "javascript", jsx: "javascript", typescript: "typescript", ts: "typescript",
  json: "json", html: "xml", xml: "xml", css: "css", sql: "sql", yaml: "yaml", yml: "yaml", go: "go", shell: "bash", bash: "bash", sh: "bash",
  markdown: "markdown", md: "markdown", dockerfile: "dockerfile", r: "r", c: "c", cpp: "cpp", latex: "latex", jinja2: "django",
};

/** highlight.js languages not in the initial bundle, loaded when a page shows them. */
const lazyHljs: Record<string, () => Promise<{ default: any }>> = {
  markdown: () => import("highlight.js/lib/languages/markdown"),
  dockerfile: () => import("highlight.js/lib/languages/dockerfile"),
  r: () => import("highlight.js/lib/languages/r"),
  c: () => import("highlight.js/lib/languages/c"),
  cpp: () => import("highlight.js/lib/languages/cpp"),
  latex: () => import("highlight.js/lib/languages/latex"),
  django: () => import("highlight.js/lib/languages/django"),
};

const extensions: Record<string, string> = {
  python: "py", javascript: "js", typescript: "ts", json: "json", html: "html", css: "css", markdown: "md", sql: "sql", yaml: "yaml",
  go: "go", shell: "sh", bash: "sh", r: "r", dockerfile: "dockerfile", c: "c", cpp: "cpp", latex: "tex", jinja2: "jinja2",
};

function escape(s: string): string {
  return s.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
}

/** Splits highlight.js HTML into lines, closing and reopening the spans that cross a line break. */
function splitLines(highlighted: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let cur = "";
  const re = /(<span[^>]*>)|(<\/span>)|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(highlighted))) {
    if (m[1]) {
      open.push(m[1]);
      cur += m[1];
    } else if (m[2]) {
      open.pop();
      cur += m[2];
    } else {
      const parts = m[3].split("\n");
      cur += parts[0];
      for (let i = 1; i < parts.length; i++) {
        lines.push(cur + "</span>".repeat(open.length));
        cur = open.join("") + parts[i];
      }
    }
  }
  lines.push(cur);
  return lines;
}

/**
 * gradio-code: source code. Shown (not interactive) as a highlighted <pre> with
 * highlight.js, which is in the page already; edited (interactive) with CodeMirror,
 * loaded with import() when first needed. Typing fires input and change once the typing
 * pauses (150 ms); the editor fires focus and blur. Copy and download buttons.
 */
export class Code extends GradioElement {
  static override properties = { ...GradioElement.properties, ready: { state: true } };

  /** Whether the CodeMirror editor is shown. */
  ready = false;
  private editor: Editor | null = null;
  private editorHost: HTMLElement | null = null;
  private loading = false;
  private timer = 0;
  private pending: string | null = null;
  private hljsLoaded = new Set<string>();

  private get text(): string {
    return typeof this.value === "string" ? this.value : this.value == null ? "" : String(this.value);
  }

  private get language(): string | null {
    const l = this.props.language;
    return typeof l === "string" && l ? l : null;
  }

  protected override render() {
    const p = this.props;
    const buttons: string[] = Array.isArray(p.buttons) ? p.buttons : ["copy", "download"];
    const lines = Math.max(1, Number(p.lines) || 5);
    const maxLines = Number(p.max_lines) || 0;
    const style = `--gr-code-min:calc(${lines} * 1.5em + 16px);${maxLines ? `--gr-code-max:calc(${maxLines} * 1.5em + 16px);` : ""}`;
    const editing = this.interactive;
    return html`${this.label(null)}
      <div class="gr-code ${p.wrap_lines ? "gr-code-wrap" : ""} ${p.show_line_numbers === false ? "" : "gr-code-numbered"}" part="code" style=${style}>
        ${buttons.length
          ? html`<div class="gr-code-buttons">
              ${buttons.includes("copy") ? copyButton(() => this.editor?.doc ?? this.text) : nothing}
              ${buttons.includes("download")
                ? html`<button type="button" class="gr-icon-button gr-code-download" part="button download" aria-label=${t("common.download")} title=${t("common.download")} @click=${this.download}>${icon("download")}</button>`
                : nothing}
            </div>`
          : nothing}
        ${editing ? html`<div class="gr-code-cm" ?hidden=${!this.ready}></div>` : nothing}
        ${editing && this.ready ? nothing : this.pre()}
      </div>`;
  }

  private pre() {
    const p = this.props;
    const code = this.text;
    const name = hljsNames[(this.language ?? "").toLowerCase()];
    let body: string;
    if (name && hljs.getLanguage(name)) body = hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
    else {
      body = escape(code);
      if (name && lazyHljs[name] && !this.hljsLoaded.has(name)) {
        this.hljsLoaded.add(name);
        lazyHljs[name]().then((m) => {
          if (!hljs.getLanguage(name)) hljs.registerLanguage(name, m.default);
          this.requestUpdate();
        }, () => {});
      }
    }
    const lines = splitLines(body);
    return html`<pre
      class="gr-code-pre"
      tabindex="0"
      role="region"
      aria-label=${p.label ? t("common.code_of", { label: p.label }) : t("common.code")}
      aria-readonly="true"
      @focus=${() => this.emit("focus")}
      @blur=${() => this.emit("blur")}
    ><code class="hljs">${unsafeHTML(lines.map((l) => `<span class="gr-code-line">${l}</span>`).join("\n"))}</code></pre>`;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (!this.interactive) {
      this.flush();
      this.editor?.destroy();
      this.editor = null;
      this.editorHost = null;
      if (this.ready) this.ready = false;
      return;
    }
    const hostEl = this.querySelector<HTMLElement>(".gr-code-cm");
    if (!hostEl) return;
    if (this.editor && this.editorHost !== hostEl) {
      this.editor.destroy();
      this.editor = null;
    }
    if (!this.editor) {
      if (!this.loading) void this.load(hostEl);
      return;
    }
    const p = this.props;
    if (changed.has("value") && this.pending == null) this.editor.setDoc(this.text);
    if (changed.has("props")) {
      const old = (changed.get("props") as Record<string, any> | undefined) ?? {};
      if (old.language !== p.language) void this.editor.setLanguage(this.language);
      this.editor.setOptions({ lineNumbers: p.show_line_numbers !== false, wrap: p.wrap_lines === true, label: String(p.label || t("common.code")) });
    }
  }

  private async load(hostEl: HTMLElement) {
    this.loading = true;
    try {
      const { Editor } = await import("./data/editor");
      if (!this.interactive || !hostEl.isConnected) return;
      const hadFocus = this.querySelector(".gr-code-pre") === document.activeElement;
      const p = this.props;
      this.editor = new Editor(hostEl, {
        doc: this.text,
        language: this.language,
        lineNumbers: p.show_line_numbers !== false,
        wrap: p.wrap_lines === true,
        readOnly: false,
        label: String(p.label || t("common.code")),
        onChange: (doc) => this.typed(doc),
        onFocus: () => this.emit("focus"),
        onBlur: () => {
          this.flush();
          this.emit("blur");
        },
      });
      this.editorHost = hostEl;
      this.ready = true;
      if (hadFocus) void this.updateComplete.then(() => this.editor?.focus());
    } catch (err) {
      console.error("The code editor could not be loaded:", err);
    } finally {
      this.loading = false;
    }
  }

  /** Typing: the value follows once the typing pauses. */
  private typed(doc: string) {
    this.pending = doc;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.flush(), 150);
  }

  private flush() {
    clearTimeout(this.timer);
    const doc = this.pending;
    this.pending = null;
    if (doc != null && doc !== this.value) this.userValue(doc);
  }

  private download = () => {
    const lang = (this.language ?? "").toLowerCase();
    const ext = extensions[lang] ?? (lang.startsWith("sql") ? "sql" : "txt");
    const blob = new Blob([this.editor?.doc ?? this.text], { type: "text/plain;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `file.${ext}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.flush();
  }
}

define("code", Code);
