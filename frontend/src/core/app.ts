// The app shell: it reads the config embedded in the page, builds the layout tree, renders
// every component as its custom element, and connects their events to the dispatcher.

import type { ComponentConfig, Config, FileData, LayoutNode, RenderConfig, Toast } from "./types";
import { Client } from "./client";
import { Dispatcher } from "./events";
import { loadKinds, tagFor, type GradioElement, type Host } from "./element";
import { markdown } from "./markdown";
import { StatusTracker } from "./status";
import { Toasts } from "./toasts";
import { buildAccordion, buildTabs, type Lazy } from "../layout/collapsible";
import { rerender } from "../layout/render";
import { ApiPage } from "./apipage";
import { modeToggle } from "./thememode";
import { translator } from "./i18n";
import { preferences, t, useLocale } from "./messages";
import { answerSnapshots, type RunSnapshot } from "./snapshot";

/** One component or layout block of the page. */
export interface Entry {
  config: ComponentConfig;
  kind: string;
  props: Record<string, any>;
  value: any;
  /** The value the config gave it, to tell whether it changed since. */
  initial: any;
  /** The element that renders it (a GradioElement for components). */
  el: HTMLElement | null;
  /** The box that holds it in the layout: visibility, id, classes and sizing go here. */
  wrap: HTMLElement | null;
  status: StatusTracker | null;
  interactive: boolean;
  /** Layout blocks whose content is built when first shown (tabs, accordions). */
  lazy?: Lazy;
  /** A render block's children from its latest run (layout/render.ts). */
  rendered?: LayoutNode[];
}

const layoutKinds = new Set(["row", "column", "group", "form", "tabs", "tabitem", "accordion"]);

declare global {
  interface Window {
    gradio_config?: Config;
  }
}

export class GradioApp extends HTMLElement {
  config!: Config;
  client!: Client;
  entries = new Map<number, Entry>();
  dispatcher!: Dispatcher;
  /** Hears every event a user raises on a component (a collaborative room shares edits: core/room.ts). */
  onUserEvent?: (id: number, event: string) => void;
  /** The last successful run, for "share this result" (core/snapshot.ts). */
  lastRun: RunSnapshot | null = null;
  private toasts = new Toasts();
  private host!: Host;
  /** Puts the app's own texts in the visitor's language (core/i18n.ts). */
  private i18n: (props: Record<string, any>) => Record<string, any> = (p) => p;
  private beating = false;

  async connectedCallback(): Promise<void> {
    const cfg = window.gradio_config ?? (await (await fetch("./config")).json());
    // The built-in texts' catalog is loaded before anything is drawn.
    await useLocale(preferences(cfg.locale));
    if (new URLSearchParams(location.search).get("view") === "api") {
      document.title = `API · ${cfg.title || "Gradio"}`;
      const page = new ApiPage();
      page.config = cfg;
      this.replaceChildren(page);
      return;
    }
    await this.start(cfg);
  }

  async start(config: Config): Promise<void> {
    this.config = config;
    this.client = new Client(config);
    // A broken stream is resumed quietly; only a slow resume shows a toast, gone when it is back.
    let notice: HTMLElement | null = null;
    this.client.onReconnecting = (on) => {
      notice?.remove();
      notice = on ? this.toasts.show({ level: "info", title: t("app.reconnecting"), message: t("app.reconnecting_detail"), duration: null }) : null;
    };
    this.host = {
      upload: (files, onProgress) => this.client.upload(files, onProgress),
      fileURL: (f: FileData) => f.url || this.client.url(`/file=${f.path}`),
    };
    document.title = config.title || "Gradio";
    this.i18n = translator(config.i18n_translations, preferences(config.locale)) ?? ((p) => p);
    const roles = this.roles();
    for (const c of config.components) this.addEntry(c, roles);
    this.dispatcher = new Dispatcher(this);
    // Elements loaded on demand are fetched together, before the first paint.
    await loadKinds(config.components.map((c) => c.type));

    const main = document.createElement("main");
    // gradio-container is the class Gradio apps' custom CSS targets.
    main.className = "gr-app gradio-container";
    if (config.mode === "interface" && config.title) {
      const h1 = document.createElement("h1");
      h1.className = "gr-title";
      h1.textContent = config.title;
      main.append(h1);
    }
    if (config.description) main.append(prose(config.description, "gr-description"));
    const body = this.buildChildren(config.layout.children ?? [], "column");
    body.classList.add("gr-root");
    main.append(body);
    if (config.article) main.append(prose(config.article, "gr-article"));
    main.append(footer());
    this.replaceChildren(main, this.toasts);

    if (config.js) runAppJS(config.js);
    if (config.connect_heartbeat) this.heartbeat();
    answerSnapshots(this);
    // Rooms' code is loaded only by apps that have them.
    if (config.collaboration) void import("./room").then((m) => m.startRoom(this));
    this.dispatcher.trigger(config.layout.id, "load");
  }

