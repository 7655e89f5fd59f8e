// The contract between the app shell and the component elements.
//
// Every component is a custom element named gradio-<kind> (gradio-textbox...). The shell
// sets three properties and listens to one event:
//   props        the component's properties from /config, with updates merged in
//   value        its value, in wire form (a string for a textbox, FileData for a file...)
//   interactive  whether the user may edit it (an input) or only view it (an output)
//   "gradio" CustomEvent {detail: {event, data}} when something happens: "change",
//                "input", "submit", "click", "focus", "blur", "select", "tick"...
// plus `host`, for the few things that need the server (uploads, file URLs). Elements
// render into the light DOM so that an app's custom CSS reaches inside them; the pieces
// apps style carry part attributes, whose names docs/styling.md lists (keep it in step:
// a Go test checks that it names every part used here).

import { LitElement, html, nothing, type TemplateResult } from "lit";
import type { FileData } from "./types";

/** What the shell offers components beyond props and value. */
export interface Host {
  /** Uploads files; onProgress gets the fraction sent so far. */
  upload(files: File[], onProgress?: (fraction: number) => void): Promise<FileData[]>;
  /** The URL a file can be fetched or displayed from. */
  fileURL(file: FileData): string;
}

let nextId = 0;

export class GradioElement extends LitElement {
  static override properties = {
    props: { attribute: false },
    value: { attribute: false },
    interactive: { type: Boolean, reflect: true },
  };

  props: Record<string, any> = {};
  value: any = null;
  interactive = false;
  host!: Host;
  /** A document-unique id for labelling inner controls. */
  protected readonly uid = `gr-${++nextId}`;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Tells the app that event happened on this component. */
  emit(event: string, data?: unknown): void {
    this.dispatchEvent(new CustomEvent("gradio", { detail: { event, data }, bubbles: false }));
  }

  /** Records a value the user entered: it fires input, then change. */
  protected userValue(v: unknown): void {
    this.value = v;
    this.emit("input");
    this.emit("change");
  }

  /** The label and info text, tied to the control whose id is forId. */
  protected label(forId: string | null = this.uid): TemplateResult | typeof nothing {
    const p = this.props;
    if (!p.label && !p.info) return nothing;
    const hidden = p.show_label === false;
    return html`<div class="gr-label-row ${hidden ? "gr-sr-only" : ""}">
      ${p.label
        ? forId
          ? html`<label class="gr-label" part="label" for=${forId}>${p.label}</label>`
          : html`<span class="gr-label" part="label" id=${this.uid + "-label"}>${p.label}</span>`
        : nothing}
      ${p.info ? html`<div class="gr-info" part="info" id=${this.uid + "-info"}>${p.info}</div>` : nothing}
    </div>`;
  }
}

const tags = new Map<string, string>();

/** Registers an element class as the renderer of a component kind. */
export function define(kind: string, cls: CustomElementConstructor): void {
  const tag = `gradio-${kind}`;
  if (!customElements.get(tag)) customElements.define(tag, cls);
  tags.set(kind, tag);
}

/**
 * The tag of the element that renders kind, or undefined. A custom component's module
 * defines gradio-<kind> itself, with customElements.define.
 */
export function tagFor(kind: string): string | undefined {
  const tag = tags.get(kind);
  if (tag) return tag;
  return customElements.get(`gradio-${kind}`) ? `gradio-${kind}` : undefined;
}

const loaders = new Map<string, () => Promise<unknown>>();

/**
 * Registers the module that defines the element of kind, loaded with import() the first
 * time a page needs that kind: heavy elements stay out of the initial JavaScript.
 */
export function lazy(kinds: string[], load: () => Promise<unknown>): void {
  for (const k of kinds) loaders.set(k, load);
}

/**
 * Loads the elements of the given kinds that are not defined yet. A module that fails
 * to load leaves its kinds to the fallback element, and says so in the console.
 */
export async function loadKinds(kinds: Iterable<string>): Promise<void> {
  const pending = new Set<() => Promise<unknown>>();
  // Custom components: the page lists their modules' URLs (see gradio.CustomComponent).
  const custom: Record<string, string> = (window as any).gradio_custom ?? {};
  for (const [kind, url] of Object.entries(custom)) {
    if (!loaders.has(kind)) loaders.set(kind, () => import(/* @vite-ignore */ new URL(url, document.baseURI).href));
  }
  for (const k of kinds) {
    const load = tags.has(k) ? undefined : loaders.get(k);
    if (load) pending.add(load);
  }
  await Promise.all(
    [...pending].map((load) => load().catch((err) => console.error("gradio: loading a component failed", err))),
  );
}
