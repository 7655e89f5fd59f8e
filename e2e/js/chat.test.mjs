// A ChatInterface (examples/chat, multimodal and streaming) through the official
// client, @gradio/client 2.7.0, called as a Gradio ChatInterface is: its function's
// endpoint, /chat, takes the message and answers; the history stays in the client's
// session. CHAT_URL is set by e2e/jsclient_test.go.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Client, handle_file } from "@gradio/client";

const url = process.env.CHAT_URL;
assert.ok(url, "CHAT_URL is not set");
const text = (m) => m.content.filter((p) => p.type === "text").map((p) => p.text).join("");

test("ChatInterface: /chat is documented as Gradio documents it", async () => {
  const app = await Client.connect(url);
  const api = await app.view_api();
  const ep = api.named_endpoints["/chat"];
  assert.ok(ep, `no /chat in ${Object.keys(api.named_endpoints)}`);
  assert.deepEqual(
    ep.parameters.map((p) => [p.parameter_name, p.component]),
    [["message", "Multimodaltextbox"]],
  );
  assert.deepEqual(
    ep.returns.map((r) => [r.label, r.component]),
    [["Response", "Json"]],
  );
  // The page's own listeners are not part of the documented API.
  assert.deepEqual(Object.keys(api.named_endpoints), ["/chat"]);
});

test("ChatInterface: predict answers, and the session keeps the history", async () => {
  const app = await Client.connect(url);
  const first = await app.predict("/chat", { message: { text: "hello big world", files: [] } });
  const [thought, reply] = first.data[0];
  assert.equal(thought.metadata.title, "Thinking");
  assert.equal(thought.metadata.status, "done");
  assert.match(text(thought), /3 words, 0 files, 0 earlier messages/);
  assert.equal(reply.role, "assistant");
  assert.match(text(reply), /the longest is \*\*hello\*\*/);

  const second = await app.predict("/chat", { message: { text: "again", files: [] } });
  assert.match(text(second.data[0][0]), /0 files, 3 earlier messages/);

  // Another client is another session, with its own history.
  const other = await Client.connect(url);
  const fresh = await other.predict("/chat", [{ text: "hi", files: [] }]);
  assert.match(text(fresh.data[0][0]), /0 earlier messages/);
});

test("ChatInterface: submit streams the answer as it grows", async () => {
  const app = await Client.connect(url);
  const lengths = [];
  let last = null;
  for await (const msg of app.submit("/chat", { message: { text: "one two three four", files: [] } })) {
    if (msg.type === "data") {
      last = msg.data[0];
      lengths.push(last.length === 2 ? text(last[1]).length : 0);
    }
    if (msg.type === "status" && msg.stage === "error") throw new Error(msg.message);
    if (msg.type === "status" && msg.stage === "complete") break;
  }
  assert.ok(lengths.length > 5, `only ${lengths.length} updates`);
  for (let i = 1; i < lengths.length; i++) assert.ok(lengths[i] >= lengths[i - 1], `shrank: ${lengths}`);
  assert.match(text(last[1]), /Try \*retry\*/);
});

test("ChatInterface: a message's files reach the function", async () => {
  const app = await Client.connect(url);
  const file = handle_file(new File([Buffer.from("hello, file")], "note.txt"));
  const out = await app.predict("/chat", { message: { text: "see attached", files: [file] } });
  const [thought, reply] = out.data[0];
  assert.match(text(thought), /2 words, 1 files/);
  assert.match(text(reply), /You attached `note.txt` \(11 bytes\)/);
});
