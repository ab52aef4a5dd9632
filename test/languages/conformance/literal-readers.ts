/**
 * Readers of string literals, one per escape grammar, written from each language's reference rather than
 * from our writers: reading back what a writer wrote must give the text it was given. Each throws on
 * anything its language would reject or read differently (an unknown escape, a raw line break, an
 * unescaped quote, a Kotlin `$` that starts a template).
 */

import { DOMParser } from "@xmldom/xmldom";
import { sections } from "../../support/markdown-sections.js";

/** Reads a literal back to the text it holds; throws on anything its language would refuse or read otherwise. */
export type Reader = (literal: string) => string;

function unquoted(literal: string): string {
  if (literal.length < 2 || !literal.startsWith('"') || !literal.endsWith('"')) throw new Error(`not a double-quoted literal: ${literal}`);
  return literal.slice(1, -1);
}

/** Walks a literal's body; `escape` reads the escape after a backslash at `index`, returning its text and length. */
export function read(literal: string, escape: (body: string, index: number) => [string, number], raw: (char: string, body: string, index: number) => void = () => {}): string {
  const body = unquoted(literal);
  let out = "";
  for (let index = 0; index < body.length; ) {
    const char = body[index] as string;
    if (char === "\\") {
      const [text, length] = escape(body, index + 1);
      out += text;
      index += 1 + length;
      continue;
    }
    if (char === '"') throw new Error(`unescaped quote in ${literal}`);
    if (/[\n\r\u2028\u2029\u0085]/.test(char)) throw new Error(`raw line break in ${literal}`);
    raw(char, body, index);
    out += char;
    index++;
  }
  return out;
}

export function hexEscape(body: string, at: number, digits: number): [string, number] {
  const hex = body.slice(at, at + digits);
  if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) throw new Error(`bad escape at ${at}: ${body.slice(at - 1, at + digits)}`);
  return [String.fromCodePoint(Number.parseInt(hex, 16)), digits];
}

export const simple = (table: Readonly<Record<string, string>>, body: string, at: number): [string, number] | undefined => {
  const char = body[at] ?? "";
  return table[char] === undefined ? undefined : [table[char], 1];
};

/** Swift: \0 \\ \t \n \r \" \' and \u{1–8 hex digits} (The Swift Programming Language, String Literals). */
const swiftReader: Reader = (literal) =>
  read(literal, (body, at) => {
    const known = simple({ "0": "\0", "\\": "\\", t: "\t", n: "\n", r: "\r", '"': '"', "'": "'" }, body, at);
    if (known !== undefined) return known;
    const match = /^u\{([0-9A-Fa-f]{1,8})\}/.exec(body.slice(at));
    if (match === null) throw new Error(`bad Swift escape: ${body.slice(at - 1, at + 4)}`);
    return [String.fromCodePoint(Number.parseInt(match[1] ?? "", 16)), match[0].length];
  });

