import { html, nothing, type TemplateResult } from "lit";
import { GradioElement, define } from "../core/element";
import type { FileData } from "../core/types";
import { defaultText, t } from "../core/messages";

/**
 * gradio-dataset: rows of sample values (Examples, Dataset), a page at a time: a table
 * with a header row, or cards when there is one column or there are sample labels.
 * Clicking a row makes its index the value and fires input, change, click and select
 * ({index, value: the row}). Its styles live here, as the element loads on demand.
 */
export class DatasetView extends GradioElement {
  static override properties = { ...GradioElement.properties, page: { state: true } };
  page = 0;
  private shown: unknown = null;

  override connectedCallback(): void {
    super.connectedCallback();
    addStyle();
  }

  protected override render() {
    const p = this.props;
    const labels: string[] | null = Array.isArray(p.sample_labels) ? p.sample_labels : null;
    const samples: any[][] = labels ? labels.map((l) => [l]) : Array.isArray(p.samples) ? p.samples : [];
    if (p.samples !== this.shown) {
      // New samples start on the first page.
      this.shown = p.samples;
      this.page = 0;
    }
    const kinds: string[] = labels ? ["textbox"] : Array.isArray(p.components) ? p.components : [];
    const per = Math.max(1, Number(p.samples_per_page) || 10);
    const pages = Math.ceil(samples.length / per);
    const page = Math.min(this.page, Math.max(0, pages - 1));
    const rows = samples.slice(page * per, (page + 1) * per);
    const gallery = (kinds.length < 2 || labels !== null) && p.layout !== "table";
    const title = p.show_label === false ? nothing : html`<div class="gr-dataset-label">${defaultText(p.label ?? "Examples")}</div>`;
    const body = gallery
      ? html`<div class="gr-dataset-gallery">
          ${rows.map(
            (row, i) => html`<button type="button" class="gr-dataset-card" @click=${() => this.pick(page * per + i, samples)}>
              ${this.cell(kinds[0], row[0], true)}
            </button>`,
          )}
        </div>`
      : html`<div class="gr-dataset-table-wrap">
          <table class="gr-dataset-table">
            ${Array.isArray(p.headers) && p.headers.length > 0
              ? html`<thead><tr>${p.headers.map((h: string) => html`<th>${h}</th>`)}</tr></thead>`
              : nothing}
            <tbody>
              ${rows.map(
                (row, i) => html`<tr
                  tabindex="0"
                  @click=${() => this.pick(page * per + i, samples)}
                  @keydown=${(e: KeyboardEvent) => {
                    if (e.key === "Enter" || e.key === " ") {
                      e.preventDefault();
                      this.pick(page * per + i, samples);
                    }
                  }}
                >
                  ${row.map((v, j) => html`<td class="gr-dataset-${kinds[j] ?? "value"}">${this.cell(kinds[j], v, false)}</td>`)}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
    return html`${title}${body}${pages > 1 ? this.pager(page, pages) : nothing}`;
  }

  private pick(index: number, samples: any[][]): void {
    this.userValue(index);
    this.emit("click", index);
    this.emit("select", { index, value: samples[index] ?? null });
  }

  /** Page buttons: the first, the last and the current one, with two neighbours each. */
  private pager(page: number, pages: number): TemplateResult {
    const shown: number[] = [];
    for (const anchor of [0, page, pages - 1]) {
      for (let i = anchor - 2; i <= anchor + 2; i++) if (i >= 0 && i < pages && !shown.includes(i)) shown.push(i);
    }
    shown.sort((a, b) => a - b);
    const items: (number | null)[] = [];
    shown.forEach((n, k) => {
      if (k > 0 && n - shown[k - 1] > 1) items.push(null);
      items.push(n);
    });
    return html`<nav class="gr-dataset-pages" aria-label=${t("common.pages")}>
      Pages:
      ${items.map((n) =>
        n == null
          ? html`<span>…</span>`
          : html`<button
              type="button"
              class=${n === page ? "gr-current" : ""}
              aria-current=${n === page ? "page" : nothing}
              @click=${() => (this.page = n)}
            >
              ${n + 1}
            </button>`,
      )}
    </nav>`;
  }

