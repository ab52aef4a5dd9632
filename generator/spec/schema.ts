import type { Registry } from "../registry.js";
import { listInWords } from "../shared/sentences.js";
import { typeNameDefinition } from "../languages/common/type-names.js";
import { schemaBase } from "./schema-base.js";

type JsonObject = Record<string, unknown>;

/** The object at `keys` inside `schema`; throws when the base schema lacks it (a bug, not a user error). */
function objectAt(schema: JsonObject, ...keys: string[]): JsonObject {
  let node: unknown = schema;
  for (const key of keys) {
    node = (node as JsonObject | undefined)?.[key];
    if (typeof node !== "object" || node === null) throw new Error(`the spec schema has no ${keys.join(".")}`);
  }
  return node as JsonObject;
}

/**
 * The spec's JSON Schema for `registry`: the base (spec/schema-base.ts) with `settings.<id>` for every
 * language that has settings, `aliases.<source>` for every source of legacy names, and the
 * targets `settings.outputs` may name. What validation runs, and what spec/status-codes.schema.json holds
 * for the built-in registry.
 */
export function specSchema(registry: Registry): JsonObject {
  const schema = structuredClone(schemaBase) as JsonObject;
  schema["description"] = `One table of status codes, rendered by status-codegen into ${listInWords(registry.languages.map((language) => language.displayName))}.`;
  const settings = objectAt(schema, "$defs", "settings", "properties");
  const outputs = objectAt(settings, "outputs");
  const languages = registry.languages.flatMap((language) => {
    if (language.settings === undefined) return [];
    const properties = Object.fromEntries(Object.entries(language.settings.fields).map(([field, setting]) => [field, setting.schema]));
    return [[language.id, { description: language.settings.description, type: "object", additionalProperties: false, properties }] as const];
  });
  outputs["description"] =
    `Where each target writes (${registry.targets.map((target) => target.id).join(", ")}): its file, or its folder for a target of several files, relative to the output directory (default out/).`;
  objectAt(schema, "$defs", "settings")["properties"] = { ...Object.fromEntries(languages), outputs };
  objectAt(schema, "$defs")["typeName"] = typeNameDefinition;
  objectAt(schema, "$defs", "code", "properties", "aliases")["properties"] = Object.fromEntries(
    registry.aliasSources.map((aliasSource) => [
      aliasSource.id,
      { description: aliasSource.description, type: "array", items: { $ref: `#/$defs/${aliasSource.names}` } },
    ]),
  );
  return schema;
}

/** The schema as the file spec/status-codes.schema.json holds it. */
export function specSchemaText(registry: Registry): string {
  return `${JSON.stringify(specSchema(registry), null, 2)}\n`;
}
