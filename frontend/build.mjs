// Builds dist/ from src/: one JS bundle and one CSS bundle with content-hashed names,
// and index.html pointing at them. The output is deterministic (no timestamps, no
// absolute paths), so CI can rebuild it from the lockfile and compare bytes.
//
//   npm ci && npm run build        # from frontend/
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { basename } from "node:path";
import { createHash } from "node:crypto";

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

// Fonts: the faces the themes can name (see theme/fonts.go), copied from the pinned
// @fontsource packages (devDependencies) into assets/fonts/, so that the app serves them
// itself and a page never asks another host for a font. Names carry a hash of the bytes,
// as esbuild's do, because assets are cached for a year; theme/fonts.go lists the same
// names, and a Go test fetches every one. Each package's licence (OFL-1.1) goes beside
// its files. Only the latin and latin-ext subsets, upright, in the weights the UI uses:
// 400, and 600 for labels, buttons and headings (700 falls back to 600).
const fonts = {
  "ibm-plex-sans": ["latin-400", "latin-ext-400", "latin-600", "latin-ext-600"],
  "ibm-plex-mono": ["latin-400", "latin-ext-400"],
  "source-sans-3": ["latin-400", "latin-ext-400", "latin-600", "latin-ext-600"],
};
mkdirSync(`${out}/assets/fonts`);
let fontBytes = 0;
for (const [pkg, faces] of Object.entries(fonts)) {
  const dir = `node_modules/@fontsource/${pkg}`;
  for (const face of faces) {
    const name = `${pkg}-${face}-normal`;
    const data = readFileSync(`${dir}/files/${name}.woff2`);
    const hash = createHash("sha256").update(data).digest("hex").slice(0, 8);
    writeFileSync(`${out}/assets/fonts/${name}-${hash}.woff2`, data);
    fontBytes += data.length;
  }
  writeFileSync(`${out}/assets/fonts/${pkg}-OFL.LEGAL.txt`, readFileSync(`${dir}/LICENSE`));
}
console.log(`built ${out}/: ${js}, ${css}, fonts (${fontBytes} bytes)`);