  toast(t: Toast): void {
    this.toasts.show(t);
  }

  /** Opens the heartbeat stream that keeps the session (and its State) alive, once. */
  heartbeat(): void {
    if (this.beating) return;
    this.beating = true;
    this.client.heartbeat();
  }

  /** The ids every listener reads (inputs) and writes (outputs). */
  roles(): { inputs: Set<number>; outputs: Set<number> } {
    const inputs = new Set<number>();
    const outputs = new Set<number>();
    for (const d of this.config.dependencies) {
      d.inputs.forEach((i) => inputs.add(i));
      d.outputs.forEach((o) => outputs.add(o));
    }
    return { inputs, outputs };
  }

  /** Makes the entry of a component from its config. */
  addEntry(c: ComponentConfig, roles: { inputs: Set<number>; outputs: Set<number> }): Entry {
    const { value, ...props } = this.i18n(c.props);
    // As in Gradio: a component only ever written by events is an output, shown
    // read-only, unless it says otherwise.
    const interactive = typeof props.interactive === "boolean" ? props.interactive : roles.inputs.has(c.id) || !roles.outputs.has(c.id);
    const e: Entry = { config: c, kind: c.type, props, value: value ?? null, initial: value ?? null, el: null, wrap: null, status: null, interactive };
    this.entries.set(c.id, e);
    return e;
  }

  /** Replaces a render block's children with those of its latest run (layout/render.ts). */
  applyRender(rc: RenderConfig): Promise<void> {
    return rerender(this, rc);
  }

  /** Builds a container's children; direction is the container's flex direction. */
  buildChildren(nodes: LayoutNode[], direction: "row" | "column"): HTMLElement {
    const box = document.createElement("div");
    box.className = direction === "row" ? "gr-row" : "gr-column";
    for (const n of nodes) {
      const child = this.build(n);
      if (child) box.append(child);
    }
    return box;
  }

  /** Builds the DOM of one layout node, returning its wrapper (null for State). */
  build(node: LayoutNode): HTMLElement | null {
    const e = this.entries.get(node.id);
    if (!e) return null;
    let wrap: HTMLElement;
    switch (e.kind) {
      case "state":
        return null;
      case "row":
        wrap = this.buildChildren(e.rendered ?? node.children ?? [], "row");
        if (e.props.equal_height) wrap.classList.add("gr-equal-height");
        if (e.props.variant && e.props.variant !== "default") wrap.classList.add(`gr-${e.props.variant}`);
        break;
      case "column":
      case "form":
        wrap = this.buildChildren(e.rendered ?? node.children ?? [], "column");
        if (e.props.variant && e.props.variant !== "default") wrap.classList.add(`gr-${e.props.variant}`);
        break;
      case "group":
        wrap = this.buildChildren(node.children ?? [], "column");
        wrap.classList.add("gr-group");
        break;
      case "tabs":
        wrap = buildTabs(this, e, node);
        break;
      case "accordion":
        wrap = buildAccordion(this, e, node);
        break;
      case "tabitem":
        // Tab items are built by their Tabs.
        return null;
      default:
        wrap = this.buildComponent(e);
    }
    e.wrap = wrap;
    wrap.dataset.id = String(node.id);
    this.applyLayoutProps(e);
    return wrap;
  }

