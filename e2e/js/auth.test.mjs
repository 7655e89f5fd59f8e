// The official JavaScript client logging in to an app with authentication (e2e/authapp,
// user "ada", password "lovelace") through its `auth` option, as it does with Gradio:
// POST /login with a multipart form, then the cookie on every request.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Client } from "@gradio/client";

const url = () => {
  const u = process.env.AUTH_URL;
  assert.ok(u, "AUTH_URL is not set");
  return u;
};

test("auth: the client logs in with its auth option and calls the app as that user", async () => {
  const app = await Client.connect(url(), { auth: ["ada", "lovelace"] });
  const api = await app.view_api();
  assert.ok(api.named_endpoints["/greet"], "view_api lists /greet once logged in");
  const r = await app.predict("/greet", ["Bob"]);
  assert.deepEqual(r.data, ["Hello, Bob! (from ada)"]);
});

test("auth: a wrong password is refused as invalid credentials", async () => {
  await assert.rejects(Client.connect(url(), { auth: ["ada", "wrong"] }), /Invalid credentials/);
});

test("auth: without logging in the client cannot connect", async () => {
  await assert.rejects(Client.connect(url()));
});

test("auth: plain HTTP answers 401 with Gradio's body before a login", async () => {
  const res = await fetch(url() + "/config");
  assert.equal(res.status, 401);
  const body = await res.json();
  assert.equal(body.detail.error, "Not authenticated");
  assert.equal(body.detail.auth_message, "Log in as ada / lovelace.");
});
