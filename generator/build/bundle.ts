// Build step (npm run build, after tsc and precompile): bundles the command into one module,
// dist/bundle/status-codegen.js, the package's bin. Node's loader then resolves and compiles one file
// instead of some fifty (and yaml's own), which is most of a small run's start-up. Handlebars and ajv stay
// outside: they are required lazily, only when a template or the schema changed since the build.
import { chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The bundle, at the same depth below the package root as the modules it replaces, so relative URLs hold. */
export const bundleFile = fileURLToPath(new URL("../bundle/status-codegen.js", import.meta.url));

await build({
  entryPoints: [fileURLToPath(new URL("../../generator/cli/bin.ts", import.meta.url))],
  outfile: bundleFile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // CommonJS dependencies inside an ES module bundle call require(); give them Node's.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
});
// npm sets the executable bit when it installs the package elsewhere; inside this repository `npx
// status-codegen` runs the file as built.
chmodSync(bundleFile, 0o755);
