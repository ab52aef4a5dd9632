import type { CodeModel } from "../../spec/model.js";
import { commonEscapes, hex, memoized, quoted } from "./text.js";

/**
 * A double-quoted string literal that is valid JSON, JavaScript and TypeScript alike: controls,
 * separators and bidi marks become `\uXXXX` so the source shows exactly what the value holds. Shared by
 * the languages whose literal it is, so neither depends on the other.
 */
export function jsonString(value: string): string {
  return quoted(value, commonEscapes, jsonUnicodeEscape);
}

/** How a character that must not stand raw is written. */
function jsonUnicodeEscape(codePoint: number): string {
  return `\\u${hex(codePoint, 4)}`;
}

/** Literals of values that repeat across codes (category ids, kinds). */
const literalOfValue = memoized(jsonString);

/** The literals of a code's text fields (a type, so that it is a record of strings, as a code view is). */
export type CodeLiterals = {
  readonly nameLiteral: string;
  readonly categoryLiteral: string;
  readonly messageLiteral: string;
  readonly kindLiteral: string;
};

/** The literals of a code's text fields, for the languages whose literal jsonString writes. */
export function codeLiterals(code: CodeModel): CodeLiterals {
  return {
    nameLiteral: jsonString(code.name),
    categoryLiteral: literalOfValue(code.category),
    messageLiteral: jsonString(code.message),
    kindLiteral: literalOfValue(code.kind),
  };
}
