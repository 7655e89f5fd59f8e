// "Share this result": the page that frames the app (the hub's app page, on the app's
// origin or, with apps on their own origins, the hub's) may ask for the last successful
// run's inputs and outputs, to attach them to a comment so a reviewer can point at the
// exact result or error. Only the framing page is answered: the parent window, from
// the origin that loaded the frame (document.referrer).

import type { Dependency } from "./types";
import type { GradioApp } from "./app";

export interface RunSnapshot {
  endpoint: string;
  time: string;
  inputs: { label: string; value: unknown }[];
  outputs: { label: string; value: unknown }[];
}

/** Values above this size are replaced by a note: a comment is no place for a dataset. */
const maxValueChars = 20_000;

function labelled(app: GradioApp, ids: number[], values: unknown[]): { label: string; value: unknown }[] {
  return ids.flatMap((id, i) => {
    const e = app.entries.get(id);
    if (!e || e.kind === "state") return [];
    let value = values[i];
    const json = JSON.stringify(value) ?? "null";
    if (json.length > maxValueChars) value = `(${json.length} characters, too large to attach)`;
    return [{ label: String(e.props.label ?? e.kind), value }];
  });
}

/** Keeps the run of d that just succeeded with these inputs; outputs are read from the page. */
export function recordRun(app: GradioApp, d: Dependency, inputs: unknown[]): void {
  app.lastRun = {
    endpoint: d.api_name ? "/" + d.api_name : `fn ${d.id}`,
    time: new Date().toISOString(),
    inputs: labelled(app, d.inputs, inputs),
    outputs: labelled(app, d.outputs, d.outputs.map((id) => app.value(id))),
  };
}

/** Answers snapshot requests from the parent frame. */
export function answerSnapshots(app: GradioApp): void {
  if (window.parent === window) return;
  let framer = location.origin;
  try {
    if (document.referrer) framer = new URL(document.referrer).origin;
  } catch {
    // An unparsable referrer leaves only a same-origin parent.
  }
  window.addEventListener("message", (ev) => {
    if (ev.source !== window.parent || ev.data?.type !== "gradio:snapshot-request") return;
    if (ev.origin !== location.origin && ev.origin !== framer) return;
    window.parent.postMessage({ type: "gradio:snapshot", snapshot: app.lastRun }, ev.origin);
  });
}
