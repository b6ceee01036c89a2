// Bundles the page's script (src/main.js and CodeMirror from node_modules) into
// service/static/build/app.js. Run by `make web`; the output folder is not committed.
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, "../service/static/build");
mkdirSync(outdir, { recursive: true });

// CodeMirror injects its styles through style-mod, which writes a <style> element into a
// document (blocked by a Content-Security-Policy without 'unsafe-inline') and a constructed
// stylesheet only into shadow roots. A constructed stylesheet is CSSOM, which the policy allows:
// use it for the document too. If an upgrade changes that line, the build fails here.
const STYLE_MOD_TEST = "if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet) {";
const cspSafeStyles = {
  name: "csp-safe-styles",
  setup(b) {
    b.onLoad({ filter: /style-mod[\\/]src[\\/]style-mod\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(STYLE_MOD_TEST)) {
        throw new Error("style-mod changed: check how it mounts styles (see web/build.mjs)");
      }
      return { contents: source.replace(STYLE_MOD_TEST, "if (root.adoptedStyleSheets && win.CSSStyleSheet) {"), loader: "js" };
    });
  },
};

const result = await build({
  plugins: [cspSafeStyles],
  entryPoints: [resolve(here, "src/main.js")],
  bundle: true,
  format: "iife",
  target: ["es2020"],
  minify: true,
  legalComments: "none", // the licences are collected below, whole
  outfile: resolve(outdir, "app.js"),
  metafile: true,
  logLevel: "warning",
});

// The licence of every package in the bundle, next to it.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.set(m[1], resolve(here, "node_modules", m[1]));
}
const notices = [...packages.entries()].sort().map(([name, dir]) => {
  const meta = JSON.parse(readFileSync(resolve(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  const text = file && existsSync(resolve(dir, file)) ? readFileSync(resolve(dir, file), "utf8").trim() : `License: ${meta.license}`;
  return `${name} ${meta.version}\n${"-".repeat(name.length + meta.version.length + 1)}\n${text}\n`;
});
writeFileSync(resolve(outdir, "LICENSES.txt"),
  "Third-party code in app.js (built by `make web` from web/package-lock.json):\n\n" + notices.join("\n"));
const bytes = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes;
console.log(`web: service/static/build/app.js (${Math.round(bytes / 1024)} KiB, ${packages.size} packages)`);
