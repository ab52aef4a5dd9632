/**
 * How Swift imports an Objective-C NS_ENUM's enumerators as case names, so that a legacy name from the
 * iOS SDK is declared under the spelling Swift apps actually wrote. Swift's Clang importer drops the
 * longest run of whole words every enumerator starts with, cut to what the enum's own name starts with,
 * then lowercases the first word of what is left (a name it strips nothing from stays as it is): in NIMRemoteErrorCode, whose enumerators all start with NIMRemoteError
 * (NIMRemoteErrorAccountBlock lacks "Code"), NIMRemoteErrorCodeFrequently is imported as codeFrequently.
 * The compile kit proves each spelling against a module declaring the enum (test/compile/kits/swift-kit.ts).
 */

/** Camel-case words as Swift's importer splits them: `NIMRemoteErrorCode` is NIM, Remote, Error, Code; `_` is a word of its own. */
export function camelWords(name: string): string[] {
  return name.match(/_|[A-Z]+(?![a-z])[0-9]*|[A-Z]?[a-z0-9]+|[0-9]+/g) ?? [];
}

function commonWords(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count++;
  return count;
}

/** How many leading words the importer drops from the enumerators `names` of the enum `enumName`. */
function strippedWords(names: readonly string[], enumName: string): { prefix: readonly string[]; count: number } {
  const [first, ...rest] = names;
  if (first === undefined) return { prefix: [], count: 0 };
  const prefix = camelWords(first);
  let count = prefix.length;
  for (const name of rest) count = Math.min(count, commonWords(prefix, camelWords(name)));
  count = Math.min(count, commonWords(prefix, camelWords(enumName)));
  // The `EnumName_Constant` convention: the underscore after the enum's name goes too.
  if (prefix[count] === "_") count++;
  return { prefix, count };
}

/** By the list of names (one list per spec and source) and the enum's name: computed once, not once per name. */
const strippedByNames = new WeakMap<readonly string[], Map<string, number>>();

function stripped(names: readonly string[], enumName: string): number {
  let byEnum = strippedByNames.get(names);
  if (byEnum === undefined) {
    byEnum = new Map();
    strippedByNames.set(names, byEnum);
  }
  let count = byEnum.get(enumName);
  if (count === undefined) {
    count = strippedWords(names, enumName).count;
    byEnum.set(enumName, count);
  }
  return count;
}

/** A word as the first word of a Swift name: an initialism all lower case (`URL` → `url`), else its first letter. */
function lowerFirstWord(word: string): string {
  return /^[A-Z0-9]+$/.test(word) ? word.toLowerCase() : word.charAt(0).toLowerCase() + word.slice(1);
}

/**
 * The case name Swift gives the enumerator `name` of the enum `enumName` whose enumerators are `names`.
 * A name that would be left empty or start with a digit keeps one more word, as the importer does.
 */
export function swiftImportedName(name: string, names: readonly string[], enumName: string): string {
  const count = stripped(names, enumName);
  const words = camelWords(name);
  let keep = Math.min(count, words.length);
  while (keep > 0 && (keep === words.length || /^[0-9_]/.test(words[keep] ?? ""))) keep--;
  // Nothing stripped, nothing lowercased: Swift imports the enumerator as it is (measured: `Guard` stays `Guard`).
  if (keep === 0) return name;
  const rest = words.slice(keep);
  // A rest without a lower-case letter stays as it is (measured: `X`, `HTTP`, `A1B`; but `Xa` is `xa`).
  if (!/[a-z]/.test(rest.join(""))) return rest.join("");
  const [head = "", ...tail] = rest;
  return lowerFirstWord(head) + tail.join("");
}
