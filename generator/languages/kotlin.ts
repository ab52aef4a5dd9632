import { commonEscapes, hex, memoized, quoted, screamingSnakeCase } from "./text.js";
import { blockDoc } from "./block-doc.js";
import { legal, type Language } from "./language.js";

const kotlinEscapes: Readonly<Record<string, string>> = { ...commonEscapes, $: "\\$" };

/**
 * A Kotlin string literal. `$` is escaped because Kotlin strings interpolate `$name` and `${…}`;
 * Kotlin's `\u` takes exactly four digits, which suffices since only BMP characters are escaped.
 */
export function kotlinString(value: string): string {
  return quoted(value, kotlinEscapes, (codePoint) => `\\u${hex(codePoint, 4)}`);
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
    doc: blockDoc,
    entryName: screamingSnakeCase,
  },
  codeView: (code) => ({
    messageLiteral: kotlinString(code.message),
    messageDoc: blockDoc(code.message, "    "),
    categoryEntry: entryOfValue(code.category),
    kindEntry: entryOfValue(code.kind),
  }),
  codeIdentifier: (name) => legal(name),
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
