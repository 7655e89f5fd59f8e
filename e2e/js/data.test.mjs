// The value formats of the data components (Dataframe, Chatbot, MultimodalTextbox,
// Code, HighlightedText, ColorPicker, DateTime, Plot and the native plots) through the
// official client, @gradio/client 2.7.0, against e2e/dataapp. Every echo endpoint
// returns the value (as the component sends it back) and a text describing what the Go
// handler received, so each test checks both directions. The formats are Gradio 6.25's
// (see /work/shared/reference/gradio-6.25/showcase.call-roundtrip.txt).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client, handle_file } from "@gradio/client";

const connect = () => {
  assert.ok(process.env.DATA_URL, "DATA_URL is not set");
  return Client.connect(process.env.DATA_URL);
};
const fixture = (name) => readFileSync(join(process.env.FIXTURES, name));
const named = (name) => handle_file(new File([fixture(name)], name));

async function fetchBytes(file) {
  assert.equal(file?.meta?._type, "gradio.FileData", `not a FileData: ${JSON.stringify(file)}`);
  const res = await fetch(file.url);
  assert.equal(res.status, 200, `GET ${file.url}`);
  return Buffer.from(await res.arrayBuffer());
}

/** Calls an endpoint with event data, as the page does for select, edit and like. */
async function withEvent(app, endpoint, data, eventData) {
  for await (const msg of app.submit(endpoint, data, eventData)) {
    if (msg.type === "data") return msg.data;
    if (msg.type === "status" && msg.stage === "error") throw new Error(msg.message);
  }
  throw new Error(`${endpoint} gave no data`);
}

const rejects = (p, re) =>
  assert.rejects(p, (err) => {
    assert.match(String(err.message), re);
    return true;
  });

test("data: view_api shows Gradio's types for every data component", async () => {
  const app = await connect();
  const api = (await app.view_api()).named_endpoints;
  const param = (ep) => {
    assert.ok(api[ep], `view_api lists ${ep}`);
    return api[ep].parameters[0];
  };
  // The strings are those Gradio 6.25 gives (showcase.info.json).
  const want = {
    "/dataframe": ["Dataframe", "dict(headers: list[Any], data: list[list[Any]], metadata: dict(str, list[Any] | None) | None)"],
    "/multimodal": ["Multimodaltextbox", "dict(text: str, files: list[filepath])"],
    "/highlightedtext": ["Highlightedtext", "list[dict(token: str, class_or_confidence: str | float | None)]"],
    "/code": ["Code", "str"],
    "/colorpicker": ["Colorpicker", "str"],
    "/datetime": ["Datetime", "str"],
    "/lineplot": [null, "str | float | bool | list | dict"],
    "/plot": ["Plot", "dict(type: Literal['altair', 'bokeh', 'plotly', 'matplotlib', 'svg'], plot: str)"],
  };
  for (const [ep, [component, type]] of Object.entries(want)) {
    const p = param(ep);
    if (component) assert.equal(p.component, component, `${ep} component`);
    assert.equal(p.python_type.type, type, `${ep} python type`);
    assert.equal(api[ep].returns[0].python_type.type, type, `${ep} return type`);
  }
  // A DateTime says its format, with or without the time.
  assert.equal(param("/datetime").python_type.description, "Formatted as YYYY-MM-DD HH:MM:SS");
  assert.equal(param("/datetime_seconds").python_type.description, "Formatted as YYYY-MM-DD");
  // The Chatbot's message type. Gradio 6.25 prints it as
  //   list[dict(role: str, metadata: dict(...) | None, content: list[dict(text: str, type: Literal[text]) |
  //   dict(file: filepath, alt_text: str | None, type: Literal[file]) | dict(component: str, ...)], options: ...)]
  // gradio-go differs inside the content parts and options (key order, Literal quoting), so
  // this checks the parts every client relies on.
  const chat = param("/chatbot");
  assert.equal(chat.component, "Chatbot");
  assert.ok(
    chat.python_type.type.startsWith(
      "list[dict(role: str, metadata: dict(title: str, id: int | str, parent_id: int | str, log: str, duration: float, status: Literal['pending', 'done']) | None, content: list[",
    ),
    chat.python_type.type,
  );
  assert.match(chat.python_type.type, /file: filepath/);
  assert.match(chat.python_type.type, /\], options: list\[dict\(.*\)\] \| None\)\]$/);
  // The table's initial value is the parameter's default.
  const df = param("/dataframe");
  assert.equal(df.parameter_has_default, true);
  assert.deepEqual(df.parameter_default, {
    headers: ["name", "qty", "ok", "when"],
    data: [["apple", 3, true, "2024-01-02"], ["pear", 5, false, "2024-02-03"], ["fig", 7, true, "2024-03-04"]],
    metadata: null,
  });
});

