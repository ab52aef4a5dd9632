import { builtinTemplate, type Target } from "../target.js";
import { json } from "./language.js";

/** out/json/status-codes.schema.json: the JSON Schema of the JSON output; it prints no code, so it has no code view. */
export const jsonSchemaTarget: Target = {
  id: "json-schema",
  language: json,
  description: "the JSON Schema of the JSON table",
  output: "json/status-codes.schema.json",
  files: [{ template: builtinTemplate("json-schema.hbs") }],
};
