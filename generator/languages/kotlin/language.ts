import { commonEscapes, hex, memoized, quoted, screamingSnakeCase } from "../common/text.js";
import { blockDoc, docHelper } from "../common/block-doc.js";
import { packageField } from "../common/package-names.js";
import { mavenFields } from "../common/package-coordinates.js";
import { typeNameFields } from "../common/type-names.js";
import { illegal, legal, type Identifier, type Language } from "../language.js";
import { statusKinds, type CodeModel, type Model } from "../../spec/model.js";
import { aliasMessage, deprecationMessage } from "../../shared/sentences.js";
import { androidSdk } from "../alias-sources.js";
import type { LegacyName } from "../legacy-names.js";

/** Words Kotlin reserves everywhere: no package segment or alias may be one. */
export const kotlinHardKeywords: ReadonlySet<string> = new Set([
  "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null",
  "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var",
  "when", "while",
]);

/**
 * Members every Kotlin enum entry or its companion has; an alias of the same name would hide one. The
 * members the generated file adds (`code`, `fromCode`, …) are its target's declarations.
 */
const enumMembers: ReadonlySet<string> = new Set([
  "name", "ordinal", "entries", "values", "valueOf", "Companion", "compareTo", "equals", "hashCode", "toString",
  "declaringJavaClass",
]);

/** A legacy name as a companion `val`: not a keyword, not `_`, not a member every enum has. */
export function kotlinAlias(alias: string): Identifier {
  if (kotlinHardKeywords.has(alias)) return illegal(`"${alias}" is a Kotlin keyword`);
  if (/^_+$/.test(alias)) return illegal("Kotlin reserves names made only of underscores");
  if (enumMembers.has(alias)) return illegal(`every Kotlin enum has a member "${alias}"`);
  return legal(alias);
}

const kotlinEscapes: Readonly<Record<string, string>> = { ...commonEscapes, $: "\\$" };

/**
 * A Kotlin string literal. `$` is escaped because Kotlin strings interpolate `$name` and `${…}`;
 * Kotlin's `\u` takes exactly four digits, which suffices since only BMP characters are escaped.
 */
export function kotlinString(value: string): string {
  return quoted(value, kotlinEscapes, kotlinUnicodeEscape);
}

/** How a character that must not stand raw is written. */
function kotlinUnicodeEscape(codePoint: number): string {
  return `\\u${hex(codePoint, 4)}`;
}

/** Where a code's entries live: the package and the code type the target declares, for ReplaceWith. */
export interface KotlinCodeType {
  readonly packageName: string;
  readonly typeName: string;
}

/** `@Deprecated(…)` whose ReplaceWith lets an IDE rewrite a use to `replacement`, an entry of the code type. */
function deprecatedAnnotation(message: string, replacement: string | undefined, { packageName, typeName }: KotlinCodeType): string {
  if (replacement === undefined) return `@Deprecated(${kotlinString(message)})`;
  const expression = kotlinString(`${typeName}.${replacement}`);
  return `@Deprecated(${kotlinString(message)}, ReplaceWith(${expression}, ${kotlinString(`${packageName}.${typeName}`)}))`;
}

/** What precedes an entry: its KDoc (the message, then `@since` when known) and `@Deprecated` when it is. */
export function kotlinEntryHead(code: CodeModel, codeType: KotlinCodeType): string {
  const doc = blockDoc(code.message, "    ", code.since === undefined ? [] : [["since", code.since]]);
  if (code.deprecated === undefined) return doc;
  return `${doc}\n    ${deprecatedAnnotation(deprecationMessage(code.deprecated), code.deprecated.replacedBy, codeType)}`;
}

/**
 * The parts of a legacy name's declaration in the companion that need Kotlin's rules; the template lays
 * the declaration out. The Android SDK's names are `const val`s of type Short, as its ResponseCode's are
 * (Java sees static final shorts: `code == StatusCode.RES_EFREQUENTLY` with an int code, and `case`
 * labels, compile as they did); a former name of the table is a `@JvmField val` of the code type, as the
 * entry it was.
 */
