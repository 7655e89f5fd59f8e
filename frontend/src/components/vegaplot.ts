// Renders a Vega or Vega-Lite spec (an Altair chart) with vega's own View, as SVG. This
// module is loaded with import() by the plot element, so vega and vega-lite land in
// their own chunk. Nothing is fetched: the loader refuses every URL, so data must be
// inline (as Altair puts it), and links in the chart do not navigate.

import * as vega from "vega";
import { compile } from "vega-lite";

export interface VegaHandle {
  resize(width: number): void;
  finalize(): void;
}

export interface Theme {
  text: string;
  muted: string;
  border: string;
  font: string;
  palette: string[];
}

const refuse = async (uri: string): Promise<never> => {
  throw new Error(`The chart refers to ${uri}: plots load nothing from the network, so data must be inline.`);
};

/** A vega loader that loads nothing; only data: URIs are allowed as image sources. */
function offlineLoader(): vega.Loader {
  return {
    load: (uri: string) => refuse(uri),
    sanitize: async (uri: string) => {
      if (/^data:/i.test(String(uri).trim())) return { href: uri };
      return refuse(uri);
    },
    http: (uri: string) => refuse(uri),
    file: (uri: string) => refuse(uri),
  };
}

function isVegaLite(spec: any): boolean {
  const schema = String(spec?.$schema ?? "");
  if (schema.includes("vega-lite")) return true;
  if (schema.includes("/vega/")) return false;
  return !("marks" in (spec ?? {})) && !("signals" in (spec ?? {}));
}

/** Renders spec into container; errors (also those found while running) go to onError. */
export async function renderVega(container: HTMLElement, spec: any, theme: Theme, onError: (msg: string) => void): Promise<VegaHandle> {
  const config = {
    background: null,
    font: theme.font,
    axis: { labelColor: theme.muted, titleColor: theme.text, gridColor: theme.border, domainColor: theme.border, tickColor: theme.border },
    legend: { labelColor: theme.muted, titleColor: theme.text },
    title: { color: theme.text, subtitleColor: theme.muted },
    header: { labelColor: theme.muted, titleColor: theme.text },
    view: { stroke: theme.border },
    range: { category: theme.palette },
  };
  let fill = false;
  let vgSpec: any;
  if (isVegaLite(spec)) {
    const s = { ...spec };
    const composite = ["facet", "hconcat", "vconcat", "concat", "repeat"].some((k) => k in s);
    if (s.width == null && !composite) {
      // As Gradio does: single views take the width of the page.
      s.width = "container";
      s.autosize = s.autosize ?? { type: "fit", contains: "padding" };
      fill = true;
    }
    vgSpec = compile(s, { config: config as any }).spec;
  } else {
    vgSpec = spec;
  }
  const logger = vega.logger(vega.Warn);
  const text = (args: any[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
  const baseError = logger.error.bind(logger);
  const baseWarn = logger.warn.bind(logger);
  logger.error = (...args: any[]) => {
    onError(text(args));
    return baseError(...args);
  };
  // Vega only warns when data cannot be loaded; here that is always the refused URL.
  logger.warn = (...args: any[]) => {
    if (/^Loading failed/.test(String(args[0]))) onError(args.slice(2).length ? text(args.slice(2)) : text(args));
    return baseWarn(...args);
  };
  const runtime = vega.parse(vgSpec, isVegaLite(spec) ? undefined : (config as any));
  const view = new vega.View(runtime, { renderer: "svg", container, hover: true, loader: offlineLoader(), logger });
  await view.runAsync();
  return {
    resize(width: number) {
      if (!fill || width <= 0) return;
      view.width(width);
      void view.runAsync();
    },
    finalize() {
      view.finalize();
    },
  };
}
