// The official @gradio/client against a scaled-out e2e/scaleapp behind a load balancer
// (LB_URL), driven by TestScaleOutLB (e2e/scaleout_lb_test.go). Not a node:test file, so
// that `node --test jsscale/` (TestOfficialJSClientScaledOut) does not pick it up.
//
//   node jsscale/lb_driver.mjs load   # CALLS mixed calls, INFLIGHT at once, over CLIENTS sessions;
//                                     # call i uses the token PREFIX+i
//   node jsscale/lb_driver.mjs slow   # predict("/slow", [token, MS]) for each of the comma-separated
//                                     # TOKENS at once, each on a client (a session) of its own
//
// It prints one JSON line with the outcome and exits 1 if any call failed.
import { Client } from "@gradio/client";

const env = (name, def) => process.env[name] ?? def;
const url = env("LB_URL");
const callTimeout = Number(env("CALL_TIMEOUT_MS", "20000"));

// text describes a failure: predict() rejects with the client's status object, not an Error.
const text = (e) => (e instanceof Error ? e.message : JSON.stringify(e));

// withTimeout fails a call that never ends, rather than letting the driver hang.
function withTimeout(p, what) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${callTimeout} ms`)), callTimeout);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

// stream iterates a generator call and checks every step arrives once, in order.
async function stream(app, token, n) {
  const values = [];
  for await (const msg of app.submit("/steps", [token, n, 0])) {
    if (msg.type === "data") values.push(msg.data[0]);
    if (msg.type === "status" && msg.stage === "error") throw new Error(`/steps ${token}: ${msg.message}`);
    if (msg.type === "status" && msg.stage === "complete") break;
  }
  const want = Array.from({ length: n }, (_, i) => `${token}#${i + 1}`);
  // The completion repeats the last value as one more data message.
  want.push(want.at(-1));
  if (JSON.stringify(values) !== JSON.stringify(want)) {
    throw new Error(`/steps ${token}: got ${JSON.stringify(values)}, want ${JSON.stringify(want)}`);
  }
}

async function predict(app, api, args, want) {
  const r = await app.predict(api, args);
  if (r.data[0] !== want) throw new Error(`${api} ${args[0]}: got ${JSON.stringify(r.data)}, want ${want}`);
}

// one runs call i: a third each of fast predictions, streams and short slow predictions.
function one(app, prefix, i) {
  const token = `${prefix}${i}`;
  switch (i % 3) {
    case 0:
      return predict(app, "/echo", [token], `echo:${token}`);
    case 1:
      return stream(app, token, 3 + (i % 4));
    default:
      return predict(app, "/slow", [token, 5], `slow:${token}`);
  }
}

async function load() {
  const calls = Number(env("CALLS", "1000"));
  const inflight = Number(env("INFLIGHT", "24"));
  const prefix = env("PREFIX", "L");
  const clients = [];
  for (let c = 0; c < Number(env("CLIENTS", "8")); c++) {
    clients.push(await Client.connect(url, { events: ["data", "status"] }));
  }
  const errors = [];
  let next = 0;
  let ok = 0;
  const start = performance.now();
  // Each lane runs its calls one after another on one client; lanes share clients, so a
  // session has several calls in flight on its one /queue/data stream.
  const lane = async (l) => {
    const app = clients[l % clients.length];
    // After a few failures the rest would fail the same way: stop, to fail fast.
    for (let i = next++; i < calls && errors.length < 10; i = next++) {
      try {
        await withTimeout(one(app, prefix, i), `call ${i}`);
        ok++;
      } catch (e) {
        errors.push(`call ${i}: ${text(e)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: inflight }, (_, l) => lane(l)));
  const seconds = (performance.now() - start) / 1000;
  return { ok, failed: errors.length, errors: errors.slice(0, 10), seconds, callsPerSecond: calls / seconds };
}

async function slow() {
  const errors = [];
  let ok = 0;
  await Promise.all(
    env("TOKENS").split(",").map(async (token) => {
      try {
        const app = await Client.connect(url, { events: ["data", "status"] });
        await withTimeout(predict(app, "/slow", [token, Number(env("MS", "3000"))], `slow:${token}`), token);
        ok++;
      } catch (e) {
        errors.push(`${token}: ${text(e)}`);
      }
    }),
  );
  return { ok, failed: errors.length, errors };
}

let result;
try {
  result = await (process.argv[2] === "slow" ? slow() : load());
} catch (e) {
  result = { ok: 0, failed: 1, errors: [text(e)] };
}
console.log(JSON.stringify(result));
// Clients keep their streams open; exit rather than wait for them.
process.exit(result.failed === 0 ? 0 : 1);
