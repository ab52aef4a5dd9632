import { words } from "../common/text.js";
import { illegal, legal, type Identifier } from "../language.js";
import type { SettingValues, StatusKind } from "../../spec/model.js";
import { statusKinds } from "../../spec/model.js";

/**
 * The names the Objective-C files declare. C has one scope for typedefs, functions, constants and
 * enumerators, so every name is global and is made from a type name setting, as Foundation names its
 * own: `StatusCodeRateLimit` (a code), `StatusCategoryGeneral` (a category), `StatusCodeName` (a function).
 */

/**
 * Words that cannot name a declaration: C11's keywords, Objective-C's (and the qualifiers clang reads as
 * keywords), and the macros and typedefs every Objective-C file sees through <objc/objc.h> and Foundation,
 * whose name a declaration would take over or break.
 */
export const objcKeywords: ReadonlySet<string> = new Set([
  // C11, 6.4.1.
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
  "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
  "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
  "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
  "_Static_assert", "_Thread_local",
  // Objective-C: the runtime's types and constants, the method context, the remote-messaging qualifiers,
  // ownership and nullability qualifiers.
  "id", "Class", "SEL", "IMP", "BOOL", "YES", "NO", "nil", "Nil", "self", "super", "_cmd", "instancetype",
  "Protocol", "in", "out", "inout", "bycopy", "byref", "oneway", "__strong", "__weak", "__unsafe_unretained",
  "__autoreleasing", "__block", "__kindof", "__covariant", "__contravariant", "_Nullable", "_Nonnull",
  "_Null_unspecified", "nullable", "nonnull", "null_unspecified", "null_resettable",
  // Macros of the C library and <stdbool.h> that any file may see.
  "NULL", "EOF", "TRUE", "FALSE", "bool", "true", "false",
]);

/**
 * Names no type name may take: the GNU runtime's root class and constant string class (Apple's and
 * GNUstep's classes all begin with NS, which type names may not: see objcTypeNameProblems).
 */
export const objcReservedTypeNames: ReadonlySet<string> = new Set([
  "NSObject", "NSString", "NSArray", "NSNumber", "NSInteger", "NSUInteger", "NSError", "NSErrorDomain",
  "NSDictionary", "NSNull", "NSConstantString", "NXConstantString", "Object",
]);

/** Foundation's prefix, NS not followed by a lower-case letter: Apple reserves it, and GNUstep follows. */
const foundationPrefix = /^NS(?![a-z])/;

/** Problems with a type name beyond its shape: a name of Foundation's is not ours to declare. */
export function objcTypeNameProblems(value: string): string[] {
  return foundationPrefix.test(value) ? [`"${value}" begins with NS, the prefix Foundation's own names use; choose another type name`] : [];
}

