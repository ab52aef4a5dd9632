import type { CodeModel, ReservedModel } from "../../spec/model.js";
import { builtinTemplate, type Target } from "../target.js";
import { relativeReference } from "../../render/common-helpers.js";
import { jsonSchemaTarget } from "./json-schema-target.js";
import { jsonString } from "../common/json-literals.js";
import { json, jsonInline } from "./language.js";

/**
 * A code as one JSON object, its fields in the model's order: the fields every code has, then `since`,
 * `deprecated`, `aliases` (the languages that list some) and `conflicts` only when the spec gives them, so
 * a table without history reads as before.
 */
export function codeEntry(code: CodeModel): string {
  // What jsonInline writes of `{ ...code, aliases, conflicts }` with the empty ones left out, field by field
  // rather than through a copy of the code and of its aliases (a table's JSON writes one entry per code).
  const fields: string[] = [];
  for (const key of Object.keys(code) as (keyof CodeModel)[]) {
    if (key === "aliases") {
      const aliases = Object.entries(code.aliases).filter(([, names]) => names.length > 0);
      if (aliases.length > 0) fields.push(`"aliases": ${jsonInline(Object.fromEntries(aliases))}`);
    } else if (key === "conflicts") {
      if (code.conflicts.length > 0) fields.push(`"conflicts": ${jsonInline(code.conflicts)}`);
    } else if (code[key] !== undefined) {
      fields.push(`${jsonString(key)}: ${jsonInline(code[key])}`);
    }
  }
  return `{ ${fields.join(", ")} }`;
}

/** A reserved entry as one JSON object: `code` for one number, `first`/`last` for a range. */
export function reservedEntry(entry: ReservedModel): string {
  const single = entry.first !== undefined && entry.first === entry.last;
  return jsonInline({
    code: single ? entry.first : undefined,
    first: single ? undefined : entry.first,
    last: single ? undefined : entry.last,
    name: entry.name,
    reason: entry.reason,
    since: entry.since,
  });
}

/** out/json/status-codes.json: the table for any program, one entry per line. */
export const jsonTarget: Target = {
  id: "json",
  language: json,
  description: "the table as JSON",
  output: "json/status-codes.json",
  files: [{ template: builtinTemplate("json.hbs") }],
  codeView: (code) => ({ entry: codeEntry(code) }),
  context: ({ model, path, paths }) => {
    // `$schema` points at the schema the run writes beside it; without one, the file names none.
    const schema = paths[jsonSchemaTarget.id];
    return { schemaReference: schema === undefined ? undefined : relativeReference(path, schema), reservedEntries: model.reserved.map(reservedEntry) };
  },
};
