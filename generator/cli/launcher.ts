#!/usr/bin/env node
// The package's bin (dist/bundle/status-codegen.js): runs the bundled command (program.cjs, see
// build/bundle.ts) with V8's code cache for it (program.cache, made by the build from a run of the real
// spec), so that a run does not compile again what the build's run compiled. The cache is part of the
// package like the code; V8 uses it only when it was made by the same V8 and flags for the same source,
// and otherwise compiles as without it. Nothing is written at run time.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const programUrl = new URL("./program.cjs", import.meta.url);
const programFile = fileURLToPath(programUrl);
const cacheFile = fileURLToPath(new URL("./program.cache", import.meta.url));

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache (a build that made none): compiled as usual.
}
// The wrapper is part of the cached source: it must stay the same between the build's run and this one.
const wrapped = `(function (require, __bundleUrl) {"use strict";${readFileSync(programFile, "utf8")}\n})`;
const script = new Script(wrapped, { filename: programFile, ...(cachedData === undefined ? {} : { cachedData }) });

if (process.env["STATUS_CODEGEN_DEBUG"]) {
  process.stderr.write(`status-codegen: code cache ${cachedData === undefined ? "absent" : script.cachedDataRejected === true ? "rejected" : "accepted"}\n`);
}

// The build's run (build/bundle.ts) asks for the cache once the command has run, with all it compiled.
const makeCache = process.env["STATUS_CODEGEN_MAKE_CODE_CACHE"];
if (makeCache !== undefined) process.once("exit", () => writeFileSync(makeCache, script.createCachedData()));

(script.runInThisContext() as (require: NodeJS.Require, bundleUrl: string) => void)(createRequire(programFile), programUrl.href);
