// The official JavaScript client and an Interface's examples and flagging (the
// calculator example): the endpoints the page uses are callable by name, and are left
// out of view_api as Gradio leaves them (undocumented).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Client } from "@gradio/client";

const connect = () => {
  const u = process.env.CALCULATOR_URL;
  assert.ok(u, "CALCULATOR_URL is not set");
  return Client.connect(u, { events: ["data", "status"] });
};

test("calculator: cached example outputs and the example's inputs", async () => {
  const app = await connect();
  const api = await app.view_api();
  assert.ok(api.named_endpoints["/calculate"], "view_api lists /calculate");
  assert.equal(api.named_endpoints["/load_example"], undefined, "load_example is undocumented");

  // Example 3 is 144 multiply 2.5, computed when the app started.
  const out = await app.predict("/load_example", [2]);
  assert.equal(out.data[0].__type__, "update");
  assert.equal(out.data[0].value, 360);
  const inputs = await app.predict("/load_example_input", [2]);
  assert.deepEqual(inputs.data.map((u) => u.value), [144, "multiply", 2.5]);
});