/** `RATE_LIMIT` → `RateLimit`, `av-call` → `AvCall`: each word capitalised, as Foundation's enumerators are. */
export function upperCamelCase(name: string): string {
  return words(name)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/** The type names the settings give. */
function typeNames(settings: SettingValues): { code: string; category: string; kind: string } {
  return { code: settings["typeName"] ?? "", category: settings["categoryTypeName"] ?? "", kind: settings["kindTypeName"] ?? "" };
}

/** A kind's constant, `StatusKindSuccess`. */
export function kindConstant(kind: StatusKind, settings: SettingValues): string {
  return `${typeNames(settings).kind}${upperCamelCase(kind)}`;
}

/**
 * Everything the files declare, by role. The type names are listed among the values too: a typedef name
 * and a function share C's one scope, so validation must find `StatusKindError` as a type name and as the
 * constant of the error kind alike.
 */
export function objcDeclarations(settings: SettingValues) {
  const { code, category, kind } = typeNames(settings);
  const functions = {
    allValues: `${code}AllValues`,
    name: `${code}Name`,
    message: `${code}Message`,
    category: `${code}Category`,
    kind: `${code}Kind`,
    retryable: `${code}IsRetryable`,
    errorDomain: `${code}ErrorDomain`,
    version: `${code}TableVersion`,
    categoryList: `${category}AllValues`,
    categoryTitle: `${category}Title`,
    categoryDescription: `${category}Description`,
  };
  const kinds = Object.fromEntries(statusKinds.map((value) => [`kind${upperCamelCase(value)}`, kindConstant(value, settings)]));
  return {
    types: { code, category, kind },
    values: { codeType: code, categoryType: category, kindType: kind, ...functions, ...kinds },
    functions,
  };
}

/**
 * The identifier `prefix` + the name in UpperCamelCase. One of the file's own functions (a code named
 * NAME would be `StatusCodeName`, the name function) is escaped with a trailing `_`, which no other
 * declaration has; names that would be another type's declaration, a keyword or a Foundation name are
 * refused. Two type names where one begins the other (`Status` and `StatusGroup`) put `StatusGroupX` in
 * reach of both: the longer one's declarations win, and a name of the shorter one's that starts like
 * them is refused.
 */
function prefixed(prefix: string, name: string, settings: SettingValues, what: "code" | "category"): Identifier {
  const identifier = `${prefix}${upperCamelCase(name)}`;
  const space = namespaceFor(settings, prefix);
  if (space.own.has(identifier)) return legal(`${identifier}_`);
  if (space.values.has(identifier)) return illegal(`the ${what} would be "${identifier}", a name the Objective-C output declares for something else`);
  for (const other of space.longerTypes) {
    if (identifier.startsWith(other)) {
      return illegal(`the ${what} would be "${identifier}", which begins with ${other}, the type whose declarations begin so (its type name begins with ${prefix})`);
    }
  }
  // A type name with Foundation's prefix is refused at its setting, once, rather than at every name made from it.
  if (objcKeywords.has(identifier) || objcReservedTypeNames.has(identifier) || (foundationPrefix.test(identifier) && !foundationPrefix.test(prefix))) {
    return illegal(`the ${what} would be "${identifier}", a name Objective-C or Foundation already gives a meaning`);
  }
  return legal(identifier);
}

/** What `prefixed` compares a name with, for one type name: worked out once, not for each of 100,000 codes. */
interface Namespace {
  /** The file's own functions whose names begin with the type name (and not with a longer type name). */
  readonly own: ReadonlySet<string>;
  /** Every other name the file declares. */
  readonly values: ReadonlySet<string>;
  /** The other type names that begin with this one. */
  readonly longerTypes: readonly string[];
}

/** objcDeclarations made once per settings object, and each type name's namespace once. */
const declarationsCache = new WeakMap<SettingValues, { declared: ReturnType<typeof objcDeclarations>; spaces: Map<string, Namespace> }>();

function cachedFor(settings: SettingValues) {
  let cached = declarationsCache.get(settings);
  if (cached === undefined) {
    cached = { declared: objcDeclarations(settings), spaces: new Map() };
    declarationsCache.set(settings, cached);
  }
  return cached;
}

function declarationsFor(settings: SettingValues): ReturnType<typeof objcDeclarations> {
  return cachedFor(settings).declared;
}

function namespaceFor(settings: SettingValues, prefix: string): Namespace {
  const { declared, spaces } = cachedFor(settings);
  let space = spaces.get(prefix);
  if (space === undefined) {
    space = {
      own: new Set(Object.values(declared.functions).filter((declaration) => declaration.startsWith(prefix) && !isLongerTypeName(declaration, prefix, declared.types))),
      values: new Set(Object.values(declared.values)),
      longerTypes: Object.values(declared.types).filter((other) => other !== prefix && other.startsWith(prefix)),
    };
    spaces.set(prefix, space);
  }
  return space;
}

/** Whether `declaration` belongs to a type whose name is longer than `prefix` and begins with it. */
function isLongerTypeName(declaration: string, prefix: string, types: Readonly<Record<string, string>>): boolean {
  return Object.values(types).some((type) => type !== prefix && type.startsWith(prefix) && declaration.startsWith(type));
}

/** A code's enumerator: `StatusCodeRateLimit`. */
export function objcCodeIdentifier(name: string, settings: SettingValues): Identifier {
  return prefixed(typeNames(settings).code, name, settings, "code");
}

/** A category's constant: `StatusCategoryGeneral`. */
export function objcCategoryIdentifier(id: string, settings: SettingValues): Identifier {
  return prefixed(typeNames(settings).category, id, settings, "category");
}

/**
 * Macros Foundation defines that are not keywords and do not begin with NS: an enumerator of the name
 * would be replaced by the macro's expansion.
 */
const foundationMacros: ReadonlySet<string> = new Set([
  "FOUNDATION_EXPORT", "FOUNDATION_EXTERN", "FOUNDATION_IMPORT", "FOUNDATION_STATIC_INLINE", "GS_EXPORT",
  "GS_DECLARE", "GS_API_LATEST",
]);

/**
 * An SDK's legacy name (the iOS SDK's NIMRemoteErrorCodeFrequently) declared as it is, an enumerator in C's
 * one scope. Refused: a keyword or a name Objective-C, C or Foundation gives a meaning (`id`, `YES`,
 * `NSNotFound`, `FOUNDATION_EXPORT`), a name C reserves (`_Foo`, `__foo`), a name the file declares for
 * something else (`StatusCodeName`, a function), and a name that begins with the category or kind type
 * name, whose constants the file names from the spec. A canonical code's enumerator is validation's to
 * find, as every alias's collision is.
 */
export function objcSdkAlias(name: string, settings: SettingValues): Identifier {
  if (objcKeywords.has(name)) return illegal(`"${name}" is a keyword, or a name Objective-C or Foundation already gives a meaning`);
  if (objcReservedTypeNames.has(name) || foundationPrefix.test(name) || foundationMacros.has(name)) return illegal(`"${name}" is a name Foundation declares or reserves`);
  if (/^_[A-Z_]|^__/.test(name)) return illegal(`C reserves names that begin with an underscore and a capital letter or with two underscores`);
  const declared = declarationsFor(settings);
  if (Object.values(declared.values).includes(name)) return illegal(`the Objective-C output declares "${name}" for something else`);
  // The longest type name the name begins with is the type whose declarations it is among.
  const among = Object.values(declared.types).filter((type) => type !== "" && name.startsWith(type)).sort((a, b) => b.length - a.length)[0];
  if (among !== undefined && among !== declared.types.code) return illegal(`"${name}" begins with ${among}, the type whose constants the Objective-C output names so`);
  return legal(name);
}
