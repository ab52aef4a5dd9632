#!/usr/bin/env node
// The package's bin (dist/bundle/status-codegen.cjs): runs the bundled command (program.cjs, see
// build/bundle.ts) with V8's code cache for it (program.cache, made by the build from a run of the real
// spec), so that a run does not compile again what the build's run compiled. The cache is part of the
// package like the code; V8 uses it only when it was made by the same V8 and flags for a source of the
// same length, and otherwise compiles as without it. Nothing is written at run time.
//
// Bundled as CommonJS: Node starts an ES module entry through its ES module loader, which loads some
// twenty of its own modules first (about 9 ms on the CI machine, measured against an empty script).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const programUrl = new URL("./program.cjs", import.meta.url);
const programFile = fileURLToPath(programUrl);
const cacheFile = fileURLToPath(new URL("./program.cache", import.meta.url));

/**
 * Where V8's data starts in the cache file: after the script's bytes, at the next multiple of 8. V8 copies
 * data that is not aligned to a pointer before reading it (a megabyte, some 280 fresh pages of memory, about
 * a millisecond here), and a file's bytes are read into a buffer that is.
 */
function dataStart(scriptLength: number): number {
  return Math.ceil(scriptLength / 8) * 8;
}

/**
 * V8's data in the cache file, when the file was made for this very script: it holds the script's bytes
 * first, then V8's data, and a run compares those bytes with the script (a fraction of a millisecond). V8
 * compares only the source's length, so a script edited in place (a patched node_modules) would otherwise
 * run as it was; the files' times cannot tell, since package managers write a package's files in any order.
 */
function cacheFor(script: Buffer, cache: string): { data: Buffer | undefined; state: "absent" | "stale" | "read" } {
  let made: Buffer;
  try {
    made = readFileSync(cache);
  } catch {
    // No cache (a build that made none): compiled as usual.
    return { data: undefined, state: "absent" };
  }
  const start = dataStart(script.length);
  if (made.length <= start || !made.subarray(0, script.length).equals(script)) return { data: undefined, state: "stale" };
  return { data: made.subarray(start), state: "read" };
}

const scriptBytes = readFileSync(programFile);
const cache = cacheFor(scriptBytes, cacheFile);
const cachedData = cache.data;
// The script is ASCII and already wrapped in its function (the build makes it so): as Latin-1, it is a
// one-byte string made without decoding UTF-8, given to V8 as it is (no copy to add the wrapper).
const script = new Script(scriptBytes.toString("latin1"), { filename: programFile, ...(cachedData === undefined ? {} : { cachedData }) });

if (process.env["STATUS_CODEGEN_DEBUG"]) {
  process.stderr.write(`status-codegen: code cache ${cache.state !== "read" ? cache.state : script.cachedDataRejected === true ? "rejected" : "accepted"}\n`);
}

// The build's run (build/bundle.ts) asks for the cache once the command has run, with all it compiled.
const makeCache = process.env["STATUS_CODEGEN_MAKE_CODE_CACHE"];
if (makeCache !== undefined) {
  process.once("exit", () => writeFileSync(makeCache, Buffer.concat([scriptBytes, Buffer.alloc(dataStart(scriptBytes.length) - scriptBytes.length), script.createCachedData()])));
}

(script.runInThisContext() as (require: NodeJS.Require, bundleUrl: string) => void)(createRequire(programFile), programUrl.href);
