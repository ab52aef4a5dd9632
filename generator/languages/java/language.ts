import { commentText, commonEscapes, hex, memoized, needsEscapePattern, quoted, rewriteEscaped, escapedCharacters, screamingSnakeCase } from "../common/text.js";
import { blockComment } from "../common/block-doc.js";
import { packageField } from "../common/package-names.js";
import { typeNameDefinition, typeNameFields } from "../common/type-names.js";
import { illegal, legal, type Identifier, type Language, type SettingField } from "../language.js";
import type { CodeModel } from "../../spec/model.js";
import { aliasMessage, deprecationMessage } from "../../shared/sentences.js";
import { androidSdk } from "../alias-sources.js";
import type { LegacyName } from "../legacy-names.js";

/**
 * Java's reserved keywords and literals (JLS 17, 3.9 and 3.10.3): no package segment may be one. Every one
 * is lower case (or `_`), so no SCREAMING_SNAKE constant can be one.
 */
export const javaKeywords: ReadonlySet<string> = new Set([
  "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
  "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
  "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
  "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
  "throw", "throws", "transient", "try", "void", "volatile", "while", "_", "true", "false", "null",
]);

/**
 * A `\` that javac would take for the start of a Unicode escape: javac translates `\uXXXX` everywhere in a
 * source file, comments included, before it reads a token (JLS 3.3), so `\u002A/` in a comment closes it and
 * `\user` anywhere is a compile error. A backslash is only such a start when an even number of backslashes
 * precede it; the string writer doubles every backslash, so only its own `\uXXXX` escapes start one.
 */
function javaUnicodeEscape(codePoint: number): string {
  return `\\u${hex(codePoint, 4)}`;
}

/**
 * A Java string literal: `\\`, `\"`, `\n`, `\r` and `\t`, and `\uXXXX` for what must not stand raw. A line
 * break must not be `\u000A`, which javac would turn into a raw line break inside the literal before
 * reading it; commonEscapes writes both breaks as `\n` and `\r`, and the `\uXXXX` written for the others
 * become characters a string may hold raw. Other text is kept as it is (the file is UTF-8).
 */
export function javaString(value: string): string {
  return quoted(value, commonEscapes, javaUnicodeEscape);
}

/** How a character a comment must not hold raw is shown: `\u200B` once rendered (`&#92;` is `\` in HTML). */
function javadocUnicodeEscape(codePoint: number): string {
  return `&#92;u${hex(codePoint, 4)}`;
}

/** Characters Javadoc text must not hold as they are: HTML's, a tag's `@`, a comment closer, a backslash. */
const javadocSpecial = needsEscapePattern(["\t", "&", "<", ">", "@", "*", "\\"]);
const htmlEscapes: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;" };

/**
 * Text made safe inside a Javadoc comment, its line breaks as LF. Javadoc is HTML, so `&`, `<` and `>`
 * are entities; every `@` is `&#64;`, so no line can start a block tag (`@deprecated`, which javac itself
 * reads) nor any text an inline one (`{@code}`); `*\/` cannot close the comment; a `\` before `u` is `&#92;`,
 * so javac finds no Unicode escape; a `*` starting a line is `&#42;`, which Javadoc would strip as
 * decoration; invisible or line-breaking characters are shown as `&#92;uXXXX` (`\uXXXX` once rendered).
 */
