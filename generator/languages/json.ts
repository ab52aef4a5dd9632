import { posix } from "node:path";
import { codeLiterals, tsString } from "./typescript.js";
import type { Language } from "./language.js";
import { aliasTargets, type CodeModel, type ReservedModel } from "../model.js";

/** `from` and `to` are output paths; the result is how a file at `from` refers to `to` (`./x.json`). */
export function relativeReference(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/**
 * The optional fields of a code, each written only when the spec gives it (`, "since": "1.1.0"`…), so a
 * table without history reads as before.
 */
export function evolutionFields(code: CodeModel): string {
  let fields = "";
  if (code.since !== undefined) fields += `, "since": ${tsString(code.since)}`;
  if (code.deprecated !== undefined) {
    const { since, reason, replacedBy } = code.deprecated;
    const replacement = replacedBy === undefined ? "" : `, "replacedBy": ${tsString(replacedBy)}`;
    fields += `, "deprecated": { "since": ${tsString(since)}, "reason": ${tsString(reason)}${replacement} }`;
  }
  const aliasLists = aliasTargets.filter((target) => code.aliases[target].length > 0);
  if (aliasLists.length > 0) {
    const lists = aliasLists.map((target) => `${tsString(target)}: [${code.aliases[target].map(tsString).join(", ")}]`);
    fields += `, "aliases": { ${lists.join(", ")} }`;
  }
  if (code.conflicts.length > 0) {
    const conflicts = code.conflicts.map((conflict) => {
      const name = conflict.name === undefined ? "" : `, "name": ${tsString(conflict.name)}`;
      return `{ "platform": ${tsString(conflict.platform)}${name}, "meaning": ${tsString(conflict.meaning)} }`;
    });
    fields += `, "conflicts": [${conflicts.join(", ")}]`;
  }
  return fields;
}

/** A reserved entry as one JSON object: `code` for one number, `first`/`last` for a range. */
function reservedObject(entry: ReservedModel): string {
  const fields: string[] = [];
  if (entry.first !== undefined && entry.first === entry.last) fields.push(`"code": ${entry.first}`);
  else if (entry.first !== undefined) fields.push(`"first": ${entry.first}`, `"last": ${String(entry.last)}`);
  if (entry.name !== undefined) fields.push(`"name": ${tsString(entry.name)}`);
  fields.push(`"reason": ${tsString(entry.reason)}`);
  if (entry.since !== undefined) fields.push(`"since": ${tsString(entry.since)}`);
  return `{ ${fields.join(", ")} }`;
}

/** JSON target: TypeScript's double-quoted literal is already valid JSON, escapes and all. */
export const json: Language = {
  displayName: "JSON",
  helpers: {
    string: tsString,
    relativeReference,
  },
  // JSON has no trailing commas: every entry but the last ends in one.
  codeView: (code, index, count) => ({ ...codeLiterals(code), evolution: evolutionFields(code), comma: index === count - 1 ? "" : "," }),
  context: (model) => ({
    versionField: model.version === undefined ? "" : `\n  "version": ${tsString(model.version)},`,
    reservedEntries: model.reserved.map((entry, index) => `${reservedObject(entry)}${index === model.reserved.length - 1 ? "" : ","}`),
  }),
};
