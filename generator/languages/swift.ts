import { commentLine, commonEscapes, hex, lowerCamelCase, memoized, quoted, splitLines } from "./text.js";
import { legal, type Identifier, type Language } from "./language.js";
import type { CodeModel } from "../model.js";
import { aliasMessage, aliasesFor, deprecationMessage } from "./evolution-text.js";

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

/**
 * Names a static let of the StatusCode enum cannot take: CaseIterable's static `allCases`, the associated
 * types, `init`, `self`, `Type`, `Protocol` and the file's private `Entry`. Instance members (`name`,
 * `message`, `description`, `rawValue`, …) live apart from static ones and do not clash (measured with
 * swiftc 6.0.3), so a rename's old case name can always stay as an alias.
 */
const statusCodeMembers: ReadonlySet<string> = new Set(["allCases", "AllCases", "RawValue", "init", "self", "Type", "Protocol", "Entry"]);

/**
 * A legacy name as a static let of the StatusCode enum. A keyword is declared in backticks and used as
 * `StatusCode.default`, like a case; `Self`, `Any` and `_` cannot be declared at all, and a member the
 * enum already has would clash.
 */
export function swiftAlias(alias: string): Identifier {
  if (alias === "Self" || alias === "Any" || alias === "_") return { ok: false, reason: `Swift cannot declare "${alias}", even in backticks` };
  if (statusCodeMembers.has(alias)) return { ok: false, reason: `the Swift StatusCode already has a member "${alias}"` };
  return legal(alias);
}

/** The lowerCamelCase case name for a SCREAMING_SNAKE name or kebab-case id. */
export function swiftCaseName(name: string): Identifier {
  const identifier = lowerCamelCase(name);
  const reason = unusable.get(identifier);
  if (reason !== undefined) return { ok: false, reason: `Swift cannot name a case "${identifier}": ${reason}` };
  return legal(identifier);
}

/** An identifier as written in source: in backticks when it is a keyword. */
function inBackticksIfKeyword(identifier: string): string {
  return keywords.has(identifier) ? `\`${identifier}\`` : identifier;
}

/** A case name as written in source: in backticks when it is a keyword. */
export function swiftIdentifier(name: string): string {
  const identifier = lowerCamelCase(name);
  return inBackticksIfKeyword(identifier);
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

/**
 * What precedes a case: its doc comment (the message, then `- Since:` when known) and, for a deprecated
 * code, the `@available` attribute whose message the compiler shows at every use.
 */
export function swiftCaseHead(code: CodeModel): string {
  const lines = [swiftDoc(code.message, "    ")];
  if (code.since !== undefined) lines.push("///", `/// - Since: ${code.since}`);
  if (code.deprecated !== undefined) {
    const renamed = code.deprecated.replacedBy === undefined ? "" : ` renamed: ${swiftString(lowerCamelCase(code.deprecated.replacedBy))},`;
    lines.push(`@available(*, deprecated,${renamed} message: ${swiftString(deprecationMessage(code.deprecated))})`);
  }
  return lines.join("\n    ");
}

/**
 * A legacy name as a deprecated static let of the StatusCode enum. Legacy names keep their SDK's spelling,
 * which is seldom lowerCamelCase, so swift-format's naming rule is switched off for exactly that line.
 */
export function swiftAliasDeclaration(alias: string, code: CodeModel, typeName: string): string {
  const canonical = lowerCamelCase(code.name);
  const lines = [
    swiftDoc(aliasMessage(alias, code), "    "),
    ...(/^[a-z][A-Za-z0-9]*$/.test(alias) ? [] : ["// swift-format-ignore: AlwaysUseLowerCamelCase"]),
    `@available(*, deprecated, renamed: ${swiftString(canonical)}, message: ${swiftString(aliasMessage(alias, code))})`,
    `public static let ${inBackticksIfKeyword(alias)}: ${typeName} = .${swiftIdentifier(code.name)}`,
  ];
  return lines.join("\n    ");
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
    messageDoc: swiftCaseHead(code),
    categoryCase: swiftCaseOfValue(code.category),
    kindCase: swiftCaseOfValue(code.kind),
  }),
  context: (model) => ({
    // Swift does not synthesize allCases for an enum with a deprecated case; the template writes it out then.
    hasDeprecatedCodes: model.codes.some((code) => code.deprecated !== undefined),
    aliasEntries: aliasesFor(model.codes, "swift").map(({ alias, code }) => swiftAliasDeclaration(alias, code, model.settings.swift.typeName)),
  }),
  codeIdentifier: swiftCaseName,
  aliasIdentifier: swiftAlias,
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
