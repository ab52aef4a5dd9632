import { escapedCharacters, hex, perCodePoint, rewriteEscaped } from "../common/text.js";

/**
 * Objective-C string literals: C's escape grammar (C11 6.4.4.4 and 6.4.5), in a C string (`"…"`, for an
 * attribute's message) or an NSString literal (`@"…"`). The source is UTF-8, and clang stores a literal's
 * characters as UTF-8 on every runtime (GNUstep's NSConstantString reads them as such; on Apple platforms
 * a non-ASCII literal becomes a UTF-16 CFString): measured with clang 14 against GNUstep base 1.28.
 */

/** The characters C escapes by name, and `?` (see cStringBody). */
const characters = escapedCharacters(["\\", '"', "\n", "\r", "\t", "?"]);

const named: Readonly<Record<number, string>> = { 0x5c: "\\\\", 0x22: '\\"', 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };

/**
 * A character that must not stand raw. C forbids a universal character name (`\u0085`) below U+00A0, so
 * controls are written as their UTF-8 bytes in octal, always three digits so that no digit after them can
 * join the escape (a `\x` escape would take every hex digit that follows); other characters as `\uXXXX`,
 * which clang turns into the character's UTF-8 bytes. A lone surrogate has no UTF-8 form (the spec refuses one).
 */
const escapeCodePoint = perCodePoint((codePoint) => {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) throw new Error(`a lone surrogate (U+${hex(codePoint, 4)}) cannot be written in an Objective-C string`);
  if (codePoint >= 0xa0) return `\\u${hex(codePoint, 4)}`;
  const bytes = codePoint < 0x80 ? [codePoint] : [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  return bytes.map((byte) => `\\${byte.toString(8).padStart(3, "0")}`).join("");
});

/**
 * The text between a C literal's quotes. `\`, `"` and line breaks are escaped, and a `?` that follows a
 * `?` is written `\?`: `??=`, `??/` and the other trigraphs are replaced before anything else where
 * trigraphs are on (`-trigraphs`, or `-std=c99`), and clang warns about them everywhere else
 * (`-Wtrigraphs`, an error under `-Werror`), so no two `?` may stand side by side.
 */
function cStringBody(value: string): string {
  return rewriteEscaped(value, characters, (codePoint, index) => {
    if (codePoint === 0x3f) return index > 0 && value.charCodeAt(index - 1) === 0x3f ? "\\?" : undefined;
    return named[codePoint] ?? escapeCodePoint(codePoint);
  });
}

/** A C string literal holding `value` as UTF-8: what an attribute's message takes. */
export function objcCString(value: string): string {
  return `"${cStringBody(value)}"`;
}

/** An NSString literal holding exactly `value`. */
export function objcString(value: string): string {
  return `@"${cStringBody(value)}"`;
}
