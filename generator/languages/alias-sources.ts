/**
 * Where legacy names come from: the keys of a code's `aliases` in the spec. A name is recorded once, as
 * the SDK that uses it spells it, and every language whose apps were written against that SDK declares it
 * in its own way (languages/<id>/language.ts, `aliases.sources`): the iOS SDK's enumerator
 * `NIMRemoteErrorCodeFrequently` is an Objective-C enumerator alias and, in Swift, `codeFrequently`, the
 * spelling Swift imported it under; the Android SDK's `RES_EFREQUENTLY` is a `short` constant in Java and
 * Kotlin, which is what Android code compares its `int` codes with.
 */
export interface AliasSource {
  /** The key under a code's `aliases`. */
  readonly id: string;
  /** Who uses the names, for people: "the iOS SDK". */
  readonly displayName: string;
  /** The spec's JSON Schema description of the list. */
  readonly description: string;
  /** The type the SDK declares its names in (`NIMRemoteErrorCode`); absent for the table's own former names. */
  readonly typeName?: string;
  /** What each name must look like: a legacy identifier, or a canonical SCREAMING_SNAKE name. */
  readonly names: "legacyName" | "codeName";
  /** The largest number a name of this source can stand for, and why (a `short` constant); absent when any fits. */
  readonly largestCode?: { readonly value: number; readonly why: string };
}

/** Names this table gave a code before a rename: every language spells and declares them as it does a code's name. */
export const formerNames: AliasSource = {
  id: "former",
  displayName: "earlier versions of this table",
  description:
    "Canonical names this code had in earlier versions of the table, kept after a rename so that code written against them still compiles: every language that names codes declares each, spelt as it spells a code's name (RATE_LIMIT; Swift rateLimit), deprecated.",
  names: "codeName",
};

/** kNIMRes*: the desktop C SDK's NIMResCode, which its C++ wrapper, node-nim and the C# SDK (NIM.ResponseCode) share. */
export const desktopSdk: AliasSource = {
  id: "desktop",
  displayName: "the desktop SDKs",
  description:
    "The vendor's NIMResCode names (kNIMResFrequently), shared by its C SDK and C++ wrapper, node-nim and the C# SDK (NIM.ResponseCode): declared, deprecated, in the C, C++, C# and TypeScript outputs.",
  typeName: "NIMResCode",
  names: "legacyName",
};

/** The iOS SDK's NS_ENUM NIMRemoteErrorCode, as Objective-C spells its enumerators. */
export const iosSdk: AliasSource = {
  id: "ios",
  displayName: "the iOS SDK",
  description:
    "The vendor's iOS NIMRemoteErrorCode enumerators as Objective-C spells them (NIMRemoteErrorCodeFrequently): deprecated enumerators in Objective-C and, in Swift, the case names Swift imported them under (codeFrequently: Swift drops the prefix every enumerator shares). List every enumerator the SDK has for a code the table agrees on: the Swift spelling depends on all of them.",
  typeName: "NIMRemoteErrorCode",
  names: "legacyName",
};

/** The Android SDK's ResponseCode, whose constants are Java `short`s. */
export const androidSdk: AliasSource = {
  id: "android",
  displayName: "the Android SDK",
  description:
    "The vendor's Android ResponseCode constants (RES_EFREQUENTLY): deprecated short constants in Java and Kotlin, the type Android code compares its int codes with and uses in switch cases.",
  typeName: "ResponseCode",
  names: "legacyName",
  largestCode: { value: 32767, why: "the Android SDK's ResponseCode constants are Java shorts" },
};

/** The sources status-codegen knows, in the order outputs list their names. */
export const builtinAliasSources: readonly AliasSource[] = [formerNames, desktopSdk, iosSdk, androidSdk];
