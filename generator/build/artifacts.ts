import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * How a run loads what the build made (dist/build/precompiled/, see precompile.ts) and the Handlebars
 * runtime that the precompiled templates need: from disk, here. The bundle (bundle.ts) puts in this
 * module's place one that holds them, so that V8's code cache covers them as well.
 */
const requireHere = createRequire(import.meta.url);
const precompiledDir = fileURLToPath(new URL("../build/precompiled/", import.meta.url));

/** A build artifact's exports by its file name; throws MODULE_NOT_FOUND when the build made none. */
export function requireArtifact(file: string): unknown {
  return requireHere(`${precompiledDir}${file}`);
}

/** Handlebars' runtime (without its compiler), which runs precompiled templates. */
export function requireHandlebarsRuntime(): unknown {
  return requireHere("handlebars/runtime");
}
