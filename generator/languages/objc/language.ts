import { blockDoc, docHelper } from "../common/block-doc.js";
import { memoized } from "../common/text.js";
import { typeNameFields } from "../common/type-names.js";
import type { Language, SettingField } from "../language.js";
import type { CodeModel, SettingValues } from "../../spec/model.js";
import { deprecationMessage } from "../../shared/sentences.js";
import { objcCString, objcString } from "./literals.js";
import { objcCategoryIdentifier, objcCodeIdentifier, objcKeywords, objcReservedTypeNames, objcTypeNameProblems } from "./names.js";

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
  helpers: {
    string: objcString,
    cString: objcCString,
    doc: docHelper,
  },
  codeView: (code, _index, _count, { settings }) => ({
    enumerator: enumerator(code.name, settings),
    docComment: objcCodeDoc(code),
    deprecatedAttribute: objcDeprecatedAttribute(code, settings),
    nameLiteral: objcString(code.name),
    messageLiteral: objcString(code.message),
    categoryLiteral: stringOfValue(code.category),
    kindLiteral: stringOfValue(code.kind),
  }),
} satisfies Language;
