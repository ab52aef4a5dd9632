import { commonEscapes, hex, lowerFirst, memoized, quoted } from "./text.js";
import { blockDoc } from "./block-doc.js";
import type { Language } from "./language.js";
import type { CodeModel } from "../model.js";

/**
 * A double-quoted string literal that is valid TypeScript, JavaScript and JSON alike.
 * Controls, separators and bidi marks become `\uXXXX` so the source shows exactly what the value holds.
 */
export function tsString(value: string): string {
  return quoted(value, commonEscapes, (codePoint) => `\\u${hex(codePoint, 4)}`);
}

/** The name of a list of `typeName` values: `StatusCode` → `statusCodes`, `StatusCategory` → `statusCategories`. */
export function listName(typeName: string): string {
  const singular = lowerFirst(typeName);
  return /[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`;
}

/** Literals of values that repeat across codes (category ids, kinds). */
const literalOfValue = memoized(tsString);

/** Literals of a code's text fields, shared by TypeScript and JSON. */
export function codeLiterals(code: CodeModel): Record<string, string> {
  return {
    nameLiteral: tsString(code.name),
    categoryLiteral: literalOfValue(code.category),
    messageLiteral: tsString(code.message),
    kindLiteral: literalOfValue(code.kind),
  };
}

/** TypeScript target: names are used as they are (object keys may be any word), so only literals need care. */
export const typescript: Language = {
  displayName: "TypeScript",
  helpers: {
    string: tsString,
    doc: blockDoc,
    lowerFirst,
    listName,
  },
  codeView: (code) => ({ ...codeLiterals(code), messageDoc: blockDoc(code.message, "  ") }),
  settingsKey: "typescript",
  declaredTypeNames: (names) => [
    names.typeName,
    `${names.typeName}Name`,
    `${names.typeName}Info`,
    names.categoryTypeName,
    `${names.categoryTypeName}Info`,
    names.kindTypeName,
  ],
  // The file uses Map and ReadonlyMap; the others would shadow globals every reader knows.
  reservedTypeNames: new Set([
    "Map", "ReadonlyMap", "Array", "ReadonlyArray", "Object", "String", "Number", "Boolean", "Symbol", "Error",
    "Set", "Promise", "Record", "Readonly", "Partial", "JSON", "Math", "Date", "RegExp", "Function",
  ]),
};
