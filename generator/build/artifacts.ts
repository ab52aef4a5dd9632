import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * How a run loads what the build made (dist/build/precompiled/, see precompile.ts) and the Handlebars
 * runtime that the precompiled templates need: from disk, here. The bundle (bundle.ts) puts in this
 * module's place one that holds them, so that V8's code cache covers them as well.
 */
const requireHere = createRequire(import.meta.url);
const precompiledDir = fileURLToPath(new URL("../build/precompiled/", import.meta.url));

/**
 * Whether the artifacts made from code (the validators, from the schemas the registry's code builds) are
 * known to match the code running: false here, where the modules may have been edited (or are run from
 * source, as in the tests) since the build, so a run compares hashes; true in the bundle, which is made
 * from the same sources in the same build (verify-artifacts.ts checks it there), so a run skips building
 * the schema's text only to compare it.
 */
export const artifactsMatchCode: boolean = false;

/** A build artifact's exports by its file name; throws MODULE_NOT_FOUND when the build made none. */
export function requireArtifact(file: string): unknown {
  return requireHere(`${precompiledDir}${file}`);
}

/** Handlebars' runtime (without its compiler), which runs precompiled templates. */
export function requireHandlebarsRuntime(): unknown {
  return requireHere("handlebars/runtime");
}
