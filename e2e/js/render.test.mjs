// The official JavaScript client and render blocks (gradio.Render, Gradio's @gr.render):
// a run's render_config updates the client's config, and the listeners it brings are
// callable by fn_index in the same session, until a later run replaces them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Client } from "@gradio/client";

const url = () => {
  const u = process.env.RENDER_URL;
  assert.ok(u, "RENDER_URL is not set");
  return u;
};

test("render: a run's listeners are callable by fn_index, then replaced", async () => {
  const app = await Client.connect(url(), { events: ["data", "status", "render"] });
  const render = app.config.dependencies.find((d) => d.render_id === 0);
  assert.ok(render, "the config has the render block's listener");

  // Run the render block as the page does when its slider is at 3.
  let rendered = null;
  for await (const msg of app.submit(render.id, [3])) {
    if (msg.type === "render") rendered = msg.data;
    if (msg.type === "status" && (msg.stage === "complete" || msg.stage === "error")) {
      assert.equal(msg.stage, "complete", msg.message);
      break;
    }
  }
  assert.ok(rendered, "a render event carried the render_config");
  assert.equal(rendered.render_id, 0);
  const boxes = rendered.components.filter((c) => c.type === "textbox");
  assert.deepEqual(boxes.map((c) => c.props.label), ["Box 1", "Box 2", "Box 3"]);
  assert.equal(rendered.dependencies.length, 3);

  // The client's config now holds the rendered listeners.
  const third = rendered.dependencies[2];
  assert.ok(app.config.dependencies.some((d) => d.id === third.id), "the config gained the rendered listeners");
  assert.equal(third.rendered_in, 0);

  // A listener defined inside the render block, called by fn_index: it reverses its box
  // and writes the result to a box outside the render too.
  const r = await app.predict(third.id, ["abc"]);
  assert.deepEqual(r.data, ["cba", "cba"]);

  // A second run with one box replaces the listeners: the old fn_index is refused.
  await app.predict(render.id, [1]);
  assert.ok(!app.config.dependencies.some((d) => d.id === third.id), "the old listeners left the config");
  const now = app.config.dependencies.filter((d) => d.rendered_in === 0);
  assert.equal(now.length, 1);
  assert.deepEqual((await app.predict(now[0].id, ["xy"])).data, ["yx", "yx"]);
  // The client needs the dependency to call it; the server refuses an old fn_index too.
  const res = await fetch(`${url()}/gradio_api/queue/join`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ data: ["abc"], fn_index: third.id, session_hash: app.session_hash }),
  });
  assert.equal(res.status, 404);
  assert.match((await res.json()).detail, /later run of that block replaced it/);
});
