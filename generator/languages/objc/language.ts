import { blockDoc, docHelper } from "../common/block-doc.js";
import { memoized } from "../common/text.js";
import { typeNameFields } from "../common/type-names.js";
import { viewIdentifier, type AliasContext, type AliasSpelling, type Language, type SettingField } from "../language.js";
import type { LegacyName } from "../legacy-names.js";
import type { CodeModel, SettingValues } from "../../spec/model.js";
import { aliasMessage, deprecationMessage } from "../../shared/sentences.js";
import { swift } from "../swift/language.js";
import { objcCString, objcString } from "./literals.js";
import { objcCategoryIdentifier, objcCodeIdentifier, objcKeywords, objcReservedTypeNames, objcSdkAlias, objcTypeNameProblems } from "./names.js";

/** The shared type-name fields, each also refusing Foundation's NS prefix. */
const fields: Readonly<Record<string, SettingField>> = Object.fromEntries(
  Object.entries(typeNameFields).map(([field, setting]) => [field, { ...setting, check: objcTypeNameProblems }]),
);

/** A code's enumerator as written in source (the spec's names are checked before anything is rendered). */
function enumerator(name: string, settings: SettingValues): string {
  const identifier = objcCodeIdentifier(name, settings);
  return identifier.ok ? identifier.source : name;
}

/**
 * What follows a deprecated code's enumerator: clang's deprecation attribute, whose message it prints at
 * every use and whose second argument is the fix-it that renames a use to the replacement. Empty for a
 * code that is not deprecated.
 */
export function objcDeprecatedAttribute(code: CodeModel, settings: SettingValues): string {
  const deprecated = code.deprecated;
  if (deprecated === undefined) return "";
  const replacement = deprecated.replacedBy === undefined ? "" : `, ${objcCString(enumerator(deprecated.replacedBy, settings))}`;
  return ` __attribute__((deprecated(${objcCString(deprecationMessage(deprecated))}${replacement})))`;
}

/** A code's doc comment: the message, then `@since` and `@deprecated` when the spec says so. */
export function objcCodeDoc(code: CodeModel): string {
  const tags: [string, string][] = [];
  if (code.since !== undefined) tags.push(["since", code.since]);
  if (code.deprecated !== undefined) tags.push(["deprecated", deprecationMessage(code.deprecated)]);
  return blockDoc(code.message, "    ", tags);
}

/**
 * The parts of a legacy name's declaration, a deprecated enumerator of the code's NS_ENUM with the code's
 * value, that need Objective-C's rules; the template lays it out. Its value is the canonical enumerator,
 * which clang's fix-it also renames a use to. NS_SWIFT_NAME gives it the name the Swift output declares
 * for it (codeFrequently, as Swift imported the iOS SDK's enumerator; rateLimit for a former name), which
 * also keeps it out of the prefix Swift strips from the enum's cases: without one, a name beginning
 * otherwise than the type name would be imported whole, and if every code were deprecated it would
 * leave no prefix to strip. Swift's validation has refused every name it cannot spell.
 */
export function objcAliasParts(legacy: LegacyName, settings: SettingValues, context: Omit<AliasContext, "settings">) {
  const canonical = enumerator(legacy.code.name, settings);
  const swiftSpellings: Readonly<Record<string, AliasSpelling>> = swift.aliases.sources;
  const swiftName = swiftSpellings[legacy.from]?.(legacy.name, { settings: {}, names: context.names });
  const message = aliasMessage(legacy);
  return {
    enumerator: legacy.source,
    aliasDoc: blockDoc(message, "    ", [["deprecated", `Use ${canonical} instead.`]]),
    swiftName: swiftName?.ok === true ? ` NS_SWIFT_NAME(${swiftName.identifier})` : "",
    attribute: ` __attribute__((deprecated(${objcCString(message)}, ${objcCString(canonical)})))`,
    canonical,
  };
}

/** Literals of values that repeat across codes (category ids, kinds). */
const stringOfValue = memoized(objcString);

/**
 * Objective-C: an NS_ENUM of the codes, string constants of the categories and kinds, and C functions
 * that look a code up; every name made from a type name setting, as Foundation names its declarations.
 */
export const objc = {
  id: "objc",
  displayName: "Objective-C",
  settings: { description: "Type names of the Objective-C output, from which its enumerators, constants and functions are named.", fields },
  keywords: objcKeywords,
  reservedTypeNames: objcReservedTypeNames,
  string: objcString,
  doc: docHelper,
  comments: { kind: "block", open: "/**", close: "*/", nests: false },
  naming: { code: objcCodeIdentifier, category: objcCategoryIdentifier },
  // Deprecated enumerators of the code's NS_ENUM: the table's former names spelt as codes are, and the iOS
  // SDK's NIMRemoteErrorCode enumerators as it spells them (C has one scope, so apps name them bare).
  aliases: {
    sources: {
      former: (name, { settings }) => objcCodeIdentifier(name, settings),
      ios: (name, { settings }) => objcSdkAlias(name, settings),
    },
    renameBreaks: (declared) => `Objective-C's ${declared.values["name"] ?? "name"}() results`,
  },
  helpers: {
    string: objcString,
    cString: objcCString,
    doc: docHelper,
  },
  codeView: (code, index, _count, context) => ({
    enumerator: viewIdentifier(context, index, objcCodeIdentifier) ?? enumerator(code.name, context.settings),
    docComment: objcCodeDoc(code),
    deprecatedAttribute: objcDeprecatedAttribute(code, context.settings),
    nameLiteral: objcString(code.name),
    messageLiteral: objcString(code.message),
    categoryLiteral: stringOfValue(code.category),
    kindLiteral: stringOfValue(code.kind),
  }),
} satisfies Language;