  /** One sample value, shown the way its component kind suggests. */
  private cell(kind: string | undefined, v: any, card: boolean): TemplateResult | string {
    if (v == null) return "";
    if (isFile(v)) return this.file(kind, v);
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every((x) => isFile(x) || isFile(x?.image))) {
        return html`${v.slice(0, 4).map((x) => this.file("image", isFile(x) ? x : x.image))}`;
      }
      if (kind === "dataframe") return `${v.length} row(s)`;
      return short(v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", "), card);
    }
    if (typeof v === "object") {
      if (kind === "dataframe" && Array.isArray(v.data)) return `${v.data.length} row(s)`;
      if (typeof v.text === "string") return short(v.text, card);
      if (kind === "colorpicker") return html`<span class="gr-dataset-swatch" style="background:${String(v)}"></span>`;
      return short(JSON.stringify(v), card);
    }
    if (kind === "colorpicker" && typeof v === "string") {
      return html`<span class="gr-dataset-swatch" style="background:${v}"></span>${v}`;
    }
    return short(String(v), card);
  }

  private file(kind: string | undefined, f: FileData): TemplateResult {
    const mime = f.mime_type ?? "";
    const name = f.orig_name ?? (f.path ?? f.url ?? "").split("/").pop() ?? "";
    if (kind === "image" || kind === "gallery" || kind === "imageslider" || kind === "annotatedimage" || mime.startsWith("image/")) {
      return html`<img class="gr-dataset-thumb" src=${this.host.fileURL(f)} alt=${name} loading="lazy" />`;
    }
    return html`<span class="gr-dataset-file">${name}</span>`;
  }
}

function isFile(v: any): v is FileData {
  return v != null && typeof v === "object" && (typeof v.path === "string" || typeof v.url === "string") && "meta" in v;
}

function short(s: string, card: boolean): string {
  const max = card ? 60 : 120;
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

let styled = false;

function addStyle(): void {
  if (styled) return;
  styled = true;
  const style = document.createElement("style");
  style.dataset.gradio = "dataset";
  style.textContent = `
.gr-dataset-label { color: var(--gr-text-muted); font-size: 0.875rem; margin-bottom: 8px; }
.gr-dataset-gallery { display: flex; flex-wrap: wrap; gap: 8px; }
.gr-dataset-card { border: 1px solid var(--gr-border); border-radius: var(--gr-radius); background: var(--gr-block-bg);
  color: inherit; font: inherit; padding: 6px 10px; cursor: pointer; max-width: 100%; text-align: left; }
.gr-dataset-card:hover, .gr-dataset-card:focus-visible { border-color: var(--gr-primary); background: var(--gr-panel-bg); }
.gr-dataset-table-wrap { border: 1px solid var(--gr-border); border-radius: var(--gr-radius); overflow-x: auto; }
.gr-dataset-table { width: 100%; border-collapse: collapse; }
.gr-dataset-table th { padding: 8px; text-align: left; font-weight: 600; border-bottom: 1px solid var(--gr-border); white-space: nowrap; }
.gr-dataset-table td { padding: 8px; border-top: 1px solid var(--gr-border); }
.gr-dataset-table td.gr-dataset-textbox { max-width: 35ch; overflow: hidden; text-overflow: ellipsis; }
.gr-dataset-table tbody tr { cursor: pointer; }
.gr-dataset-table tbody tr:nth-child(even) { background: var(--gr-panel-bg); }
.gr-dataset-table tbody tr:hover, .gr-dataset-table tbody tr:focus-visible { background: var(--gr-secondary-hover); outline: none; }
.gr-dataset-thumb { max-height: 64px; max-width: 96px; object-fit: cover; border-radius: var(--gr-radius-sm); vertical-align: middle; margin-right: 4px; }
.gr-dataset-swatch { display: inline-block; width: 1em; height: 1em; border-radius: 3px; margin-right: 4px; vertical-align: middle; border: 1px solid var(--gr-border); }
.gr-dataset-pages { display: flex; justify-content: center; align-items: center; gap: 6px; margin-top: 8px; font-size: 0.875rem; color: var(--gr-text-muted); }
.gr-dataset-pages button { border: none; background: none; color: inherit; font: inherit; cursor: pointer; padding: 2px 6px; border-radius: var(--gr-radius-sm); }
.gr-dataset-pages button:hover { background: var(--gr-secondary); }
.gr-dataset-pages button.gr-current { font-weight: 700; color: var(--gr-text); }
`;
  document.head.append(style);
}

define("dataset", DatasetView);
