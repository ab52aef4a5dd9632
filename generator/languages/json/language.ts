import { codeLiterals, jsonString } from "../common/json-literals.js";
import type { Language } from "../language.js";

/**
 * A JSON value on one line, in the style of the generated files: `{ "code": 416, "name": "X" }`, `["a", "b"]`.
 * Object fields whose value is undefined are left out, so optional fields appear only when given.
 */
export function jsonInline(value: unknown): string {
  if (typeof value === "string") return jsonString(value);
  if (Array.isArray(value)) return `[${value.map(jsonInline).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const fields: string[] = [];
    for (const [key, field] of Object.entries(value)) {
      if (field !== undefined) fields.push(`${jsonString(key)}: ${jsonInline(field)}`);
    }
    return `{ ${fields.join(", ")} }`;
  }
  return String(value);
}

/** JSON: TypeScript's double-quoted literal is already valid JSON, escapes and all. */
export const json = {
  id: "json",
  displayName: "JSON",
  keywords: new Set(),
  string: jsonString,
  helpers: { string: jsonString, json: jsonInline },
  // What a consumer's JSON template prints for each code; the JSON target writes whole entries instead.
  codeView: (code) => codeLiterals(code),
} satisfies Language;
