// The API page (?view=api): every public endpoint with its parameters and results, and
// code to call it from Go, JavaScript, Python, curl or the gradio command, as the server
// generates it in /gradio_api/info. "Copy as Markdown" gives the same for an LLM.

import { html, render, nothing, type TemplateResult } from "lit";
import type { Config } from "./types";
import { t } from "./messages";

interface Param {
  label: string;
  parameter_name: string;
  parameter_has_default: boolean;
  parameter_default: unknown;
  python_type: { type: string; description?: string };
  component: string;
  example_input: unknown;
}
interface Ret {
  label: string;
  python_type: { type: string };
  component: string;
}
interface Endpoint {
  parameters: Param[];
  returns: Ret[];
  description: string;
  code_snippets?: Record<string, string>;
}

const languages: [string, string][] = [
  ["go", "Go"],
  ["javascript", "JavaScript"],
  ["python", "Python"],
  ["bash", "curl"],
  ["cli", "gradio CLI"],
];

export class ApiPage extends HTMLElement {
  private info: Record<string, Endpoint> = {};
  private language = localStorage.getItem("gradio-api-lang") ?? "go";
  private failure = "";
  config!: Config;

  async connectedCallback(): Promise<void> {
    this.className = "gr-api-page";
    this.draw();
    try {
      const res = await fetch("./gradio_api/info");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.info = (await res.json()).named_endpoints ?? {};
    } catch (e) {
      this.failure = t("api.load_failed", { error: (e as Error).message });
    }
    this.draw();
  }

  private draw(): void {
    const names = Object.keys(this.info).sort();
    render(
      html`<main class="gr-app gr-api">
        <nav class="gr-api-nav"><a href="./">${t("api.back")}</a></nav>
        <h1 class="gr-api-title">${t("api.title", { title: this.config?.title || t("api.this_app") })}</h1>
        <p>
          ${withCommand(names.length === 1 ? t("api.intro_one") : t("api.intro_many", { n: names.length }))}
        </p>
        <div class="gr-api-toolbar">
          <div class="gr-tablist" role="tablist" aria-label=${t("api.language")}>
            ${languages.map(
              ([id, name]) => html`<button type="button" role="tab" class="gr-tab" aria-selected=${String(this.language === id)}
                @click=${() => this.setLang(id)}>${name}</button>`,
            )}
          </div>
          <button type="button" class="gr-button gr-secondary gr-sm gr-api-markdown" @click=${(e: Event) => this.copyMarkdown(e)}>
            ${t("api.copy_markdown")}
          </button>
        </div>
        ${this.failure ? html`<div class="gr-file-error" role="alert">${this.failure}</div>` : nothing}
        ${names.map((n) => this.endpoint(n, this.info[n]))}
      </main>`,
      this,
    );
  }

  private setLang(id: string): void {
    this.language = id;
    localStorage.setItem("gradio-api-lang", id);
    this.draw();
  }

  private endpoint(name: string, ep: Endpoint): TemplateResult {
    const code = ep.code_snippets?.[this.language] ?? "";
    return html`<section class="gr-api-endpoint" aria-labelledby="ep-${name}">
      <h2 id="ep-${name}"><code>${name}</code></h2>
      ${ep.description ? html`<p>${ep.description}</p>` : nothing}
      <div class="gr-api-tables">
        <table class="gr-api-table">
          <caption>${t("api.parameters")}</caption>
          <thead><tr><th>${t("api.name")}</th><th>${t("api.type")}</th><th>${t("api.component")}</th><th>${t("api.default")}</th></tr></thead>
          <tbody>
            ${ep.parameters.length === 0 ? html`<tr><td colspan="4">${t("api.none")}</td></tr>` : nothing}
            ${ep.parameters.map(
              (p) => html`<tr>
                <td><code>${p.parameter_name}</code></td>
                <td><code>${p.python_type.type}</code></td>
                <td>${p.component}</td>
                <td>${p.parameter_has_default ? html`<code>${JSON.stringify(p.parameter_default)}</code>` : t("api.required")}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <table class="gr-api-table">
          <caption>${t("api.returns")}</caption>
          <thead><tr><th>${t("api.label")}</th><th>${t("api.type")}</th><th>${t("api.component")}</th></tr></thead>
          <tbody>
            ${ep.returns.map((r) => html`<tr><td>${r.label}</td><td><code>${r.python_type.type}</code></td><td>${r.component}</td></tr>`)}
          </tbody>
        </table>
      </div>
      <div class="gr-api-code">
        <button type="button" class="gr-icon-button gr-api-copy" aria-label=${t("api.copy_code")} @click=${(e: Event) => copy(e, code)}>${t("common.copy")}</button>
        <pre><code>${code}</code></pre>
      </div>
    </section>`;
  }

  /** The whole API as Markdown, for a person or an LLM. */
  markdown(): string {
    const lines = [`# API of ${this.config?.title || "this app"}`, "", `Base URL: ${location.origin}${location.pathname.replace(/\/$/, "")}`, ""];
    for (const name of Object.keys(this.info).sort()) {
      const ep = this.info[name];
      lines.push(`## ${name}`, "");
      if (ep.description) lines.push(ep.description, "");
      lines.push("Parameters:");
      if (ep.parameters.length === 0) lines.push("- none");
      for (const p of ep.parameters) {
        const dflt = p.parameter_has_default ? `default ${JSON.stringify(p.parameter_default)}` : "required";
        lines.push(`- \`${p.parameter_name}\` (${p.python_type.type}, ${p.component}): ${dflt}; example ${JSON.stringify(p.example_input)}`);
      }
      lines.push("", "Returns:");
      for (const r of ep.returns) lines.push(`- ${r.label} (${r.python_type.type}, ${r.component})`);
      const code = ep.code_snippets?.[this.language];
      if (code) lines.push("", "```" + (this.language === "bash" || this.language === "cli" ? "sh" : this.language), code.trimEnd(), "```");
      lines.push("");
    }
    return lines.join("\n");
  }

  private copyMarkdown(e: Event): void {
    copy(e, this.markdown());
  }
}
customElements.define("gradio-api-page", ApiPage);

/** The text with its one "gradio" (the command's name) set as code. */
function withCommand(text: string): TemplateResult {
  const i = text.indexOf("gradio");
  return i < 0 ? html`${text}` : html`${text.slice(0, i)}<code>gradio</code>${text.slice(i + 6)}`;
}

async function copy(e: Event, text: string): Promise<void> {
  const b = e.currentTarget as HTMLButtonElement;
  const label = b.textContent;
  try {
    await navigator.clipboard.writeText(text);
    b.textContent = t("common.copied");
  } catch {
    b.textContent = t("common.copy_failed");
  }
  setTimeout(() => (b.textContent = label), 1500);
}
