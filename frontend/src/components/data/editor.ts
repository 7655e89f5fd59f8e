// The code editor of gradio-code, loaded with import() the first time an interactive
// Code component is shown: CodeMirror 6 with line numbers, history, bracket matching and
// the language's highlighting. Each language is its own chunk, loaded when asked for.

import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from "@codemirror/view";
import { EditorState, Compartment, type Extension } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, HighlightStyle, indentOnInput, bracketMatching, StreamLanguage, type StreamParser } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

const legacy = (p: Promise<StreamParser<unknown>>) => p.then((m) => StreamLanguage.define(m));

/** The languages there is highlighting for, by Gradio's names and common aliases. */
const loaders: Record<string, () => Promise<Extension>> = {
  python: () => import("@codemirror/lang-python").then((m) => m.python()),
  javascript: () => import("@codemirror/lang-javascript").then((m) => m.javascript({ jsx: true })),
  typescript: () => import("@codemirror/lang-javascript").then((m) => m.javascript({ typescript: true, jsx: true })),
  json: () => import("@codemirror/lang-json").then((m) => m.json()),
  html: () => import("@codemirror/lang-html").then((m) => m.html()),
  css: () => import("@codemirror/lang-css").then((m) => m.css()),
  markdown: () => import("@codemirror/lang-markdown").then((m) => m.markdown()),
  sql: () => import("@codemirror/lang-sql").then((m) => m.sql()),
  yaml: () => import("@codemirror/lang-yaml").then((m) => m.yaml()),
  go: () => import("@codemirror/lang-go").then((m) => m.go()),
  shell: () => legacy(import("@codemirror/legacy-modes/mode/shell").then((m) => m.shell)),
  r: () => legacy(import("@codemirror/legacy-modes/mode/r").then((m) => m.r)),
  dockerfile: () => legacy(import("@codemirror/legacy-modes/mode/dockerfile").then((m) => m.dockerFile)),
  c: () => legacy(import("@codemirror/legacy-modes/mode/clike").then((m) => m.c)),
  cpp: () => legacy(import("@codemirror/legacy-modes/mode/clike").then((m) => m.cpp)),
  latex: () => legacy(import("@codemirror/legacy-modes/mode/stex").then((m) => m.stex)),
  jinja2: () => legacy(import("@codemirror/legacy-modes/mode/jinja2").then((m) => m.jinja2)),
};

const aliases: Record<string, string> = {
  py: "python", js: "javascript", jsx: "javascript", ts: "typescript", tsx: "typescript", sh: "shell", bash: "shell", zsh: "shell",
  yml: "yaml", md: "markdown", golang: "go", "c++": "cpp", tex: "latex", jinja: "jinja2", htm: "html",
};

const sqlDialects: Record<string, string> = {
  "sql-mssql": "MSSQL", "sql-mysql": "MySQL", "sql-mariadb": "MariaSQL", "sql-sqlite": "SQLite", "sql-cassandra": "Cassandra",
  "sql-plsql": "PLSQL", "sql-postgresql": "PostgreSQL", "sql-pgsql": "PostgreSQL",
};

/** The language support for a Gradio language name, or null when there is none. */
export async function languageSupport(name: string | null | undefined): Promise<Extension | null> {
  if (!name) return null;
  const key = name.toLowerCase();
  const dialect = sqlDialects[key];
  if (dialect) {
    const m = await import("@codemirror/lang-sql");
    return m.sql({ dialect: (m as unknown as Record<string, any>)[dialect] });
  }
  const load = loaders[aliases[key] ?? key];
  return load ? load() : null;
}

// Colours are the theme's CSS variables (data.css), so light and dark both work.
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.definitionKeyword, t.moduleKeyword, t.modifier], color: "var(--gr-code-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp, t.character, t.attributeValue], color: "var(--gr-code-str)" },
  { tag: [t.number, t.bool, t.null, t.atom, t.unit], color: "var(--gr-code-num)" },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: "var(--gr-code-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName)), t.heading], color: "var(--gr-code-def)" },
  { tag: [t.typeName, t.className, t.namespace, t.tagName, t.annotation], color: "var(--gr-code-type)" },
  { tag: [t.operator, t.punctuation, t.derefOperator], color: "var(--gr-code-op)" },
  { tag: [t.meta, t.processingInstruction, t.attributeName, t.propertyName, t.labelName], color: "var(--gr-code-meta)" },
  { tag: t.strong, fontWeight: "bold" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.link, textDecoration: "underline" },
  { tag: t.invalid, color: "var(--gr-error)" },
]);

