import type { SettingField } from "../language.js";

/** A configurable type name: the base schema's `typeName` (UpperCamelCase), with what it names. */
function typeNameSchema(description: string): Readonly<Record<string, unknown>> {
  return { description, $ref: "#/$defs/typeName" };
}

/**
 * The three type names every code-declaring language lets a consumer choose: the codes' type, the
 * categories' and the kinds'. Shared, so each language's settings say the same thing the same way.
 */
export const typeNameFields: Readonly<Record<string, SettingField>> = {
  typeName: { schema: typeNameSchema("The type of the codes (default StatusCode)."), default: "StatusCode", typeName: true },
  categoryTypeName: { schema: typeNameSchema("The type of the categories (default StatusCategory)."), default: "StatusCategory", typeName: true },
  kindTypeName: { schema: typeNameSchema("The type of the kinds (default StatusKind)."), default: "StatusKind", typeName: true },
};
