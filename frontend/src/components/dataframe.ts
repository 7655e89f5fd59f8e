import { html, nothing } from "lit";
import { GradioElement, define } from "../core/element";
import type { Grid } from "./data/grid";
import { t } from "../core/messages";

/**
 * gradio-dataframe: a table, {headers, data, metadata}. The grid itself (virtualised rows,
 * sorting, search and filters, editing, paste, CSV export) lives in ./data/grid.ts, which
 * is loaded with import() the first time a table is shown, so that pages without tables
 * do not pay for it.
 *
 * Events: select {index: [row, col], value, row_value, col_value, selected} when a cell
 * is selected; edit {index: [row, col], value, previous_value} after the user changed a
 * cell (with a paste or a clear of several cells: index is the top-left cell and value a
 * list of rows); input and change after every change of the value by the user. Row
 * indices are positions in the value, whatever the sort of the view.
 */
export class Dataframe extends GradioElement {
  private grid: Grid | null = null;
  private loading = false;
  loadError = "";

  /** The id prefix of the grid's inner elements. */
  get gridId(): string {
    return this.uid;
  }

  /** For the grid: records a value the user made (input, then change). */
  commit(v: unknown): void {
    this.userValue(v);
  }

  /** For the grid: the label, named by id gridId + "-label". */
  labelTemplate() {
    return this.label(null);
  }

  protected override render() {
    if (this.grid) return this.grid.render();
    if (!this.loading) {
      this.loading = true;
      import("./data/grid").then(
        (m) => {
          this.grid = new m.Grid(this);
          this.requestUpdate();
        },
        (err) => {
          this.loadError = t("data.load_failed", { error: String((err as Error)?.message ?? err) });
          this.requestUpdate();
        },
      );
    }
    return html`${this.label(null)}
      <div class="gr-df gr-df-loading" aria-busy="true">
        ${this.loadError ? html`<div class="gr-df-error" role="alert">${this.loadError}</div>` : nothing}
      </div>`;
  }
}

define("dataframe", Dataframe);
