// Round trips of every media component through the official client's handle_file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client, handle_file } from "@gradio/client";

const fixture = (name) => readFileSync(join(process.env.FIXTURES, name));
const connect = () => Client.connect(process.env.MEDIA_URL);

async function fetchBytes(file) {
  assert.equal(file?.meta?._type, "gradio.FileData", `not a FileData: ${JSON.stringify(file)}`);
  const res = await fetch(file.url);
  assert.equal(res.status, 200, `GET ${file.url}`);
  return Buffer.from(await res.arrayBuffer());
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const isPNG = (b) => b.subarray(0, 4).equals(PNG);
const isWAV = (b) => b.subarray(0, 4).toString() === "RIFF" && b.subarray(8, 12).toString() === "WAVE";

test("image: a PNG goes in as image.Image and comes back as a PNG", async () => {
  const app = await connect();
  const r = await app.predict("/image", [handle_file(fixture("red.png"))]);
  assert.ok(isPNG(await fetchBytes(r.data[0])));
});

test("audio: a WAV goes in as samples and comes back as a WAV", async () => {
  const app = await connect();
  const r = await app.predict("/audio", [handle_file(fixture("tone.wav"))]);
  const wav = await fetchBytes(r.data[0]);
  assert.ok(isWAV(wav));
  assert.ok(wav.length > 44, "the WAV has samples");
});

test("video: the file passes through unchanged", async () => {
  const app = await connect();
  const r = await app.predict("/video", [handle_file(fixture("clip.mp4"))]);
  assert.deepEqual(await fetchBytes(r.data[0]), fixture("clip.mp4"));
});

test("gallery: nested files with captions", async () => {
  const app = await connect();
  const r = await app.predict("/gallery", [[
    { image: handle_file(fixture("red.png")), caption: "red" },
    { image: handle_file(fixture("blue.png")), caption: null },
  ]]);
  const items = r.data[0];
  assert.equal(items.length, 2);
  assert.equal(items[0].caption, "red");
  assert.ok(isPNG(await fetchBytes(items[0].image)));
  assert.ok(isPNG(await fetchBytes(items[1].image)));
});

test("image slider: a pair of images, swapped", async () => {
  const app = await connect();
  // The server re-encodes images, so compare with each image's own round trip.
  const red = await fetchBytes((await app.predict("/image", [handle_file(fixture("red.png"))])).data[0]);
  const blue = await fetchBytes((await app.predict("/image", [handle_file(fixture("blue.png"))])).data[0]);
  const r = await app.predict("/imageslider", [[handle_file(fixture("red.png")), handle_file(fixture("blue.png"))]]);
  const [a, b] = r.data[0];
  assert.deepEqual(await fetchBytes(a), blue);
  assert.deepEqual(await fetchBytes(b), red);
});

test("annotated image: a box becomes a mask with its label", async () => {
  const app = await connect();
  const r = await app.predict("/annotate", [handle_file(fixture("red.png"))]);
  const v = r.data[0];
  assert.ok(isPNG(await fetchBytes(v.image)));
  assert.equal(v.annotations.length, 1);
  assert.equal(v.annotations[0].label, "left half");
  assert.ok(isPNG(await fetchBytes(v.annotations[0].image)));
});

test("image editor: background, layers and composite", async () => {
  const app = await connect();
  const r = await app.predict("/editor", [{
    background: handle_file(fixture("red.png")),
    layers: [handle_file(fixture("blue.png"))],
    composite: handle_file(fixture("blue.png")),
  }]);
  const v = r.data[0];
  assert.ok(isPNG(await fetchBytes(v.background)));
  assert.equal(v.layers.length, 1);
  assert.ok(isPNG(await fetchBytes(v.layers[0])));
  assert.ok(isPNG(await fetchBytes(v.composite)));
});

test("upload button: the uploaded file reaches the download button", async () => {
  const app = await connect();
  const r = await app.predict("/uploadbutton", [handle_file(fixture("notes.txt"))]);
  assert.equal((await fetchBytes(r.data[0])).toString(), fixture("notes.txt").toString());
});