test("data: a Dataframe {headers, data, metadata} round-trips with typed cells", async () => {
  const app = await connect();
  const table = {
    headers: ["name", "qty", "ok", "when"],
    data: [["kiwi", 2, true, "2024-05-06"], ["lime", 0.5, false, "2024-05-07"]],
    metadata: null,
  };
  const r = await app.predict("/dataframe", [table]);
  assert.deepEqual(r.data[0], table);
  assert.deepEqual(JSON.parse(r.data[1]), {
    rows: 2, cols: 4, headers: table.headers, types: ["str", "number", "bool", "date"],
    kinds: ["string", "float64", "bool", "string"], qty_sum: 2.5,
  });
  // Without metadata, as Gradio's own example input, and an empty date cell.
  const r2 = await app.predict("/dataframe", [{ headers: table.headers, data: [["a", 1, false, ""]] }]);
  assert.deepEqual(r2.data[0], { headers: table.headers, data: [["a", 1, false, null]], metadata: null });
  // A cell that does not fit its column's type is refused, naming the cell.
  await rejects(app.predict("/dataframe", [{ headers: table.headers, data: [["a", "two", true, ""]] }]), /row 1, column "qty".*number/);
  await rejects(app.predict("/dataframe", [{ headers: table.headers, data: [["a", 1]] }]), /row 1 has 2 cells but there are 4 headers/);
});

test("data: Dataframe select and edit event data reach the handler", async () => {
  const app = await connect();
  const sel = await withEvent(app, "/dataframe_select", [], {
    index: [1, 2], value: false, row_value: ["pear", 5, false, "2024-02-03"], col_value: [true, false, true], selected: true,
  });
  assert.deepEqual(JSON.parse(sel[0]), {
    index: [1, 2], value: false, row_value: ["pear", 5, false, "2024-02-03"], col_value: [true, false, true], selected: true,
  });
  const table = { headers: ["name", "qty", "ok", "when"], data: [["kiwi", 9, true, "2024-05-06"]], metadata: null };
  const edit = await withEvent(app, "/dataframe_edit", [table], { index: [0, 1], value: 9, previous_value: 2 });
  const got = JSON.parse(edit[0]);
  assert.deepEqual([got.index, got.value, got.previous_value], [[0, 1], 9, 2]);
  assert.equal(got.table.qty_sum, 9);
  // API calls without event data give the handler the zero EventData.
  assert.deepEqual(JSON.parse((await app.predict("/dataframe_select", [])).data[0]), { index: null, value: null, selected: false });
});

