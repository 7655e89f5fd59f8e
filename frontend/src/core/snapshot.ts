// "Share this result": a page that frames the app on the same origin (the hub's app
// page) may ask for the last successful run's inputs and outputs, to attach them to a
// comment so a reviewer can point at the exact result or error.

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

/** Answers snapshot requests from a same-origin parent frame. */
export function answerSnapshots(app: GradioApp): void {
  if (window.parent === window) return;
  window.addEventListener("message", (ev) => {
    if (ev.source !== window.parent || ev.origin !== location.origin || ev.data?.type !== "gradio:snapshot-request") return;
    window.parent.postMessage({ type: "gradio:snapshot", snapshot: app.lastRun }, location.origin);
  });
}
