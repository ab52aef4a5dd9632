import type { SettingField } from "../language.js";

/** An UpperCamelCase type name: what every language's type-name settings accept. */
export const typeNamePattern = /^[A-Z][A-Za-z0-9]*$/;

/**
 * The longest type name. Unbounded, a name of 200,000 characters made the renderer run out of string
 * length, and 301 made kotlinc fail to write its class file (a file name holds 255 bytes, and Kotlin
 * names nested classes `StatusCode$Companion`); 64 is the code names' limit too, and room enough.
 */
export const maxTypeNameLength = 64;

/**
 * The JSON Schema of a type name, `$defs.typeName` of the spec's and the config's schemas: the shape and
 * the length apart, so that each error says which it is.
 */
export const typeNameDefinition: Readonly<Record<string, unknown>> = {
  type: "string",
  maxLength: maxTypeNameLength,
  pattern: typeNamePattern.source,
  patternErrorMessage: "must be an UpperCamelCase type name such as StatusCode",
};

/** Exactly the type names the schema accepts, its length included: what the settings rules go on to judge. */
const acceptedTypeName = new RegExp(`^[A-Z][A-Za-z0-9]{0,${maxTypeNameLength - 1}}$`);

/** A configurable type name: the schema's `typeName`, with what it names. */
function typeNameField(description: string, fallback: string): SettingField {
  return { schema: { description, $ref: "#/$defs/typeName" }, pattern: acceptedTypeName, default: fallback, typeName: true };
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