test("data: Chatbot messages with metadata, options and a file part round-trip", async () => {
  const app = await connect();
  const notes = fixture("notes.txt");
  const msgs = [
    { role: "system", metadata: null, content: [{ type: "text", text: "Be brief." }], options: null },
    {
      role: "user",
      metadata: null,
      content: [{ type: "text", text: "What is in this file?" }, { type: "file", file: named("notes.txt"), alt_text: null }],
      options: null,
    },
    { role: "assistant", metadata: { title: "Reading the file", status: "done", duration: 1.5 }, content: [{ type: "text", text: "It says hello." }], options: null },
    { role: "assistant", metadata: null, content: [{ type: "text", text: "Anything else?" }], options: [{ value: "yes", label: "Yes" }, { value: "no" }] },
  ];
  const r = await app.predict("/chatbot", [msgs]);
  const back = r.data[0];
  assert.equal(back.length, 4);
  const file = back[1].content[1].file;
  assert.equal(file.orig_name, "notes.txt");
  assert.deepEqual(await fetchBytes(file), notes);
  back[1].content[1].file = "<file>";
  assert.deepEqual(back, [
    { role: "system", metadata: null, content: [{ text: "Be brief.", type: "text" }], options: null },
    {
      role: "user",
      metadata: null,
      content: [{ text: "What is in this file?", type: "text" }, { file: "<file>", alt_text: null, type: "file" }],
      options: null,
    },
    { role: "assistant", metadata: { title: "Reading the file", status: "done", duration: 1.5 }, content: [{ text: "It says hello.", type: "text" }], options: null },
    { role: "assistant", metadata: null, content: [{ text: "Anything else?", type: "text" }], options: [{ value: "yes", label: "Yes" }, { value: "no" }] },
  ]);
  const info = JSON.parse(r.data[1]);
  assert.deepEqual(info[1], { role: "user", content: "What is in this file?", files: [{ name: "notes.txt", size: notes.length }] });
  assert.deepEqual(info[2], { role: "assistant", content: "It says hello.", files: [], title: "Reading the file", status: "done", duration: 1.5 });
  // Bad messages are refused with the reason.
  await rejects(app.predict("/chatbot", [[{ role: "robot", content: [{ type: "text", text: "hi" }] }]]), /role "robot" is not one of/);
  await rejects(app.predict("/chatbot", [[{ role: "user", content: [{ type: "component", component: "image" }] }]]), /"component" parts are not supported/);
});

test("data: Chatbot like event data (Like, Dislike, another feedback option)", async () => {
  const app = await connect();
  const value = [[{ type: "text", text: "w1 w2" }]];
  const like = JSON.parse((await withEvent(app, "/chat_like", [], { index: 1, value, liked: true }))[0]);
  assert.deepEqual(like, { index: 1, value, liked: true, selected: true });
  const dislike = JSON.parse((await withEvent(app, "/chat_like", [], { index: 3, value, liked: false }))[0]);
  assert.equal(dislike.liked, false);
  const other = JSON.parse((await withEvent(app, "/chat_like", [], { index: 1, value, liked: "Inaccurate" }))[0]);
  assert.equal(other.feedback, "Inaccurate");
  assert.equal(other.liked, undefined);
});

test("data: a streaming chat delivers every token, growing message by message", async () => {
  const app = await connect();
  const n = 300;
  const texts = [];
  for await (const msg of app.submit("/chat_stream", [`stream ${n}`, []])) {
    if (msg.type === "data") {
      const conv = msg.data[0];
      assert.equal(conv.length, 2, "the user's message and the answer");
      texts.push(conv[1].content.map((p) => p.text).join(""));
    }
    if (msg.type === "status" && (msg.stage === "complete" || msg.stage === "error")) {
      assert.equal(msg.stage, "complete", msg.message);
      break;
    }
  }
  // One value per token (the client applies the server's diffs), then the final value.
  assert.ok(texts.length >= n, `${texts.length} values for ${n} tokens`);
  for (let i = 1; i < texts.length; i++) assert.ok(texts[i].startsWith(texts[i - 1]), `value ${i} does not extend value ${i - 1}`);
  const words = texts.at(-1).split(" ");
  assert.deepEqual(words, Array.from({ length: n }, (_, i) => `w${i + 1}`));
});