  private buildComponent(e: Entry): HTMLElement {
    const wrap = document.createElement("div");
    wrap.className = `gr-block gr-block-${e.kind}`;
    wrap.setAttribute("part", "block");
    const tag = tagFor(e.kind);
    const el = document.createElement(tag ?? "gradio-fallback") as GradioElement;
    el.host = this.host;
    el.props = tag ? e.props : { ...e.props, kind: e.kind };
    el.value = e.value;
    el.interactive = e.interactive;
    el.addEventListener("gradio", (ev) => {
      const { event, data } = (ev as CustomEvent).detail;
      if (event === "change" || event === "input") e.value = el.value;
      this.onUserEvent?.(e.config.id, event);
      this.dispatcher.trigger(e.config.id, event, data);
    });
    e.el = el;
    const status = new StatusTracker();
    status.hidden = true;
    e.status = status;
    wrap.append(el, status);
    if (e.props.container === false) wrap.classList.add("gr-no-container");
    return wrap;
  }

  /** Visibility, id, classes and flex sizing, which live on the wrapper. */
  applyLayoutProps(e: Entry): void {
    const w = e.wrap;
    if (!w) return;
    w.hidden = e.props.visible === false;
    if (e.props.elem_id) w.id = e.props.elem_id;
    for (const c of e.props.elem_classes ?? []) w.classList.add(c);
    const scale = e.props.scale ?? (e.kind === "column" ? 1 : null);
    if (scale != null) w.style.flexGrow = String(scale);
    const min = e.props.min_width;
    if (min != null) w.style.minWidth = `min(${min}px, 100%)`;
  }

  /** Sets a component's value (from an event's output) and fires change if it changed. */
  setValue(id: number, value: any): void {
    const e = this.entries.get(id);
    if (!e) return;
    if (value && typeof value === "object" && value.__type__ === "update") {
      const { __type__, value: v, ...props } = value;
      this.updateProps(e, props);
      if ("value" in value) this.setValue(id, v);
      return;
    }
    // An unchanged value is not handed to the element again: editors would lose their
    // local state (an image editor its undo history) on a handler's echo.
    if (JSON.stringify(e.value) === JSON.stringify(value)) return;
    e.value = value;
    if (e.el) (e.el as GradioElement).value = value;
    this.dispatcher.trigger(id, "change");
  }

  private updateProps(e: Entry, props: Record<string, any>): void {
    if (Object.keys(props).length === 0) return;
    props = this.i18n(props);
    e.props = { ...e.props, ...props };
    if (typeof props.interactive === "boolean") e.interactive = props.interactive;
    if (e.el && "props" in e.el) {
      const el = e.el as GradioElement;
      el.props = e.props;
      el.interactive = e.interactive;
    }
    e.lazy?.update();
    this.applyLayoutProps(e);
  }

  value(id: number): any {
    return this.entries.get(id)?.value ?? null;
  }
}
customElements.define("gradio-app", GradioApp);

/**
 * Runs the app's js once the page is built. As in Gradio, it is a function expression
 * ("() => {...}"), called with no arguments and awaited.
 */
function runAppJS(js: string): void {
  try {
    Promise.resolve(new Function(`return (${js})();`)()).catch((err) => console.error("gradio: the app's js failed", err));
  } catch (err) {
    console.error("gradio: the app's js failed", err);
  }
}

function prose(text: string, className: string): HTMLElement {
  const div = document.createElement("div");
  div.className = `gr-prose ${className}`;
  div.innerHTML = markdown(text);
  return div;
}

function footer(): HTMLElement {
  const f = document.createElement("footer");
  f.className = "gr-footer";
  const api = document.createElement("a");
  api.href = "./?view=api";
  api.textContent = t("app.use_via_api");
  const sep = document.createElement("span");
  sep.textContent = " · ";
  const built = document.createElement("span");
  built.textContent = t("app.built_with");
  f.append(api, sep, built, modeToggle());
  return f;
}

export { layoutKinds };
