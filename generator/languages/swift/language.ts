import { commentText, commonEscapes, hex, lowerCamelCase, memoized, needsEscapePattern, prefixLines, quoted } from "../common/text.js";
import { swiftModuleField } from "../common/package-coordinates.js";
import { typeNameFields } from "../common/type-names.js";
import { illegal, legal, viewIdentifier, type Identifier, type Language } from "../language.js";
import type { CodeModel } from "../../spec/model.js";
import { aliasMessage, deprecationMessage } from "../../shared/sentences.js";
import { iosSdk } from "../alias-sources.js";
import type { LegacyName } from "../legacy-names.js";
import { swiftImportedName } from "./imported-names.js";

/**
 * Swift keywords that cannot name an enum case unless written in backticks (The Swift Programming
 * Language, Lexical Structure). Contextual keywords (`get`, `none`, `async`, …) are legal as case names and
 * are left alone. `Any`, `Self` and `_` cannot be declared even in backticks.
 */
const keywords = new Set([
  "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
  "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
  "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
  "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
  "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
  "super", "throws", "true", "try", "_",
]);

/**
 * Names no spelling can make usable as a case of the generated enums: `allCases` would clash with
 * `CaseIterable.allCases` even in backticks (measured with swiftc 6.0.3).
 */
const unusable = new Map([["allCases", "it would clash with CaseIterable's allCases"]]);

/**
 * Static names every Int-backed CaseIterable enum has, which a static let cannot take: `allCases`, the
 * associated types, `init`, `self`, `Type` and `Protocol`. Instance members (`name`, `message`,
 * `description`, `rawValue`, …) live apart from static ones and do not clash (measured with swiftc 6.0.3),
 * so a rename's old case name can always stay as an alias.
 */
const enumStaticMembers: ReadonlySet<string> = new Set(["allCases", "AllCases", "RawValue", "init", "self", "Type", "Protocol"]);

/**
 * A legacy name as a static let of the StatusCode enum. A keyword is declared in backticks and used as
 * `StatusCode.default`, like a case; `Self`, `Any` and `_` cannot be declared at all, and a member every
 * such enum has would clash.
 */
export function swiftAlias(alias: string): Identifier {
  if (alias === "Self" || alias === "Any" || alias === "_") return illegal(`Swift cannot declare "${alias}", even in backticks`);
  if (enumStaticMembers.has(alias)) return illegal(`every Swift enum of this kind has a static member "${alias}"`);
  return legal(alias, inBackticksIfKeyword(alias));
}

/**
 * The lowerCamelCase case name for a SCREAMING_SNAKE name or kebab-case id: its identifier, and its
 * source in backticks when it is a keyword.
 */
export function swiftCaseIdentifier(name: string): Identifier {
  const identifier = lowerCamelCase(name);
  const reason = unusable.get(identifier);
  if (reason !== undefined) return illegal(`Swift cannot name a case "${identifier}": ${reason}`);
  return legal(identifier, inBackticksIfKeyword(identifier));
}

/** An identifier as written in source: in backticks when it is a keyword. */
function inBackticksIfKeyword(identifier: string): string {
  return keywords.has(identifier) ? `\`${identifier}\`` : identifier;
}

/** A case name as written in source: in backticks when it is a keyword. */
export function swiftCaseSource(name: string): string {
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

/** Text with none of these (and so with no line break) is written as it is: most text. */
const swiftDocSpecial = needsEscapePattern(["\t", "-", "+", "*"]);

/**
 * A `///` doc comment. Line comments cannot be closed early or nested; invisible characters are shown as
 * escapes, and a line starting like a list item is escaped so that `- Returns:` cannot become a callout.
 * Later lines get `indent`. A few passes over the whole text, however many lines it has.
 */
export function swiftDoc(text: string, indent: string): string {
  return prefixLines(swiftDocSpecial.test(text) ? swiftDocText(text) : text, `${indent}///`).slice(indent.length);
}

/** Text that needs something: escapes, then list markers escaped where a line starts with one. */
function swiftDocText(text: string): string {
  const escaped = commentText(text, swiftUnicodeEscape);
  // A multiline `^` is tried at every character; most text has no marker to look for.
  return /[-+*]/.test(escaped) ? escaped.replace(/^([^\S\n]*)([-+*])(?=[^\S\n])/gm, "$1\\$2") : escaped;
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
 * The parts of a legacy name's declaration, a deprecated static let of the StatusCode enum, that need
 * Swift's rules; the template lays the declaration out. A legacy name that is not lowerCamelCase (a
 * keyword-like or underscored one) switches swift-format's naming rule off for exactly that line.
 */
export function swiftAliasParts(legacy: LegacyName) {
  // Each made once: a large table has thousands of aliases.
  const canonical = lowerCamelCase(legacy.code.name);
  const message = aliasMessage(legacy);
  return {
    aliasDoc: swiftDoc(message, "    "),
    lintIgnore: !/^[a-z][A-Za-z0-9]*$/.test(legacy.identifier),
    attribute: `@available(*, deprecated, renamed: ${swiftString(canonical)}, message: ${swiftString(message)})`,
    source: legacy.source,
    canonical: inBackticksIfKeyword(canonical),
  };
}

/** Case names of values that repeat across codes (category ids, kinds). */
const swiftCaseOfValue = memoized(swiftCaseSource);

/** Swift: enums whose cases are the lowerCamelCase names, keywords in backticks. */
export const swift = {
  id: "swift",
  displayName: "Swift",
  settings: { description: "Type names of the Swift output, and the Swift package's module.", fields: { ...typeNameFields, moduleName: swiftModuleField(keywords) } },
  keywords,
  // Types and protocols the file names (Int, String, Error and the like) and others that would shadow the standard library.
  reservedTypeNames: new Set([
    "Int", "String", "Bool", "Error", "Sendable", "CaseIterable", "CustomStringConvertible", "Equatable",
    "Hashable", "RawRepresentable", "Optional", "Any", "AnyObject", "Never", "Void", "Self", "Type", "Protocol",
    "Character", "Double", "Float", "Array", "Dictionary", "Set", "Result", "Codable", "Entry",
  ]),
  string: swiftString,
  doc: swiftDoc,
  comments: { kind: "line", prefix: "///" },
  naming: { code: swiftCaseIdentifier, category: swiftCaseIdentifier },
  // Deprecated static lets of the StatusCode enum: the table's former names spelt as cases are, and the
  // iOS SDK's enumerators under the names Swift imported them as.
  aliases: {
    sources: {
      former: (name) => {
        const spelt = swiftCaseIdentifier(name);
        return spelt.ok ? swiftAlias(spelt.identifier) : spelt;
      },
      ios: (name, { names }) => swiftAlias(swiftImportedName(name, names, iosSdk.typeName ?? "")),
    },
    renameBreaks: () => "Swift switches that list every case",
  },
  helpers: {
    string: swiftString,
    doc: swiftDoc,
    caseSource: swiftCaseSource,
    rawValueClause: swiftRawValueClause,
  },
  codeView: (code, index, _count, context) => ({
    caseName: viewIdentifier(context, index, swiftCaseIdentifier) ?? swiftCaseSource(code.name),
    nameLiteral: swiftString(code.name),
    messageLiteral: swiftString(code.message),
    docAndDeprecation: swiftCaseHead(code),
    categoryCase: swiftCaseOfValue(code.category),
    kindCase: swiftCaseOfValue(code.kind),
  }),
} satisfies Language;