test("data: a MultimodalTextbox {text, files} uploads with handle_file", async () => {
  const app = await connect();
  const r = await app.predict("/multimodal", [{ text: "Describe these", files: [named("notes.txt"), named("red.png")] }]);
  const v = r.data[0];
  assert.equal(v.text, "Describe these");
  assert.deepEqual(v.files.map((f) => f.orig_name), ["notes.txt", "red.png"]);
  assert.deepEqual(await fetchBytes(v.files[0]), fixture("notes.txt"));
  assert.deepEqual(await fetchBytes(v.files[1]), fixture("red.png"));
  assert.deepEqual(JSON.parse(r.data[1]), {
    text: "Describe these",
    files: [{ name: "notes.txt", size: fixture("notes.txt").length }, { name: "red.png", size: fixture("red.png").length }],
  });
  assert.deepEqual((await app.predict("/multimodal", [{ text: "just text", files: [] }])).data[0], { text: "just text", files: [] });
  await rejects(app.predict("/multimodal", [{ text: 3, files: [] }]), /"text" must be a string/);
});

test("data: Code is a string, trimmed on the way out as in Gradio", async () => {
  const app = await connect();
  const src = "  def f():\n    return 1\n";
  const r = await app.predict("/code", [src]);
  assert.deepEqual(r.data, ["def f():\n    return 1", JSON.stringify(src)]);
});

test("data: HighlightedText is a list of {token, class_or_confidence}", async () => {
  const app = await connect();
  const spans = [
    { token: "Ada", class_or_confidence: "person" },
    { token: " met ", class_or_confidence: null },
    { token: "Babbage", class_or_confidence: 0.9 },
  ];
  const r = await app.predict("/highlightedtext", [spans]);
  assert.deepEqual(r.data[0], spans);
  assert.deepEqual(JSON.parse(r.data[1]), [
    { text: "Ada", label: "person" },
    { text: " met ", label: "" },
    { text: "Babbage", label: "", confidence: 0.9 },
  ]);
  // The Python-side tuple form is not a wire form.
  await rejects(app.predict("/highlightedtext", [[["Ada", "person"]]]), /span 1: expected an object/);
});

test("data: ColorPicker values are normalised to #rrggbb", async () => {
  const app = await connect();
  const cases = [
    ["#336699", "#336699", "rgba(51,102,153,255)"],
    ["#AbC", "#aabbcc", "rgba(170,187,204,255)"],
    ["rgb(255, 0, 0)", "#ff0000", "rgba(255,0,0,255)"],
    ["#11223380", "#11223380", "rgba(17,34,51,128)"],
  ];
  for (const [input, color, info] of cases) {
    assert.deepEqual((await app.predict("/colorpicker", [input])).data, [color, info], input);
  }
  await rejects(app.predict("/colorpicker", ["red"]), /is not a color/);
});

test("data: DateTime is the string YYYY-MM-DD HH:MM:SS (or YYYY-MM-DD)", async () => {
  const app = await connect();
  assert.deepEqual((await app.predict("/datetime", ["2024-05-06 07:08:09"])).data, ["2024-05-06 07:08:09", "2024-05-06T07:08:09Z"]);
  // RFC 3339 in, the component's form (UTC) out.
  assert.deepEqual((await app.predict("/datetime", ["2024-05-06T07:08:09+02:00"])).data, ["2024-05-06 05:08:09", "2024-05-06T07:08:09+02:00"]);
  assert.deepEqual((await app.predict("/datetime", [""])).data, [null, "zero"]);
  // A date-only DateTime in Europe/Paris, taken as seconds since the epoch.
  assert.deepEqual((await app.predict("/datetime_seconds", ["2024-05-06"])).data, ["2024-05-06", String(Date.UTC(2024, 4, 5, 22) / 1000)]);
  await rejects(app.predict("/datetime", ["yesterday"]), /not a date/);
  await rejects(app.predict("/datetime", [1714979289]), /expected a date/);
});