export function javadocText(text: string): string {
  if (!javadocSpecial.test(text)) return text;
  const html = text
    .replace(/[&<>@]/g, (char) => htmlEscapes[char] ?? char)
    .replace(/\\(?=u)/g, "&#92;")
    .replace(/\*\//g, "*&#47;");
  const shown = commentText(html, javadocUnicodeEscape);
  return shown.includes("*") ? shown.replace(/^([^\S\n]*)\*/gm, "$1&#42;") : shown;
}

/**
 * A Javadoc comment for `text` and then `tags` (such as `["since", "1.2.0"]`), on one line when it fits on
 * one. The first line carries no indentation (the template places it); later lines get `indent`. A tag's
 * value is Javadoc already (it may hold `{@link}`), made safe by its caller.
 */
export function javadoc(text: string, indent: string, tags: readonly (readonly [string, string])[] = []): string {
  return blockComment(text, indent, tags, javadocText, (value) => value);
}

/** javadoc as a template helper: Handlebars appends an options object, which must not be taken for tags. */
export function javadocHelper(text: string, indent: string): string {
  return javadoc(text, indent);
}

/** Backslashes and characters a line comment must not hold raw; everything else stays. */
const lineCommentCharacters = escapedCharacters(["\\"]);

/**
 * Text for a `//` comment (the generated-file header, which names the spec's path): every backslash
 * doubled, so none can start a Unicode escape, and what must not stand raw (a line break ends the comment)
 * written as `\\uXXXX`, which javac leaves alone for the same reason.
 */
export function javaLineComment(text: string): string {
  return rewriteEscaped(text, lineCommentCharacters, (codePoint) => (codePoint === 0x5c ? "\\\\" : `\\\\u${hex(codePoint, 4)}`));
}

/**
 * Names a constant of the code enum cannot take: the static field the file declares with it (constants and
 * fields share one namespace). Everything else the file declares there is lower case or a type.
 */
const codeEnumFields = new Map([["TABLE_VERSION", "the Java code enum declares a static field TABLE_VERSION, the table's version"]]);

/** A code's constant: its SCREAMING_SNAKE name, which no Java keyword (all lower case) can be. */
export function javaConstant(name: string): Identifier {
  const reason = codeEnumFields.get(name);
  return reason === undefined ? legal(name) : illegal(reason);
}

/**
 * Members every Java enum has, which a legacy name would be read as: java.lang.Enum's and Object's methods
 * and the `values()` and `valueOf` the compiler adds. Fields and methods are apart in Java, but a field
 * `StatusCode.values` beside `StatusCode.values()` misleads every reader.
 */
const enumMembers: ReadonlySet<string> = new Set([
  "values", "valueOf", "name", "ordinal", "compareTo", "equals", "hashCode", "toString", "getDeclaringClass",
  "describeConstable", "getClass", "clone", "finalize", "notify", "notifyAll", "wait",
]);

/**
 * Types the code enum's body names in expressions (`Arrays.binarySearch`), where a field of the same name
 * would be found first (JLS 6.4.2) and the file would not compile. Its own declared types are refused by
 * validation as every output's are.
 */
const qualifiersInCodeEnum: ReadonlySet<string> = new Set(["Arrays"]);

/**
 * A legacy name of an SDK (the Android SDK's RES_EFREQUENTLY) as a static field of the code enum: written
 * as the SDK wrote it, unless it is a Java keyword or literal, a member every enum has, or a type the enum's
 * body names. Names the file declares (getCode, fromCode, TABLE_VERSION, the constants) are refused by
 * validation.
 */
export function javaAlias(alias: string): Identifier {
  if (javaKeywords.has(alias)) return illegal(`"${alias}" is a Java keyword`);
  if (enumMembers.has(alias)) return illegal(`every Java enum has a member "${alias}"`);
  if (qualifiersInCodeEnum.has(alias)) return illegal(`the Java code enum names the type ${alias} in its body, which a field of that name would hide`);
  return legal(alias);
}

/**
 * The parts of a legacy name's declaration in the code enum; the template lays it out. The Android SDK's
 * names are `static final short` constants, as its ResponseCode's are: compile-time constants, so Android
 * code comparing its int codes with them (`code == StatusCode.RES_EFREQUENTLY`) and using them as case
 * labels of an int switch compiles as it did. A former name of the table is a field of the code type set to
 * the constant it was renamed to. Each is `@Deprecated`, with the reason and the replacement as Javadoc.
 */
export function javaAliasParts(legacy: LegacyName) {
  const canonical = legacy.code.name;
  const constant = legacy.from === androidSdk.id;
  // A number is compared with a constant through fromCode; a former name's field is the constant itself.
  const replacement = constant ? `Compare {@link #fromCode(int)} with {@link #${canonical}} instead.` : `Use {@link #${canonical}} instead.`;
  return {
    alias: legacy.source,
    aliasDoc: javadoc(`${legacy.code.code}: ${legacy.code.message}`, "    ", [["deprecated", `${javadocText(aliasMessage(legacy))} ${replacement}`]]),
    constant,
    value: String(legacy.code.code),
    canonical,
  };
}

/** A code's or category's constant name, kept per value: category ids and kinds repeat across codes. */
const constantOfValue = memoized(screamingSnakeCase);

/**
 * What precedes a constant: its Javadoc (the message, `@since` when known and `@deprecated` with the reason
 * and a link to the replacement) and, for a deprecated code, `@Deprecated`, which makes javac warn at each
 * use (`@Deprecated(since = …)` needs Java 9, and the file compiles for Java 8).
 */
export function javaConstantHead(code: CodeModel): string {
  const tags: [string, string][] = [];
  if (code.since !== undefined) tags.push(["since", javadocText(code.since)]);
  // The constant carries no number (see the target), so its comment starts with it.
  const text = `${code.code}: ${code.message}`;
  if (code.deprecated === undefined) return javadoc(text, "    ", tags);
  const replacement = code.deprecated.replacedBy === undefined ? "" : ` Use {@link #${code.deprecated.replacedBy}} instead.`;
  tags.push(["deprecated", `${javadocText(deprecationMessage(code.deprecated))}${replacement}`]);
  return `${javadoc(text, "    ", tags)}\n    @Deprecated`;
}

/** The nested kind enum's name: `StatusCode.Kind`, the way Java nests a type that belongs to another (`Thread.State`). */
const kindTypeName: SettingField = {
  schema: { description: "The kinds' enum, nested in the codes' (default Kind: StatusCode.Kind).", $ref: "#/$defs/typeName" },
  pattern: new RegExp(`^[A-Z][A-Za-z0-9]{0,${(typeNameDefinition["maxLength"] as number) - 1}}$`),
  default: "Kind",
  typeName: true,
};

/** The codes a Java file is proved to hold per method of its table: see the target. */
export const rowsPerMethod = 1000;

/**
 * Java: one public enum a file (the codes, with their kinds nested, and the categories), in the package the
 * settings name. Constants keep the SCREAMING_SNAKE names; getters are Java's (`getCode()`, `isRetryable()`).
 */
export const java = {
  id: "java",
  displayName: "Java",
  settings: {
    description: "The package and type names of the Java output.",
    fields: {
      package: packageField({
        what: "a Java package name",
        description: "Java package of the generated files, which also gives their folder (default statuscodes).",
        default: "statuscodes",
        keywords: javaKeywords,
        languageName: "Java",
        reservedRoots: ["java", "javax"],
        rootsOwner: "the Java platform",
      }),
      typeName: typeNameFields["typeName"] as SettingField,
      categoryTypeName: typeNameFields["categoryTypeName"] as SettingField,
      kindTypeName,
    },
  },
  keywords: javaKeywords,
  keywordsLegalAs: {
    code: "constants are SCREAMING_SNAKE_CASE, and every Java keyword is lower case",
    category: "constants are SCREAMING_SNAKE_CASE, and every Java keyword is lower case",
    type: "type names are UpperCamelCase, and every Java keyword is lower case",
  },
  // java.lang's types, which every file sees unimported: a type of the package named like one hides it.
  reservedTypeNames: new Set([
    "Object", "String", "Integer", "Boolean", "Character", "Byte", "Short", "Long", "Float", "Double", "Void",
    "Number", "Enum", "Class", "System", "Math", "Iterable", "Comparable", "Cloneable", "Runnable", "Thread",
    "Throwable", "Exception", "Error", "RuntimeException", "Override", "Deprecated", "SuppressWarnings",
    "FunctionalInterface", "SafeVarargs", "Record", "StringBuilder", "CharSequence", "Process", "Runtime",
    "Package", "Module",
  ]),
  string: javaString,
  doc: javadocHelper,
  comments: { kind: "block", open: "/**", close: "*/", nests: false },
  naming: { code: javaConstant, category: (id) => legal(screamingSnakeCase(id)) },
  // Static fields of the code enum: the table's former names (spelt as a code's constant is) and the
  // Android SDK's short constants.
  aliases: {
    sources: { former: (name) => javaConstant(name), android: javaAlias },
    // A case label of a switch over the enum must be one of its own constants, which a former name is not.
    renameBreaks: (declared) => `Java case labels in switches over ${declared.types["code"] ?? "the code enum"}`,
  },
  helpers: {
    string: javaString,
    doc: javadocHelper,
    lineComment: javaLineComment,
    constantName: constantOfValue,
  },
  codeView: (code, index, count) => ({
    messageLiteral: javaString(code.message),
    docAndDeprecation: javaConstantHead(code),
    categoryConstant: constantOfValue(code.category),
    kindConstant: constantOfValue(code.kind),
    // The table is filled by one method per rowsPerMethod codes (a JVM method holds 64 KB of bytecode).
    firstOfMethod: index % rowsPerMethod === 0,
    lastOfMethod: index % rowsPerMethod === rowsPerMethod - 1 || index === count - 1,
    rowsMethod: `rows${Math.floor(index / rowsPerMethod)}`,
  }),
} satisfies Language;
