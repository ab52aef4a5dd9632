import { commentLine, commonEscapes, hex, lowerCamelCase, memoized, quoted, splitLines } from "./text.js";
import { legal, type Identifier, type Language } from "./language.js";

/**
 * Swift keywords that cannot name an enum case unless written in backticks. Contextual keywords
 * (`get`, `none`, `async`, …) are legal as case names and are left alone.
 */
const keywords = new Set([
  "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
  "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
  "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
  "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
  "return", "throw", "switch", "where", "while", "as", "false", "is", "nil", "self", "super", "throws", "true",
  "try",
]);

/**
 * Names no spelling can make usable as a case of the generated enums: `allCases` would clash with
 * `CaseIterable.allCases` even in backticks (measured with swiftc 6.0.3).
 */
const unusable = new Map([["allCases", "it would clash with CaseIterable's allCases"]]);

/** The lowerCamelCase case name for a SCREAMING_SNAKE name or kebab-case id. */
export function swiftCaseName(name: string): Identifier {
  const identifier = lowerCamelCase(name);
  const reason = unusable.get(identifier);
  if (reason !== undefined) return { ok: false, reason: `Swift cannot name a case "${identifier}": ${reason}` };
  return legal(identifier);
}

/** A case name as written in source: in backticks when it is a keyword. */
export function swiftIdentifier(name: string): string {
  const identifier = lowerCamelCase(name);
  return keywords.has(identifier) ? `\`${identifier}\`` : identifier;
}

function swiftUnicodeEscape(codePoint: number): string {
  return `\\u{${hex(codePoint, 1)}}`;
}

/**
 * The ` = "raw"` clause of a String-backed case, or nothing when Swift's implicit raw value (the case
 * name) is already right.
 */
export function swiftRawValueClause(value: string): string {
  return lowerCamelCase(value) === value ? "" : ` = ${swiftString(value)}`;
}

/** A Swift string literal. `\(` needs no care: once `\` is escaped no interpolation can start. */
export function swiftString(value: string): string {
  return quoted(value, commonEscapes, swiftUnicodeEscape);
}

/**
 * A `///` doc comment. Line comments cannot be closed early or nested; invisible characters are shown as
 * escapes, and a line starting like a list item is escaped so that `- Returns:` cannot become a callout.
 * Later lines get `indent`.
 */
export function swiftDoc(text: string, indent: string): string {
  return splitLines(text)
    .map((line) => commentLine(line, swiftUnicodeEscape).replace(/^(\s*)([-+*])(?=\s)/, "$1\\$2"))
    .map((line, index) => `${index === 0 ? "" : indent}///${line === "" ? "" : ` ${line}`}`)
    .join("\n");
}

/** Case names of values that repeat across codes (category ids, kinds). */
const swiftCaseOfValue = memoized(swiftIdentifier);

/** Swift target: enums whose cases are the lowerCamelCase names. */
export const swift: Language = {
  displayName: "Swift",
  helpers: {
    string: swiftString,
    doc: swiftDoc,
    caseName: swiftIdentifier,
    rawValueClause: swiftRawValueClause,
  },
  codeView: (code) => ({
    caseIdentifier: swiftIdentifier(code.name),
    nameLiteral: swiftString(code.name),
    messageLiteral: swiftString(code.message),
    messageDoc: swiftDoc(code.message, "    "),
    categoryCase: swiftCaseOfValue(code.category),
    kindCase: swiftCaseOfValue(code.kind),
  }),
  codeIdentifier: swiftCaseName,
  categoryIdentifier: swiftCaseName,
  settingsKey: "swift",
  declaredTypeNames: (names) => [names.typeName, names.categoryTypeName, names.kindTypeName],
  // Types and protocols the file names (Int, String, Error, …) and others that would shadow the standard library.
  reservedTypeNames: new Set([
    "Int", "String", "Bool", "Error", "Sendable", "CaseIterable", "CustomStringConvertible", "Equatable",
    "Hashable", "RawRepresentable", "Optional", "Any", "AnyObject", "Never", "Void", "Self", "Type", "Protocol",
    "Character", "Double", "Float", "Array", "Dictionary", "Set", "Result", "Codable", "Entry",
  ]),
};
