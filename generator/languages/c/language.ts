import { memoized, screamingSnakeCase } from "../common/text.js";
import { illegal, legal, viewIdentifier, type Identifier, type Language, type SettingField } from "../language.js";
import type { CodeModel, SettingValues } from "../../spec/model.js";
import { aliasMessage, deprecationMessage } from "../../shared/sentences.js";
import type { LegacyName } from "../legacy-names.js";
import { cDoc, cDocHelper } from "./doc.js";
import { cDeclarations } from "./declarations.js";
import { cCharArray, cString, fitForLiteral, needsCharArray } from "./literals.js";

/**
 * The keywords of C (C99 to C23, ISO/IEC 9899 6.4.1) and of C++ (C++11 to C++23, [lex.key] and the
 * alternative tokens of [lex.digraph]), since the header is compiled as both: no name the file declares
 * may be one.
 */
export const cKeywords: ReadonlySet<string> = new Set([
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
  "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
  "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
  "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
  "_Static_assert", "_Thread_local", "_BitInt", "_Decimal32", "_Decimal64", "_Decimal128",
  "alignas", "alignof", "bool", "constexpr", "false", "nullptr", "static_assert", "thread_local", "true",
  "typeof", "typeof_unqual",
  "and", "and_eq", "asm", "bitand", "bitor", "catch", "char8_t", "char16_t", "char32_t", "class", "compl",
  "concept", "const_cast", "consteval", "constinit", "co_await", "co_return", "co_yield", "decltype", "delete",
  "dynamic_cast", "explicit", "export", "friend", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
  "operator", "or", "or_eq", "private", "protected", "public", "reinterpret_cast", "requires", "static_cast",
  "template", "this", "throw", "try", "typeid", "typename", "using", "virtual", "wchar_t", "xor", "xor_eq",
]);

/**
 * Names of the standard headers the generated header includes (<stdbool.h>, <stddef.h>) and of types
 * every C programmer reads as standard: the prefix names the enum type, so it may not be one.
 */
const standardNames: ReadonlySet<string> = new Set([
  "size_t", "ptrdiff_t", "max_align_t", "wchar_t", "nullptr_t", "offsetof", "bool", "true", "false", "int8_t",
  "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "intptr_t", "uintptr_t",
  "errno", "assert", "main", "std",
]);

/**
 * Names a C or C++ translation unit that includes the header has already: what <stddef.h> and
 * <stdbool.h> (which the header includes) declare or define, and the standard macros and names nearly
 * every C file has in scope (<stdio.h>'s EOF and streams, errno, assert, main, C++'s std). An enumerator of
 * one of these names is a macro expanded inside the enum, or a second declaration of the name.
 */
const inScopeNames: ReadonlySet<string> = new Set([
  ...standardNames,
  "NULL", "offsetof", "unreachable", "EOF", "stdin", "stdout", "stderr", "FILE", "BUFSIZ", "SEEK_SET", "SEEK_CUR",
  "SEEK_END", "EDOM", "ERANGE", "EILSEQ", "NDEBUG", "static_assert",
]);

/** A lower-case snake_case prefix without `__` (which C++ reserves) or a leading `_` (which C reserves). */
const prefixPattern = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** The most characters a prefix may have: with `_category_count` and the longest code name, identifiers stay under 130. */
export const maxPrefixLength = 48;

/** The prefix every name the C output declares starts with. */
const prefixField: SettingField = {
  schema: {
    description: "The prefix of every name the C output declares (default status_code): the enum status_code, its constants STATUS_CODE_<NAME>, status_code_info, status_code_table, status_code_count, status_code_find, …",
    type: "string",
    maxLength: maxPrefixLength,
    pattern: prefixPattern.source,
    patternErrorMessage: "must be a lower-case snake_case C name such as status_code: a letter, then letters, digits and single underscores",
  },
  pattern: new RegExp(`^(?=.{1,${maxPrefixLength}}$)${prefixPattern.source.slice(1)}`),
  default: "status_code",
  check: (value) =>
    cKeywords.has(value)
      ? [`"${value}" is a C or C++ keyword; the enum type takes the prefix as its name`]
      : standardNames.has(value)
        ? [`"${value}" is a standard C name; the enum type takes the prefix as its name`]
        : [],
};

/** The prefix of the settings, as the enum constants spell it: `status_code` → `STATUS_CODE`. */
export function constantPrefix(settings: SettingValues): string {
  return (settings["prefix"] ?? prefixField.default).toUpperCase();
}

/**
 * A code's enumerator: the prefix in capitals, then the name with each run of underscores made one and none
 * at either end (`FOO__BAR_` → `STATUS_CODE_FOO_BAR`): C++ reserves every identifier holding `__`, and
 * since no enumerator ends with `_`, the header's own macros (which do) can never take one's name.
 * Every name is legal: the prefix keeps it from being a keyword or a standard macro (`NULL`, `EOF`).
 */
export function cConstant(name: string, settings: SettingValues): Identifier {
  return legal(constantName(name, settings));
}

/** The enumerator cConstant gives a name, as a string. */
export function constantName(name: string, settings: SettingValues): string {
  return `${constantPrefix(settings)}_${screamingSnakeCase(name)}`;
}

/**
 * A desktop SDK name (`kNIMResFrequently`) as the header declares it: as it is, an enumerator of the code
 * enum, as the SDK's NIMResCode declared it. Refused: a C or C++ keyword, an identifier C or C++ reserves
 * (one holding `__`, or starting with `_`, which C reserves at file scope, where enumerators are), a name
 * the header declares itself, and a name of the standard headers it includes or a standard macro.
 */
