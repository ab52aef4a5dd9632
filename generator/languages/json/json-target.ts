import type { CodeModel, ReservedModel } from "../../spec/model.js";
import { builtinTemplate, type Target } from "../target.js";
import { relativeReference } from "../../render/common-helpers.js";
import { jsonSchemaTarget } from "./json-schema-target.js";
import { jsonString } from "../common/json-literals.js";
import { memoized } from "../common/text.js";
import { json, jsonInline } from "./language.js";

/**
 * A code as one JSON object, its fields in the model's order: the fields every code has, then `since`,
 * `deprecated`, `aliases` (the languages that list some) and `conflicts` only when the spec gives them, so
 * a table without history reads as before.
 */
export function codeEntry(code: CodeModel): string {
  // What jsonInline writes of `{ ...code, aliases, conflicts }` with the empty ones left out, field by field
  // rather than through a copy of the code and of its aliases (a table's JSON writes one entry per code),
  // each key's literal made once.
  let fields = "";
  for (const key of Object.keys(code) as (keyof CodeModel)[]) {
    const value = key === "aliases" ? aliasesEntry(code.aliases) : key === "conflicts" ? (code.conflicts.length > 0 ? jsonInline(code.conflicts) : undefined) : code[key] === undefined ? undefined : jsonInline(code[key]);
    if (value !== undefined) fields += `${fields === "" ? "" : ", "}${keyLiteral(key)}${value}`;
  }
  return `{ ${fields} }`;
}

/** `"key": `, as jsonInline writes a key. */
const keyLiteral = memoized((key: string) => `${jsonString(key)}: `);

/** jsonInline of the aliases that list some names; undefined when none does. */
function aliasesEntry(aliases: CodeModel["aliases"]): string | undefined {
  let fields = "";
  for (const source of Object.keys(aliases)) {
    const names = aliases[source] ?? [];
    if (names.length === 0) continue;
    let list = "";
    for (const name of names) list += `${list === "" ? "" : ", "}${jsonString(name)}`;
    fields += `${fields === "" ? "" : ", "}${keyLiteral(source)}[${list}]`;
  }
  return fields === "" ? undefined : `{ ${fields} }`;
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
