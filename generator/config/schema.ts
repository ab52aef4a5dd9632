import type { Registry } from "../registry.js";
import { typeNameDefinition } from "../languages/common/type-names.js";
import { schemaBase } from "../spec/schema-base.js";

type JsonObject = Record<string, unknown>;

/** The options a language takes: its settings' fields, nothing else. */
function optionsSchema(fields: Readonly<Record<string, { readonly schema: unknown }>> | undefined): JsonObject {
  return {
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(fields ?? {}).map(([field, setting]) => [field, setting.schema])),
  };
}

/**
 * The JSON Schema of a consumer's `status-codegen.config.yaml` for `registry`: which targets the repository
 * generates, where, and with which names. Each built-in target's `options`, and each template's (by its
 * `language`), are that language's settings, so editors complete them; what JSON Schema cannot say (a
 * target or a template, not both; paths that collide; a spec that does not resolve) is the config rules'.
 */
export function configSchema(registry: Registry): JsonObject {
  const outputPath = (schemaBase["$defs"] as JsonObject)["outputPath"];
  const byTarget = registry.targets.map((target) => ({
    if: { properties: { target: { const: target.id } }, required: ["target"] },
    then: { properties: { options: optionsSchema(target.language.settings?.fields) } },
  }));
  const byLanguage = registry.languages.map((language) => ({
    if: { properties: { language: { const: language.id } }, required: ["language"] },
    then: { properties: { options: optionsSchema(language.settings?.fields) } },
  }));
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "status-codegen config",
    description: "What an SDK repository generates from the status code table: which targets, where, with which names. Paths are relative to this file.",
    type: "object",
    required: ["targets"],
    additionalProperties: false,
    properties: {
      $schema: { description: "The JSON Schema editors read (JSON configs).", type: "string" },
      spec: {
        description: "The spec: a file (relative to this config), or a module specifier resolved from this config's folder, such as status-codegen/spec/status-codes.yaml. Default: the table the installed status-codegen ships.",
        type: "string",
        minLength: 1,
      },
      out: { description: "The output root, relative to this config (default: out). Every target writes inside it.", type: "string", minLength: 1 },
      owned: {
        description: "Folders inside `out` that hold only generated files: `generate --check` reports any other file in them as unexpected.",
        type: "array",
        items: { $ref: "#/$defs/outputPath" },
      },
      targets: { description: "What to generate; only these are written.", type: "array", minItems: 1, items: { $ref: "#/$defs/target" } },
    },
    $defs: {
      target: {
        description: "A built-in target (`target`), or a template of this repository (`template` with the `language` whose helpers and code views it uses).",
        type: "object",
        additionalProperties: false,
        properties: {
          name: {
            description: "What `--target` calls it (default: the target's id, or the template's file name). Two targets of one id need names.",
            type: "string",
            pattern: "^[a-z0-9][a-z0-9._-]*$",
            patternErrorMessage: "must be lower-case letters, digits, '.', '_' or '-', such as web-errors",
          },
          target: { description: `A built-in target: ${registry.targets.map((target) => target.id).join(", ")}.`, type: "string" },
          template: { description: "A Handlebars template of this repository, relative to this config.", type: "string", minLength: 1 },
          language: { description: `The language of a template: ${registry.languages.map((language) => language.id).join(", ")}.`, type: "string" },
          output: { description: "Where it writes, inside `out`: its file, or its folder for a target of several files. Default for a built-in target: the spec's output path.", $ref: "#/$defs/outputPath" },
          options: { description: "The language's settings for this target only, over the spec's `settings`.", type: "object" },
        },
        allOf: [...byTarget, ...byLanguage],
      },
      outputPath,
      typeName: typeNameDefinition,
    },
  };
}

/** The schema as the file spec/status-codegen.config.schema.json holds it. */
export function configSchemaText(registry: Registry): string {
  return `${JSON.stringify(configSchema(registry), null, 2)}\n`;
}