export function cDesktopAlias(name: string, settings: SettingValues): Identifier {
  if (cKeywords.has(name)) return illegal(`"${name}" is a C or C++ keyword`);
  if (name.includes("__")) return illegal("C++ reserves every identifier holding __");
  if (/^_[A-Z]/.test(name)) return illegal("C and C++ reserve every identifier that starts with _ and a capital letter");
  if (name.startsWith("_")) return illegal("C reserves identifiers starting with _ at file scope, where the header declares its enumerators");
  const declared = cDeclarations(settings);
  if ([...Object.values(declared.types), ...Object.values(declared.values)].includes(name)) {
    return illegal(`the C header declares "${name}" itself`);
  }
  if (inScopeNames.has(name)) return illegal(`"${name}" is a standard C name that C code including the header has in scope`);
  return legal(name);
}

/**
 * What the header prints for one legacy name: an enumerator of the code enum after the codes', deprecated
 * with the header's macro and the alias's message, whose value is the code's enumerator
 * (`kNIMResFrequently = STATUS_CODE_RATE_LIMIT`), or its number when that enumerator is deprecated itself
 * (gcc warns at a deprecated enumerator named in another's value).
 */
export function cAliasEntry(legacy: LegacyName, settings: SettingValues) {
  const { code } = legacy;
  const canonical = constantName(code.name, settings);
  const message = aliasMessage(legacy);
  return {
    alias: legacy.source,
    aliasDoc: cDoc(message, "    ", [["deprecated", `Use ${canonical} instead.`]]),
    deprecation: ` ${deprecatedMacro(settings)}(${cString(fitForLiteral(message))})`,
    value: code.deprecated === undefined ? canonical : String(code.code),
  };
}

/** The attribute message of a deprecated code: why, since when, and what to use instead. */
function deprecationText(code: CodeModel, settings: SettingValues): string {
  const deprecated = code.deprecated;
  if (deprecated === undefined) return "";
  const replacement = deprecated.replacedBy === undefined ? "" : ` Use ${constantName(deprecated.replacedBy, settings)} instead.`;
  return `${deprecationMessage(deprecated)}${replacement}`;
}

/**
 * An enumerator's doc comment: its message, then `@since` and `@deprecated` when known (the full reason,
 * which the attribute's message may have to cut).
 */
export function cEnumeratorDoc(code: CodeModel, settings: SettingValues): string {
  const tags: [string, string][] = [];
  if (code.since !== undefined) tags.push(["since", code.since]);
  if (code.deprecated !== undefined) tags.push(["deprecated", deprecationText(code, settings)]);
  return cDoc(code.message, "    ", tags);
}

/**
 * The deprecation attribute after a deprecated code's enumerator, through the header's own macro (which
 * spells it as the compiler understands it); empty for a code that is not deprecated. Its message is one
 * literal, so it is cut to what a C99 compiler must accept.
 */
export function cDeprecation(code: CodeModel, settings: SettingValues): string {
  if (code.deprecated === undefined) return "";
  return ` ${deprecatedMacro(settings)}(${cString(fitForLiteral(deprecationText(code, settings)))})`;
}

/** The header's include guard: it ends with `_`, which no enumerator does. */
export function includeGuard(settings: SettingValues): string {
  return `${constantPrefix(settings)}_H_`;
}

/** The header's macro for the deprecation attribute: it ends with `_`, which no enumerator does. */
export function deprecatedMacro(settings: SettingValues): string {
  return `${constantPrefix(settings)}_DEPRECATED_`;
}

/** Literals of values that repeat across codes (category ids, kinds). */
const literalOfValue = memoized(cString);

/**
 * C and C++: one header and one source file of plain C99 that C++11 compiles too. Every name is the
 * prefix's: constants in capitals (`STATUS_CODE_RATE_LIMIT`), everything else in lower case.
 */
export const c = {
  id: "c",
  displayName: "C",
  settings: { description: "The prefix of every name the C and C++ output declares.", fields: { prefix: prefixField } },
  keywords: cKeywords,
  string: cString,
  doc: cDocHelper,
  comments: { kind: "block", open: "/**", close: "*/", nests: false },
  naming: { code: cConstant },
  // Enumerators of the code enum: the table's former names spelt as its codes are (cConstant, as formerNameSpelling would), the desktop SDK's as it spelt them.
  aliases: {
    sources: {
      former: (name, { settings }) => cConstant(name, settings),
      desktop: (name, { settings }) => cDesktopAlias(name, settings),
    },
    renameBreaks: (declared) => `C code comparing ${declared.types["info"] ?? "status_code_info"} names`,
  },
  helpers: {
    string: cString,
    doc: cDocHelper,
  },
  codeView: (code, index, _count, context) => {
    const { settings } = context;
    const messageLiteral = cString(code.message);
    const long = needsCharArray(code.message);
    return {
      constant: viewIdentifier(context, index, cConstant) ?? constantName(code.name, settings),
      nameLiteral: literalOfValue(code.name),
      categoryLiteral: literalOfValue(code.category),
      messageLiteral,
      kindLiteral: literalOfValue(code.kind),
      // A message too long for one literal (see maxLiteralBytes) is an array of its own, named by the code's number.
      messageArray: long ? cCharArray(code.message, "    ") : "",
      messageValue: long ? `${settings["prefix"] ?? ""}_message_${code.code}` : messageLiteral,
      enumeratorDoc: cEnumeratorDoc(code, settings),
      deprecation: cDeprecation(code, settings),
    };
  },
} satisfies Language;
