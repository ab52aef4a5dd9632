import { readFileSync } from "node:fs";
import { validateSpec } from "../../generator/spec/validate.js";
import { outputPaths, plannedTargets } from "../../generator/render/render.js";
import { jsonFile } from "./legacy-uses.js";
import type { Subject } from "./kits/kit.js";

/**
 * What every consumer of the generated code must print, shared by the compile kits (test/compile/) and the
 * packages' consumers (test/packages/): the table as JSON lines, read from the JSON output of the same tree.
 */

export interface JsonOutput {
  version?: string;
  categories: { id: string; title: string; description: string }[];
  codes: { code: number; name: string; category: string; message: string; kind: string; retryable: boolean }[];
}

/** What a driver must print for an output tree: its JSON, plus each code's own lookup and three misses. */
export function expectedLines(subject: Subject): unknown[] {
  const data = JSON.parse(readFileSync(jsonFile(subject), "utf8")) as JsonOutput;
  return [
    // The table's version constant: the spec's, or 0.0.0 for a spec without one.
    { version: data.version ?? "0.0.0" },
    ...data.categories,
    // The drivers print what every code has; deprecations and aliases are proved by the legacy drivers.
    ...data.codes.map(({ code, name, category, message, kind, retryable }) => ({ code, name, category, message, kind, retryable, lookup: name })),
    { unknown: [null, null, null] },
  ];
}

/** A subject for the spec at `specPath`, generated into `outDir`, with the settings and output paths its model holds. */
export function subject(label: string, specPath: string, outDir: string): Subject {
  const { model } = validateSpec(readFileSync(specPath, "utf8"), specPath);
  return { label, outDir, settings: model.settings.languages, paths: outputPaths(plannedTargets(model)) };
}