export function kotlinAliasParts(legacy: LegacyName, codeType: KotlinCodeType) {
  const constant = legacy.from === androidSdk.id;
  const message = aliasMessage(legacy);
  return {
    alias: legacy.source,
    aliasDoc: blockDoc(message, "        "),
    // A Short has no entry to be replaced with: the message names the code instead.
    annotation: deprecatedAnnotation(message, constant ? undefined : legacy.code.name, codeType),
    // kotlinc warns about a deprecated entry even inside a deprecated declaration; the alias means to name it.
    suppressDeprecation: !constant && legacy.code.deprecated !== undefined,
    constant,
    value: String(legacy.code.code),
    canonical: legacy.code.name,
  };
}

/**
 * Rows of the code table per fill method: a row is a call of about 20 bytes of bytecode, so a method of
 * 1,000 stays well inside the JVM's 64 KB.
 */
export const kotlinTableChunk = 1000;

/** Each category's position in the category enum (the spec's order), once per model. */
const categoryIndexes = new WeakMap<Model, Map<string, number>>();
function categoryIndexOf(model: Model): Map<string, number> {
  let found = categoryIndexes.get(model);
  if (found === undefined) {
    found = new Map(model.categories.map((category, position) => [category.id, position]));
    categoryIndexes.set(model, found);
  }
  return found;
}

/** Entry names of values that repeat across codes (category ids, kinds). */
const entryOfValue = memoized(screamingSnakeCase);

/**
 * Kotlin: enum entries keep the SCREAMING_SNAKE names. Every Kotlin keyword is lower case and an entry's
 * own members (`name`, `ordinal`) are too, so an upper-case entry can never clash with them.
 */
export const kotlin = {
  id: "kotlin",
  displayName: "Kotlin",
  settings: {
    description: "The package and type names of the Kotlin output, and the Maven coordinates of its package.",
    fields: {
      package: packageField({
        what: "a Kotlin package name",
        description: "Kotlin package of the generated file.",
        default: "statuscodes",
        keywords: kotlinHardKeywords,
        languageName: "Kotlin",
        reservedRoots: ["kotlin", "java"],
        rootsOwner: "the Kotlin and Java platforms",
      }),
      ...typeNameFields,
      ...mavenFields,
    },
  },
  keywords: kotlinHardKeywords,
  // Types the file names (Int, String, Boolean, Map) and others that would shadow kotlin.* for readers.
  reservedTypeNames: new Set([
    "Int", "String", "Boolean", "Map", "Any", "Unit", "Nothing", "Enum", "Array", "List", "Set", "Char", "Long",
    "Double", "Float", "Short", "Byte", "Comparable", "Throwable", "Exception", "Deprecated", "Suppress",
    "Companion",
  ]),
  keywordsLegalAs: { code: "entries are SCREAMING_SNAKE_CASE, and every Kotlin keyword is lower case" },
  string: kotlinString,
  doc: docHelper,
  comments: { kind: "block", open: "/**", close: "*/", nests: true },
  naming: { code: (name) => legal(name), category: (id) => legal(screamingSnakeCase(id)) },
  // Companion members of the StatusCode enum: the Android SDK's names and the table's former names.
  aliases: {
    sources: { former: (name) => kotlinAlias(name), android: (name) => kotlinAlias(name) },
    renameBreaks: () => "Kotlin whens that list every entry",
  },
  helpers: {
    string: kotlinString,
    doc: docHelper,
    entryName: screamingSnakeCase,
  },
  codeView: (code, index, count, { model, settings, declared }) => ({
    messageLiteral: kotlinString(code.message),
    docAndDeprecation: kotlinEntryHead(code, { packageName: settings["package"] ?? "", typeName: declared.types["code"] ?? "" }),
    categoryIndex: String(categoryIndexOf(model).get(code.category) ?? 0),
    kindIndex: String(statusKinds.indexOf(code.kind)),
    // The table's rows go in methods of kotlinTableChunk rows each.
    chunk: String(Math.floor(index / kotlinTableChunk)),
    chunkStart: index % kotlinTableChunk === 0,
    chunkEnd: index % kotlinTableChunk === kotlinTableChunk - 1 || index === count - 1,
  }),
} satisfies Language;
