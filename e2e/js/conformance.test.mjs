// Conformance of gradio-go with the official JavaScript client, @gradio/client 2.7.0.
// The Go test TestOfficialJSClient starts the example apps and runs this file with
// `node --test`, passing their URLs in the environment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Client, handle_file } from "@gradio/client";

const url = (name) => {
  const u = process.env[name];
  assert.ok(u, `${name} is not set`);
  return u;
};

const connect = (name) => Client.connect(url(name), { events: ["data", "status", "log"] });

test("hello: connect, view_api, predict positional and named", async () => {
  const app = await connect("HELLO_URL");
  const api = await app.view_api();
  const greet = api.named_endpoints["/greet"];
  assert.ok(greet, "view_api lists /greet");
  assert.equal(greet.parameters[0].parameter_name, "name");
  assert.equal(greet.parameters[0].component, "Textbox");

  const r1 = await app.predict("/greet", ["Ada"]);
  assert.deepEqual(r1.data, ["Hello, Ada!"]);
  const r2 = await app.predict("/greet", { name: "Grace" });
  assert.deepEqual(r2.data, ["Hello, Grace!"]);
});

test("hello: concurrent predictions share one session stream", async () => {
  const app = await connect("HELLO_URL");
  const names = ["a", "b", "c", "d", "e", "f"];
  const results = await Promise.all(names.map((n) => app.predict("/greet", [n])));
  assert.deepEqual(results.map((r) => r.data[0]), names.map((n) => `Hello, ${n}!`));
});

test("calculator: numbers and a radio, and gradio.Error reaches the client", async () => {
  const app = await connect("CALCULATOR_URL");
  const r = await app.predict("/calculate", [6, "multiply", 7]);
  assert.deepEqual(r.data, [42]);
  const named = await app.predict("/calculate", { num1: 1.5, operation: "add", num2: 2 });
  assert.deepEqual(named.data, [3.5]);
  await assert.rejects(
    app.predict("/calculate", { num1: 1, operation: "divide", num2: 0 }),
    (err) => {
      assert.match(err.message, /zero/);
      assert.equal(err.title, "Math");
      return true;
    },
  );
  // A bad choice is refused at join time with a message naming the choices.
  await assert.rejects(app.predict("/calculate", [1, "modulo", 2]), (err) => {
    assert.match(String(err.message), /not one of the choices/);
    return true;
  });
});

test("stream: submit() delivers every intermediate value in order, with progress", async () => {
  const app = await connect("STREAM_URL");
  const text = "one two three four five";
  const values = [];
  let progress = 0;
  let complete = false;
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
  // The last value is delivered twice: the final generation, then the completion.
  assert.deepEqual(values.slice(0, expected.length), expected);
  assert.equal(values.at(-1), text);
  assert.ok(progress >= 1, "saw progress updates");
  assert.ok(complete, "saw the complete status");
});

test("testapp: State is kept per session", async () => {
  const a = await connect("TESTAPP_URL");
  assert.deepEqual((await a.predict("/increment", [])).data, ["Clicked 1 time(s)"]);
  assert.deepEqual((await a.predict("/increment", [])).data, ["Clicked 2 time(s)"]);
  const b = await connect("TESTAPP_URL");
  assert.deepEqual((await b.predict("/increment", [])).data, ["Clicked 1 time(s)"]);
});

test("testapp: an event with the queue off is called through /run", async () => {
  const app = await connect("TESTAPP_URL");
  assert.deepEqual((await app.predict("/noqueue", ["direct"])).data, ["direct"]);
});

test("testapp: handle_file uploads and the returned file downloads", async () => {
  const app = await connect("TESTAPP_URL");
  const body = "hello from handle_file " + Date.now();
  const r = await app.predict("/fileEcho", [handle_file(Buffer.from(body))]);
  const file = r.data[0];
  assert.equal(file.meta._type, "gradio.FileData");
  assert.ok(file.url.includes("/gradio_api/file="), `url ${file.url}`);
  const got = await (await fetch(file.url)).text();
  assert.equal(got, body);
});

test("testapp: cancel stops a running stream and the client keeps working", async () => {
  const app = await connect("TESTAPP_URL");
  const job = app.submit("/slowCount", [100]);
  const seen = [];
  for await (const msg of job) {
    if (msg.type === "data") {
      seen.push(msg.data[0]);
      if (seen.length === 3) await job.cancel();
    }
    if (msg.type === "status" && (msg.stage === "complete" || msg.stage === "error")) break;
  }
  assert.ok(seen.length >= 3 && seen.length < 20, `stream stopped after ${seen.length} values`);
  assert.deepEqual((await app.predict("/noqueue", ["still alive"])).data, ["still alive"]);
});

test("testapp: failures reach the client without leaking internals", async () => {
  const app = await connect("TESTAPP_URL");
  await assert.rejects(app.predict("/boom", ["x"]), (err) => {
    assert.match(err.message, /Something went wrong \(error id [0-9a-f]+\)/);
    return true;
  });
  await assert.rejects(app.predict("/secret", ["x"]), (err) => {
    assert.doesNotMatch(err.message, /hunter2/);
    return true;
  });
  // The server survives and serves the next call.
  assert.deepEqual((await app.predict("/noqueue", ["ok"])).data, ["ok"]);
});

test("testapp: Warning and Info arrive as log events", async () => {
  const app = await connect("TESTAPP_URL");
  const logs = [];
  for await (const msg of app.submit("/toast", ["fire"])) {
    if (msg.type === "log") logs.push(msg);
    if (msg.type === "status" && msg.stage === "complete") break;
  }
  assert.deepEqual(logs.map((l) => [l.level, l.log]), [["warning", "careful with fire"], ["info", "done"]]);
});

test("testapp: batched calls each get their own result", async () => {
  const app = await connect("TESTAPP_URL");
  const words = ["alpha", "beta", "gamma", "delta", "epsilon"];
  const results = await Promise.all(words.map((w) => app.predict("/upper", [w])));
  assert.deepEqual(results.map((r) => r.data[0]), words.map((w) => w.toUpperCase()));
});
