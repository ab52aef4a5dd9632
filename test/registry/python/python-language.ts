// A language registered from a test, without touching the generator: Python, whose module is an IntEnum
// of the codes plus Enums of the categories and kinds, written as a package of two files. It uses only
// what the generator exports for every language (text helpers, the shared settings fields) and proves
// that everything derived from the registry follows a new language.
import { commentLine, commonEscapes, hex, memoized, quoted, screamingSnakeCase, splitLines } from "../../../generator/languages/common/text.js";
import { typeNameFields } from "../../../generator/languages/common/type-names.js";
import { illegal, legal, type Identifier, type Language } from "../../../generator/languages/language.js";
import type { Target } from "../../../generator/languages/target.js";
import { aliasMessage } from "../../../generator/shared/sentences.js";
import { legacyNames } from "../../../generator/languages/legacy-names.js";
import type { AliasSource } from "../../../generator/languages/alias-sources.js";

/** A source of legacy names the built-in registry does not know: an older Python SDK's constants. */
export const pythonSdk: AliasSource = {
  id: "pysdk",
  displayName: "the Python SDK",
  description: "Names of the vendor's older Python SDK: alias members of the Python StatusCode IntEnum.",
  names: "legacyName",
};

/** Python's keywords (3.11), soft keywords included so that no generated name reads as one. */
const keywords = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type", "_",
]);

/** What every IntEnum member has already (Enum's and int's attributes); a member of the same name would hide one. */
const inherited = new Set([
  "name", "value", "mro", "real", "imag", "numerator", "denominator", "conjugate", "bit_length", "bit_count",
  "to_bytes", "from_bytes", "as_integer_ratio", "is_integer",
]);

/** A double-quoted Python literal: `\uXXXX` (or `\UXXXXXXXX`) for what must not stand raw. */
export function pythonString(value: string): string {
  return quoted(value, commonEscapes, (codePoint) => (codePoint > 0xffff ? `\\U${hex(codePoint, 8)}` : `\\u${hex(codePoint, 4)}`));
}

/** `#:` comments (what Sphinx reads as an attribute's documentation), one per line. */
export function pythonDoc(text: string, indent: string): string {
  return splitLines(text)
    .map((line) => commentLine(line, (codePoint) => `\\u${hex(codePoint, 4)}`))
    .map((line, index) => `${index === 0 ? "" : indent}#:${line === "" ? "" : ` ${line}`}`)
    .join("\n");
}

/** A legacy name as another member of the IntEnum (Python makes it an alias of the member with the same value). */
function pythonAlias(alias: string): Identifier {
  if (keywords.has(alias)) return illegal(`"${alias}" is a Python keyword`);
  if (alias.startsWith("_")) return illegal("Enum reserves names that start with _");
  if (inherited.has(alias)) return illegal(`every IntEnum member has "${alias}" already`);
  return legal(alias);
}

const memberOfValue = memoized(screamingSnakeCase);

export const python = {
  id: "python",
  displayName: "Python",
  settings: { description: "Type names of the Python output.", fields: typeNameFields },
  keywords,
  keywordsLegalAs: { code: "members are SCREAMING_SNAKE_CASE, and Python's upper-case keywords (True, False, None) are not" },
  reservedTypeNames: new Set(["Enum", "IntEnum", "Optional", "int", "str", "bool", "object", "Exception"]),
  string: pythonString,
  doc: pythonDoc,
  comments: { kind: "line", prefix: "#:" },
  naming: { code: (name) => legal(name), category: (id) => legal(screamingSnakeCase(id)) },
  // Alias members of the StatusCode IntEnum: the table's former names and the names of a Python SDK, an
  // alias source registered by this test too.
  aliases: { sources: { former: (name) => pythonAlias(name), [pythonSdk.id]: (name) => pythonAlias(name) }, renameBreaks: () => "Python code that compares a member's name" },
  helpers: { string: pythonString, doc: pythonDoc, memberName: screamingSnakeCase },
  codeView: (code) => ({
    messageLiteral: pythonString(code.message),
    docComment: pythonDoc(code.message, "    "),
    categoryMember: memberOfValue(code.category),
    kindMember: memberOfValue(code.kind),
    retryableLiteral: code.retryable ? "True" : "False",
  }),
} satisfies Language;

/** A package of two files: `__init__.py` re-exporting the types, `codes.py` declaring them. */
export const pythonTarget: Target = {
  id: "python",
  language: python,
  description: "a Python package of enums",
  output: "python/statuscodes",
  files: [
    { template: new URL("./__init__.py.hbs", import.meta.url), path: "__init__.py" },
    { template: new URL("./codes.py.hbs", import.meta.url), path: "codes.py" },
  ],
  declares: ({ typeName = "", categoryTypeName = "", kindTypeName = "" }) => ({
    types: { code: typeName, category: categoryTypeName, kind: kindTypeName },
    values: { entries: "_ENTRIES", categoryTexts: "_CATEGORY_TEXTS" },
    members: { message: "message", category: "category", kind: "kind", retryable: "is_retryable", fromCode: "from_code" },
  }),
  codeView: python.codeView,
  context: ({ model, settings }) => ({
    aliasEntries: legacyNames(model, python, settings).map((legacy) => ({ alias: legacy.source, code: legacy.code.code, note: pythonDoc(aliasMessage(legacy), "    ") })),
  }),
};
