// Builds dist/ from src/: one JS bundle and one CSS bundle with content-hashed names,
// and index.html pointing at them. The output is deterministic (no timestamps, no
// absolute paths), so CI can rebuild it from the lockfile and compare bytes.
//
//   npm ci && npm run build        # from frontend/
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { basename } from "node:path";

const out = process.argv[2] || "dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/assets`, { recursive: true });

const result = await esbuild.build({
  entryPoints: { app: "src/main.ts", style: "src/style.css", lit: "src/lit.ts" },
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  platform: "browser",
  outdir: `${out}/assets`,
  entryNames: "[name]-[hash]",
  // Heavy parts (editors, plot renderers, math) are loaded with import() when first
  // needed and land in their own chunks, outside the initial budget.
  splitting: true,
  chunkNames: "chunk-[hash]",
  assetNames: "[name]-[hash]",
  loader: { ".svg": "file", ".woff2": "file" },
  legalComments: "linked",
  charset: "utf8",
  metafile: true,
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
});

const outputs = Object.entries(result.metafile.outputs);
const find = (entry, ext) => {
  const hit = outputs.find(([file, o]) => o.entryPoint === entry && file.endsWith(ext));
  if (!hit) throw new Error(`no output for ${entry}`);
  return "assets/" + basename(hit[0]);
};
const js = find("src/main.ts", ".js");
const css = find("src/style.css", ".css");
const lit = find("src/lit.ts", ".js");

const html = readFileSync("src/index.html", "utf8")
  .replaceAll("%APP_JS%", js)
  .replaceAll("%APP_CSS%", css)
  .replaceAll("%LIT_JS%", lit);
writeFileSync(`${out}/index.html`, html);
console.log(`built ${out}/: ${js}, ${css}`);
