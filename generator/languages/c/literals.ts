/**
 * C and C++ string literals that hold exactly a text's UTF-8 bytes, whatever the compiler's source and
 * execution character sets (MSVC reads a file in the machine's code page without /utf-8): everything but
 * printable ASCII is an escape. The escapes are read the same in C99 and C++11.
 */

/**
 * The longest string literal, in bytes, that a C99 compiler must accept (C99 5.2.4.1); `gcc -std=c99
 * -pedantic` warns about a longer one (-Woverlength-strings). A text of more bytes is written as an array
 * of character constants instead (cCharArray).
 */
export const maxLiteralBytes = 4095;

/** Text that is printable ASCII without `\`, `"` or `??` is written as it is: most text. */
const plain = /^(?:[\x20-\x21\x23-\x3e\x40-\x5b\x5d-\x7e]|\?(?!\?))*$/;

/** The two-character escapes a C reader knows, by byte. */
const simpleEscapes: Readonly<Record<number, string>> = { 0x5c: "\\\\", 0x22: '\\"', 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };

/** A byte as a three-digit octal escape: never longer than three digits, so no following digit is swallowed (as `\x` would). */
function octal(byte: number): string {
  return `\\${byte.toString(8).padStart(3, "0")}`;
}

/**
 * A double-quoted C string literal of `value`'s UTF-8 bytes. `\`, `"`, line breaks and tabs get their
 * escapes; controls, DEL and every byte of a non-ASCII character get three-digit octal escapes; a `?`
 * after a `?` is `\?`, so that no trigraph (`??=`, `??/`, …, which C99 and C++11 replace even inside a
 * literal) can form. One pass over the bytes.
 */
export function cString(value: string): string {
  if (plain.test(value)) return `"${value}"`;
  const bytes = Buffer.from(value, "utf8");
  const out = new Uint8Array(bytes.length * 4 + 2);
  let size = 0;
  const put = (text: string) => {
    for (let at = 0; at < text.length; at++) out[size++] = text.charCodeAt(at);
  };
  out[size++] = 0x22;
  let previous = -1;
  for (const byte of bytes) {
    const simple = simpleEscapes[byte];
    if (simple !== undefined) put(simple);
    else if (byte === 0x3f && previous === 0x3f) put("\\?");
    else if (byte >= 0x20 && byte <= 0x7e) out[size++] = byte;
    else put(octal(byte));
    previous = byte;
  }
  out[size++] = 0x22;
  return Buffer.from(out.buffer, 0, size).toString("latin1");
}

/** How many character constants an array's line holds. */
const constantsPerLine = 16;

/** One byte as a character constant: printable ASCII as it is (`'` and `\` escaped), every other byte in octal. */
function charConstant(byte: number): string {
  if (byte === 0x27) return "'\\''";
  if (byte === 0x5c) return "'\\\\'";
  return byte >= 0x20 && byte <= 0x7e ? `'${String.fromCharCode(byte)}'` : `'${octal(byte)}'`;
}

/**
 * The body of a `char` array initializer holding `value`'s UTF-8 bytes and the terminating NUL, as
 * character constants (a number above 127 would be a narrowing error in C++11 where `char` is signed),
 * `constantsPerLine` to a line, each line after `indent`: how a text longer than maxLiteralBytes is
 * written. Character constants are apart, so no trigraph can form between them.
 */
export function cCharArray(value: string, indent: string): string {
  const bytes = Buffer.from(value, "utf8");
  const lines: string[] = [];
  let line: string[] = [];
  for (const byte of [...bytes, 0]) {
    line.push(charConstant(byte));
    if (line.length === constantsPerLine) {
      lines.push(`${indent}${line.join(", ")},`);
      line = [];
    }
  }
  if (line.length > 0) lines.push(`${indent}${line.join(", ")},`);
  return lines.join("\n");
}

/** Whether `value` is too long for a string literal (see maxLiteralBytes). */
export function needsCharArray(value: string): boolean {
  // UTF-8 takes at most three bytes per UTF-16 unit: a shorter text needs no count.
  return value.length * 3 > maxLiteralBytes && Buffer.byteLength(value, "utf8") > maxLiteralBytes;
}

/**
 * `value`, cut at a character boundary so that its literal's bytes stay within maxLiteralBytes, with `…`
 * where it was cut: for texts that must be one literal (an attribute's message) and may say less than
 * the whole, whose full text is beside them (in the doc comment).
 */
export function fitForLiteral(value: string): string {
  if (!needsCharArray(value)) return value;
  const room = maxLiteralBytes - 3; // the ellipsis is three bytes of UTF-8
  let bytes = 0;
  let cut = 0;
  for (const char of value) {
    const size = Buffer.byteLength(char, "utf8");
    if (bytes + size > room) break;
    bytes += size;
    cut += char.length;
  }
  return `${value.slice(0, cut)}…`;
}
