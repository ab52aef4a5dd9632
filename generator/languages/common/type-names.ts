import type { SettingField } from "../language.js";

/** An UpperCamelCase type name: what every language's type-name settings accept. */
export const typeNamePattern = /^[A-Z][A-Za-z0-9]*$/;

/** The JSON Schema of a type name, `$defs.typeName` of the spec's schema. */
export const typeNameDefinition: Readonly<Record<string, unknown>> = {
  type: "string",
  pattern: typeNamePattern.source,
  patternErrorMessage: "must be an UpperCamelCase type name such as StatusCode",
};

/** A configurable type name: the schema's `typeName`, with what it names. */
function typeNameField(description: string, fallback: string): SettingField {
  return { schema: { description, $ref: "#/$defs/typeName" }, pattern: typeNamePattern, default: fallback, typeName: true };
}

/**
 * The three type names every code-declaring language lets a consumer choose: the codes' type, the
 * categories' and the kinds'. Shared, so each language's settings say the same thing the same way.
 */
export const typeNameFields: Readonly<Record<string, SettingField>> = {
  typeName: typeNameField("The type of the codes (default StatusCode).", "StatusCode"),
  categoryTypeName: typeNameField("The type of the categories (default StatusCategory).", "StatusCategory"),
  kindTypeName: typeNameField("The type of the kinds (default StatusKind).", "StatusKind"),
};
