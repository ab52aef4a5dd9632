import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { requireArtifact } from "./artifacts.js";

export { artifactsMatchCode } from "./artifacts.js";

/**
 * Build-time artifacts (see precompile.ts): the spec validator as ajv standalone code and the templates
 * precompiled by Handlebars, so a run pays neither ajv's schema compiler nor Handlebars' parser at start-up.
 * Each artifact records the source it was made from (a template) or its hash (a schema's text, which a
 * run would have to build to compare); a run whose schema or template differs
 * (edited since the last build, or running from source in the tests) compiles that source itself instead.
 */

/** Synchronous `require` for CommonJS artifacts and the lazily loaded compilers. */
export const requireCjs = createRequire(import.meta.url);

/** Where `npm run build` writes the artifacts: dist/build/precompiled/, beside this module. */
export const precompiledDir = fileURLToPath(new URL("../build/precompiled/", import.meta.url));

/** A short content hash that ties an artifact to the exact source it came from. */
export function sourceHash(text: string): string {
  // Required here, not imported: a run of the bundle never hashes (artifactsMatchCode), and node:crypto
  // loads some twenty of Node's modules (4 to 6 ms).
  const { createHash } = requireCjs("node:crypto") as typeof import("node:crypto");
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** The artifact's exports, or undefined when it was never built. */
export function loadPrecompiled<T>(file: string): T | undefined {
  try {
    return requireArtifact(file) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}
