import { commonEscapes, hex, memoized, quoted, screamingSnakeCase } from "./text.js";
import { blockDoc, docHelper } from "./block-doc.js";
import { legal, type Identifier, type Language } from "./language.js";
import type { CodeModel, Model } from "../model.js";
import { aliasMessage, aliasesFor, deprecationMessage } from "./evolution-text.js";

/** Words Kotlin reserves everywhere: no package segment or alias may be one. */
export const kotlinHardKeywords: ReadonlySet<string> = new Set([
  "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null",
  "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var",
  "when", "while",
]);

/** Members every StatusCode entry or its companion already has; an alias of the same name would hide one. */
const statusCodeMembers: ReadonlySet<string> = new Set([
  "code", "message", "category", "kind", "isRetryable", "name", "ordinal", "entries", "values", "valueOf",
  "byCode", "fromCode", "Companion", "compareTo", "equals", "hashCode", "toString", "declaringJavaClass",
]);

/** A legacy name as a companion `val`: not a keyword, not `_`, not a member the enum already has. */
export function kotlinAlias(alias: string): Identifier {
  if (kotlinHardKeywords.has(alias)) return { ok: false, reason: `"${alias}" is a Kotlin keyword` };
  if (/^_+$/.test(alias)) return { ok: false, reason: "Kotlin reserves names made only of underscores" };
  if (statusCodeMembers.has(alias)) return { ok: false, reason: `the Kotlin StatusCode already has a member "${alias}"` };
  return legal(alias);
}

const kotlinEscapes: Readonly<Record<string, string>> = { ...commonEscapes, $: "\\$" };

/**
 * A Kotlin string literal. `$` is escaped because Kotlin strings interpolate `$name` and `${…}`;
 * Kotlin's `\u` takes exactly four digits, which suffices since only BMP characters are escaped.
 */
export function kotlinString(value: string): string {
  return quoted(value, kotlinEscapes, (codePoint) => `\\u${hex(codePoint, 4)}`);
}

/** `@Deprecated(…)` whose ReplaceWith lets an IDE rewrite a use to `replacement`, a StatusCode entry. */
function deprecatedAnnotation(message: string, replacement: string | undefined, settings: KotlinSettings): string {
  if (replacement === undefined) return `@Deprecated(${kotlinString(message)})`;
  const expression = kotlinString(`${settings.typeName}.${replacement}`);
  return `@Deprecated(${kotlinString(message)}, ReplaceWith(${expression}, ${kotlinString(`${settings.package}.${settings.typeName}`)}))`;
}

type KotlinSettings = Model["settings"]["kotlin"];

/** What precedes an entry: its KDoc (the message, then `@since` when known) and `@Deprecated` when it is. */
export function kotlinEntryHead(code: CodeModel, settings: KotlinSettings): string {
  const doc = blockDoc(code.message, "    ", code.since === undefined ? [] : [["since", code.since]]);
  if (code.deprecated === undefined) return doc;
  return `${doc}\n    ${deprecatedAnnotation(deprecationMessage(code.deprecated), code.deprecated.replacedBy, settings)}`;
}

/** A legacy name as a deprecated companion `val`; @JvmField makes it a static field for Java callers too. */
export function kotlinAliasDeclaration(alias: string, code: CodeModel, settings: KotlinSettings): string {
  return [
    blockDoc(aliasMessage(alias, code), "        "),
    deprecatedAnnotation(aliasMessage(alias, code), code.name, settings),
    // kotlinc warns about a deprecated entry even inside a deprecated declaration; the alias means to name it.
    ...(code.deprecated === undefined ? [] : ['@Suppress("DEPRECATION")']),
    "@JvmField",
    `val ${alias}: ${settings.typeName} = ${code.name}`,
  ].join("\n        ");
}

/** Entry names of values that repeat across codes (category ids, kinds). */
const entryOfValue = memoized(screamingSnakeCase);

/**
 * Kotlin target: enum entries keep the SCREAMING_SNAKE names. Every Kotlin keyword is lower case and an
 * entry's own members (`name`, `ordinal`) are too, so an upper-case entry can never clash with them.
 */
export const kotlin: Language = {
  displayName: "Kotlin",
  helpers: {
    string: kotlinString,
    doc: docHelper,
    entryName: screamingSnakeCase,
  },
  codeView: (code, _index, _count, model) => ({
    messageLiteral: kotlinString(code.message),
    messageDoc: kotlinEntryHead(code, model.settings.kotlin),
    categoryEntry: entryOfValue(code.category),
    kindEntry: entryOfValue(code.kind),
  }),
  context: (model) => ({
    aliasEntries: aliasesFor(model.codes, "kotlin").map(({ alias, code }) => kotlinAliasDeclaration(alias, code, model.settings.kotlin)),
  }),
  codeIdentifier: (name) => legal(name),
  aliasIdentifier: kotlinAlias,
  categoryIdentifier: (id) => legal(screamingSnakeCase(id)),
  settingsKey: "kotlin",
  declaredTypeNames: (names) => [names.typeName, names.categoryTypeName, names.kindTypeName],
  // Types the file names (Int, String, Boolean, Map) and others that would shadow kotlin.* for readers.
  reservedTypeNames: new Set([
    "Int", "String", "Boolean", "Map", "Any", "Unit", "Nothing", "Enum", "Array", "List", "Set", "Char", "Long",
    "Double", "Float", "Short", "Byte", "Comparable", "Throwable", "Exception", "Deprecated", "Suppress",
    "Companion",
  ]),
};
