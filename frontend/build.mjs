// Bundles the browser code into ../build/static, which Django serves as static files.
// Nothing built here is committed; scripts/setup runs this on every set-up.
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const outdir = new URL("../build/static/", import.meta.url).pathname;
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints: { app: "src/app.js", "app-style": "src/app.css" },
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ["es2020"],
  outdir,
  logLevel: "warning",
});

// The BPMN modeller and viewer (bpmn-js) with their styles and icon font, loaded only by pages with a
// diagram. Licences stay with the bundles: legal comments go to a linked .LEGAL.txt, and bpmn-licenses.txt
// holds the licence of every npm package bundled (bpmn-js's own asks to keep its bpmn.io watermark visible).
const LICENSES = "bpmn-licenses.txt";
const bpmn = await build({
  entryPoints: {
    "bpmn-modeller": "src/bpmn/modeller.js",
    "bpmn-viewer": "src/bpmn/viewer.js",
    "bpmn-style": "src/bpmn.css",
  },
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ["es2020"],
  outdir,
  legalComments: "linked",
  banner: {
    js: `/*! Contains bpmn-js (bpmn.io licence) and other open-source packages; licences: ${LICENSES} */`,
    css: `/*! Contains styles and the icon font of bpmn-js (bpmn.io licence); licences: ${LICENSES} */`,
  },
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".eot": "file", ".svg": "file" },
  assetNames: "bpmn-font/[name]-[hash]",
  metafile: true,
  logLevel: "warning",
});

function packageRoot(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match ? match[1] : null;
}

const packages = new Set(Object.keys(bpmn.metafile.inputs).map(packageRoot).filter(Boolean));
const sections = [...packages].sort().map((root) => {
  const meta = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const file = readdirSync(root).find((name) => /^licen[cs]e/i.test(name));
  const text = file ? readFileSync(join(root, file), "utf8").trim() : `Licence: ${meta.license}`;
  return `${meta.name} ${meta.version}\n${"=".repeat(40)}\n${text}\n`;
});
const heading = "Open-source packages in bpmn-modeller.js, bpmn-viewer.js and bpmn-style.css";
writeFileSync(join(outdir, LICENSES), `${heading}\n\n${sections.join("\n")}`);