const theme = EditorView.theme({
  "&": { fontSize: "0.85rem", color: "var(--gr-text)", backgroundColor: "var(--gr-input-bg)", borderRadius: "var(--gr-radius-sm)" },
  "&.cm-focused": { outline: "2px solid var(--gr-focus)", outlineOffset: "-1px" },
  ".cm-scroller": { fontFamily: "var(--gr-font-mono)", lineHeight: "1.5", minHeight: "var(--gr-code-min, auto)", maxHeight: "var(--gr-code-max, none)", overflow: "auto" },
  ".cm-content": { padding: "8px 0", caretColor: "var(--gr-text)" },
  ".cm-gutters": { backgroundColor: "var(--gr-panel-bg)", color: "var(--gr-code-gutter)", borderRight: "1px solid var(--gr-border)", borderRadius: "var(--gr-radius-sm) 0 0 var(--gr-radius-sm)" },
  ".cm-activeLine": { backgroundColor: "color-mix(in srgb, var(--gr-primary) 6%, transparent)" },
  ".cm-activeLineGutter": { backgroundColor: "color-mix(in srgb, var(--gr-primary) 12%, transparent)", color: "var(--gr-text)" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "var(--gr-text)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "color-mix(in srgb, var(--gr-primary) 28%, transparent) !important" },
  ".cm-matchingBracket": { backgroundColor: "color-mix(in srgb, var(--gr-primary) 22%, transparent)", outline: "none" },
});

export interface EditorOptions {
  doc: string;
  language: string | null;
  lineNumbers: boolean;
  wrap: boolean;
  readOnly: boolean;
  label: string;
  onChange: (doc: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/** A CodeMirror editor in parent. */
export class Editor {
  readonly view: EditorView;
  private lang = new Compartment();
  private gutter = new Compartment();
  private wrapping = new Compartment();
  private ro = new Compartment();
  private label = new Compartment();
  private langName: string | null = null;
  /** Set while the document is replaced from outside, so that no change is reported. */
  private applying = false;

  constructor(parent: HTMLElement, private o: EditorOptions) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: o.doc,
        extensions: [
          this.gutter.of(o.lineNumbers ? [lineNumbers(), highlightActiveLineGutter()] : []),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(highlight),
          // Tab indents; Escape then Tab leaves the editor (CodeMirror's escape hatch).
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          this.lang.of([]),
          this.wrapping.of(o.wrap ? EditorView.lineWrapping : []),
          this.ro.of(EditorState.readOnly.of(o.readOnly)),
          this.label.of(EditorView.contentAttributes.of({ "aria-label": o.label })),
          theme,
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !this.applying) this.o.onChange(u.state.doc.toString());
            if (u.focusChanged) (u.view.hasFocus ? this.o.onFocus : this.o.onBlur)();
          }),
        ],
      }),
    });
    void this.setLanguage(o.language);
  }

  get doc(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the document (a new value from the app), keeping the cursor where it can. */
  setDoc(doc: string): void {
    if (doc === this.doc) return;
    const sel = this.view.state.selection.main;
    this.applying = true;
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: doc },
      selection: { anchor: Math.min(sel.anchor, doc.length), head: Math.min(sel.head, doc.length) },
    });
    this.applying = false;
  }

  async setLanguage(name: string | null): Promise<void> {
    this.langName = name;
    let support: Extension | null = null;
    try {
      support = await languageSupport(name);
    } catch {
      support = null; // no highlighting rather than no editor
    }
    if (this.langName !== name) return; // a later call won
    this.view.dispatch({ effects: this.lang.reconfigure(support ?? []) });
  }

  setOptions(o: Partial<Pick<EditorOptions, "lineNumbers" | "wrap" | "readOnly" | "label">>): void {
    const effects = [];
    if (o.lineNumbers != null) effects.push(this.gutter.reconfigure(o.lineNumbers ? [lineNumbers(), highlightActiveLineGutter()] : []));
    if (o.wrap != null) effects.push(this.wrapping.reconfigure(o.wrap ? EditorView.lineWrapping : []));
    if (o.readOnly != null) effects.push(this.ro.reconfigure(EditorState.readOnly.of(o.readOnly)));
    if (o.label != null) effects.push(this.label.reconfigure(EditorView.contentAttributes.of({ "aria-label": o.label })));
    if (effects.length) this.view.dispatch({ effects });
  }

  focus(): void {
    this.view.focus();
  }

  destroy(): void {
    this.view.destroy();
  }
}
