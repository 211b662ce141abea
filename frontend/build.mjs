// Bundles the browser code into ../build/static, which Django serves as static files.
// Nothing built here is committed; scripts/setup runs this on every set-up.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";

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