/** Kotlin: \t \b \n \r \' \" \\ \$ and \uXXXX; a raw `$` before a letter, `_` or `{` starts a template. */
const kotlinReader: Reader = (literal) =>
  read(
    literal,
    (body, at) => {
      const known = simple({ t: "\t", b: "\b", n: "\n", r: "\r", "'": "'", '"': '"', "\\": "\\", $: "$" }, body, at);
      if (known !== undefined) return known;
      if (body[at] !== "u") throw new Error(`bad Kotlin escape: ${body.slice(at - 1, at + 2)}`);
      const [text] = hexEscape(body, at + 1, 4);
      return [text, 5];
    },
    (char, body, index) => {
      if (char === "$" && /[A-Za-z_{`]/.test(body[index + 1] ?? "")) throw new Error(`Kotlin string template starts at ${index}: ${body.slice(index, index + 4)}`);
    },
  );

/**
 * C#: a regular string literal (C# language specification, Lexical structure, String literals): the simple
 * escapes \' \" \\ \0 \a \b \f \n \r \t \v, \x with one to four hex digits (as many as follow), \u with
 * four and \U with eight (a code point up to 10FFFF); no raw new-line character (CR, LF, U+0085, U+2028,
 * U+2029).
 */
const csharpReader: Reader = (literal) =>
  read(literal, (body, at) => {
    const known = simple({ "'": "'", '"': '"', "\\": "\\", "0": "\0", a: "\u0007", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" }, body, at);
    if (known !== undefined) return known;
    const char = body[at];
    if (char === "u") {
      const [text] = hexEscape(body, at + 1, 4);
      return [text, 5];
    }
    if (char === "U") {
      const [text] = hexEscape(body, at + 1, 8);
      if ((text.codePointAt(0) ?? 0) > 0x10ffff) throw new Error(`C# \\U escape past U+10FFFF at ${at}`);
      return [text, 9];
    }
    if (char === "x") {
      const digits = /^[0-9A-Fa-f]{1,4}/.exec(body.slice(at + 1))?.[0];
      if (digits === undefined) throw new Error(`bad C# \\x escape at ${at}`);
      return [String.fromCharCode(Number.parseInt(digits, 16)), 1 + digits.length];
    }
    throw new Error(`bad C# escape: ${body.slice(at - 1, at + 2)}`);
  });

/**
 * Objective-C: an NSString literal, `@` and a C string literal (C11 6.4.4.4, 6.4.5). Escapes are the simple
 * ones (\' \" \? \\ \a \b \f \n \r \t \v), octal (one to three digits) and hex (`\x`, as many digits
 * as follow) escapes, each one byte, and universal character names (\uXXXX, \UXXXXXXXX), which C forbids
 * below U+00A0 (but for $ @ `) and for surrogates; the bytes are read as UTF-8, as clang stores them. A
 * raw `??` before one of =(/)'<!>- is a trigraph, which C replaces first (or clang warns about).
 */
const objcReader: Reader = (literal) => {
  if (!literal.startsWith('@"') || !literal.endsWith('"') || literal.length < 3) throw new Error(`not an NSString literal: ${literal}`);
  const body = literal.slice(2, -1);
  const trigraph = /\?\?[=(/)'<!>-]/.exec(body);
  if (trigraph !== null) throw new Error(`trigraph at ${trigraph.index}: ${body.slice(trigraph.index, trigraph.index + 3)}`);
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  const simpleEscapes: Readonly<Record<string, number>> = { "'": 0x27, '"': 0x22, "?": 0x3f, "\\": 0x5c, a: 0x07, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
  for (let index = 0; index < body.length; ) {
    const char = body[index] as string;
    if (char === '"') throw new Error(`unescaped quote in ${literal}`);
    if (/[\n\r]/.test(char)) throw new Error(`raw line break in ${literal}`);
    if (char !== "\\") {
      const codePoint = body.codePointAt(index) ?? 0;
      bytes.push(...encoder.encode(String.fromCodePoint(codePoint)));
      index += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const rest = body.slice(index + 1);
    const simpleEscape = simpleEscapes[rest[0] ?? ""];
    const octal = /^[0-7]{1,3}/.exec(rest)?.[0];
    const hexadecimal = /^x([0-9A-Fa-f]+)/.exec(rest);
    const universal = /^(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/.exec(rest);
    if (simpleEscape !== undefined) {
      bytes.push(simpleEscape);
      index += 2;
    } else if (octal !== undefined) {
      const value = Number.parseInt(octal, 8);
      if (value > 0xff) throw new Error(`octal escape out of range: \\${octal}`);
      bytes.push(value);
      index += 1 + octal.length;
    } else if (hexadecimal !== null) {
      const value = Number.parseInt(hexadecimal[1] ?? "", 16);
      if (value > 0xff) throw new Error(`hex escape out of range: ${hexadecimal[0]}`);
      bytes.push(value);
      index += 1 + hexadecimal[0].length;
    } else if (universal !== null) {
      const codePoint = Number.parseInt(universal[1] ?? universal[2] ?? "", 16);
      if ((codePoint < 0xa0 && ![0x24, 0x40, 0x60].includes(codePoint)) || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) {
        throw new Error(`universal character name C forbids: ${universal[0]}`);
      }
      bytes.push(...encoder.encode(String.fromCodePoint(codePoint)));
      index += 1 + universal[0].length;
    } else {
      throw new Error(`bad C escape: ${body.slice(index, index + 3)}`);
    }
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
};

/**
 * Java source as javac reads it before any token (JLS 17, 3.3): each `\` that an even number of backslashes
 * precede, followed by one or more `u` and four hexadecimal digits, is the UTF-16 unit they name, anywhere
 * in the file; such a backslash followed by `u` and anything else is a compile error.
 */
export function translateJavaUnicodeEscapes(source: string): string {
  let out = "";
  let backslashes = 0; // raw backslashes just before this character
  for (let index = 0; index < source.length; ) {
    const char = source[index] as string;
    if (char === "\\" && backslashes % 2 === 0 && source[index + 1] === "u") {
      let at = index + 1;
      while (source[at] === "u") at++;
      const digits = source.slice(at, at + 4);
      if (!/^[0-9A-Fa-f]{4}$/.test(digits)) throw new Error(`illegal Unicode escape at ${index}: ${source.slice(index, at + 4)}`);
      out += String.fromCharCode(Number.parseInt(digits, 16));
      index = at + 4;
      backslashes = 0;
      continue;
    }
    backslashes = char === "\\" ? backslashes + 1 : 0;
    out += char;
    index++;
  }
  return out;
}

/**
 * Java: Unicode escapes first (above), then the string literal (JLS 17, 3.10.7): \b \t \n \f \r \" \' \\ and
 * octal escapes; `\s` and a backslash before a line end are Java 15's, which `--release 8` refuses; a raw
 * CR or LF (one a Unicode escape made too) ends the line inside the literal, an error.
 */
const javaReader: Reader = (literal) => {
  const source = translateJavaUnicodeEscapes(literal);
  if (source.length < 2 || !source.startsWith('"') || !source.endsWith('"')) throw new Error(`not a double-quoted literal: ${literal}`);
  const body = source.slice(1, -1);
  const escapes: Readonly<Record<string, string>> = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", '"': '"', "'": "'", "\\": "\\" };
  let out = "";
  for (let index = 0; index < body.length; ) {
    const char = body[index] as string;
    if (char === "\\") {
      const next = body[index + 1] ?? "";
      const octal = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(body.slice(index + 1));
      if (escapes[next] !== undefined) {
        out += escapes[next];
        index += 2;
      } else if (octal !== null) {
        out += String.fromCharCode(Number.parseInt(octal[0], 8));
        index += 1 + octal[0].length;
      } else {
        throw new Error(`bad Java escape: ${body.slice(index, index + 2)}`);
      }
      continue;
    }
    if (char === '"') throw new Error(`unescaped quote in ${literal}`);
    // Java's only line terminators; U+2028, U+0085 and the like may stand raw in a string.
    if (char === "\n" || char === "\r") throw new Error(`raw line break in ${literal}`);
    out += char;
    index++;
  }
  return out;
};

/**
 * Go interpreted string literals (The Go Programming Language Specification, Rune literals and String
 * literals): \a \b \f \n \r \t \v \\ \" (not \'), \ooo and \xhh (single bytes), \uXXXX and
 * \UXXXXXXXX (a code point, never a surrogate half). A string is bytes: the escapes' bytes and each raw
 * character's UTF-8 bytes, read back as UTF-8, which must be valid to give text.
 */
const goReader: Reader = (literal) => {
  const bytes: number[] = [];
  // Raw characters come a UTF-16 unit at a time: a pair is encoded once both halves are in.
  let raw = "";
  const utf8 = (text: string) => {
    bytes.push(...Buffer.from(raw + text, "utf8"));
    raw = "";
  };
  const codePoint = (hex: string): string => {
    const value = Number.parseInt(hex, 16);
    if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) throw new Error(`Go refuses the escape of U+${hex}`);
    return String.fromCodePoint(value);
  };
  read(
    literal,
    (body, at) => {
      utf8("");
      const known = simple({ a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"' }, body, at);
      if (known !== undefined) {
        utf8(known[0]);
        return ["", 1];
      }
      const rest = body.slice(at);
      const octal = /^[0-7]{3}/.exec(rest);
      if (octal !== null) {
        const value = Number.parseInt(octal[0], 8);
        if (value > 255) throw new Error(`Go octal escape over a byte: \\${octal[0]}`);
        bytes.push(value);
        return ["", 3];
      }
      const byte = /^x([0-9A-Fa-f]{2})/.exec(rest);
      if (byte !== null) {
        bytes.push(Number.parseInt(byte[1] ?? "", 16));
        return ["", 3];
      }
      const unicode = /^(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/.exec(rest);
      if (unicode === null) throw new Error(`bad Go escape: ${body.slice(at - 1, at + 4)}`);
      utf8(codePoint(unicode[1] ?? unicode[2] ?? ""));
      return ["", unicode[0].length];
    },
    (char) => {
      raw += char;
    },
  );
  utf8("");
  return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
};

/** JSON (and TypeScript, whose double-quoted literals our writer keeps JSON-compatible). */
const jsonReader: Reader = (literal) => {
  if (/[\u2028\u2029]/.test(literal)) throw new Error("raw line separator");
  return JSON.parse(literal) as string;
};

/**
 * Markdown text, placed in a table cell and read by a CommonMark parser that allows `<br>` (as GitHub
 * does), with the two documented limits applied to what it must give back: CRLF and CR read as LF, and
 * C0/C1 controls, which HTML forbids, read as U+FFFD.
 */
export function readMarkdownCell(text: string): string {
  const [section] = sections(`## T\n\n| Cell |\n| --- |\n| ${text} |\n`);
  const cell = section?.rows[0]?.[0];
  if (cell === undefined) throw new Error(`no table cell in: ${text}`);
  return cell;
}

/** What a Markdown reader gives back for `text`, by the two documented limits. */
export function asMarkdownReads(text: string): string {
  return text.replace(/\r\n|\r/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "\uFFFD");
}

/** XML character data, read by a W3C DOM parser: the text of `<r>…</r>`. */
export function readXmlText(text: string): string {
  const document = new DOMParser().parseFromString(`<r>${text}</r>`, "text/xml");
  return document.documentElement?.textContent ?? "";
}

/** What an XML reader gives back for `text`: XML 1.0 cannot hold C0 controls but tab and line breaks, nor U+FFFE and U+FFFF. */
export function asXmlReads(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD");
}

/**
 * Readers of running text (Language.text), by language id, with what each gives back by its documented
 * limits: the text a reader of that language gets, and the text it should be.
 */
export const textReaders: Readonly<Record<string, { read: (written: string) => string; expected: (text: string) => string }>> = {
  markdown: { read: readMarkdownCell, expected: asMarkdownReads },
  xml: { read: readXmlText, expected: asXmlReads },
};

/**
 * C99 and C++11 narrow string literals (C99 5.2.1.1, 6.4.4.4, 6.4.5; C++11 [lex.trigraph], [lex.ccon]),
 * read as gcc and clang read them: the source and execution character sets UTF-8, so a raw character is
 * its UTF-8 bytes and `\u`/`\U` give the code point's; `\ooo` is one to three octal digits and `\x` takes
 * every hex digit that follows, each one byte. The bytes must be UTF-8. A trigraph (`??=` …), which both
 * standards replace before anything else, is refused: the literal would not say what it seems to.
 */
const cReader: Reader = (literal) => {
  const body = unquoted(literal);
  if (/\?\?[=(/)'<!>-]/.test(body)) throw new Error(`a trigraph in ${literal}`);
  const bytes: number[] = [];
  const simpleC: Readonly<Record<string, number>> = { "'": 0x27, '"': 0x22, "?": 0x3f, "\\": 0x5c, a: 0x07, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
  for (let index = 0; index < body.length; ) {
    const char = body[index] as string;
    if (char === '"') throw new Error(`unescaped quote in ${literal}`);
    if (/[\n\r\u2028\u2029\u0085]/.test(char)) throw new Error(`raw line break in ${literal}`);
    if (char !== "\\") {
      const codePoint = body.codePointAt(index) ?? 0;
      bytes.push(...Buffer.from(String.fromCodePoint(codePoint), "utf8"));
      index += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const rest = body.slice(index + 1);
    const simpleByte = simpleC[rest[0] ?? ""];
    const octalDigits = /^[0-7]{1,3}/.exec(rest);
    const hexDigits = /^x([0-9A-Fa-f]+)/.exec(rest);
    const universal = /^(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/.exec(rest);
    if (simpleByte !== undefined) {
      bytes.push(simpleByte);
      index += 2;
    } else if (octalDigits !== null) {
      const value = Number.parseInt(octalDigits[0], 8);
      if (value > 0xff) throw new Error(`octal escape out of a byte's range: \\${octalDigits[0]}`);
      bytes.push(value);
      index += 1 + octalDigits[0].length;
    } else if (hexDigits !== null) {
      const value = Number.parseInt(hexDigits[1] ?? "", 16);
      if (value > 0xff) throw new Error(`hex escape out of a byte's range (it takes every hex digit after it): \\${hexDigits[0]}`);
      bytes.push(value);
      index += 1 + hexDigits[0].length;
    } else if (universal !== null) {
      bytes.push(...Buffer.from(String.fromCodePoint(Number.parseInt(universal[1] ?? universal[2] ?? "", 16)), "utf8"));
      index += 1 + universal[0].length;
    } else {
      throw new Error(`bad C escape: ${body.slice(index, index + 2)}`);
    }
  }
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
};

/** The reader for each escape grammar, by language id. */
export const literalReaders: Readonly<Record<string, Reader>> = {
  typescript: jsonReader,
  json: jsonReader,
  swift: swiftReader,
  kotlin: kotlinReader,
  c: cReader,
  csharp: csharpReader,
  objc: objcReader,
  java: javaReader,
  go: goReader,
};
