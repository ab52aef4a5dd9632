// Build step (npm run build, after tsc and precompile): bundles the command into one script,
// dist/bundle/program.cjs, run by the package's bin, dist/bundle/status-codegen.cjs (cli/launcher.ts),
// with V8's code cache made here (dist/bundle/program.cache). Node then compiles one file instead of some
// fifty (and yaml's own), and little of it at all when the cache fits its V8. Handlebars and ajv stay
// outside: they are required lazily, only when a template or the schema changed since the build.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";

/** The bin, at the same depth below the package root as the modules it replaces, so relative URLs hold. */
export const bundleFile = fileURLToPath(new URL("../bundle/status-codegen.cjs", import.meta.url));
const programFile = fileURLToPath(new URL("../bundle/program.cjs", import.meta.url));
const cacheFile = fileURLToPath(new URL("../bundle/program.cache", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * How a script of the command's code is bundled: `entry` into `outfile`, with the artifacts inside. A
 * script, not a module: V8's code cache is for scripts (vm.Script). The launcher passes `require` and the
 * script's own URL, which stands for import.meta.url (templates and the bundled spec are found from it).
 */
const asScript = (entry: string, outfile: string): BuildOptions => ({
  entryPoints: [join(root, entry)],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  define: { "import.meta.url": "__bundleUrl" },
  plugins: [artifactsInside()],
});
// What an earlier build left (a bin of another name) would otherwise stay beside the new one, and ship.
rmSync(dirname(bundleFile), { recursive: true, force: true });
await build(asScript("generator/cli/bin.ts", programFile));
writeFileSync(programFile, asLauncherReadsIt(readFileSync(programFile, "utf8")));
// The bundle takes the validators on trust (artifactsMatchCode): check them with the code as it bundles it.
const verifier = join(mkdtempSync(join(tmpdir(), "status-codegen-verify-")), "verify-artifacts.cjs");
try {
  await build({ ...asScript("generator/build/verify-artifacts.ts", verifier), banner: { js: `const __bundleUrl = ${JSON.stringify(pathToFileURL(programFile).href)};` } });
  const verified = spawnSync(process.execPath, [verifier], { encoding: "utf8" });
  if (verified.status !== 0) throw new Error(`the bundle would carry stale validators: ${verified.stderr}`);
} finally {
  rmSync(dirname(verifier), { recursive: true, force: true });
}
// CommonJS, so that Node does not start its ES module loader for the bin (see launcher.ts).
await build({
  entryPoints: [join(root, "generator/cli/launcher.ts")],
  outfile: bundleFile,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  define: { "import.meta.url": "__launcherUrl" },
  banner: { js: 'const __launcherUrl = require("node:url").pathToFileURL(__filename).href;' },
});

/**
 * The bundled script as the launcher reads it: wrapped in the function the launcher calls (so that it
 * need not copy the text to wrap it), and ASCII, so that read as Latin-1 it is the same text, a one-byte
 * string made without decoding UTF-8. esbuild writes ASCII already, with escapes, except in the comments
 * it keeps and in raw text (String.raw, a regular expression's escaped character), where an escape would
 * change the program: a character outside ASCII there fails the build, with its place.
 */
function asLauncherReadsIt(code: string): string {
  const outside = /[^\x00-\x7f]/.exec(code);
  if (outside !== null) {
    const before = code.slice(0, outside.index);
    const line = before.split("\n").length;
    const text = code.split("\n")[line - 1]?.trim() ?? "";
    throw new Error(`the bundled script holds ${JSON.stringify(outside[0])} at its line ${line}, column ${outside.index - before.lastIndexOf("\n")}: "${text.slice(0, 160)}"; the bin reads the script as Latin-1, so write it in ASCII (in a comment, say "..." for "\u2026") or as an escape in the source`);
  }
  return `(function (require, __bundleUrl) {"use strict";${code}\n})\n`;
}

/**
 * build/artifacts.ts as the bundle has it: the build's artifacts and Handlebars' runtime required by
 * literal paths, so that esbuild puts them inside the script (each run when first required, as before).
 */
function artifactsInside(): Plugin {
  const precompiledDir = fileURLToPath(new URL("../build/precompiled/", import.meta.url));
  const files = readdirSync(precompiledDir).filter((file) => file.endsWith(".cjs")).sort();
  const contents = [
    "export function requireArtifact(file) {",
    "  switch (file) {",
    ...files.map((file) => `    case ${JSON.stringify(file)}: return require(${JSON.stringify(join(precompiledDir, file))});`),
    "  }",
    "  throw Object.assign(new Error(`Cannot find module '${file}'`), { code: \"MODULE_NOT_FOUND\" });",
    "}",
    'export function requireHandlebarsRuntime() { return require("handlebars/runtime"); }',
    "export const artifactsMatchCode = true;",
  ].join("\n");
  return {
    name: "artifacts-inside",
    setup(plugins) {
      plugins.onLoad({ filter: /[\\/]generator[\\/]build[\\/]artifacts\.ts$/ }, () => ({ contents, loader: "js", resolveDir: precompiledDir }));
    },
  };
}

// npm sets the executable bit when it installs the package elsewhere; inside this repository `npx
// status-codegen` runs the file as built.
chmodSync(bundleFile, 0o755);

// The cache: one run of the real spec into a scratch folder, every target, so that what a run compiles is in it.
rmSync(cacheFile, { force: true });
const scratch = mkdtempSync(join(tmpdir(), "status-codegen-code-cache-"));
try {
  // In the scratch folder: no consumer config is found there.
  const run = spawnSync(process.execPath, [bundleFile, "generate", "--spec", join(root, "spec/status-codes.yaml"), "--out", join(scratch, "out")], {
    cwd: scratch,
    encoding: "utf8",
    env: { ...process.env, STATUS_CODEGEN_MAKE_CODE_CACHE: cacheFile },
  });
  if (run.status !== 0) throw new Error(`the code cache's run failed: ${run.stderr}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
