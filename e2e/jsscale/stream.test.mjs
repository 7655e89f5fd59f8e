// @gradio/client 2.7.0 through the web replica of a scaled-out app: the Go test
// TestOfficialJSClientScaledOut starts examples/stream twice against one NATS server,
// once as a web replica (WEB_URL) and once as a worker, and runs this file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Client } from "@gradio/client";

test("scaled out: submit() through the web replica streams every value in order", async () => {
  const app = await Client.connect(process.env.WEB_URL, { events: ["data", "status"] });
  const text = "one two three four";
  const values = [];
  let complete = false;
  let progress = 0;
  for await (const msg of app.submit("/stream", [text])) {
    if (msg.type === "data") values.push(msg.data[0]);
    if (msg.type === "status" && msg.progress_data) progress++;
    if (msg.type === "status" && msg.stage === "complete") {
      complete = true;
      break;
    }
  }
  const words = text.split(" ");
  const expected = words.map((_, i) => words.slice(0, i + 1).join(" "));
  assert.deepEqual(values.slice(0, expected.length), expected);
  assert.equal(values.at(-1), text);
  assert.ok(progress >= 1, "saw progress updates from the worker");
  assert.ok(complete, "saw the complete status");
});

test("scaled out: concurrent predict() calls all complete", async () => {
  const app = await Client.connect(process.env.WEB_URL);
  const words = ["a b", "c d e", "f"];
  const results = await Promise.all(words.map((w) => app.predict("/stream", [w])));
  assert.deepEqual(results.map((r) => r.data[0]), words);
});