test("data: Plot values {type, plot} for altair, svg and matplotlib", async () => {
  const app = await connect();
  const spec = { mark: "point", data: { values: [{ a: 1, b: 2 }] }, encoding: { x: { field: "a", type: "quantitative" } } };
  const alt = await app.predict("/plot", [{ type: "altair", plot: JSON.stringify(spec, null, 2) }]);
  assert.equal(alt.data[0].type, "altair");
  assert.deepEqual(JSON.parse(alt.data[0].plot), spec);
  assert.deepEqual(JSON.parse(alt.data[1]), { type: "altair", spec });

  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>';
  const s = await app.predict("/plot", [{ type: "svg", plot: svg }]);
  assert.deepEqual(s.data[0], { type: "svg", plot: svg });

  const png = "data:image/png;base64," + fixture("red.png").toString("base64");
  const m = await app.predict("/plot", [{ type: "matplotlib", plot: png }]);
  assert.equal(m.data[0].type, "matplotlib");
  assert.match(m.data[0].plot, /^data:image\/png;base64,/);
  assert.deepEqual(JSON.parse(m.data[1]), { type: "matplotlib", width: 32, height: 24 });

  await rejects(app.predict("/plot", [{ type: "plotly", plot: "{}" }]), /plotly plots are not supported/);
  await rejects(app.predict("/plot", [{ type: "svg", plot: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' }]), /<script>/);
});

test("data: native plots {columns, data, datatypes, mark}, dates in milliseconds", async () => {
  const app = await connect();
  // The values the Draw button sends, in Gradio's format.
  const drawn = (await app.predict("/draw", [])).data;
  assert.deepEqual(drawn[0], {
    columns: ["x", "y"],
    data: [[1, 2], [2, 4], [3, 3], [4, 6], [5, 5], [6, 8], [7, 7]],
    datatypes: { x: "quantitative", y: "quantitative" },
    mark: "line",
  });
  assert.deepEqual(drawn[1].datatypes, { x: "quantitative", y: "quantitative", group: "nominal" });
  assert.equal(drawn[1].mark, "point");
  assert.equal(drawn[1].data.length, 9);
  assert.deepEqual(drawn[2], {
    columns: ["fruit", "count"],
    data: [["apple", 3], ["pear", 5], ["fig", 2], ["plum", 4]],
    datatypes: { fruit: "nominal", count: "quantitative" },
    mark: "bar",
  });
  assert.equal(drawn[3].type, "altair");
  assert.equal(JSON.parse(drawn[3].plot).mark, "bar");

  // A temporal column arrives as time.Time and goes back as milliseconds.
  const jan1 = Date.UTC(2024, 0, 1);
  const value = {
    columns: ["x", "y", "label"],
    data: [[jan1, 1, "a"], [jan1 + 86400000, 2.5, "b"]],
    datatypes: { x: "temporal", y: "quantitative", label: "nominal" },
    mark: "line",
  };
  const r = await app.predict("/lineplot", [value]);
  assert.deepEqual(r.data[0], value);
  const info = JSON.parse(r.data[1]);
  assert.deepEqual(info.kinds, ["time.Time", "float64", "string"]);
  assert.deepEqual(info.types, ["temporal", "quantitative", "nominal"]);
  assert.deepEqual(info.data, [["2024-01-01T00:00:00Z", 1, "a"], ["2024-01-02T00:00:00Z", 2.5, "b"]]);
  await rejects(app.predict("/lineplot", [{ ...value, datatypes: { x: "ordinal" } }]), /"ordinal"/);
});

test("data: native plot and HighlightedText select event data", async () => {
  const app = await connect();
  const range = JSON.parse((await withEvent(app, "/plot_select", [], { index: [2.5, 6], value: [2.5, 6], selected: true }))[0]);
  assert.deepEqual(range, { index: [2.5, 6], value: [2.5, 6], selected: true });
  const span = JSON.parse((await withEvent(app, "/highlight_select", [], { index: 2, value: ["London", "place"], selected: true }))[0]);
  assert.deepEqual(span, { index: 2, value: ["London", "place"], selected: true });
});
