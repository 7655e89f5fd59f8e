// Tabs and accordions: layout blocks whose content is built only when first shown, so a
// large app's hidden panes cost nothing at load.

import type { Entry, GradioApp } from "../core/app";
import type { LayoutNode } from "../core/types";

/** Lets an update to a tab set or accordion reach its DOM. */
export interface Lazy {
  update(): void;
}

export function buildTabs(app: GradioApp, e: Entry, node: LayoutNode): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "gr-tabs";
  const list = document.createElement("div");
  list.className = "gr-tablist";
  list.setAttribute("role", "tablist");
  wrap.append(list);
  const items = (node.children ?? []).map((n) => ({ node: n, entry: app.entries.get(n.id)! })).filter((t) => t.entry);
  const tabs = items.map(({ node: n, entry: t }) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "gr-tab";
    button.setAttribute("role", "tab");
    button.id = `gr-tab-${n.id}`;
    const panel = document.createElement("div");
    panel.className = "gr-tabpanel";
    panel.setAttribute("role", "tabpanel");
    panel.id = `gr-tabpanel-${n.id}`;
    panel.setAttribute("aria-labelledby", button.id);
    button.setAttribute("aria-controls", panel.id);
    panel.hidden = true;
    list.append(button);
    wrap.append(panel);
    t.wrap = panel;
    let built = false;
    const show = () => {
      if (!built) {
        built = true;
        panel.append(app.buildChildren(n.children ?? [], "column"));
      }
    };
    return { id: n.id, entry: t, button, panel, show };
  });

  let selected = -1;
  const select = (i: number, byUser: boolean) => {
    if (i === selected || i < 0) return;
    selected = i;
    tabs.forEach((t, j) => {
      t.button.setAttribute("aria-selected", String(j === i));
      t.button.tabIndex = j === i ? 0 : -1;
      t.panel.hidden = j !== i;
    });
    tabs[i].show();
    if (byUser) {
      app.dispatcher.trigger(tabs[i].id, "select");
      app.dispatcher.trigger(e.config.id, "select");
      app.dispatcher.trigger(e.config.id, "change");
    }
  };
  tabs.forEach((t, i) => {
    t.button.onclick = () => select(i, true);
    t.button.onkeydown = (ev) => {
      const step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      ev.preventDefault();
      const visible = tabs.map((_, j) => j).filter((j) => tabs[j].entry.props.visible !== false);
      const at = visible.indexOf(i);
      const next = visible[(at + step + visible.length) % visible.length];
      select(next, true);
      tabs[next].button.focus();
    };
  });

  const refresh = () => {
    for (const t of tabs) {
      t.button.textContent = t.entry.props.label ?? "";
      t.button.hidden = t.entry.props.visible === false;
      t.button.disabled = t.entry.props.interactive === false;
    }
    const want = e.props.selected;
    let i = tabs.findIndex((t) => want != null && (t.entry.props.id === want || t.entry.props.label === want));
    if (i < 0 && selected < 0) i = tabs.findIndex((t) => t.entry.props.visible !== false);
    if (i >= 0) select(i, false);
  };
  const lazy = { update: refresh };
  e.lazy = lazy;
  for (const t of tabs) t.entry.lazy = lazy;
  refresh();
  return wrap;
}

export function buildAccordion(app: GradioApp, e: Entry, node: LayoutNode): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "gr-accordion";
  const header = document.createElement("button");
  header.type = "button";
  header.className = "gr-accordion-header";
  header.id = `gr-accordion-${node.id}`;
  const label = document.createElement("span");
  const icon = document.createElement("span");
  icon.className = "gr-accordion-icon";
  icon.setAttribute("aria-hidden", "true");
  header.append(label, icon);
  const body = document.createElement("div");
  body.className = "gr-accordion-body";
  body.id = `gr-accordion-body-${node.id}`;
  body.setAttribute("role", "region");
  body.setAttribute("aria-labelledby", header.id);
  header.setAttribute("aria-controls", body.id);
  wrap.append(header, body);

  let built = false;
  let open = false;
  const set = (o: boolean, byUser: boolean) => {
    open = o;
    header.setAttribute("aria-expanded", String(o));
    wrap.classList.toggle("gr-open", o);
    body.hidden = !o;
    if (o && !built) {
      built = true;
      body.append(app.buildChildren(node.children ?? [], "column"));
    }
    if (byUser) app.dispatcher.trigger(node.id, o ? "expand" : "collapse");
  };
  header.onclick = () => {
    e.props = { ...e.props, open: !open };
    set(!open, true);
  };
  e.lazy = {
    update() {
      label.textContent = e.props.label ?? "";
      if (e.props.open !== open) set(e.props.open !== false, false);
    },
  };
  label.textContent = e.props.label ?? "";
  set(e.props.open !== false, false);
  return wrap;
}
