// Render blocks (gradio.Render, Gradio's @gr.render): a column or a row whose children a
// server function rebuilds for this page. Each run ends with a render_config holding the
// components it created, their listeners and their layout; they replace those of the
// block's previous run. A component with a key keeps the value it had when the user (or
// a listener) changed it since the previous run.

import type { GradioApp } from "../core/app";
import type { RenderConfig } from "../core/types";
import { loadKinds } from "../core/element";

export async function rerender(app: GradioApp, rc: RenderConfig): Promise<void> {
  const block = app.entries.get(rc.layout.id);
  if (!block) return;
  const id = rc.render_id;
  const kept = new Map<string, any>();
  for (const [cid, e] of app.entries) {
    if (e.config.rendered_in !== id) continue;
    if (e.config.key != null && JSON.stringify(e.value) !== JSON.stringify(e.initial)) kept.set(e.config.key, e.value);
    app.entries.delete(cid);
  }
  // The block's own entry comes along (as in Gradio) and is kept as it is.
  const comps = rc.components.filter((c) => c.id !== rc.layout.id);
  app.config.components = [...app.config.components.filter((c) => c.rendered_in !== id), ...comps];
  app.config.dependencies = [...app.config.dependencies.filter((d) => d.rendered_in !== id), ...rc.dependencies];
  app.dispatcher.replace(id, rc.dependencies);
  const roles = app.roles();
  for (const c of comps) {
    const e = app.addEntry(c, roles);
    if (c.key != null && kept.has(c.key)) e.value = kept.get(c.key);
  }
  // Kinds this page has not shown yet are loaded before the children are built.
  await loadKinds(comps.map((c) => c.type));
  // A block not built yet (in a closed tab or accordion) gets them when it is.
  block.rendered = rc.layout.children ?? [];
  if (block.wrap) block.wrap.replaceChildren(...app.buildChildren(block.rendered, block.kind === "row" ? "row" : "column").childNodes);
  if (comps.some((c) => c.type === "state") || rc.dependencies.some((d) => d.targets.some((t) => t[1] === "unload"))) app.heartbeat();
}
